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


ZONED = """
workshop:
  name: Workshop on Fair Sequential Decisions
  conference: ICML 2032
  timezone: America/New_York
  date: 2032-07-24
  location: Baltimore, USA
deadlines:
  - id: submission
    name: Submission deadline
    due: 2032-05-31T23:59:00-12:00
  - id: camera-ready
    name: Camera-ready deadline
    due: 2032-07-09
"""
ZONED_NOW = datetime(2032, 5, 10, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def zoned() -> Responder:
    return Responder(parse_knowledge(ZONED))


@pytest.mark.parametrize(("question", "lead"), [
    # 23:59 AoE is 07:59 the next morning in New York
    ("the deadline is 23:59 may 31 eastern time right?", "No: in that time zone it is June 1"),
    ("deadline is june 1 7:59am eastern time right?", "Yes: in that time zone it is June 1"),
])
def test_a_day_and_hour_checked_in_the_zone_named(zoned: Responder, question: str,
                                                   lead: str) -> None:
    text = zoned.respond(question, ZONED_NOW).plain_text()
    assert text.startswith(lead), text


@pytest.mark.parametrize("question", ["has the submission deadline been extended?",
                                      "any extension on the deadline?",
                                      "was the camera ready extended"])
def test_no_extension_listed_is_said_with_the_date(zoned: Responder, question: str) -> None:
    a = zoned.respond(question, ZONED_NOW)
    assert a.answered and a.plain_text().startswith("The call lists no extension"), a.plain_text()
    assert "May 31" in a.plain_text() or "July 9" in a.plain_text()


@pytest.mark.parametrize("question", ["can we get a 2 day extension? our cluster died",
                                      "will the deadline be extended?", "extension??"])
def test_an_extension_asked_for_is_not_known(zoned: Responder, question: str) -> None:
    a = zoned.respond(question, ZONED_NOW)
    assert not a.answered, a.plain_text()
