"""A topic of the call named by the opening of one long word of it ("personalized") is named by a
long word of the question too, or a clipped one ("interp"), not by an everyday word that opens
alike ("one person")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Health Dashboards
  timezone: AoE
  date: 2031-11-02
  topics:
    - Personalized healthcare and health management
    - Interpretability of clinical models
    - Quantum sensors for home appliances
"""
NOW = datetime(2031, 6, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize("question", [
    "is personalization of treatment plans in scope?",
    "would interp work on risk scores fit?",
    "do you accept work on sensor networks?",  # (the singular of a topic's word)
])
def test_a_long_or_clipped_word_names_the_topic(bot: Responder, question: str) -> None:
    answer = bot.respond(question, NOW)
    assert answer.answered and "list of topics" in answer.plain_text(), answer.plain_text()


def test_an_everyday_word_that_opens_alike_does_not(bot: Responder) -> None:
    answer = bot.respond("is there a limit on how many papers one person can submit", NOW)
    assert "list of topics" not in answer.plain_text(), answer.plain_text()
