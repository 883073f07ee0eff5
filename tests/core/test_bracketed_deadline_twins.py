"""Two deadlines of one name told apart only by what their brackets say ("Submission deadline
(papers for the proceedings)", "Submission deadline (all other submissions)"): a question that
says neither asks for both; one that says a word of one's brackets asks for that one, and
"non-archival" the one outside the proceedings. An entry on the proceedings that gives other days
does not answer when one of them is due."""

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
  - id: proc-notification
    name: Notification (papers for the proceedings)
    due: 2031-07-11
  - id: other-notification
    name: Notification (all other submissions)
    due: 2031-09-05
faq:
  - id: proceedings
    questions: ["will my paper be in the proceedings", "is the workshop archival"]
    answer: >-
      Accepted long papers may go into the proceedings; those follow the proceedings deadlines
      (submission July 7, 2031). Everything else is non-archival.
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


@pytest.mark.parametrize(("question", "day", "wrong"), [
    ("notification date for the non-archival submissions?", "September 5, 2031", "July 11"),
    ("when do we hear back for proceedings papers", "July 11, 2031", "September 5"),
])
def test_the_side_of_the_proceedings_names_the_deadline(bot: Responder, question: str, day: str,
                                                        wrong: str) -> None:
    text = bot.respond(question, NOW).plain_text()
    assert day in text and wrong not in text and "Everything else" not in text, text
