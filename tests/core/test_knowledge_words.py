"""Questions read through the knowledge file's own words: deadlines told apart by their notes,
an extension asked about, a role nobody holds, an FAQ entry's answer text, opening moments.

The workshop below is made up for these tests (a challenge with several dates whose names share
words, one extended deadline, organizers without roles).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Frugal Perception
  short_name: FruPe
  conference: EXAMPLECONF 2031
  timezone: UTC
  date: 2031-09-20
  location: Porto, Portugal
deadlines:
  - id: challenge-open
    name: Challenge opens
    due: 2031-05-01
    note: The leaderboard opens on EvalHub for both tasks.
  - id: paper
    name: Paper submission
    due: 2031-06-10
    extended_from: 2031-06-03
  - id: challenge-close
    name: Challenge closes
    due: 2031-07-15
    note: Last day to upload test-set predictions to EvalHub.
  - id: report
    name: Challenge report
    due: 2031-07-25
    note: A write-up of at least two pages describing the method.
  - id: notification
    name: Author notification
    due: 2031-07-01
  - id: camera-ready
    name: Camera-ready version
    due: 2031-08-01
organizers:
  - name: Ines Moreira
    affiliation: University of Porto
    email: ines@example.org
  - name: Tomas Lindgren
    affiliation: KTH
faq:
  - id: prizes
    questions: ["are there prizes for the challenge"]
    answer: The three best leaderboard entries receive cloud credits; a jury also picks a
      creative-solution winner.
"""

NOW = datetime(2031, 4, 20, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP, "frupe.yaml"))


def said(bot: Responder, question: str, now: datetime = NOW) -> tuple[bool, str]:
    a = bot.respond(question, now)
    return a.answered, a.plain_text()


@pytest.mark.parametrize(("question", "must", "must_not"), [
    # a note tells the deadline apart when the name does not
    ("last day to get our predictions onto evalhub?", r"july 15", r"june 10|may 1\b|july 25"),
    ("when does the write-up for the challenge have to be in", r"july 25", r"june 10|july 15"),
    # chat shorthand for the camera-ready is not the paper deadline
    ("when is the cr due", r"august 1", r"june 10"),
    ("cr version deadline??", r"august 1", r"june 10"),
])
def test_a_deadline_is_told_apart_by_its_own_words(bot: Responder, question: str, must: str,
                                                   must_not: str) -> None:
    answered, text = said(bot, question)
    assert answered, text
    assert re.search(must, text, re.IGNORECASE), text
    assert not re.search(must_not, text, re.IGNORECASE), text


def test_an_extended_deadline_gives_both_dates(bot: Responder) -> None:
    answered, text = said(bot, "did the paper deadline get extended? I had june 3 in my notes")
    assert answered, text
    assert "June 10" in text and "June 3" in text, text


@pytest.mark.parametrize("question", [
    "will the camera-ready deadline be extended?",
    "any chance of an extension for the notification?",
])
def test_a_future_extension_is_not_known(bot: Responder, question: str) -> None:
    answered, text = said(bot, question)
    assert not answered, text


def test_a_role_nobody_holds_is_unknown_not_the_committee(bot: Responder) -> None:
    answered, text = said(bot, "who's the publicity chair?")
    assert not answered, text
    assert "Lindgren" not in text, text


def test_no_email_for_the_person_asked_is_unknown(bot: Responder) -> None:
    answered, text = said(bot, "what's Tomas Lindgren's email address?")
    assert not answered, text
    assert "ines@example.org" not in text.split("organizers can tell you")[0], text


def test_an_faq_answer_in_other_words_is_found(bot: Responder) -> None:
    answered, text = said(bot, "what do the leaderboard winners receive?")
    assert answered, text
    assert "cloud credits" in text, text


def test_a_deadline_named_in_full_is_asked_about(bot: Responder) -> None:
    answered, text = said(bot, "has the challenge opened yet?", datetime(2031, 5, 9, tzinfo=UTC))
    assert answered, text
    assert "May 1" in text and "closed" not in text, text


def test_a_special_issue_is_not_the_proceedings(bot: Responder) -> None:
    answered, text = said(bot, "is there a journal special issue afterwards?")
    assert not answered, text


OVERLAPPING = """
workshop:
  name: Workshop on Careful Parsing
  timezone: AoE
  date: 2031-11-09
deadlines:
  - id: intent
    name: Abstract deadline (title and abstract, to register the intention to submit)
    due: 2031-08-01
  - id: submission
    name: Submission deadline for extended abstracts and full papers
    due: 2031-08-08
  - id: camera
    name: Camera-ready papers due
    due: 2031-09-20
  - id: notification
    name: Notification of accepted papers
    due: 2031-09-10
"""


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("when do i have to submit my paper?", r"august 8", r"september 20|august 1\b"),
    ("how many days are left to get the paper in", r"august 8", r"september 20"),
    ("extended abstract deadline?", r"august 8", r"august 1\b|september"),
    ("when are camera-ready papers due", r"september 20", r"august 8"),
])
def test_names_that_share_words_keep_their_own_deadline(question: str, must: str,
                                                         must_not: str) -> None:
    bot = Responder(parse_knowledge(OVERLAPPING, "overlapping.yaml"))
    answered, text = said(bot, question, datetime(2031, 7, 20, 12, tzinfo=UTC))
    assert answered, text
    assert re.search(must, text, re.IGNORECASE), text
    assert not re.search(must_not, text, re.IGNORECASE), text
