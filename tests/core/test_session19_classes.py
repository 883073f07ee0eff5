"""Classes fixed in the nineteenth session, from sets that still fail at its start and from
first-look round 71: a link asked of a subject an entry gives the address of."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: "FoodVis 2035: Workshop on Food Pictures"
  short_name: FoodVis 2035
  conference: ACM MM 2035
  timezone: Europe/Dublin
  date: 2035-10-27
  location: Dublin, Ireland
submission:
  archival: true
faq:
  - id: proceedings
    questions: ["are the papers archival", "where are the proceedings"]
    answer: >-
      Yes. Accepted papers appear in the ACM MM workshop proceedings, in the ACM Digital Library:
      https://dl.acm.org/doi/proceedings/10.1145/9999999
"""
NOW = datetime(2035, 6, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize("question", ["link to the proceedings?", "url of the proceedings",
                                      "proceedings link pls"])
def test_a_link_asked_of_an_entry_with_an_address(responder: Responder, question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "dl.acm.org" in text, text
