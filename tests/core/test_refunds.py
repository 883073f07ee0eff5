"""Refunds and cancelling a registration are a subject of their own: not the early-bird
registration deadline, and an organizer's entry on them answers."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BASE = """
workshop:
  name: Symposium on Expressive Looms
  timezone: Europe/Rome
  date: 2031-05-05
deadlines:
  - {id: early, name: Early-bird registration, due: 2031-04-08}
"""
NOW = datetime(2031, 2, 10, 12, tzinfo=UTC)


def test_a_refund_is_not_the_early_bird_deadline() -> None:
    a = Responder(parse_knowledge(BASE, "w.yaml")).respond(
        "if i cancel my registration do i get a refund", NOW)
    assert not a.answered and "April 8" not in a.plain_text(), a.plain_text()


def test_an_entry_on_refunds_answers() -> None:
    bot = Responder(parse_knowledge(BASE + """
faq:
  - id: refunds
    questions: ["can I get a refund"]
    answer: Registrations cancelled before April 1 are refunded minus a 20 euro fee.
""", "w.yaml"))
    a = bot.respond("is registration refundable?", NOW)
    assert a.answered and "20 euro" in a.plain_text(), a.plain_text()
