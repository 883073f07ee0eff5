"""Classes seen in first-look round 54: "the last date to send my paper" is the deadline; "any
chance it gets pushed again?" asks what will be, which an earlier extension does not say; the
ACM rights form is a copyright form; "write me a cover letter" is not about the workshop; a
speaker named with their place in brackets is found by name; "how long until the actual
workshop day?" is the workshop's day."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Centralized Networks
  timezone: Europe/Berlin
  date: 2031-12-07
  topics: [decentralized services, measurement of consolidation, cover traffic]
deadlines:
  - id: submission
    name: Paper submission deadline
    due: 2031-09-24
    extended_from: 2031-09-20
organizers:
  - name: Ada Example
    role: chair
    email: ada@example.org
program:
  - title: "Invited Talk 2: Rethinking Supervision"
    kind: talk
    speakers: [Chelsea Finn (Stanford U)]
    start: 2031-12-07T16:15:00+01:00
    end: 2031-12-07T16:50:00+01:00
"""
NOW = datetime(2031, 9, 3, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


def test_the_last_date_to_send_a_paper_is_the_deadline(responder: Responder) -> None:
    text = responder.respond("im in india whats the last date to send my paper",
                             NOW).plain_text()
    assert "September 24, 2031" in text and "December 7" not in text


@pytest.mark.parametrize("question", ["any chance the deadline gets pushed again after the 24th?",
                                      "will the deadline be pushed again?"])
def test_a_further_move_is_not_known(responder: Responder, question: str) -> None:
    a = responder.respond(question, NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert not text.startswith("Yes")
    assert "September 24, 2031" in text  # (what was moved so far is said)


def test_has_it_been_moved_is_still_answered(responder: Responder) -> None:
    a = responder.respond("has the deadline been moved?", NOW)
    assert a.answered and "September 20, 2031" in a.plain_text()


def test_the_acm_rights_form_is_a_copyright_form(responder: Responder) -> None:
    a = responder.respond("when is the deadline for the acm rights form", NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "copyright" in text and "September 24" not in text


def test_writing_a_cover_letter_is_not_about_the_workshop(responder: Responder) -> None:
    a = responder.respond("write me a cover letter for a phd application", NOW)
    assert a.kind.value == "offtopic", a.plain_text()


def test_a_speaker_with_a_place_in_brackets_is_found_by_name(responder: Responder) -> None:
    text = responder.respond("is chelsea finn an organizer?", NOW).plain_text()
    assert text.startswith("No") and "Rethinking Supervision" in text


def test_time_until_the_actual_workshop_day(responder: Responder) -> None:
    text = responder.respond("how long until the actual workshop day?", NOW).plain_text()
    assert "December 7, 2031" in text and "September 24" not in text
