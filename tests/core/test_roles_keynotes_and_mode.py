"""Who holds a role when one holder's role says more ("programme committee chair and local
organizing committee" beside "programme committee chair": both are PC chairs); "the keynote
speakers" are every keynote's, not the one whose title says "Speakers"; and "hybrid or fully
virtual?" asks how the workshop is held."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Woven Dialogue
  timezone: Europe/Berlin
  date: 2031-09-03
  mode: virtual
organizers:
  - name: Hanne Busch
    role: programme committee chair and local organizing committee
  - name: Nils Ilin
    role: programme committee chair
  - name: Clara Lach
    role: local organizing committee
program:
  - title: "Keynote: The Reasons for Repetition"
    start: 2031-09-03T09:15+02:00
    kind: keynote
    speakers: [Ara Sinclair]
  - title: "Keynote: Meaningful Interaction with Unreal Speakers?"
    start: 2031-09-03T11:30+02:00
    kind: keynote
    speakers: [Dav Schlang]
""", "w.yaml"))
NOW = datetime(2031, 5, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("who are the PC chairs?", ["Hanne Busch", "Nils Ilin"], ["Clara Lach"]),
    ("who are the keynote speakers?", ["Ara Sinclair", "Dav Schlang"], ["Clara Lach"]),
    ("hybrid or fully virtual?", ["virtual"], ["outside what I can help with"]),
])
def test_all_that_is_asked_and_no_more(question: str, must: list[str],
                                       must_not: list[str]) -> None:
    a = BOT.respond(question, NOW)
    text = a.plain_text()
    assert a.answered and all(m in text for m in must), text
    assert not any(m in text for m in must_not), text


CHAIRS = Responder(parse_knowledge("""
workshop:
  name: Workshop on Distilled Looms
  timezone: UTC
  date: 2031-11-14
organizers:
  - name: Christopher G. Brinton
    role: general chair
  - name: Anindya Bijoy Das
    role: TPC co-chair
  - name: Shibbir Ahmed
    role: TPC co-chair
""", "w.yaml"))


@pytest.mark.parametrize(("question", "must", "must_not"), [
    # (a role written short, "TPC", is read as the question is: the program committee)
    ("who are the TPC chairs?", ["Anindya Bijoy Das", "Shibbir Ahmed"], ["Brinton"]),
    # (a name said without its middle name or initial is said in full)
    ("is anindya das the general chair?", ["No", "TPC co-chair"], ["Shibbir"]),
    # (a TPC co-chair is a TPC chair: the holders are named beside his own role)
    ("is christopher brinton a TPC chair?", ["No", "general chair", "Shibbir"], ["Yes"]),
    # (the role asked says who they are: no "is one of the organizers" before it)
    ("who is the general chair?", ["Christopher G. Brinton"], ["one of the organizers"]),
])
def test_a_role_and_its_holders(question: str, must: list[str], must_not: list[str]) -> None:
    a = CHAIRS.respond(question, NOW)
    text = a.plain_text()
    assert a.answered and all(m in text for m in must), text
    assert not any(m in text for m in must_not), text
