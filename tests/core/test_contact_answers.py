"""Asked for an email the call does not give, the bot says so (and where to look) rather than
handing over the website as if it were the answer."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime(2033, 3, 1, 12, tzinfo=UTC)
NO_EMAIL = """
workshop:
  name: Workshop on Quiet Vision
  timezone: AoE
  website: https://quiet-vision.example.org
organizers:
  - {name: Ana Lopes, affiliation: Lisbon}
"""


def test_an_email_asked_and_none_given_is_unknown() -> None:
    bot = Responder(parse_knowledge(NO_EMAIL, "quiet.yaml"))
    a = bot.respond("what's the contact email for the organizers", NOW)
    assert not a.answered, a.plain_text()
    assert "email address" in a.plain_text() and "quiet-vision.example.org" in a.plain_text()


def test_how_to_reach_them_is_still_the_website() -> None:
    bot = Responder(parse_knowledge(NO_EMAIL, "quiet.yaml"))
    a = bot.respond("how do I contact the organizers?", NOW)
    assert a.answered and "quiet-vision.example.org" in a.plain_text(), a.plain_text()


def test_an_email_for_the_chairs_none_given_is_unknown_with_who_they_are() -> None:
    bot = Responder(parse_knowledge(NO_EMAIL.replace(
        "  - {name: Ana Lopes, affiliation: Lisbon}",
        "  - {name: Ana Lopes, affiliation: Lisbon, role: co-chair}\n"
        "  - {name: Rui Mota, affiliation: Porto, role: co-chair}"), "quiet.yaml"))
    for question in ("what email do i write to if i have a question for the chairs",
                     "what's the organizers' email?"):
        a = bot.respond(question, NOW)
        assert not a.answered, a.plain_text()
        assert "Ana Lopes" in a.plain_text() and "email address" in a.plain_text()
