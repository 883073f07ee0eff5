"""A speaker written with their place ("Francesca Rossi (IBM Research Center)") is named by
the place's own words ("from ibm?"), not by its generic ones ("near the convention center?")."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Reasoning Looms
  timezone: America/Vancouver
  date: 2031-12-13
program:
  - title: "Invited talk: Fast and Slow"
    start: 2031-12-13T14:00
    end: 2031-12-13T14:30
    kind: keynote
    speakers: [Francesca Rossi (IBM T.J. Watson Research Center)]
""", "w.yaml"))
NOW = datetime(2031, 8, 30, 12, tzinfo=UTC)


def test_a_generic_place_word_names_no_speaker() -> None:
    text = BOT.respond("any good ramen near the convention center?", NOW).plain_text()
    assert "Rossi" not in text, text


def test_the_places_own_word_names_the_speaker() -> None:
    assert "Rossi" in BOT.respond("who is speaking from ibm?", NOW).plain_text()


def test_organizers_at_a_place_named_in_full_are_those_of_that_place() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Reasoning Looms
  timezone: America/Vancouver
  date: 2031-12-13
organizers:
  - {name: Veronika Thost, affiliation: MIT-IBM Watson AI Lab}
  - {name: Christian Muise, affiliation: MIT-IBM Watson AI Lab}
  - {name: Kartik Talamadupula, affiliation: IBM Research}
  - {name: Son Tran, affiliation: New Mexico State University}
""", "w.yaml"))
    text = bot.respond("which organizers are at the MIT-IBM Watson AI lab", NOW).plain_text()
    assert "Thost" in text and "Muise" in text, text
    assert "Talamadupula" not in text and "Tran" not in text
