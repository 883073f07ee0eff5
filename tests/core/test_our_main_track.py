"""A paper type of ours called "Main Track": "main track ddl?" is ours, not the host
conference's main track (which "the ICLR main conference deadline" still is); a deadline told
as missed before the question is what happened, not what is asked."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Genome Looms
  conference: ICLR 2031
  timezone: AoE
  date: 2031-04-27
deadlines:
  - id: main
    name: Paper submission (Main Track and Special Track)
    due: 2031-02-16T23:59
  - id: tiny
    name: Paper submission (Tiny Papers Track)
    due: 2031-02-23T23:59
submission:
  tracks:
    - id: main
      name: Main Track
      page_limit: 8
    - id: special
      name: Special Track
      page_limit: 8
    - id: tiny
      name: Tiny Papers Track
      page_limit: 4
""", "w.yaml"))
NOW = datetime(2031, 1, 27, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("main track ddl?", "February 16", "February 23"),
    ("main track deadline in PST?", "February 16", "February 23"),
    ("does the impact statement count in the page limit for main track", "8 pages", "4 pages"),
    ("missed the main track deadline, when is the tiny one?", "February 23", "February 16"),
])
def test_our_main_track(question: str, must: str, must_not: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and must in a.plain_text(), a.plain_text()
    assert must_not not in a.plain_text()


def test_the_host_main_conference_is_not_ours() -> None:
    a = BOT.respond("what's the ICLR 2031 main conference paper deadline?", NOW)
    assert not a.answered and "February 16" not in a.plain_text(), a.plain_text()
