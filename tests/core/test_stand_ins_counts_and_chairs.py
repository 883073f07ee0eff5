"""An entry stands in for a missing fact only when it speaks to it clearly ("the conference
fee" says nothing of a host conference); a count is answered only by an entry that counts that
thing ("single-round and double-blind" counts no reviewers); and "who chairs the sessions?"
asks for a chair no organizer is listed as, not for the whole committee."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime(2031, 5, 1, 12, tzinfo=UTC)


def _bot(review: str) -> Responder:
    return Responder(parse_knowledge(f"""
workshop:
  name: "KnitDial 2031 – Woven Talk: 3rd Workshop on Knitted Dialogue"
  timezone: UTC
  date: 2031-09-03
  location: Bielefeld, Germany
organizers:
  - name: Imke Strick
    affiliation: Bielefeld University
  - name: Oskar Nadel
    affiliation: Aalto University
faq:
  - id: fee
    questions: ["how much does registration cost", "what is the conference fee"]
    answer: >-
      The base conference fee is 175 euros. The conference dinner is paid together with the
      fee. At least one author must register for a paper to be presented.
  - id: review
    questions: ["how does the review work?"]
    answer: "{review}"
""", "w.yaml"))


ADJECTIVES = _bot("Review is single-round and double-blind for the full paper track (submissions "
                  "must be anonymized).")
COUNTED = _bot("Every paper is reviewed by at least three members of the program committee.")


@pytest.mark.parametrize(("question", "must_not"), [
    ("is knitdial co-located with another conference this year?", "175"),
    ("how many reviewers per paper", "single-round"),
    ("who chairs the sessions?", "Bielefeld University"),
])
def test_not_answered_by_a_near_fact(question: str, must_not: str) -> None:
    a = ADJECTIVES.respond(question, NOW)
    assert not a.answered and must_not not in a.plain_text(), a.plain_text()


@pytest.mark.parametrize(("bot", "question", "must"), [
    (COUNTED, "how many reviewers per paper", "three"),
    (ADJECTIVES, "who chairs the workshop?", "Imke Strick"),
    (ADJECTIVES, "how much is the conference fee?", "175"),
])
def test_answered_where_the_fact_is_said(bot: Responder, question: str, must: str) -> None:
    a = bot.respond(question, NOW)
    assert a.answered and must in a.plain_text(), a.plain_text()


def _knitted(rest: str) -> Responder:
    """A small invented workshop, with ``rest`` (organizers, program, entries)."""
    return Responder(parse_knowledge("workshop:\n  name: Workshop on Knitted Dialogue\n"
                                     "  timezone: UTC\n  date: 2031-09-03\n" + rest, "w.yaml"))


def test_who_chairs_what_no_chair_role_names() -> None:
    # (organizers who chair the programme committee do not chair the sessions)
    bot = _knitted("""
organizers:
  - name: Imke Strick
    role: programme committee chair
  - name: Oskar Nadel
    role: board chair
""")
    a = bot.respond("who chairs the sessions?", NOW)
    assert not a.answered and "session chair" in a.plain_text(), a.plain_text()
    assert "programme committee chair" not in a.plain_text()


def test_a_program_that_names_its_chairs_answers_who_chairs() -> None:
    bot = _knitted("""
organizers:
  - name: Imke Strick
program:
  - title: "Panel 1 (chair Lydia Chil)"
    start: 2031-09-03T10:00
""")
    a = bot.respond("who chairs the panels?", NOW)
    assert a.answered and "Lydia Chil" in a.plain_text(), a.plain_text()


@pytest.mark.parametrize(("answer", "priced"), [
    ("Each accepted paper needs one AUTHOR registration; one registration covers up to three "
     "papers, and there is a student rate.", False),
    ("Registration costs 1,800 DKK (regular) or 1,400 DKK for students.", True),
    ("The base fee is 175€ including the dinner.", True),
])
def test_a_price_is_answered_only_by_an_entry_that_gives_one(answer: str, priced: bool) -> None:
    bot = _knitted(f"""
faq:
  - id: registration
    questions: ["how do I register?", "what is the registration policy?"]
    answer: "{answer}"
""")
    a = bot.respond("how much is the registration fee", NOW)
    assert a.answered is priced, a.plain_text()
    if not priced:
        assert "three papers" not in a.plain_text()
