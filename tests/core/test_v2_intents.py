"""Intents for the version-2 facts, declared as data blocks wired to their builders."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder

V2 = Path(__file__).resolve().parents[1] / "fixtures" / "v2"
NOW = datetime(2031, 3, 1, 12, tzinfo=UTC)
FULL = Responder(load_knowledge(V2 / "all-fields.yaml"))
BASE = Responder(load_knowledge(V2 / "base.yaml"))


def test_paper_types_are_listed_with_their_limits() -> None:
    text = FULL.respond("which paper types are there?", NOW).plain_text()
    assert "Short paper: up to 4 pages" in text and "Full paper: up to 8 pages" in text
    one = BASE.respond("are there short and long papers?", NOW)
    assert "Short paper" not in one.plain_text()  # no tracks: the one rule, or "I don't know"


DAY = datetime(2031, 6, 14, 7, 20, tzinfo=UTC)  # 9:20 in Berlin: the keynote has begun


def test_the_program_through_its_entities() -> None:
    cases = {
        "what's on right now?": ("Keynote: Systems for learning at scale", "Poster session"),
        "what's next?": ("Coffee break", "Lunch"),
        "what comes after lunch?": ("Poster session", "Coffee break"),
        "when is Grace's keynote?": ("9:15 AM", "Panel"),
        "when does Dijkstraat speak?": ("Panel: What breaks in production", "Keynote"),
        "what time is lunch?": ("12:00 PM", "Poster"),
    }
    for question, (says, must_not) in cases.items():
        a = FULL.respond(question, DAY)
        text = a.plain_text()
        assert a.answered and says in text and must_not not in text, (question, text)


def test_a_person_who_also_speaks_is_still_found_for_contact() -> None:
    text = FULL.respond("what's Grace's email?", DAY).plain_text()
    assert "grace@" in text and "Keynote" not in text


def test_without_a_program_the_same_questions_are_not_answered() -> None:
    for question in ("what's on right now?", "when is the keynote?", "what's the schedule?"):
        a = BASE.respond(question, DAY)
        assert not a.answered, (question, a.plain_text())
