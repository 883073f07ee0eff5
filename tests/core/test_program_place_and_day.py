"""A session of the program asked where it is ("where is the conference dinner?", "when and
where is it?"), or on which day ("what time does registration open on the first day?", with a
registration deadline too); and what the program does not hold of a session (a dress code, a
discount) is not answered with its time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Woven Dialogue
  timezone: Europe/Berlin
  start: 2031-09-03
  end: 2031-09-04
  location: Bielefeld, Germany
deadlines:
  - id: registration
    name: Registration deadline
    due: 2031-08-15T23:59
program:
  - title: Registration
    start: 2031-09-03T08:00+02:00
    end: 2031-09-03T09:00+02:00
  - title: "Keynote: Threads of Talk"
    start: 2031-09-03T09:15+02:00
    kind: keynote
    speakers: [Ada Held]
  - title: Conference dinner (Loom Hall, Mill Street 5)
    start: 2031-09-03T18:30+02:00
    kind: social
  - title: Registration
    start: 2031-09-04T08:30+02:00
    end: 2031-09-04T09:00+02:00
""", "w.yaml"))
NOW = datetime(2031, 5, 19, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("where is the conference dinner?", "6:30 PM", "August 15"),
    ("when and where is the conference dinner?", "Loom Hall", "takes place from"),
    ("what time does registration open on the first day", "8:00 AM", "August 15"),
    # (an everyday word that is a speaker's surname asks no session's place)
    ("where is it held", "Bielefeld", "Threads of Talk"),
])
def test_a_session_asked_where_or_on_which_day(question: str, must: str, must_not: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and must in a.plain_text(), a.plain_text()
    assert must_not not in a.plain_text()


@pytest.mark.parametrize("question", [
    "is there a dress code for the conference dinner",
    "is there a registration discount for students?",
])
def test_what_the_program_does_not_hold_is_not_its_time(question: str) -> None:
    a = BOT.respond(question, NOW)
    assert not a.answered and "8:00" not in a.plain_text() and "6:30" not in a.plain_text(), \
        a.plain_text()
