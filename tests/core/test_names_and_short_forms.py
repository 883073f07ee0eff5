"""Round 45 classes: a workshop whose short name holds a subject's word ("Internet-QoE") is not
asked about that subject when named; and the short forms people use for a part of the call
("DS" for the doctoral symposium, "AE" for artifact evaluation, "reg" for registration) are
read as that part when the workshop has it, and as nothing otherwise."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Internet Quality of Experience
  short_name: Internet-QoE 2031
  timezone: AoE
  date: 2031-08-26
deadlines:
  - id: registration
    name: Paper registration
    due: 2031-03-18
  - id: paper
    name: Paper submission
    due: 2031-03-25
  - id: ds
    name: Doctoral symposium submission
    due: 2031-04-10
organizers:
  - name: Ada Rossi
    role: doctoral symposium chair
submission:
  tracks:
    - id: full
      name: Full paper
      page_limit: 8
    - id: ds
      name: Doctoral symposium paper
      page_limit: 4
"""
NOW = datetime(2031, 3, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


def test_the_short_name_asks_about_no_subject_of_its_words(bot: Responder) -> None:
    answer = bot.respond("when is the paper submission deadline for internet-qoe?", NOW)
    assert answer.answered and "March 25, 2031" in answer.plain_text(), answer.plain_text()
    wifi = bot.respond("is there wifi at the venue?", NOW)
    assert not wifi.answered, wifi.plain_text()


@pytest.mark.parametrize(("question", "fact", "wrong"), [
    ("when is the DS deadline?", "April 10, 2031", "March 25"),
    ("who chairs the DS?", "Ada Rossi", "March"),
    ("how many pages for a DS paper?", "4 pages", "8 pages"),
    ("is the paper reg deadline still march 18?", "March 18, 2031", "April 10"),
])
def test_a_short_form_of_a_part_the_call_has(bot: Responder, question: str, fact: str,
                                             wrong: str) -> None:
    answer = bot.respond(question, NOW)
    assert answer.answered and fact in answer.plain_text() and \
        wrong not in answer.plain_text(), answer.plain_text()


def test_a_short_form_of_a_part_the_call_does_not_have_is_left_alone() -> None:
    bot = Responder(parse_knowledge(WORKSHOP.replace("Doctoral symposium", "Poster")
                                    .replace("doctoral symposium chair", "poster chair")))
    answer = bot.respond("is there a DS?", NOW)
    assert "Poster" not in answer.plain_text() and "April 10" not in answer.plain_text(), \
        answer.plain_text()
