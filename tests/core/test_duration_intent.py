"""How long the workshop lasts (the ``duration`` intent: one data block and one builder): its
hours from the program, else what the call says of its length, else an honest "I don't know"
that still gives its days."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.answers.answer import Kind
from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime.fromisoformat("2031-03-01T12:00+00:00")
BASE = """
workshop:
  name: Workshop on Quiet Harbors
  timezone: Europe/Lisbon
  date: 2031-06-12
  location: Lisbon
{description}
{program}
"""
MORNING = """
program:
  - {title: Opening, start: 2031-06-12T08:30, end: 2031-06-12T08:45}
  - {title: Keynote, start: 2031-06-12T08:45, end: 2031-06-12T10:00}
  - {title: Posters, start: 2031-06-12T10:30, end: 2031-06-12T12:15}
"""
ALL_DAY = """
program:
  - {title: Opening, start: 2031-06-12T09:00, end: 2031-06-12T09:15}
  - {title: Panel, start: 2031-06-12T16:00, end: 2031-06-12T17:30}
"""


def bot(description: str = "", program: str = "") -> Responder:
    return Responder(parse_knowledge(BASE.format(description=description, program=program),
                                     "harbors.yaml"))


@pytest.mark.parametrize("question", ["is it a full-day workshop?", "half day or full day?",
                                      "how long does the workshop last?",
                                      "does it go on all day?", "ist der workshop ganztägig?"])
def test_a_morning_program_is_a_half_day(question: str) -> None:
    a = bot(program=MORNING).respond(question, NOW)
    text = a.plain_text()
    assert a.kind is Kind.ANSWER, text
    assert "half day" in text and "3 hours 45 minutes" in text, text
    assert "full day" not in text, text


def test_a_program_from_nine_to_half_past_five_is_a_full_day() -> None:
    text = bot(program=ALL_DAY).respond("is it a full day?", NOW).plain_text()
    assert "full day" in text and "8 hours 30 minutes" in text and "half day" not in text, text


def test_without_a_program_the_calls_own_words() -> None:
    described = "  description: A half-day workshop on harbors. It has posters."
    text = bot(description=described).respond("is it a full-day workshop?", NOW).plain_text()
    assert "A half-day workshop on harbors." in text and "posters" not in text, text


def test_without_hours_an_honest_i_dont_know_with_its_day() -> None:
    a = bot().respond("full day or half day?", NOW)
    assert a.kind is Kind.UNKNOWN and not a.answered, a.plain_text()
    assert "June 12, 2031" in a.plain_text(), a.plain_text()
    assert "half day." not in a.plain_text()


def test_how_many_days_is_still_the_date() -> None:
    """"one day or two?" is answered by the dates, program or not."""
    text = bot().respond("is it a one-day workshop?", NOW).plain_text()
    assert "June 12, 2031" in text and "I don't know" not in text, text


def test_the_calls_own_words_are_whole_words() -> None:
    """"the overall day-to-day" says nothing of how long the workshop is."""
    a = bot(description="  description: Our overall day-to-day focus is harbors.").respond(
        "is it a full-day workshop?", NOW)
    assert "overall" not in a.plain_text(), a.plain_text()
