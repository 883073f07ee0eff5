"""Questions in words, through the responder: answered from the version-2 file with every
field, and an honest "I don't know" from the same workshop without those fields."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder

V2 = Path(__file__).resolve().parents[1] / "fixtures" / "v2"
NOW = datetime(2031, 3, 1, 12, tzinfo=UTC)
FULL = Responder(load_knowledge(V2 / "all-fields.yaml"))
BASE = Responder(load_knowledge(V2 / "base.yaml"))

# question: (what the answer from all-fields.yaml says, what it must not say)
QUESTIONS = {
    "is the workshop archival?": ("non-archival: there are no proceedings", "archival: accepted"),
    "can I submit work that is under review elsewhere?": ("Yes: dual submission is allowed",
                                                           "not allowed"),
    "can I watch online?": ("follow it online at https://rls.example.net/live", "virtual"),
    "how long can a short paper be?": ("Short paper: up to 4 pages", "8 pages"),
    "what's the schedule?": ("• Keynote: Systems for learning at scale", "I don't know"),
    "was the deadline extended?": ("April 9, 2031 (that's in 5 weeks), extended from April 2",
                                   "I don't know"),
}


@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_answered_from_the_v2_fields(question: str) -> None:
    says, must_not = QUESTIONS[question]
    answer = FULL.respond(question, NOW)
    assert answer.answered, answer.plain_text()
    assert says in answer.plain_text() and must_not not in answer.plain_text()


@pytest.mark.parametrize("question", sorted(set(QUESTIONS) - {"how long can a short paper be?",
                                                             "was the deadline extended?"}))
def test_the_same_workshop_without_them_does_not_know(question: str) -> None:
    answer = BASE.respond(question, NOW)
    text = answer.plain_text()
    assert not answer.answered and "I don't know" in text, text
    assert "rls.example.net/live" not in text and "April 2" not in text


def test_the_same_workshop_without_an_extension_says_none_is_listed() -> None:
    text = BASE.respond("was the deadline extended?", NOW).plain_text()
    assert text.startswith("The call lists no extension") and "April 9" in text, text
    assert "April 2" not in text, text


def test_a_tba_deadline_in_words() -> None:
    text = FULL.respond("when is the camera-ready due?", NOW).plain_text()
    assert text.startswith("The camera-ready version date is to be announced")
    assert "May 31" not in text
    listing = FULL.respond("list all the deadlines", NOW).plain_text().splitlines()
    assert listing[2] == "• Camera-ready version: to be announced (the call gives no date yet)."


def test_i_dont_know_points_to_the_workshop_address() -> None:
    text = FULL.respond("is there a dress code?", NOW).plain_text()
    assert "I don't know" in text and "chairs@rls.example.net" in text
    assert "ada@rls.example.net" not in text
