"""Classes seen in first-look round 66: the route for papers reviewed elsewhere is not "the
deadline"; a bare "deadline?" also gives the abstract step due before it; a choice between two
days is not answered "Yes"; a host checked without a question word; a session number shared by
several items of the program."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Statutes and Machines
  short_name: SAM 2031
  conference: EMNLP 2031
  timezone: AoE
  date: 2031-11-12
  location: Porto, Portugal
deadlines:
  - id: abstract
    name: Abstract registration
    due: 2031-08-04
  - id: direct
    name: Submission deadline (direct submissions)
    due: 2031-08-11
  - id: commitment
    name: Submission of EMNLP papers with reviews and ARR commitment
    due: 2031-08-25
  - id: notification
    name: Notification of acceptance
    due: 2031-09-15
program:
  - title: "Session 3 (11:30-12:00), paper: Reading contracts with parsers"
    start: 2031-11-12T11:30+00:00
    end: 2031-11-12T11:45+00:00
    kind: talk
  - title: "Session 3, paper: Court rulings as graphs"
    start: 2031-11-12T11:45+00:00
    end: 2031-11-12T12:00+00:00
    kind: talk
  - title: "Session 4, paper: Tax codes in logic"
    start: 2031-11-12T12:00+00:00
    end: 2031-11-12T12:30+00:00
    kind: talk
"""
NOW = datetime(2031, 7, 20, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize("question", ["ddl?", "when is the submission deadline",
                                      "is the deadline the 11th or the 25th? confused"])
def test_the_deadline_is_the_direct_route(responder: Responder, question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "August 11" in text, text
    assert "August 25" not in text, text
    assert not text.startswith("Yes"), text  # (a choice of two days is no check)


def test_a_bare_deadline_gives_the_abstract_before_it(responder: Responder) -> None:
    text = responder.respond("deadline?", NOW).plain_text()
    assert "August 11" in text and "August 4" in text, text


def test_a_named_deadline_gives_only_itself(responder: Responder) -> None:
    text = responder.respond("when is the notification", NOW).plain_text()
    assert "September 15" in text and "August 4" not in text, text


def test_the_route_for_reviewed_papers_when_asked(responder: Responder) -> None:
    text = responder.respond("when is the ARR commitment deadline", NOW).plain_text()
    assert "August 25" in text and "August 11" not in text, text


@pytest.mark.parametrize(("question", "lead"), [
    ("sam part of emnlp 2031?", "Yes"),
    ("which conference is sam part of", "SAM"),
])
def test_a_host_checked_without_a_question_word(responder: Responder, question: str,
                                                lead: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "EMNLP 2031" in text, text
    if lead == "Yes":
        assert text.startswith("Yes"), text
    else:
        assert not text.startswith(("Yes", "No")), text


def test_a_session_number_several_items_share(responder: Responder) -> None:
    text = responder.respond("what's in session 3", NOW).plain_text()
    assert "Reading contracts" in text and "Court rulings" in text, text
    assert "Tax codes" not in text, text
