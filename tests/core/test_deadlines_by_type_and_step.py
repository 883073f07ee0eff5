"""Which deadline a question means when names share words: a paper type's own deadline ("short
paper deadline?" is not the long papers'), a challenge's own step ("submit our challenge
results" is no paper notification, "challenge deadline?" no deadline of another event), a
result made known ("when are the challenge winners announced?") no deadline for sending
something in, and registration asked in French or Spanish (its cost is not its deadline)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: "DiaLoom 2031 – Loomlogue: 4th Workshop on Woven Dialogue"
  timezone: AoE
  date: 2031-09-03
  location: Bielefeld, Germany
deadlines:
  - id: long-paper
    name: Long paper deadline
    due: 2031-06-02T23:59
  - id: notification
    name: Notification to authors
    due: 2031-06-27
  - id: short-paper
    name: Short paper / poster deadline
    due: 2031-07-18T23:59
  - id: challenge
    name: LoomQA Challenge submission deadline
    due: 2031-07-31T23:59
  - id: registration
    name: Registration deadline
    due: 2031-08-15T23:59
submission:
  tracks:
    - id: long
      name: Long paper
      page_limit: 8
    - id: short
      name: Short paper / poster
      page_limit: 2
""", "w.yaml"))
NOW = datetime(2031, 5, 19, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("short paper deadline?", "July 18", "June 2"),
    ("when do I have to submit the short paper?", "July 18", "June 2"),
    ("Bis wann muss ich das Short Paper einreichen?", "July 18", "June 2"),
    ("long paper deadline?", "June 2", "July 18"),
    ("by when do we have to submit our challenge results", "July 31", "June 27"),
    ("challenge deadline?", "July 31", "June 2"),
    ("Quelle est la date limite d'inscription ?", "August 15", "June 2"),
    ("¿Cuál es la fecha límite de inscripción?", "August 15", "June 2"),
])
def test_the_deadline_its_own_words_name(question: str, must: str, must_not: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and must in a.plain_text(), a.plain_text()
    assert must_not not in a.plain_text()


@pytest.mark.parametrize(("question", "must_not"), [
    ("when are the challenge winners announced?", "July 31"),
    ("when are the challenge results announced?", "July 31"),
    ("¿cuánto cuesta la inscripción?", "August 15"),
    ("gibt es Studentenrabatt bei der Anmeldung?", "August 15"),
])
def test_what_no_deadline_answers_is_not_given_one(question: str, must_not: str) -> None:
    a = BOT.respond(question, NOW)
    assert not a.answered and must_not not in a.plain_text(), a.plain_text()


def test_a_question_asked_after_its_condition_names_its_own_deadline() -> None:
    a = BOT.respond("if I miss the long paper deadline can I still send a short paper? until "
                    "when?", NOW)
    assert a.answered and "July 18" in a.plain_text(), a.plain_text()
    assert "June 2" not in a.plain_text()


@pytest.mark.parametrize(("question", "must", "must_not"), [
    # (the paper type said in the condition, and the question after it naming none)
    ("if i go for a short paper when is it due?", "July 18", "June 2"),
    ("if I submit a short paper when will I hear back?", "June 27", "July 18"),
])
def test_the_type_of_the_condition(question: str, must: str, must_not: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and must in a.plain_text(), a.plain_text()
    assert must_not not in a.plain_text()
