""""Workshop start time in PST?": the program's start (in the zone named), not a deadline's
end converted to that zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Child Voice Agents
  timezone: America/New_York
  date: 2031-10-25
deadlines:
  - {id: submission, name: Paper submission, due: 2031-09-17}
program:
  - {title: Opening and talks, start: 2031-10-25T14:00, end: 2031-10-25T18:00}
""", "w.yaml"))
NOW = datetime(2031, 8, 30, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "said"), [
    ("workshop start time in PST?", "11:00"),
    ("event start time?", "2:00 PM"),
    ("workshop end time?", "6:00 PM"),
])
def test_a_start_or_end_time_asked_is_the_programs(question: str, said: str) -> None:
    text = BOT.respond(question, NOW).plain_text()
    assert said in text and "September 17" not in text, text


def test_how_long_after_each_talk_is_no_deadline() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Child Voice Agents
  timezone: AoE
  date: 2031-10-25
deadlines:
  - {id: submission, name: Submission deadline for all talk proposals, due: 2031-09-17T23:59}
""", "w.yaml"))
    text = bot.respond("how long is q&a after each talk", NOW).plain_text()
    assert "September 17" not in text, text
