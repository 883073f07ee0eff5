from __future__ import annotations

from datetime import datetime
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
