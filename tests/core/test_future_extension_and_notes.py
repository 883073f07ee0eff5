""""Will it be extended again?" is not answered by a note that tells what was ("Extended from 3rd
June"): what will be, the call does not say; a note that says it will not move does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime(2031, 5, 20, 12, tzinfo=UTC)


def _bot(note: str) -> Responder:
    return Responder(parse_knowledge(f"""
workshop:
  name: Workshop on Glacier Seismics
  timezone: Europe/Rome
  date: 2031-09-06
deadlines:
  - id: submission
    name: Paper submission
    due: 2031-06-12
    extended_from: 2031-06-03
    note: {note}
""", "w.yaml"))


@pytest.mark.parametrize("question", [
    "will the deadline be extended again?",
    "will there be a second extension",
])
def test_a_note_of_what_was_does_not_say_what_will_be(question: str) -> None:
    a = _bot("Extended from 3rd June 2031.").respond(question, NOW)
    assert not a.answered and "June 12" in a.plain_text(), a.plain_text()


def test_a_note_that_says_it_will_not_move_answers() -> None:
    a = _bot("No further extensions will be granted.").respond(
        "will the deadline be extended again?", NOW)
    assert a.answered and "No further extensions" in a.plain_text(), a.plain_text()


def test_was_it_extended_again_asks_what_was() -> None:
    a = _bot("Extended from 3rd June 2031.").respond(
        "wait was it extended AGAIN?? i had june 3 in my calendar", NOW)
    assert a.answered and "June 12" in a.plain_text(), a.plain_text()
