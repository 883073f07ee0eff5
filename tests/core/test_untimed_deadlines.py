"""A deadline given as a day whose time of day is not known: one whose own note says the call
gives no time of day or zone, and a day something is announced on. Asked its hour, its zone or
whether it is AoE, the bot gives the day and says it does not know the time; asked its day, it
answers. A day alone with no such note still means the end of that day in the workshop's zone
(the contract), so its time is answered."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Graph Gardening
  timezone: Europe/Madrid
  date: 2031-03-25
  location: Barcelona, Spain
deadlines:
  - id: abstract
    name: Abstract submission
    due: 2031-01-31
    note: The call gives the date only (no time of day or time zone).
  - id: paper
    name: Paper submission
    due: 2031-02-07
  - id: notification
    name: Notification of acceptance
    due: 2031-02-18
  - id: portal
    name: Submission site opens
    due: 2031-01-05
"""
NOW = datetime(2031, 1, 13, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize("question", [
    "is the abstract deadline AoE?",
    "what time on the 31st is the abstract due? 23:59?",
    "abstract deadline in PST for me pls",
    "what's the exact cutoff for the abstract in IST",
])
def test_hour_of_an_untimed_deadline_is_not_known(responder: Responder, question: str) -> None:
    a = responder.respond(question, NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "January 31, 2031" in text  # the day is still given
    assert "don't know the exact time" in text
    assert "February 7" not in text


@pytest.mark.parametrize("question", [
    "what hour do the notification emails go out?",
    "what time of day do notifications go out",
])
def test_hour_of_an_announcement_is_not_known(responder: Responder, question: str) -> None:
    a = responder.respond(question, NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "February 18, 2031" in text


@pytest.mark.parametrize(("question", "day"), [
    ("when is the abstract deadline?", "January 31, 2031"),
    ("when do we hear back about acceptance?", "February 18, 2031"),
    ("is the paper deadline AoE?", "February 7, 2031"),
    ("what time is the paper deadline in PST", "February 7, 2031"),
])
def test_days_and_timed_days_are_answered(responder: Responder, question: str,
                                          day: str) -> None:
    """The day itself is known; so is the cut-off of a day with no note (its end in Madrid)."""
    a = responder.respond(question, NOW)
    text = a.plain_text()
    assert a.answered, text
    assert day in text
    assert "don't know the exact time" not in text


def test_pst_conversion_of_an_untimed_day_says_it_assumes(responder: Responder) -> None:
    text = responder.respond("abstract deadline in PST for me pls", NOW).plain_text()
    assert "assumes the end of that day in the workshop's time zone (Europe/Madrid)" in text


SECOND_READ = """
workshop:
  name: Workshop on Careful Hours
  timezone: Europe/Madrid
  date: 2031-06-03
deadlines:
  - id: abstract
    name: Abstract submission
    due: 2031-01-31
    note: The call doesn't give a time.
  - id: camera
    name: Camera-ready of accepted papers
    due: 2031-04-12
  - id: notification
    name: Notification of acceptance
    due: 2031-03-29
"""


def test_the_hour_not_known_is_said_once() -> None:
    r = Responder(parse_knowledge(SECOND_READ))
    for question in ("what time is the abstract due?", "what time of day do notifications go out"):
        text = r.respond(question, NOW).plain_text()
        assert text.count("don't know the exact time") == 1, text


def test_a_note_with_a_contraction_says_the_hour_is_not_given() -> None:
    a = Responder(parse_knowledge(SECOND_READ)).respond(
        "what is the exact cut-off for the abstract in IST", NOW)
    assert not a.answered and "January 31, 2031" in a.plain_text(), a.plain_text()


def test_a_camera_ready_of_accepted_papers_is_a_cut_off() -> None:
    """"accepted" in its name does not make it a day decisions go out: it ends with its day."""
    a = Responder(parse_knowledge(SECOND_READ)).respond("what time is the camera-ready due?", NOW)
    assert a.answered and "April 12, 2031" in a.plain_text(), a.plain_text()
