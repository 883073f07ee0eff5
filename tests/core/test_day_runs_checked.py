"""A run of days checked against the workshop's ("it runs aug 3-9 right?"): a one-day workshop
on the first of them is not a yes, and a multi-day workshop's own run is."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime(2031, 5, 1, 12, tzinfo=UTC)
ONE_DAY = Responder(parse_knowledge("""
workshop:
  name: Workshop on Kelp Forest Acoustics
  timezone: UTC
  date: 2031-08-03
""", "w.yaml"))
TWO_DAYS = Responder(parse_knowledge("""
workshop:
  name: Workshop on Kelp Forest Acoustics
  timezone: UTC
  start: 2031-08-03
  end: 2031-08-04
""", "w.yaml"))


@pytest.mark.parametrize("question", [
    "the workshop runs aug 3-9 right?",
    "is the workshop aug 3 to 5?",
    "is it 1-3 august?",
])
def test_a_run_of_days_is_not_one_day(question: str) -> None:
    a = ONE_DAY.respond(question, NOW)
    assert a.answered and a.plain_text().startswith("No."), a.plain_text()


@pytest.mark.parametrize(("question", "lead"), [
    ("is the workshop aug 3-4?", "Yes."),
    ("the workshop runs aug 3-9 right?", "No."),
])
def test_a_run_of_days_checked_against_several(question: str, lead: str) -> None:
    a = TWO_DAYS.respond(question, NOW)
    assert a.answered and a.plain_text().startswith(lead), a.plain_text()


DEADLINED = Responder(parse_knowledge("""
workshop:
  name: Workshop on Kelp Forest Acoustics
  timezone: UTC
  date: 2031-08-03
deadlines:
  - {id: submission, name: Paper submission, due: 2031-05-16, extended_from: 2031-05-06}
""", "w.yaml"))


@pytest.mark.parametrize(("question", "said"), [
    ("so the new date is may 16?", "May 16, 2031 is the Paper submission deadline"),
    ("the original date was may 6?", "May 6, 2031 was the Paper submission deadline"),
    ("is the workshop on may 16?", "May 16, 2031 is the Paper submission deadline"),
])
def test_a_deadlines_day_checked_as_the_date_is_said_to_be_that(question: str, said: str) -> None:
    text = DEADLINED.respond(question, NOW).plain_text()
    assert text.startswith(f"No: {said}"), text
    assert "August 3" in text and not text.startswith("Yes")


@pytest.mark.parametrize(("question", "lead"), [
    ("is it aug 3 until 6pm?", "Yes."),  # a time of day, not a last day
    ("the workshop is aug 3 to 10am?", "Yes."),
    ("the workshop runs aug 3 to aug 9 right?", "No."),  # the last day with its month
])
def test_a_time_of_day_is_no_last_day(question: str, lead: str) -> None:
    a = ONE_DAY.respond(question, NOW)
    assert a.plain_text().startswith(lead), a.plain_text()


@pytest.mark.parametrize("question", [
    "how many days until the workshop",
    "how many days left till the workshop itself",
])
def test_the_days_until_the_workshop_are_counted(question: str) -> None:
    # May 1 to August 3, 2031: 94 days
    text = DEADLINED.respond(question, NOW).plain_text()
    assert "94 days" in text and "May 16" not in text, text
