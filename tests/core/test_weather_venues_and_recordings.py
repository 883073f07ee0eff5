"""Three classes seen in first-look round 44: the weather in the host city is no subject of an
FAQ entry that names the city; a deadline of another conference (GECCO, DAC, ESEM) is not the
workshop's; and a talk *recorded* for later is not a *pre-recorded* talk given remotely."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge, parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Evolving Programs
  short_name: EVOPROG 2031
  conference: ICSE 2031
  timezone: UTC
  date: 2031-07-03
  location: Seoul, Korea
deadlines:
  - id: paper
    name: Paper submission
    due: 2031-02-01
faq:
  - id: place
    questions: ["is it in seoul", "is it in person"]
    answer: The workshop is held in person in Seoul, in the ICSE 2031 venue.
  - id: presenting
    questions: ["do I have to present in person", "can I present remotely",
                "is a pre-recorded talk allowed"]
    answer: >-
      One author presents in person; in exceptional cases remote or pre-recorded talks are
      accepted. For demo talks, in-person talks are encouraged.
  - id: scope
    questions: ["what topics are in scope"]
    answer: Search-based software engineering, including climate and weather simulation code.
"""
NOW = datetime(2031, 1, 10, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize("question", [
    "whats the weather in seoul tomorrow",
    "what's the weather gonna be like in seoul in july?",
])
def test_the_weather_is_off_topic(bot: Responder, question: str) -> None:
    answer = bot.respond(question, NOW)
    assert not answer.answered and "in person" not in answer.plain_text(), answer.plain_text()


def test_weather_as_a_research_subject_is_not_off_topic(bot: Responder) -> None:
    answer = bot.respond("is a paper on tuning extreme weather simulation code in scope?", NOW)
    assert "outside what I can help with" not in answer.plain_text(), answer.plain_text()


@pytest.mark.parametrize("venue", ["GECCO", "DAC", "ESEM", "ISPASS"])
def test_another_conferences_deadline_is_not_ours(bot: Responder, venue: str) -> None:
    answer = bot.respond(f"when is the {venue.lower()} paper deadline", NOW)
    assert "February 1, 2031" not in answer.plain_text(), answer.plain_text()


def test_talks_recorded_for_later_are_not_pre_recorded_talks() -> None:
    # (CAMS 2025: an entry on presenting in person that allows pre-recorded talks)
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                   / "cams-2025.yaml"))
    now = datetime(2025, 8, 4, 12, tzinfo=UTC)
    later = bot.respond("will the talks be recorded / put on youtube?", now)
    assert not later.answered and "pre-recorded" not in later.plain_text(), later.plain_text()
    remote = bot.respond("is a pre-recorded talk ok if I can't come?", now)
    assert remote.answered and "pre-recorded" in remote.plain_text(), remote.plain_text()
