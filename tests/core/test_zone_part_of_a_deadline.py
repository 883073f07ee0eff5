""""Camera-ready date and which timezone?": the time-zone part asks it of the deadline the part
before named, not of the paper deadline."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Agent Engineering
  timezone: AoE
  date: 2031-05-06
deadlines:
  - {id: submission, name: Paper submission, due: 2031-03-04}
  - {id: camera, name: Camera-ready, due: 2031-04-19}
""", "w.yaml"))


def test_the_zone_part_is_of_the_deadline_named_before() -> None:
    text = BOT.respond("camera-ready date and which timezone?",
                       datetime(2031, 2, 20, 12, tzinfo=UTC)).plain_text()
    assert "April 19" in text and "AoE" in text, text
    assert "March 4" not in text
