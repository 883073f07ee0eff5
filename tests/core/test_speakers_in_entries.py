"""Invited speakers an organizer's entry names while the program lists no one for the keynote
slot: "who are the invited speakers?" is the entry's, as is "is someone from Meta giving a
talk?" (a place said in brackets after a name); a program slot that names someone still
answers who gives it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

KNOWLEDGE = """
workshop:
  name: Workshop on Distilled Looms
  timezone: America/New_York
  date: 2031-11-14
program:
  - title: Paper presentations, session 1
    start: 2031-11-14T09:00-05:00
    kind: talk
  - title: Keynote talk
    start: 2031-11-14T10:00-05:00
    kind: keynote
faq:
  - id: invited-speakers
    questions: ["who are the invited speakers?", "who's giving talks"]
    answer: >-
      Invited speakers so far: Dr. Sayra Imtaz (Research Scientist, Meta) and Dr. Ben Steen
      (Senior Researcher, Microsoft); a third is to be announced.
"""
BOT = Responder(parse_knowledge(KNOWLEDGE, "w.yaml"))
NAMED = Responder(parse_knowledge(KNOWLEDGE.replace(
    "    kind: keynote\n", "    kind: keynote\n    speakers: [Ada Keyes]\n"), "w.yaml"))
NOW = datetime(2031, 7, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize("question", [
    "who are the invited speakers",
    "is someone from meta giving a talk?",
    "is anyone from microsoft speaking?",
])
def test_the_entry_that_names_them(question: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and "Sayra Imtaz" in a.plain_text(), a.plain_text()
    assert "Paper presentations" not in a.plain_text()


def test_a_slot_that_names_its_speaker_still_answers() -> None:
    a = NAMED.respond("who is giving the keynote?", NOW)
    assert a.answered and "Ada Keyes" in a.plain_text(), a.plain_text()
