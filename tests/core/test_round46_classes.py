"""Classes seen in first-look round 46: a "final manuscript" is the camera-ready version; "abs"
is the abstract when the call has one; the coffee break is the program's break, and its "start
time" the program's start; page charges are a fee; a paper style named strongly
("springer lncs format ok?") is not an entry on the workshop's format of sessions; the program's
lunch does not say whether it is vegan, nor its talks whether there is an award."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge, parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Quantum Appliances
  timezone: America/Toronto
  date: 2031-09-16
  location: Montreal, Canada
deadlines:
  - id: abstract
    name: Abstract submission deadline
    due: 2031-07-03
  - id: paper
    name: Submission deadline (full paper)
    due: 2031-07-10
  - id: final
    name: Final manuscript due
    due: 2031-08-01
submission:
  page_limit: 6
  style: IEEE conference template
program:
  - title: Lunch
    kind: break
    start: 2031-09-16T12:00:00-04:00
    end: 2031-09-16T13:00:00-04:00
  - title: Keynote on quantum toasters
    kind: keynote
    start: 2031-09-16T10:00:00-04:00
    end: 2031-09-16T11:00:00-04:00
  - title: Afternoon Break
    kind: break
    start: 2031-09-16T15:00:00-04:00
    end: 2031-09-16T15:30:00-04:00
faq:
  - id: sessions
    questions: ["what is the format of the workshop", "what are the sessions"]
    answer: Three sessions - two panels and one paper session.
"""
NOW = datetime(2031, 6, 12, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize(("question", "fact", "wrong"), [
    ("camera ready deadline?", "August 1, 2031", "July 10"),
    ("cr ddl", "August 1, 2031", "July 10"),
    ("abs ddl?", "July 3, 2031", "July 10"),
    ("springer lncs format ok?", "IEEE conference template", "Three sessions"),
    # (a coffee break is a break of the program, whatever its title says)
    ("when's the coffee break", "Afternoon Break", "Final manuscript"),
    ("start time?", "12:00 PM", "August 1"),
])
def test_answered_with_the_right_fact(bot: Responder, question: str, fact: str,
                                      wrong: str) -> None:
    answer = bot.respond(question, NOW)
    assert answer.answered and fact in answer.plain_text() and \
        wrong not in answer.plain_text(), answer.plain_text()


@pytest.mark.parametrize(("question", "wrong"), [
    ("are there overlength page charges for going past 6 pages", "up to 6 pages"),
    ("will there be vegan options at lunch", "12:00"),
])
def test_not_answered_by_a_neighbouring_fact(bot: Responder, question: str, wrong: str) -> None:
    answer = bot.respond(question, NOW)
    assert not answer.answered and wrong not in answer.plain_text(), answer.plain_text()


def test_the_programs_talks_say_nothing_of_an_award() -> None:
    # (Graal 2021: a program of talks, and no word of an award anywhere)
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                   / "graal-2021.yaml"))
    answer = bot.respond("is there a best talk award", datetime(2020, 12, 1, 12, tzinfo=UTC))
    assert not answer.answered and "Babashka" not in answer.plain_text(), answer.plain_text()


def test_a_choice_about_a_subject_a_deadline_names_is_not_that_deadline() -> None:
    # (VAHC 2025: the one submission deadline is for every paper type, posters among them)
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                   / "vahc-2025.yaml"))
    answer = bot.respond("should the poster be portrait or landscape",
                         datetime(2025, 6, 16, 12, tzinfo=UTC))
    assert not answer.answered and "July 5" not in answer.plain_text(), answer.plain_text()
