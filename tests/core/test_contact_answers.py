"""Asked for an email the call does not give, the bot says so (and where to look) rather than
handing over the website as if it were the answer; the same for a phone number."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge, parse_knowledge
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



def test_the_program_committee_is_not_the_organizers() -> None:
    """(a real call that lists only its organizers: GEM 2026)"""
    real = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "gem-2026.yaml"
    bot = Responder(load_knowledge(real))
    a = bot.respond("who is on the program committee?", NOW)
    assert not a.answered, a.plain_text()
    assert "program committee" in a.plain_text() and "Sebastian Gehrmann" in a.plain_text()
    assert bot.respond("who are the organizers?", NOW).answered


@pytest.mark.parametrize("question", ["what's the organizers' phone number",
                                      "can I call the organizers?"])
def test_a_phone_number_the_file_does_not_give_is_unknown(question: str) -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Remote Sensing, timezone: AoE, contact: rs@example.org}
organizers:
  - {name: Hana Example, affiliation: Arizona State University}
""", "rs.yaml"))
    a = bot.respond(question, datetime(2031, 1, 10, tzinfo=UTC))
    assert not a.answered and "phone" in a.plain_text(), a.plain_text()
    assert "rs@example.org" in a.plain_text(), a.plain_text()
