"""A workshop of abstracts, whose steps all name the abstract: "when will I know if my abstract
got accepted?" is its notification, "the revised one" its final version, and "sich anmelden"
(German) registering, not the abstract's submission."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Nordic Workshop on Loom Theory
  timezone: AoE
  date: 2031-11-06
deadlines:
  - id: abstract-submission
    name: Submission of abstracts
    due: 2031-09-24T23:59
  - id: notification
    name: Notification
    due: 2031-10-15
  - id: registration
    name: Registration deadline
    due: 2031-10-28T12:00
  - id: final-version
    name: Final version abstract submission
    due: 2031-10-29T23:59
""", "w.yaml"))
NOW = datetime(2031, 9, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("when will i know if my abstract got accepted", "October 15", "September 24"),
    ("if my abstract is accepted, by when do i need to upload the revised one?", "October 29",
     "September 24"),
    ("Bis wann muss man sich anmelden?", "October 28", "September 24"),
    ("if we get accepted when is the final version due", "October 29", "October 15"),
])
def test_the_step_asked_of_the_abstract(question: str, must: str, must_not: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and must in a.plain_text(), a.plain_text()
    assert must_not not in a.plain_text()


def test_the_final_pdf_is_the_final_version() -> None:
    a = BOT.respond("once accepted, how long until i have to send the final pdf?", NOW)
    assert a.answered and "October 29" in a.plain_text(), a.plain_text()
    assert "September 24" not in a.plain_text()


@pytest.mark.parametrize(("question", "lead"), [
    # (whether that is its day, not whether that day is in time)
    ("is final version sept 5?", "No."),
    ("is final version oct 29?", "Yes."),
])
def test_a_day_checked_is_its_day(question: str, lead: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and a.plain_text().startswith(lead), a.plain_text()
    assert "before the deadline" not in a.plain_text()
