"""Where a thing is done and when, asked in few words: "where" with a submitting verb asks the
submission site, not the venue nor a deadline (also when a gloss of another language puts the
English words between the original ones)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder

FIXTURE = Path(__file__).parent / "data" / "overlap-workshop.yaml"
NOW = datetime.fromisoformat("2030-06-01T12:00+01:00")


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(load_knowledge(FIXTURE))


@pytest.mark.parametrize("question", ["paper where submit?", "论文在哪里提交？",
                                      "where can our team submit?",
                                      "where exactly would I upload it?"])
def test_where_with_a_submitting_verb_asks_the_site(bot: Responder, question: str) -> None:
    answer = bot.respond(question, NOW)
    text = answer.plain_text().lower()
    assert answer.answered and "example.org/egl/submit" in text, text
    assert "july 8" not in text and "takes place" not in text, text


def test_where_alone_still_asks_the_venue(bot: Responder) -> None:
    text = bot.respond("where is the workshop and when do I submit the paper?", NOW)\
        .plain_text().lower()
    assert "july 8" in text and "example.org/egl/submit" not in text, text


@pytest.mark.parametrize("question", ["quelles sont les dates importantes pour EGL ?",
                                      "was sind die wichtigen Termine?",
                                      "¿cuáles son las fechas importantes?"])
def test_important_dates_in_other_languages_are_the_deadlines(bot: Responder,
                                                              question: str) -> None:
    text = bot.respond(question, NOW).plain_text().lower()
    assert all(d in text for d in ("july 1", "july 8", "september 15")), text


REAL = Path(__file__).parents[1] / "fixtures" / "real"


@pytest.mark.parametrize("question", ["is the workshop in the morning?",
                                      "will the workshop be in the morning or afternoon?"])
def test_a_part_of_the_day_asked_of_the_workshop_gets_its_hours(question: str) -> None:
    leap = Responder(load_knowledge(REAL / "leap-2025.yaml"))
    answer = leap.respond(question, datetime.fromisoformat("2025-07-25T12:00+09:00"))
    text = answer.plain_text().lower()
    assert answer.answered and "1:30 pm" in text, text
    assert "room e7" not in text, text  # not the venue


@pytest.mark.parametrize(("question", "edition", "not_that"), [
    ("where was mlsb held last year", "vancouver", "new orleans"),
    ("where was it in 2023?", "new orleans", "vancouver"),
])
def test_where_an_edition_was_held_is_not_where_this_one_is(question: str, edition: str,
                                                            not_that: str) -> None:
    mlsb = Responder(load_knowledge(REAL / "mlsb-2025.yaml"))
    text = mlsb.respond(question, datetime.fromisoformat("2025-09-01T12:00-12:00"))\
        .plain_text().lower()
    assert edition in text and not_that not in text, text
    assert "san diego" not in text, text


def test_last_years_edition_named_by_its_host_is_that_one() -> None:
    shipped = Responder(load_knowledge())
    text = shipped.respond("link to last year's nips edition?",
                           datetime.fromisoformat("2017-10-10T12:00+00:00")).plain_text().lower()
    assert "nips 2016" in text and "sosp" not in text, text


def test_a_year_after_a_small_word_of_the_name_is_no_edition_named() -> None:
    # "in" is a word of "Machine Learning in Structural Biology": "like in 2021" names no edition
    mlsb = Responder(load_knowledge(REAL / "mlsb-2025.yaml"))
    answer = mlsb.respond("is it fully virtual like in 2021?",
                          datetime.fromisoformat("2025-09-01T12:00-12:00"))
    text = answer.plain_text().lower()
    assert answer.answered and "hybrid" in text, text
    assert "has run before" not in text, text


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("Ist der Workshop hybrid oder nur vor Ort?", "in person", "i don't know"),
    ("Ist der Workshop archivierend, gibt es einen Tagungsband?", "archival", "in person"),
])
def test_german_attendance_and_archival(question: str, must: str, must_not: str) -> None:
    ppml = Responder(load_knowledge(REAL / "ppml-2024.yaml"))
    text = ppml.respond(question, datetime.fromisoformat("2024-05-20T12:00-07:00"))\
        .plain_text().lower()
    assert must in text and must_not not in text, text
