"""A time of day the asker says, converted to the zone they name ("the opening is 9am local, what
is that in PST?", "9:30 Taipei time in IST?"): on the workshop's day, so the daylight saving in
force then applies; a deadline named with a time ("can I submit at 10pm PST?") is still the
deadline's check, and "is it too late if I send it on July 10?" is that check said the other way
round ("No, not too late")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Harbor Robotics
  timezone: Asia/Taipei
  date: 2031-10-13
deadlines:
  - id: paper
    name: Submission deadline
    due: 2031-07-15
"""
NOW = datetime(2031, 7, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize(("question", "said", "wrong"), [
    ("what is 9:30 taipei time in IST?", "is 07:00 in Asia/Kolkata (IST)", "July 15"),
    ("9:30 local is what in IST?", "is 07:00 in Asia/Kolkata (IST)", "July 15"),
    # (two parts: the time, then what it is elsewhere; October: daylight time in California)
    ("the opening is 9am local, what is that in PST?",
     "is 18:00 (the day before) in America/Los_Angeles (PDT)", "July 15"),
    ("session 1 starts at 9:30 in taipei, what's that for me in india (IST)?",
     "is 07:00 in Asia/Kolkata (IST)", "program"),
    ("what's 14:00 utc in taipei time?", "is 22:00 in Asia/Taipei", "July 15"),
    # (the zone said right after the time is the one it is in)
    ("what is 14:00 cet for me in new york", "is 08:00 in America/New_York", "Asia/Taipei"),
    ("11:59pm aoe, what is that in IST?", "is 17:29 (the next day) in Asia/Kolkata", "Taipei"),
])
def test_a_time_said_in_another_zone(bot: Responder, question: str, said: str,
                                     wrong: str) -> None:
    answer = bot.respond(question, NOW)
    assert answer.answered and said in answer.plain_text() and \
        wrong not in answer.plain_text(), answer.plain_text()
    assert "October 13, 2031" in answer.plain_text(), answer.plain_text()


@pytest.mark.parametrize("question", [
    "when is the keynote for me in GMT+5:30?",  # (the zone's offset is no time to convert)
    "the talk is 4h long, what is that in IST",
])
def test_no_time_said_is_nothing_to_convert(bot: Responder, question: str) -> None:
    assert bot.respond(question, NOW).intent != "time_conversion"


def test_a_deadline_with_a_time_is_still_the_deadline(bot: Responder) -> None:
    answer = bot.respond("can I submit at 10pm PST?", NOW)
    assert "July 15, 2031" in answer.plain_text() and answer.intent != "time_conversion", \
        answer.plain_text()


def test_without_a_day_in_the_file_todays_date_is_used() -> None:
    bot = Responder(parse_knowledge(WORKSHOP.replace("  date: 2031-10-13\n", "")))
    answer = bot.respond("what's 9am local in PST?", NOW)
    assert answer.answered and "July 1, 2031" in answer.plain_text() and \
        "18:00 (the day before)" in answer.plain_text(), answer.plain_text()


PROGRAM = """
workshop:
  name: Workshop on Simulated Searchers
  timezone: AoE
  date: 2031-07-15
program:
  - title: Keynote on simulated users
    kind: keynote
    start: 2031-07-15T09:15:00+02:00
    end: 2031-07-15T09:50:00+02:00
  - title: Encore talk on conversational search
    kind: talk
    start: 2031-07-15T18:20:00+02:00
    end: 2031-07-15T18:35:00+02:00
"""


@pytest.mark.parametrize(("question", "title"), [
    ("what's on at 18:20 CEST", "Encore talk"),
    ("what's on at 16:25 utc?", "Encore talk"),
    ("what's on at 9:20?", "Keynote"),
])
def test_whats_on_at_a_time_in_a_zone(question: str, title: str) -> None:
    answer = Responder(parse_knowledge(PROGRAM)).respond(question, NOW)
    assert answer.answered and title in answer.plain_text() and \
        "deadline" not in answer.plain_text().lower(), answer.plain_text()


def test_a_time_in_a_zone_far_west_is_on_the_day_before_there() -> None:
    text = PROGRAM.replace("timezone: AoE", "timezone: Asia/Singapore").replace(
        "09:15:00+02:00", "09:10:00+08:00").replace("09:50:00+02:00", "10:00:00+08:00")
    answer = Responder(parse_knowledge(text)).respond("what's on at 6:30pm PDT?", NOW)
    assert answer.answered and "Keynote" in answer.plain_text(), answer.plain_text()


@pytest.mark.parametrize(("question", "lead"), [
    ("is it too late to submit if i send it on july 10?", "No, not too late"),
    ("is it too late to submit on july 20?", "Yes, too late"),
    # (asked as whether one can, the check keeps its own sense)
    ("can i still submit on july 10 or is it too late", "Yes, that's before the deadline"),
    ("hi, can I submit on july 10 or is it too late?", "Yes, that's before the deadline"),
    ("is it too late if I send my paper on july 20?", "Yes, too late"),
    ("is july 20 past the deadline?", "Yes, too late"),
    ("could july 20 be too late for the paper?", "Yes, too late"),
    ("is it too late to submit on july 15?", "Not too late on that day itself"),
])
def test_too_late_is_asked_the_other_way_round(bot: Responder, question: str, lead: str) -> None:
    answer = bot.respond(question, NOW)
    assert answer.plain_text().startswith(lead), answer.plain_text()
