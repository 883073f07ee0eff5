"""Classes seen in first-look round 52: a step the file gives no date for ("acceptance
notification date?", "when do we get notified if our abstract is accepted?") is not known, not
the workshop's date nor the abstract's deadline; a paper sent elsewhere later asks whether the
workshop is archival, not about dual submission; a word of a speaker's place ("CSU Long Beach")
names them only after "from", "at" or "of"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Music Separation Workshop
  timezone: AoE
  date: 2031-11-12
  location: Online
deadlines:
  - id: abstract
    name: Abstract submissions due
    due: 2031-10-28
  - id: final
    name: Final submission
    due: 2031-11-01
submission:
  dual_submission: false
program:
  - title: "Paper: Vanishing Radar Tags"
    speakers: [Hailu Xu (CSU Long Beach), Ana Example (Amazon)]
    start: 2031-11-12T10:00:00-08:00
    end: 2031-11-12T10:20:00-08:00
"""
NOW = datetime(2031, 10, 8, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize("question", [
    "acceptance notification date?",
    "when do we get notified if our abstract is accepted",
])
def test_a_step_with_no_date_is_not_known(responder: Responder, question: str) -> None:
    a = responder.respond(question, NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "October 28" not in text and "November 12" not in text


def test_the_abstract_deadline_is_still_answered(responder: Responder) -> None:
    text = responder.respond("when is the abstract due?", NOW).plain_text()
    assert "October 28, 2031" in text


def test_a_paper_sent_elsewhere_later_asks_about_archival(responder: Responder) -> None:
    a = responder.respond("can i submit the full version to a conference later", NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "dual submission is not allowed" not in text
    assert "archival" in text


def test_a_paper_under_review_elsewhere_is_still_dual_submission(responder: Responder) -> None:
    text = responder.respond("can i submit a paper that is under review at a conference?",
                             NOW).plain_text()
    assert text.startswith("No")


@pytest.mark.parametrize("question", ["how long is the lunch break and when",
                                      "is the beach nearby"])
def test_a_word_of_a_place_alone_names_no_speaker(responder: Responder, question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "Vanishing Radar" not in text


def test_a_place_after_from_still_names_the_speaker(responder: Responder) -> None:
    text = responder.respond("is someone from long beach speaking?", NOW).plain_text()
    assert "Vanishing Radar" in text
