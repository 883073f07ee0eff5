"""Another event named by an everyday word with a year and "conference" ("the EURO 2026
conference abstract deadline") is not ours, and writing a LaTeX macro is no workshop fact (the
template is not its answer)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge, parse_knowledge
from bot.core.responder import Responder
from tests.core.conftest import ask_real

BOT = Responder(parse_knowledge("""
workshop:
  name: Young Workshop on Loom Optimization
  timezone: Europe/Rome
  date: 2032-02-09
deadlines:
  - id: abstract
    name: Abstract submission
    due: 2031-12-12
submission:
  style: IEEE conference
  style_url: https://example.org/ieee.zip
""", "w.yaml"))
NOW = datetime(2031, 11, 20, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must_not"), [
    ("when is the EURO 2032 conference abstract deadline?", "December 12"),
    ("write me a latex macro for a two-column table", "ieee.zip"),
])
def test_not_ours(question: str, must_not: str) -> None:
    a = BOT.respond(question, NOW)
    assert not a.answered and must_not not in a.plain_text(), a.plain_text()


def test_our_own_abstract_deadline_still_answers() -> None:
    a = BOT.respond("when is the abstract deadline?", NOW)
    assert a.answered and "December 12" in a.plain_text(), a.plain_text()



POSTERS = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real" /
                                   "lata-2026.yaml"))
POSTERS_NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "starts"), [
    ("how many pages can the abstract be", ""),
    ("is 4 pages ok for the poster abstract?", "No"),
])
def test_the_length_of_the_abstract_is_the_page_limit(question: str, starts: str) -> None:
    # (a call for 2-page poster abstracts: not its entry on the revised version's extra page)
    a = POSTERS.respond(question, POSTERS_NOW)
    assert a.answered and a.plain_text().startswith(starts) and "2 pages" in a.plain_text(), \
        a.plain_text()
    assert "extra page" not in a.plain_text()


def test_another_venue_with_a_year_before_submissions() -> None:
    a = POSTERS.respond("what's the page limit for SODA 2027 submissions", POSTERS_NOW)
    assert not a.answered and "2 pages" not in a.plain_text(), a.plain_text()


def test_the_hosts_main_track_named_is_the_hosts() -> None:
    now = "2024-08-15T12:00+00:00"
    answered, text = ask_real("roegen-2024", now,
                              "what's the page limit for the main recsys full papers track?")
    assert not answered and "8 pages" not in text, text
    answered, text = ask_real("roegen-2024", now,
                              "do we use the ACM sigconf format like the main recsys track?")
    assert answered, text


@pytest.mark.parametrize(("name", "now", "question", "ours"), [
    ("visxgenai-2025", "2025-08-01T12:00+00:00", "when is the IEEE VIS 2025 full paper deadline?",
     "august 29"),
    ("codai-2023", "2023-06-15T12:00+00:00",
     "what's the page limit for CASES papers in the main conference?", "6 pages"),
])
def test_the_hosts_own_papers_are_the_hosts(name: str, now: str, question: str,
                                            ours: str) -> None:
    answered, text = ask_real(name, now, question)
    assert not answered and ours not in text, text


def test_a_bare_where_after_another_event_is_about_it() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Hearing Machines
  timezone: Europe/Dublin
  date: 2031-08-19
  location: Dublin, Ireland
  conference: Interspeech 2031
""", "w.yaml"))
    a = bot.respond("when is ICASSP 2032 and where", NOW)
    assert not a.answered and "Dublin" not in a.plain_text(), a.plain_text()
