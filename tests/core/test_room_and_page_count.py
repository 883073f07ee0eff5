"""The room or building asked when the file names only the city: "I don't know" (the city is
not the answer); and a paper type named by its page count ("my 2-pager") is that type."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Woven Dialogue
  timezone: UTC
  date: 2031-09-03
  location: Pittsburgh, USA
submission:
  archival: true
  tracks:
    - id: long
      name: Long paper
      page_limit: 8
    - id: short
      name: Short paper
      description: At most 2 pages. Can be non-archival on request.
      page_limit: 2
""", "w.yaml"))
NOW = datetime(2031, 5, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize("question", ["which room / building is it in?",
                                      "what building is the workshop in"])
def test_the_room_not_named_is_not_known(question: str) -> None:
    a = BOT.respond(question, NOW)
    # (an honest "I don't know" about the room, not a refusal as off-topic)
    said = a.plain_text().lower()
    assert not a.answered and ("room" in said or "building" in said), a.plain_text()
    assert "outside what I can help with" not in a.plain_text()


def test_the_city_still_answers_where() -> None:
    a = BOT.respond("where is it?", NOW)
    assert a.answered and "Pittsburgh" in a.plain_text(), a.plain_text()


def test_a_type_named_by_its_page_count() -> None:
    a = BOT.respond("I don't want my 2-pager to show up in the published volume, can I opt "
                    "out?", NOW)
    assert "non-archival on request" in a.plain_text(), a.plain_text()
    assert "is archival" not in a.plain_text()


def test_a_room_named_in_another_language_answers_which_room() -> None:
    # ("Sala Stampa" is a room: the venue answers "which room")
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Woven Media
  timezone: Europe/Rome
  date: 2031-09-02
  location: Rende, Italy
  venue: Sala Stampa
""", "w.yaml"))
    a = bot.respond("which room is the workshop in", NOW)
    assert a.answered and "Sala Stampa" in a.plain_text(), a.plain_text()


def test_a_year_in_the_venue_is_no_room_number() -> None:
    from datetime import UTC, datetime

    from bot.core.knowledge.loader import parse_knowledge
    from bot.core.responder import Responder
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Functional Looms
  timezone: Europe/Rome
  date: 2031-09-06
  location: Milan, Italy
  venue: Fiera Milano Congressi, co-located with the ICFP 2031 conference
""", "w.yaml"))
    a = bot.respond("what room is it in", datetime(2031, 5, 1, 12, tzinfo=UTC))
    assert not a.answered and "room" in a.plain_text(), a.plain_text()
