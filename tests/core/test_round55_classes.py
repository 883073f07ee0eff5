"""Classes seen in first-look round 55: an invitation letter is the visa subject, not who the
organizers are; the weather in a city is not about the workshop, even a city the FAQ names;
another venue's own step ("the NeurIPS 2020 camera ready") is not ours; a time converted on
the day the question names, with a bare "11:59" the minute before midnight."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Python for HPC
  conference: SC30
  timezone: America/New_York
  date: 2030-11-13
  location: Virtual
deadlines:
  - id: camera-ready
    name: Paper camera ready
    due: 2030-10-08
  - id: lightning
    name: Lightning talk submissions due
    due: 2030-10-01
organizers:
  - name: Ada Example
    role: organizing committee
    email: ada@example.org
faq:
  - id: date-change
    questions: ["did the date change"]
    answer: Originally the workshop was announced for November 15 in Atlanta; it is now virtual.
"""
NOW = datetime(2030, 8, 20, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


def test_an_invitation_letter_is_the_visa_subject(responder: Responder) -> None:
    a = responder.respond("can i get an invitation letter from the organizers for my employer",
                          NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "invitation letters" in text and "Ada Example (organizing" not in text


def test_the_weather_in_a_city_is_off_topic(responder: Responder) -> None:
    a = responder.respond("weather in atlanta in november?", NOW)
    assert a.kind.value == "offtopic", a.plain_text()


@pytest.mark.parametrize("question", ["when is the NeurIPS 2030 camera ready due",
                                      "neurips camera ready deadline?"])
def test_another_venues_step_is_not_ours(responder: Responder, question: str) -> None:
    a = responder.respond(question, NOW)
    assert a.kind.value == "offtopic", a.plain_text()
    assert "October 8" not in a.plain_text()


def test_our_own_step_is_still_ours(responder: Responder) -> None:
    assert "October 8, 2030" in responder.respond("when is our camera ready due", NOW).plain_text()


def test_a_time_converted_on_the_day_named(responder: Responder) -> None:
    text = responder.respond("what's 11:59 aoe on nov 30 in PST", NOW).plain_text()
    assert "November 30, 2030" in text and "03:59 (the next day)" in text


def test_a_time_converted_on_the_workshop_day_when_none_is_named(responder: Responder) -> None:
    text = responder.respond("9am local what is that in PST", NOW).plain_text()
    assert "November 13, 2030" in text and "06:00" in text
