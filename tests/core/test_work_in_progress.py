"""Unfinished work: "is work in progress ok?" is answered by what the call says of it (quoted),
never with a deadline; where the call says nothing of it, "I don't know"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime(2031, 1, 10, 12, tzinfo=UTC)
FILE = """
workshop:
  name: Workshop on Patient Parsers
  timezone: AoE
  description: {description}
deadlines:
  - {{id: submission, name: Paper submission, due: 2031-02-10}}
  - {{id: notification, name: Notification, due: 2031-03-10}}
"""
SAYS = Responder(parse_knowledge(FILE.format(
    description="A venue for new ideas. Papers may describe work in progress."), "pp.yaml"))
SILENT = Responder(parse_knowledge(FILE.format(description="A venue for new ideas."), "pp.yaml"))


@pytest.mark.parametrize("question", [
    "is work in progress ok to submit or does it have to be finished?",
    "my findings are pretty preliminary, is half-finished work fine?",
    "can I send early stage work?",
])
def test_unfinished_work_is_what_the_call_says_of_it(question: str) -> None:
    a = SAYS.respond(question, NOW)
    text = a.plain_text()
    assert a.answered and "work in progress" in text, text
    assert "February 10" not in text and "March 10" not in text, text
    b = SILENT.respond(question, NOW)
    assert not b.answered, b.plain_text()
    assert "February 10" not in b.plain_text() and "March 10" not in b.plain_text()
