from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder

LA = ZoneInfo("America/Los_Angeles")


@pytest.fixture(scope="session")
def mlsys() -> Responder:
    return Responder(load_knowledge())


def at(text: str) -> datetime:
    """A moment in the shipped workshop's zone."""
    return datetime.fromisoformat(text).replace(tzinfo=LA)


REAL = Path(__file__).parents[1] / "fixtures" / "real"


@cache
def real_call(name: str) -> Responder:
    """The bot on one of the real calls in ``tests/fixtures/real/`` (built once per run)."""
    return Responder(load_knowledge(REAL / f"{name}.yaml"))


def ask_real(name: str, now: str, question: str) -> tuple[bool, str]:
    """Whether the bot on a real call answers ``question`` at ``now``, and its reply folded to
    lower case."""
    answer = real_call(name).respond(question, datetime.fromisoformat(now))
    return answer.answered, answer.plain_text().lower()
