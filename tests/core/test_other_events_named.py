"""Another event named by an everyday word with a year and "conference" ("the EURO 2026
conference abstract deadline") is not ours, and writing a LaTeX macro is no workshop fact (the
template is not its answer)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Young Workshop on Loom Optimization
  timezone: Europe/Rome
  date: 2032-02-09
deadlines:
  - id: abstract
    name: Abstract submission
    due: 2031-12-12
submission:
  style: IEEE conference
  style_url: https://example.org/ieee.zip
""", "w.yaml"))
NOW = datetime(2031, 11, 20, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must_not"), [
    ("when is the EURO 2032 conference abstract deadline?", "December 12"),
    ("write me a latex macro for a two-column table", "ieee.zip"),
])
def test_not_ours(question: str, must_not: str) -> None:
    a = BOT.respond(question, NOW)
    assert not a.answered and must_not not in a.plain_text(), a.plain_text()


def test_our_own_abstract_deadline_still_answers() -> None:
    a = BOT.respond("when is the abstract deadline?", NOW)
    assert a.answered and "December 12" in a.plain_text(), a.plain_text()
