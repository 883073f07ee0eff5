"""Where or when an edition of another year is ("where is dlfm 2026?", "the 2023 edition") is
about the editions: a later one is unknown, an earlier one is the listed edition, never this
year's place and date."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Digital Archives for Music (DAfM 2031)
  short_name: DAfM 2031
  timezone: AoE
  date: 2031-09-26
  location: Sogang University, Seoul, South Korea
  previous_editions:
    - name: DAfM 2030, Stellenbosch, South Africa
    - name: DAfM 2029, Milan, Italy
""", "dafm.yaml"))
NOW = datetime(2031, 4, 15, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("where is dafm 2032?", "2032 edition", "Seoul"),
    ("where and when is dafm 2032?", "2032 edition", "Seoul"),
    ("where will the 2032 edition be held?", "2032 edition", "Seoul"),
    ("where was dafm 2029?", "Milan", "Seoul"),
    ("where is dafm 2031?", "Seoul", "Milan"),
    ("when is dafm?", "September 26", "2032"),
])
def test_another_editions_place_is_not_this_ones(question: str, must: str,
                                                 must_not: str) -> None:
    text = BOT.respond(question, NOW).plain_text()
    assert must in text, (question, text)
    assert must_not not in text, (question, text)



def test_a_later_edition_gets_no_entry_of_this_one_as_a_guess() -> None:
    from tests.core.conftest import ask_real
    answered, text = ask_real("expressive-2019", "2019-02-10T12:00+00:00",
                              "where is expressive 2020 going to be")
    assert not answered and "hotel" not in text, text


def test_the_askers_first_time_is_no_edition() -> None:
    from tests.core.conftest import ask_real
    answered, text = ask_real("rlem-2023", "2023-08-21T12:00+00:00",
                              "hello there, first time using this server")
    assert not answered and "edition" not in text, text
    answered, text = ask_real("rlem-2023", "2023-08-21T12:00+00:00", "first time it runs?")
    assert answered and "4th edition" in text, text
