"""Classes seen in first-look round 68: a journal special issue's steps are not the
workshop's (its "revised manuscripts due" is no camera-ready); a committee asked about is its
members, not an entry on the programme."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Typed Channels
  short_name: TYCH 2034
  conference: ETAPS 2034
  timezone: AoE
  date: 2034-04-08
  location: Turin, Italy
deadlines:
  - id: special-issue
    name: "Special issue of the journal: manuscript submission deadline"
    due: 2035-10-31
  - id: abstract
    name: Abstract registration deadline
    due: 2034-02-07
  - id: submission
    name: Submission deadline (research papers and talk proposals)
    due: 2034-02-11
  - id: notification
    name: Author notification
    due: 2034-03-08
  - id: revision
    name: "Special issue of the journal: revised manuscripts due"
    due: 2036-01-30
organizers:
  - {name: Ines Vale, role: programme chair}
  - {name: Tomas Grell, role: technical programme committee}
  - {name: Ruth Amsel, role: technical programme committee}
faq:
  - id: programme-overview
    questions: ["how many talks", "what is on the programme"]
    answer: The programme has twelve talks in four sessions, with a welcome by Ines Vale.
"""
NOW = datetime(2034, 1, 17, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize("question", ["whats the camera-ready deadline?",
                                      "cr deadline for accepted papers?"])
def test_a_journals_revision_is_no_camera_ready(responder: Responder, question: str) -> None:
    a = responder.respond(question, NOW)
    assert not a.answered and "January 30" not in a.plain_text(), a.plain_text()


def test_the_journals_steps_when_asked(responder: Responder) -> None:
    text = responder.respond("when are revised manuscripts due for the special issue",
                             NOW).plain_text()
    assert "January 30, 2036" in text, text


@pytest.mark.parametrize("question", ["submission deadline?", "deadline?"])
def test_the_deadline_is_the_workshops(responder: Responder, question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "February 11" in text and "October 31" not in text, text


@pytest.mark.parametrize("question", ["who's on the program committee",
                                      "is tomas grell on the PC?"])
def test_a_committee_is_its_members_not_the_programme(responder: Responder,
                                                       question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "Tomas Grell" in text, text
    assert "twelve talks" not in text, text


def test_two_deadlines_side_by_side_in_a_longer_question(responder: Responder) -> None:
    text = responder.respond("are the abstract and paper deadlines on the same day?",
                             NOW).plain_text()
    assert "February 7" in text and "February 11" in text, text
