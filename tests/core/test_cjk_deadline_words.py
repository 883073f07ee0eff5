"""A deadline asked in Japanese or Chinese by its own words ("技術レポート", "技术报告"):
that deadline, not the paper deadline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Hearing Machines
  timezone: AoE
  date: 2031-08-19
deadlines:
  - {id: paper, name: Workshop paper submission (regular papers), due: 2031-06-02}
  - {id: report, name: Challenge submission deadline (technical reports), due: 2031-07-31}
""", "w.yaml"))


@pytest.mark.parametrize("question", ["チャレンジの技術レポートの締め切りはいつですか？",
                                      "技术报告的截止日期是什么时候？"])
def test_the_deadline_named_in_its_own_words(question: str) -> None:
    text = BOT.respond(question, datetime(2031, 5, 12, 12, tzinfo=UTC)).plain_text()
    assert "July 31" in text and "June 2" not in text, text
