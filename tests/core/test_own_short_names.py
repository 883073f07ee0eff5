"""The workshop is asked about by its short name wherever its full name gives it: in brackets
with a year ("... of the Heart (HEARTW 2031)") or before a colon ("DaTaX 2031: 5th Workshop on
..."), with the year and without; a hyphenated short name stays whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime(2031, 3, 1, 12, tzinfo=UTC)


def _bot(name: str) -> Responder:
    return Responder(parse_knowledge(f"""
workshop:
  name: "{name}"
  description: A day on modelling hearts and data.
  timezone: AoE
  date: 2031-10-10
  location: Marrakesh, Morocco
""", "w.yaml"))


@pytest.mark.parametrize(("name", "question", "must"), [
    ("Atlases and Models of the Heart (HEARTW 2031)", "when is heartw?", "October 10, 2031"),
    ("Atlases and Models of the Heart (HEARTW 2031)", "where's HEARTW 2031 this year",
     "Marrakesh"),
    ("Atlases and Models of the Heart (HEARTW 2031)", "what is heartw about", "modelling hearts"),
    ("DaTaX 2031: 5th International Workshop on Data on New Hardware", "what is datax about",
     "modelling hearts"),
    ("DaTaX 2031: 5th International Workshop on Data on New Hardware", "when is datax?",
     "October 10, 2031"),
    ("Workshop on Fair Evaluation (FAIR-Eval)", "what is FAIR-Eval about?", "modelling hearts"),
    # two names before the colon, a dash between them: each is the workshop's
    ("HeartDial 2031 – Marrakogue: 9th Workshop on Hearts", "when is heartdial 2031?",
     "October 10, 2031"),
    ("HeartDial 2031 – Marrakogue: 9th Workshop on Hearts", "where is heartdial this year?",
     "Marrakesh"),
    ("HeartDial 2031 – Marrakogue: 9th Workshop on Hearts", "when is marrakogue?",
     "October 10, 2031"),
])
def test_the_workshop_asked_about_by_its_short_name(name: str, question: str, must: str) -> None:
    a = _bot(name).respond(question, NOW)
    assert a.answered and must in a.plain_text(), a.plain_text()
