"""A shortest length asked ("is there a minimum page count?"): the call's own sentence giving
one (a range "4-8 pages", "between 10 and 20 pages"), else an honest "I don't know" with the
limits, never the longest length given as if it answered."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime(2031, 3, 1, 12, tzinfo=UTC)
RANGED = Responder(parse_knowledge("""
workshop:
  name: Workshop on Tidal Archives
  timezone: UTC
  date: 2031-09-06
submission:
  tracks:
    - {id: full, name: Full paper, page_limit: 20}
    - {id: poster, name: Poster proposal, page_limit: 6}
faq:
  - id: lengths
    questions: [how long can a paper be?]
    answer: >-
      Full papers must be between 10 and 20 pages long, excluding references. Poster proposals
      can be up to 6 pages.
""", "w.yaml"))
UPPER_ONLY = Responder(parse_knowledge("""
workshop:
  name: Workshop on Salt Marsh Sensing
  timezone: UTC
  date: 2031-09-06
submission:
  tracks:
    - {id: short, name: Short paper, page_limit: 4}
    - {id: long, name: Long paper, page_limit: 8}
""", "w.yaml"))


def test_a_minimum_the_call_gives_is_said() -> None:
    a = RANGED.respond("is there a minimum page count for full papers", NOW)
    assert a.answered and "between 10 and 20" in a.plain_text(), a.plain_text()
    assert "up to 6" not in a.plain_text()


def test_no_minimum_given_is_not_answered_with_the_maximum() -> None:
    a = UPPER_ONLY.respond("is there a minimum page count for short papers", NOW)
    assert not a.answered, a.plain_text()
    assert "minimum length" in a.plain_text()


def test_a_length_checked_with_the_minimum_asked_gets_both() -> None:
    a = UPPER_ONLY.respond("can the short paper be 3 pages? or is there a minimum", NOW)
    assert a.answered and "no minimum" in a.plain_text(), a.plain_text()


def test_a_minimum_of_something_else_is_no_minimum_length() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Salt Marsh Sensing
  timezone: UTC
  date: 2031-09-06
submission:
  tracks:
    - id: regular
      name: Regular paper
      page_limit: 8
      description: Novel work; up to 8 pages including figures; at least two reviews each.
""", "w.yaml"))
    a = bot.respond("is there a minimum page count?", NOW)
    assert not a.answered, a.plain_text()


def test_at_least_said_of_a_paper_type_asks_no_minimum() -> None:
    a = UPPER_ONLY.respond("what is the page limit? at least for long papers", NOW)
    assert a.answered and "8 pages" in a.plain_text(), a.plain_text()
