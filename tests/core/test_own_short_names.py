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


def test_the_short_name_said_names_no_deadline_or_paper_type_that_shares_it() -> None:
    """"the paper deadline for clarity-2023?": the workshop's paper deadline, not the one of the
    "Clarity Prediction Challenge" whose name shares the short name's word."""
    from datetime import UTC, datetime

    from bot.core.knowledge.loader import parse_knowledge
    from bot.core.responder import Responder
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Hearing Machines
  short_name: Clarity-2031
  timezone: AoE
  date: 2031-08-19
submission:
  tracks:
    - {id: regular, name: Regular paper - full paper, page_limit: 4}
    - {id: report, name: Clarity Prediction Challenge technical report (2 to 4 pages)}
    - id: challenge
      name: Clarity Prediction Challenge full paper for the proceedings (after the workshop)
deadlines:
  - {id: paper, name: Workshop paper submission deadline (regular papers), due: 2031-06-02}
  - id: report
    name: Clarity Prediction Challenge submission deadline (technical reports)
    due: 2031-07-31
  - {id: full, name: Challenge full papers for the workshop proceedings, due: TBA}
""", "w.yaml"))
    now = datetime(2031, 5, 1, 12, tzinfo=UTC)
    for question in ("when's the paper deadline for clarity-2031?",
                     "when's the paper deadline for clarity?"):
        text = bot.respond(question, now).plain_text()
        assert "June 2" in text and "July 31" not in text, text
    text = bot.respond("when is the clarity prediction challenge report due?", now).plain_text()
    assert "July 31" in text, text
