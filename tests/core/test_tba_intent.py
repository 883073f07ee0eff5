"""The intent added as one data block and one builder: which dates are still to be announced."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Late Tides
  timezone: AoE
  date: 2033-05-05
deadlines:
  - id: paper
    name: Paper submission
    due: 2033-02-01
  - id: camera
    name: Camera-ready version
    due: TBA
"""
NOW = datetime(2033, 1, 10, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP, "tides.yaml"))


@pytest.mark.parametrize("question", [
    "which dates are still to be announced?",
    "anything still TBA?",
    "what hasn't been announced yet",
])
def test_the_dates_still_to_be_announced(bot: Responder, question: str) -> None:
    a = bot.respond(question, NOW)
    assert a.answered, a.text
    assert "Still to be announced: Camera-ready version" in a.text, a.text
    assert "May 5" not in a.text and "February 1" not in a.text, a.text


def test_every_date_given_says_so() -> None:
    dated = Responder(parse_knowledge(WORKSHOP.replace("due: TBA", "due: 2033-04-01"), "t.yaml"))
    a = dated.respond("anything still TBA?", NOW)
    assert a.answered, a.text
    assert a.text.startswith("Every deadline of the call has a date"), a.text
