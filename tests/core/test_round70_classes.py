"""Classes seen in first-look round 70: a day checked against a workshop of several days; a
place checked that is not the workshop's, with the workshop named; the days between two AoE
deadlines counted by the days they state."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: "HotGreen 2036: Workshop on Sustainable Systems"
  short_name: HotGreen 2036
  conference: OSDI 2036
  timezone: Europe/Dublin
  start: 2036-07-10
  end: 2036-07-11
  location: Cambridge, MA, USA
deadlines:
  - id: notification
    name: Notification of acceptance
    due: 2036-08-05
  - id: camera-ready
    name: Camera-ready paper submission deadline
    due: 2036-08-20T23:59:00-12:00
"""
NOW = datetime(2036, 4, 14, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize(("question", "no"), [
    ("hotgreen is on july 9 right? same as last year", True),
    ("is hotgreen only on july 11?", False),  # (one of its days: no "yes" to "only")
    ("how many workshops run on july 9", False),  # (no check)
])
def test_a_day_checked_against_several(responder: Responder, question: str, no: bool) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "July 10" in text and text.startswith("No") == no, text
    assert not text.startswith("Yes"), text


@pytest.mark.parametrize(("question", "lead"), [
    ("is hotgreen in cambridge this year?", "Yes"),
    # (a place not written in the venue may still be it: no "No" for the state or a
    # neighbouring city, and no "Yes" either)
    ("is hotgreen in santa cruz again this year?", ""),
    ("is it near boston?", ""),
    ("is it in massachusetts?", ""),
])
def test_a_place_checked(responder: Responder, question: str, lead: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "Cambridge" in text, text
    if lead:
        assert text.startswith(lead), text
    else:
        assert not text.startswith(("Yes", "No")), text


@pytest.mark.parametrize("question", ["is it over by july 12?", "will it be done by july 14?"])
def test_a_day_to_be_done_by_is_no_day_of_it(responder: Responder, question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert not text.startswith(("Yes", "No")), text


def test_days_between_aoe_deadlines(responder: Responder) -> None:
    text = responder.respond("how many days between notification and camera ready?",
                             NOW).plain_text()
    assert text.startswith("15 days"), text


TRACKS = """
workshop:
  name: Workshop on Genome Agents
  short_name: GENAG 2037
  conference: ICLR 2037
  timezone: AoE
  date: 2037-04-27
  location: Rio de Janeiro, Brazil
deadlines:
  - id: tiny
    name: Tiny Papers Track Submission Deadline
    due: 2037-02-12
  - id: main
    name: Main & Special Track Submission Deadline
    due: 2037-02-05
submission:
  tracks:
    - {id: main, name: Main Track}
    - {id: tiny, name: Tiny Papers Track, page_limit: 4}
"""


@pytest.mark.parametrize(("question", "day", "other"), [
    ("deadline?", "February 5", "February 12"),
    ("when is the paper deadline", "February 5", "February 12"),
    ("tiny paper deadline?", "February 12", "February 5"),
])
def test_the_main_tracks_deadline_is_the_deadline(question: str, day: str, other: str) -> None:
    text = Responder(parse_knowledge(TRACKS)).respond(question, NOW).plain_text()
    assert day in text and other not in text, text
