""""Stream" is two things: after a paper type's word it is that type ("the short paper stream",
"the preliminary techniques stream"); else a livestream, answered by the stream link when the
file gives one and an honest "I don't know" when it does not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

FILE = """
workshop:
  name: Workshop on Fast Machines (FaMa 2031)
  timezone: AoE
  location: Room B303, Congress Center, Atlanta
  mode: hybrid
  stream_url: https://example.org/fama-live
submission:
  tracks:
    - {id: full, name: Full paper, page_limit: 8}
    - id: short
      name: Late-Breaking Research and Preliminary Techniques (short paper)
      page_limit: 4
      description: Initial research or early first-of-a-kind results.
deadlines:
  - {id: full, name: Full paper submission, due: 2031-08-08}
  - {id: short, name: Short paper submission, due: 2031-09-01}
"""
NOW = datetime(2031, 7, 10, 12, tzinfo=UTC)
STREAMED = Responder(parse_knowledge(FILE, "fama.yaml"))
NOT_STREAMED = Responder(parse_knowledge(
    FILE.replace("  mode: hybrid\n  stream_url: https://example.org/fama-live\n", ""), "fama.yaml"))


@pytest.mark.parametrize("question", [
    "what's the late-breaking research and preliminary techniques stream",
    "how many pages in the short paper stream?",
])
def test_a_stream_after_a_type_word_is_that_type(question: str) -> None:
    text = STREAMED.respond(question, NOW).plain_text()
    assert "4 pages" in text, text
    assert "example.org/fama-live" not in text, text


@pytest.mark.parametrize("question", ["is there a livestream?", "is there a stream?",
                                      "will the talks be streamed?"])
def test_a_livestream_is_the_stream_link_or_unknown(question: str) -> None:
    a = STREAMED.respond(question, NOW)
    assert a.answered and "example.org/fama-live" in a.plain_text(), a.plain_text()
    b = NOT_STREAMED.respond(question, NOW)
    assert not b.answered and "livestream" in b.plain_text(), b.plain_text()
    assert "outside what I can help with" not in b.plain_text()
