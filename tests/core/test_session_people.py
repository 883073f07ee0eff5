"""Who gives a session, when the program names no one for it: an honest "I don't know" that
still gives the session's time; a session with its speakers listed names them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder

REAL = Path(__file__).parents[1] / "fixtures" / "real"
NOW = datetime.fromisoformat("2024-01-08T12:00-12:00")


@pytest.fixture(scope="module")
def aist() -> Responder:
    return Responder(load_knowledge(REAL / "aist-2024.yaml"))


@pytest.mark.parametrize("question", ["who's on the panel?", "who is speaking at the panel"])
def test_who_of_a_session_without_speakers_is_unknown(aist: Responder, question: str) -> None:
    answer = aist.respond(question, NOW)
    text = answer.plain_text().lower()
    assert not answer.answered, text
    assert "4:00 pm" in text, text  # the session's time is still given


def test_who_of_a_session_with_speakers_names_them(aist: Responder) -> None:
    answer = aist.respond("who gives the keynote?", NOW)
    assert answer.answered and "lingming zhang" in answer.plain_text().lower()


def test_when_of_a_session_without_speakers_is_answered(aist: Responder) -> None:
    answer = aist.respond("when is the panel?", NOW)
    assert answer.answered and "4:00 pm" in answer.plain_text().lower()
