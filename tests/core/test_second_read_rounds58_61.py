"""A second reader's cases against the fixes of rounds 58 to 61: each fix kept to its class."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: "Open Tools Meeting 2033"
  timezone: Europe/London
  date: 2033-07-21
  location: Leeds, UK
deadlines:
  - id: abstract
    name: Abstract submission deadline (talks and posters)
    due: 2033-04-14
    note: The call gives the date only, with no time of day or time zone.
  - id: late-poster
    name: Late poster submission deadline
    due: 2033-05-15
  - id: tutorial-notification
    name: Notification of accepted tutorials
    due: 2033-05-22
  - id: notification
    name: Notification of accepted papers
    due: 2033-05-29
submission:
  submission_url: https://easychair.example.org/otm2033
organizers:
  - name: Ada Example
    role: chair
  - name: Bo Sample
    role: organizer (also program committee member)
  - name: Cy Person
    role: chair, program committee
  - name: Di Person
    role: tutorial chair
faq:
  - id: extension
    questions: ["will the deadline be extended"]
    answer: No extensions are planned.
"""
BEFORE = datetime(2033, 3, 11, 12, tzinfo=UTC)
AFTER_MAIN = datetime(2033, 4, 25, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


def test_how_papers_are_submitted_is_still_the_submission_site(responder: Responder) -> None:
    text = responder.respond("how are papers submitted?", BEFORE).plain_text()
    assert "easychair.example.org" in text, text


@pytest.mark.parametrize("question", ["can I submit the abstract this weekend?",
                                      "is the deadline extended over the weekend?"])
def test_a_weekend_said_in_passing_is_no_weekday_check(responder: Responder,
                                                       question: str) -> None:
    text = responder.respond(question, BEFORE).plain_text()
    assert "falls on a" not in text, text


def test_a_day_named_of_another_notification_is_that_one(responder: Responder) -> None:
    text = responder.respond("is the notification may 22?", BEFORE).plain_text()
    assert text.startswith("Yes") and "tutorials" in text, text


def test_the_late_round_still_open_once_the_main_one_closed(responder: Responder) -> None:
    text = responder.respond("how long until the deadline?", AFTER_MAIN).plain_text()
    assert "April 14" in text and "Still open: Late poster submission deadline: May 15" in text


def test_an_hour_not_given_is_not_replaced_by_an_entry_without_a_day(
        responder: Responder) -> None:
    text = responder.respond("is the abstract deadline at 5pm?", BEFORE).plain_text()
    assert "April 14" in text and "no time of day" in text, text


@pytest.mark.parametrize(("question", "lead"), [
    ("is may 15 deadline for abstracts?", "No"),  # (another deadline's day, still checked)
    ("will the abstract deadline move to april 20 due to easter?", "No"),
])
def test_a_day_before_a_deadline_word_is_still_checked(responder: Responder, question: str,
                                                       lead: str) -> None:
    text = responder.respond(question, BEFORE).plain_text()
    assert text.startswith(lead) and "April 14" in text, text


def test_a_role_note_that_names_a_committee_keeps_the_role(responder: Responder) -> None:
    text = responder.respond("who is on the program committee?", BEFORE).plain_text()
    assert "Bo Sample" in text, text


def test_a_bare_chair_in_a_list_is_no_chair_of_every_kind(responder: Responder) -> None:
    text = responder.respond("who is the tutorial chair?", BEFORE).plain_text()
    assert "Di Person" in text and "Cy Person" not in text, text
