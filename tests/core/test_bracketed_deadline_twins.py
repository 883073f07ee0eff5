"""Two deadlines of one name told apart only by what their brackets say ("Submission deadline
(papers for the proceedings)", "Submission deadline (all other submissions)"): a question that
says neither asks for both; one that says a word of one's brackets asks for that one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Curated Pixels
  timezone: Pacific/Honolulu
  date: 2031-10-18
deadlines:
  - id: proc-submission
    name: Submission deadline (papers for the proceedings)
    due: 2031-07-07
  - id: proc-camera
    name: Camera-ready (papers for the proceedings)
    due: 2031-08-15
  - id: other-submission
    name: Submission deadline (all other submissions, extended abstracts)
    due: 2031-08-29
  - id: other-camera
    name: Camera-ready (all other submissions, extended abstracts)
    due: 2031-09-12
"""
NOW = datetime(2031, 6, 20, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize(("question", "both"), [
    ("when is the submission deadline", ("July 7, 2031", "August 29, 2031")),
    ("camera ready?", ("August 15, 2031", "September 12, 2031")),
])
def test_a_question_saying_neither_gets_both(bot: Responder, question: str,
                                             both: tuple[str, str]) -> None:
    text = bot.respond(question, NOW).plain_text()
    assert all(day in text for day in both), text


def test_a_word_of_one_brackets_names_that_one(bot: Responder) -> None:
    text = bot.respond("submission deadline for extended abstracts?", NOW).plain_text()
    assert "August 29, 2031" in text and "July 7" not in text, text
