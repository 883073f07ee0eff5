"""An FAQ entry on a subject does not answer a question about an aspect of it that the entry
never speaks of: the meeting's password, the dinner's vegan food, a form to apply with, conflicts
of interest with the committee, whether prize credits expire, a penalty for withdrawing. A license
is answered by an entry that names one ("CC BY")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Textile Archives
  timezone: AoE
  date: 2031-06-20
faq:
  - id: virtual
    questions: ["is it virtual", "is the workshop online"]
    answer: The workshop is virtual; registered attendees get a Zoom meeting link by email.
  - id: dinner
    questions: ["is there a dinner", "what does registration include"]
    answer: Registration includes the coffee breaks and the social dinner on the first evening.
  - id: grants
    questions: ["are there travel grants", "student travel grants"]
    answer: Up to five travel grants are offered to students with accepted papers.
  - id: committee
    questions: ["who is on the program committee", "pc members"]
    answer: The program committee is listed on the website's committee page.
  - id: dataset
    questions: ["is there a dataset", "where can I download the data"]
    answer: The archive images are released under CC BY 4.0 on the workshop's data page.
  - id: credits
    questions: ["what do the challenge winners get", "challenge prizes"]
    answer: The top three teams receive 1,000 USD of cloud credits each.
  - id: withdrawal
    questions: ["can I withdraw my paper", "how do I withdraw a submission"]
    answer: Withdraw from the submission page, or write to the chairs.
"""
NOW = datetime(2031, 5, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize(("question", "wrong"), [
    ("what's the zoom meeting password", "Zoom meeting link"),
    ("can the dinner do vegan food", "social dinner"),
    ("is there a form to fill in for the student travel grants", "five travel grants"),
    ("do we have to declare conflicts of interest with the pc members", "committee page"),
    ("do the cloud credits for the challenge winners expire?", "1,000 USD"),
    ("can i withdraw my paper after the notification without a penalty?", "submission page"),
])
def test_an_aspect_the_entry_never_speaks_of(bot: Responder, question: str, wrong: str) -> None:
    answer = bot.respond(question, NOW)
    assert not answer.answered and wrong not in answer.plain_text(), answer.plain_text()


def test_a_license_is_answered_by_the_entry_that_names_one(bot: Responder) -> None:
    answer = bot.respond("what license is the dataset under", NOW)
    assert answer.answered and "CC BY" in answer.plain_text(), answer.plain_text()
