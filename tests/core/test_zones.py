"""Times in the asker's own zone: the zone a question names (abbreviation, place, offset, IANA
name, CJK name) and the deadline and program times converted to it, with a fixed clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder
from bot.core.understanding.tables import table
from bot.core.understanding.text import expand
from bot.core.understanding.zones import NamedZone, zone_finder

FIXTURES = Path(__file__).parents[1] / "fixtures" / "zones"
# before every deadline of both fixtures
SPRING = datetime.fromisoformat("2031-03-01T12:00+01:00")


@pytest.fixture(scope="module")
def seasonal() -> Responder:
    return Responder(load_knowledge(FIXTURES / "dst-workshop.yaml"))


@pytest.fixture(scope="module")
def distant() -> Responder:
    return Responder(load_knowledge(FIXTURES / "aoe-workshop.yaml"))


def zone(text: str) -> NamedZone | None:
    return zone_finder().find(expand(text))


def said(r: Responder, question: str, now: datetime = SPRING) -> str:
    return r.respond(question, now).plain_text()


# --- finding the zone ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "key"), [
    ("deadline in PDT?", "America/Los_Angeles"),
    ("what time is that in cest", "Europe/Berlin"),
    ("could you give it in IST please", "Asia/Kolkata"),
    ("I live in Bengaluru", "Asia/Kolkata"),
    ("I'm based in Seoul right now", "Asia/Seoul"),
    ("show it in Sydney time", "Australia/Sydney"),
    ("for someone in Texas", "America/Chicago"),
    ("what about Arizona?", "America/Phoenix"),
    ("截止是北京时间几点", "Asia/Shanghai"),
    ("締め切りは日本時間で何時", "Asia/Tokyo"),
    ("in Asia/Kathmandu", "Asia/Kathmandu"),
    ("on the west coast", "America/Los_Angeles"),
])
def test_a_zone_is_found_however_it_is_named(text: str, key: str) -> None:
    found = zone(text)
    assert found is not None and found.key == key


def test_an_offset_is_a_fixed_zone_and_an_impossible_one_is_none() -> None:
    plus = zone("cutoff in gmt+5:30")
    assert plus is not None and plus.key == "UTC+05:30"
    minus = zone("in UTC-3 pls")
    assert minus is not None and minus.key == "UTC-03:00"
    assert zone("in utc+19") is None  # not even UTC


def test_words_that_are_abbreviations_elsewhere_name_no_zone() -> None:
    # French "est" and "cet", German "ist", a pronoun, a US state that is also "CT"
    for text in ("quelle est la date limite", "cet atelier a lieu quand", "wann ist die frist",
                 "can you tell us the deadline", "i live in ct", "what is the ict policy"):
        assert zone(text) is None, text


def test_the_asker_zone_wins_over_the_utc_a_deadline_is_stated_in() -> None:
    found = zone("it says 23:59 utc, what is that in jst")
    assert found is not None and found.key == "Asia/Tokyo"
    alone = zone("is that 23:59 utc")
    assert alone is not None and alone.key == "UTC"


def test_an_ambiguous_abbreviation_and_a_wide_country_carry_their_assumption() -> None:
    ist = zone("in ist")
    assert ist is not None and ist.reading == "India Standard Time"
    us = zone("i am in the usa")
    assert us is not None and us.wide


def test_every_zone_of_the_data_file_exists() -> None:
    data = table("zones.yaml")
    keys = {v["zone"] for v in data["abbreviations"].values()}
    for kind in ("phrases", "places", "substrings"):
        keys |= set(data[kind])
    for key in keys:
        ZoneInfo(key)  # raises when a name is wrong
    places = {n for names in data["places"].values() for n in names}
    assert set(data["wide"]) <= places


# --- answers with the converted moment -------------------------------------------------------


def test_a_timed_deadline_in_summer_time_on_both_sides(seasonal: Responder) -> None:
    text = said(seasonal, "when do papers close? i'm in California")
    assert text.startswith("Paper submission: April 2, 2031, 11:59 PM CEST")
    assert "April 2, 2031, 14:59 in America/Los_Angeles (PDT)" in text
    assert "15:59" not in text and "(PST)" not in text


def test_between_the_us_and_eu_clock_changes_the_gap_is_five_hours(seasonal: Responder) -> None:
    text = said(seasonal, "abstract registration deadline in EST please")
    assert "March 28, 2031, 07:00 in America/New_York (EDT)" in text
    assert "06:00" not in text
    # EST was asked; the clock is on EDT that day, and the answer says which it used
    assert "EST is not in use on that day" in text


def test_a_date_only_deadline_converts_the_end_of_its_day(seasonal: Responder) -> None:
    # November 5: Berlin is back on CET, California on PST
    late = said(seasonal, "camera-ready due date, pacific time?")
    assert "the end of that day (23:59, Europe/Berlin) is November 5, 2031, 14:59 in " \
           "America/Los_Angeles (PST)" in late
    # October 28: Berlin is on CET, California still on PDT (the US changes on November 2)
    early = said(seasonal, "author notification, when is that in Los Angeles")
    assert "October 28, 2031, 15:59 in America/Los_Angeles (PDT)" in early
    assert "14:59" not in early


def test_aoe_day_ends_on_the_next_day_in_asia(distant: Responder) -> None:
    for question in ("paper deadline in Beijing time?", "论文截止北京时间几点？"):
        text = said(distant, question)
        assert "June 3, 2031, 19:59 in Asia/Shanghai" in text, question
        assert "June 2, 2031, 19:59" not in text
    offset = said(distant, "submission deadline in UTC+8")
    assert "June 3, 2031, 19:59 in UTC+08:00" in offset


def test_a_deadline_with_its_own_offset(distant: Responder) -> None:
    text = said(distant, "challenge registration deadline? I'm in Mumbai")
    assert "May 20, 2031, 20:30 in Asia/Kolkata (IST)" in text
    assert text.startswith("Challenge registration:")


@pytest.mark.parametrize("question", [
    "when is the paper deadline", "abstract deadline?", "camera-ready?",
    "when do we hear back", "what's the next deadline",
])
def test_naming_a_zone_never_changes_which_deadline_is_answered(
        seasonal: Responder, question: str) -> None:
    plain = seasonal.respond(question, SPRING)
    for where in ("I'm in Tokyo", "in IST please", "UTC-5"):
        zoned = seasonal.respond(f"{question}, {where}", SPRING)
        assert zoned.entity == plain.entity, where
        assert zoned.plain_text().startswith(plain.plain_text().split(" (that")[0]), where


def test_program_and_date_answers_convert_the_times_they_have(seasonal: Responder) -> None:
    talk = said(seasonal, "when is the keynote, in Tokyo time")
    assert "December 10, 2031, 17:15 in Asia/Tokyo (JST)" in talk
    day = said(seasonal, "when is the workshop? i'm in new york")
    assert "The program starts December 10, 2031, 9:00 AM CET" in day
    assert "December 10, 2031, 03:00 in America/New_York (EST)" in day


def test_a_workshop_without_a_program_gives_no_time_it_does_not_have(distant: Responder) -> None:
    text = said(distant, "when is the workshop? I'm in Tokyo")
    assert "September 4, 2031" in text
    assert "Asia/Tokyo" not in text and "program starts" not in text


def test_the_assumed_zone_of_a_wide_country_is_said(seasonal: Responder) -> None:
    text = said(seasonal, "paper deadline, I'm in the US")
    assert "in America/New_York (EDT)" in text
    assert "spans several time zones" in text


# --- a zone named where no time is asked -----------------------------------------------------


def test_a_zone_with_no_time_asked_adds_nothing_and_breaks_nothing(seasonal: Responder) -> None:
    pages = said(seasonal, "how many pages can I write? I'm in Berlin")
    assert "6 pages" in pages and "Europe/Berlin" not in pages
    where = seasonal.respond("is the workshop in PST?", SPRING)
    assert where.answered
    assert "Berlin, Germany" in where.plain_text()
    assert "California" not in where.plain_text()
    tba = said(seasonal, "poster upload deadline in IST")
    assert "announced" in tba and "Asia/Kolkata" not in tba


def test_languages_whose_words_look_like_zones_get_no_conversion(seasonal: Responder) -> None:
    for question in ("quelle est la date limite ?", "wann ist die Deadline?"):
        text = said(seasonal, question)
        assert "Paper submission" in text, question
        assert " — " not in text and "America/New_York" not in text and "Kolkata" not in text


def test_a_zone_in_its_own_part_or_a_follow_up_applies_to_the_question(
        seasonal: Responder) -> None:
    text = said(seasonal, "I'm in Bangalore. when's the abstract due?")
    assert "March 28, 2031, 16:30 in Asia/Kolkata (IST)" in text
    first, context = seasonal.converse("when is the paper due?", SPRING)
    assert " — " not in first.plain_text()
    follow, _ = seasonal.converse("and in Seoul?", SPRING, context)
    assert "April 3, 2031, 06:59 in Asia/Seoul (KST)" in follow.plain_text()


def test_the_workshop_own_clock_is_called_the_same_and_utc_is_not_said_twice(
        seasonal: Responder) -> None:
    same = said(seasonal, "paper deadline? I'm in Munich")
    assert "— the same clock time in Europe/Berlin (CEST)" in same
    day = said(seasonal, "camera-ready deadline, I'm in Paris")
    assert "the end of that day (23:59) in Europe/Paris (CET) too" in day
    utc = said(seasonal, "which time zone is the paper deadline in, UTC?")
    assert "April 2, 2031, 21:59 UTC" in utc
    assert utc.count("21:59") == 1


def test_a_slash_between_words_is_no_zone_name() -> None:
    assert "accept/reject" in zone_finder().without_zone("the accept/reject date in atlanta")
    assert "america/new_york" not in zone_finder().without_zone("deadline in america/new_york")
