""""How do I apply for the travel grant and when is it due?": the "it" of the second part is the
grant the first part asks about, not the paper deadline; "what's the page limit and when is it
due?" still asks for the paper's deadline."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Safe Control Systems
  timezone: AoE
  date: 2031-10-13
deadlines:
  - id: paper
    name: Submission deadline
    due: 2031-07-15
submission:
  page_limit: 8
faq:
  - id: grants
    questions: ["are there travel grants", "student travel grant"]
    answer: Travel grants for students might be offered; the call gives no details yet.
"""
NOW = datetime(2031, 7, 1, 12, tzinfo=UTC)


def test_it_is_the_subject_of_the_part_before() -> None:
    bot = Responder(parse_knowledge(WORKSHOP))
    answer = bot.respond("how do i apply for the student travel grant and when is it due", NOW)
    assert "might be offered" in answer.plain_text() and \
        "July 15" not in answer.plain_text(), answer.plain_text()


def test_it_after_a_built_in_fact_is_still_the_paper() -> None:
    bot = Responder(parse_knowledge(WORKSHOP))
    answer = bot.respond("what's the page limit and when is it due?", NOW)
    assert "8 pages" in answer.plain_text() and "July 15, 2031" in answer.plain_text(), \
        answer.plain_text()
