"""A price said in a currency ("still 200 euros?") asks about fees; generative AI tools
("can an LLM be listed as a coauthor?") are a subject of their own; and a role's word ("who
handles the proceedings?") names the organizer who holds it, not the subject."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

FILE = """
workshop:
  name: Digital Archives for Music (DAfM 2031)
  timezone: AoE
deadlines:
  - {id: registration, name: Conference registration deadline, due: 2031-09-19}
submission: {archival: true}
organizers:
  - {name: Elsa Example, role: Programme Chair}
  - {name: Juan Example, role: Proceedings Chair}
"""
FAQ = """
faq:
  - id: fee
    questions: ["how much does registration cost", "what is the registration fee"]
    answer: Registration is 140 EUR; the regular rate was 200 EUR.
  - id: genai
    questions: ["can I use ChatGPT or other generative AI to write my paper"]
    answer: Report significant use of generative AI; AI tools must not be listed as authors.
"""
NOW = datetime(2031, 4, 15, 12, tzinfo=UTC)
WITH_FAQ = Responder(parse_knowledge(FILE + FAQ, "dafm.yaml"))
WITHOUT = Responder(parse_knowledge(FILE, "dafm.yaml"))


@pytest.mark.parametrize("bot", [WITH_FAQ, WITHOUT])
def test_a_price_in_a_currency_is_about_fees_not_the_registration_deadline(
        bot: Responder) -> None:
    text = bot.respond("is the regular registration still 200 euros?", NOW).plain_text()
    assert "September 19" not in text, text
    assert "140 EUR" in text or "fees and costs" in text, text


@pytest.mark.parametrize("question", ["can an LLM be listed as a coauthor lol",
                                      "can I use chatgpt to polish my english?"])
def test_generative_ai_is_a_subject_of_its_own(question: str) -> None:
    a = WITH_FAQ.respond(question, NOW)
    assert a.answered and "generative AI" in a.plain_text(), a.plain_text()
    b = WITHOUT.respond(question, NOW)
    assert not b.answered and "generative AI" in b.plain_text(), b.plain_text()


def test_a_roles_word_names_its_holder() -> None:
    text = WITHOUT.respond("who handles the proceedings", NOW).plain_text()
    assert "Juan Example" in text and "Elsa Example" not in text, text
    text = WITHOUT.respond("are the proceedings archival?", NOW).plain_text()
    assert "archival" in text and "Juan Example" not in text, text


@pytest.mark.parametrize("question", ["do i need an ORCID to submit",
                                      "do all authors need an openreview profile?"])
def test_accounts_on_the_submission_site_are_a_subject(question: str) -> None:
    a = WITHOUT.respond(question, NOW)
    assert not a.answered and "accounts" in a.plain_text(), a.plain_text()


@pytest.mark.parametrize("question", ["can i attend without presenting a paper?",
                                      "i'm not an author, can I still come and listen?"])
def test_attending_without_a_paper_is_a_subject_of_its_own(question: str) -> None:
    bot = Responder(parse_knowledge(FILE + """
faq:
  - id: presentation
    questions: ["how are accepted papers presented?"]
    answer: Accepted papers are presented as spotlight talks and posters, on site.
""", "dafm.yaml"))
    a = bot.respond(question, NOW)
    assert not a.answered and "without a paper" in a.plain_text(), a.plain_text()
