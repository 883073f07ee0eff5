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
