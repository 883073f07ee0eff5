"""Classes seen in first-look round 69: the short name a full name opens with names no deadline
("WASP 2025 - ..." and "Paper submission deadline (WASP)"); "sys desc" is a system description;
a day checked over an entry on the deadlines' time of day; no contact address given, so the
chairs by name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: "WASP 2035 - Fifth Workshop on Scholarly Papers"
  conference: AACL 2035
  timezone: AoE
  date: 2035-12-23
  location: Pune, India
  website: https://wasp2035.example.org
deadlines:
  - id: paper
    name: Paper submission deadline (WASP)
    due: 2035-10-13
  - id: runs
    name: "Shared task: system runs due"
    due: 2035-10-01
  - id: sysdesc
    name: "Shared task: system description papers due"
    due: 2035-10-20
organizers:
  - {name: Lena Ortiz, role: chair}
  - {name: Sam Ueda, role: chair}
  - {name: Ravi Menon, role: program committee member}
  - {name: Nora Pike, role: web chair}
faq:
  - id: deadline-time
    questions: ["what time are the deadlines", "is it AoE"]
    answer: All deadlines are 11:59 PM UTC-12:00 (anywhere on Earth).
"""
NOW = datetime(2035, 9, 19, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


def test_the_short_name_a_name_opens_with_names_no_deadline(responder: Responder) -> None:
    text = responder.respond("wasp is on dec 22 right?", NOW).plain_text()
    assert text.startswith("No") and "December 23" in text, text
    assert "October 13" not in text, text


def test_sys_desc_is_a_system_description(responder: Responder) -> None:
    text = responder.respond("sys desc papers are due oct 13 same as the main papers right",
                             NOW).plain_text()
    assert text.startswith("No") and "October 20" in text, text


def test_a_day_checked_over_an_entry_on_the_time_of_day(responder: Responder) -> None:
    text = responder.respond("just to double check, papers due oct 13 AoE?", NOW).plain_text()
    assert "October 13" in text, text


@pytest.mark.parametrize("question", ["who should I contact with questions about the workshop",
                                      "who do i talk to about a late submission"])
def test_no_address_given_names_the_chairs(responder: Responder, question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "Lena Ortiz" in text and "Sam Ueda" in text, text
    assert "Ravi Menon" not in text and "Nora Pike" not in text, text  # (not the web chair)
