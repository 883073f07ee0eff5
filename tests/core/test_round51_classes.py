"""Classes seen in first-look round 51: the day after an AoE deadline is still its day in most
of the world; an earlier date asked of a deadline the call gives none for is not known; "how
long are the talks?" is not answered by an entry giving pages; "4 pages + 2 of references, ok?"
is checked against the limit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Rounded Recommenders
  timezone: America/Los_Angeles
  date: 2031-08-07
  location: Long Beach, CA, USA
deadlines:
  - id: submission
    name: Paper submission deadline
    due: 2031-05-23T23:59:00-12:00
    note: The call marks this deadline as extended; it does not state the original date.
  - id: notification
    name: Notification
    due: 2031-06-23
submission:
  references_count: false
  tracks:
    - id: long
      name: Long paper
      page_limit: 8
    - id: short
      name: Short paper
      page_limit: 4
faq:
  - id: paper-types
    questions: ["what kinds of papers can I submit", "how long can papers be"]
    answer: Long papers (8 pages, excluding references) and short papers (4 pages, excluding
      references).
"""
NOW = datetime(2031, 5, 2, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize("question", [
    "any chance I can still submit on may 24 morning in europe? like before AoE ends",
    "can i still submit on may 24?",
])
def test_the_day_after_an_aoe_deadline_depends_on_the_zone(responder: Responder,
                                                           question: str) -> None:
    a = responder.respond(question, NOW)
    text = a.plain_text()
    assert a.answered, text
    assert not text.startswith("No"), text
    assert "still until May 24, 2031, 11:59 UTC" in text


def test_two_days_after_an_aoe_deadline_is_too_late(responder: Responder) -> None:
    text = responder.respond("can i still submit on may 25?", NOW).plain_text()
    assert text.startswith("No, that's after the deadline"), text


def test_the_original_date_of_a_deadline_the_call_gives_none_for(responder: Responder) -> None:
    a = responder.respond("what was the original deadline before they extended it?", NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "don't know the earlier date" in text and "May 23, 2031" in text


def test_how_long_a_talk_is_not_a_length_in_pages(responder: Responder) -> None:
    a = responder.respond("how long are the talks for accepted papers", NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "8 pages" not in text


def test_how_long_a_paper_is_still_its_pages(responder: Responder) -> None:
    a = responder.respond("how long can short papers be", NOW)
    assert a.answered and "4 pages" in a.plain_text(), a.plain_text()


@pytest.mark.parametrize(("question", "verdict"), [
    ("if my short paper is 4 pages of content + 2 pages of references is that ok", "That fits"),
    ("my short paper has 5 pages of content plus 1 page of refs, am i over?", "That is over"),
    ("my long paper is 8 pages + 3 pages bibliography, is that fine?", "That fits"),
])
def test_content_and_references_checked_against_the_limit(responder: Responder, question: str,
                                                          verdict: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert text.startswith(verdict), text


NO_PLACE = """
workshop:
  name: Workshop on Probabilistic Programs
  timezone: Asia/Jerusalem
  date: 2031-08-12
  conference: FLoC 2031
faq:
  - id: registration
    questions: ["how do I register", "where do I register for the workshop"]
    answer: Please register via the official FLoC website (https://www.floc2031.org).
"""


@pytest.mark.parametrize("question", ["which city is the workshop in?", "what city is it in"])
def test_an_entry_sharing_no_word_is_no_fallback_for_a_place(question: str) -> None:
    a = Responder(parse_knowledge(NO_PLACE)).respond(question, NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "register" not in text.lower()


@pytest.mark.parametrize(("question", "lasting"), [
    ("how long is each contributed paper presentation", True),
    ("how long are the talks for accepted papers", True),
    ("how long is a student talk slot", True),
    ("how long can the demo extended abstract be", False),
    ("how long can a lightning talk proposal be", False),
    ("how long can the paper be", False),
])
def test_how_long_of_a_thing_that_lasts_or_a_thing_written(question: str, lasting: bool) -> None:
    """The last word naming a thing right after "how long" says which it is."""
    from bot.core.understanding.faq_index import lasting_asked

    assert lasting_asked(question) is lasting


def test_an_offset_added_to_utc_is_not_a_sum_of_pages() -> None:
    """"13:00 UTC + 2" is a time in a zone; only counts of pages or references are summed."""
    from bot.core.understanding.text import expand

    assert "utc + 2" in expand("can I submit at 13:00 UTC + 2 on feb 17, is that fine?")
    assert "4 pages plus 2 pages" in expand("4 pages + 2 pages of refs, is that ok?")


def test_a_time_before_noon_is_not_moved_to_the_evening() -> None:
    r = Responder(parse_knowledge(WORKSHOP))
    assert "11:59 in" in r.respond("what is 11:59 a.m. PST in IST?", NOW).plain_text()
    assert "23:59 in" in r.respond("what is 11:59 PST in IST?", NOW).plain_text()


def test_a_february_29_long_past_is_converted_on_its_own_day() -> None:
    later = datetime(2032, 9, 1, 12, tzinfo=UTC)
    text = Responder(parse_knowledge(WORKSHOP)).respond(
        "what is 9:00 PST on feb 29 in IST?", later).plain_text()
    assert "February 29, 2032" in text


def test_days_left_counted_in_the_workshops_zone() -> None:
    """An AoE deadline's days left agree with its "(that's in N days)"."""
    soon = datetime(2031, 5, 20, 16, tzinfo=UTC)
    text = Responder(parse_knowledge(WORKSHOP)).respond(
        "how many days left until the paper deadline?", soon).plain_text()
    assert "that's in 3 days" in text and "That is 3 days from today" in text, text


def test_a_day_said_as_originally_announced_is_still_checked() -> None:
    text = Responder(parse_knowledge(WORKSHOP)).respond(
        "is the notification still june 23 as originally announced?", NOW).plain_text()
    assert text.startswith("Yes"), text
