"""Classes seen in first-look round 58: a year names no deadline ("when is XYZ 2031?" is not the
"HostConf 2031 volunteer" deadline); a deadline named by its day ("the april 17 deadline") is
that deadline, and the day is its name, not a day checked; an hour checked of a deadline the
call gives no hour for is not confirmed; an entry on another step is not added to a deadline
asked by name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: "XYZ 2031: the Open Tools Meeting"
  conference: HostConf 2031
  timezone: Europe/London
  start: 2031-07-21
  end: 2031-07-22
  location: Leeds, UK
deadlines:
  - id: abstract
    name: Abstract submission deadline
    due: 2031-04-17
    note: The call gives the date only, with no time of day or time zone.
  - id: volunteer
    name: HostConf 2031 student volunteer application deadline
    due: 2031-05-09
  - id: late
    name: Late poster submission deadline
    due: 2031-05-15
  - id: hackathon
    name: Hackathon sign-up (register for HostConf 2031)
    due: 2031-06-20
submission:
  archival: false
faq:
  - id: late-round
    questions: ["what is the late poster round", "can late abstracts get a talk"]
    answer: >-
      The late poster deadline is May 15, 2031. Late-round abstracts are considered for posters
      only.
"""
NOW = datetime(2031, 3, 11, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize("question", ["when is xyz 2031?", "when is the 2031 event"])
def test_a_year_names_no_deadline(responder: Responder, question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "July 21" in text, text
    assert "May 9" not in text and "June 20" not in text, text


def test_a_deadline_named_by_its_day_is_that_deadline(responder: Responder) -> None:
    a = responder.respond("is the april 17 deadline AoE?", NOW)
    text = a.plain_text()
    assert "Abstract submission deadline" in text and "April 17" in text, text
    assert "May 15" not in text and not text.startswith("No"), text
    assert not a.answered, text  # (the call gives no time of day or zone for it)


def test_a_day_as_a_name_is_not_a_day_checked(responder: Responder) -> None:
    text = responder.respond("if i go for the may 15 deadline is it still considered?",
                             NOW).plain_text()
    assert "Late poster submission deadline: May 15" in text, text
    assert not text.lstrip().startswith("Yes") and "15 deadline" not in text, text


@pytest.mark.parametrize(("question", "lead"), [
    ("is the abstract deadline at 11:59pm?", None),
    ("is the abstract deadline april 17 at 23:59?", "The day is right"),
    ("is the abstract deadline april 18 at 23:59?", "No"),
])
def test_an_hour_the_call_does_not_give_is_not_confirmed(responder: Responder, question: str,
                                                         lead: str | None) -> None:
    a = responder.respond(question, NOW)
    text = a.plain_text()
    assert not text.lstrip().startswith("Yes"), text
    assert "no time of day" in text and not a.answered, text
    if lead:
        assert text.lstrip().startswith(lead), text


def test_an_entry_on_another_step_is_not_added_to_a_deadline_asked_by_name(
        responder: Responder) -> None:
    text = responder.respond("abstract deadline?", NOW).plain_text()
    assert "April 17" in text and "May 15" not in text, text


HOTELS = """
workshop:
  name: Quantum Tools in Practice
  timezone: Europe/London
  start: 2032-04-20
  end: 2032-04-22
  location: Oxford, UK
deadlines:
  - id: talk
    name: Talk submission deadline
    due: 2032-01-11
  - id: poster
    name: Poster submission deadline
    due: 2032-01-25
  - id: college-rooms
    name: St Anne's College accommodation booking closes
    due: 2032-03-09
  - id: hotel-rooms
    name: Harbour Hotel room block held until
    due: 2032-03-12
organizers:
  - name: Ada Example
    role: local organiser
  - name: Bo Sample
    role: programme committee chair (contact for paper submission questions)
  - name: Cy Person
    role: programme committee chair and local organizing committee
  - name: Di Person
    role: session chair (invited talks)
faq:
  - id: join-pc
    questions: ["how can I join the programme committee"]
    answer: >-
      The programme committee has members from industry and academia; to join it, write to the
      chairs.
"""
HOTELS_NOW = datetime(2031, 12, 15, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def hotels() -> Responder:
    return Responder(parse_knowledge(HOTELS))


@pytest.mark.parametrize(("question", "right", "wrong"), [
    # ("until" of "held until" names no deadline; "St Anne's" is that deadline's own name)
    ("missed the talk ddl :( can i still send a poster? until when", "January 25", "March 12"),
    ("deadline to book a room at st anne's", "March 9", "March 12"),
    ("missed the talk deadline can i still send a poster", "January 25", "January 11"),
])
def test_a_deadline_by_its_own_words(hotels: Responder, question: str, right: str,
                                     wrong: str) -> None:
    text = hotels.respond(question, HOTELS_NOW).plain_text()
    assert right in text and wrong not in text, text


@pytest.mark.parametrize("question", ["is ada example the pc chair?",
                                      "the programme committee chair is ada example right",
                                      "is ada example the program committee chair?"])
def test_a_role_checked_against_a_role_with_a_note_or_another_spelling(
        hotels: Responder, question: str) -> None:
    text = hotels.respond(question, HOTELS_NOW).plain_text()
    assert text.lstrip().startswith("No"), text
    assert "Bo Sample" in text and "Cy Person" in text, text


def test_each_of_several_roles_held_is_a_role(hotels: Responder) -> None:
    text = hotels.respond("who are the PC chairs?", HOTELS_NOW).plain_text()
    assert "Bo Sample" in text and "Cy Person" in text, text
    assert "Ada Example" not in text and "Di Person" not in text, text


def test_a_role_note_still_tells_roles_apart(hotels: Responder) -> None:
    text = hotels.respond("who chairs the invited talks session", HOTELS_NOW).plain_text()
    assert "Di Person" in text and "Bo Sample" not in text, text


def test_an_unlisted_person_is_not_answered_by_an_entry_that_never_names_them(
        hotels: Responder) -> None:
    a = hotels.respond("is Florina Exampleton on the program committee?", HOTELS_NOW)
    text = a.plain_text()
    assert not a.answered and "join" not in text, text


LATE = """
workshop:
  name: "Open Tools Meeting 2033"
  timezone: Europe/London
  date: 2033-07-21
  location: Leeds, UK
  previous_editions:
    - name: Open Tools Meeting 2032 (Montreal, Canada)
deadlines:
  - id: award
    name: Travel award application deadline
    due: 2033-04-01
  - id: abstract
    name: Abstract submission deadline (talks and posters)
    due: 2033-04-17
  - id: late-poster
    name: Late poster submission deadline
    due: 2033-05-15
organizers:
  - name: Ada Example
    role: chair
  - name: Bo Sample
    role: organizing committee member
  - name: Cy Person
    role: organizing committee member (moderator of the panel)
"""
LATE_NOW = datetime(2033, 3, 11, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def late() -> Responder:
    return Responder(parse_knowledge(LATE))


@pytest.mark.parametrize(("question", "right", "wrong"), [
    ("what's the deadline?", "April 17", "May 15"),  # (a late round is not "the deadline")
    ("c'est quand la date limite pour les posters tardifs ?", "May 15", "April 17"),
    ("which deadline is next", "April 1", "May 15"),
    ("what deadline comes next?", "April 1", "May 15"),
])
def test_the_deadline_and_the_next_one(late: Responder, question: str, right: str,
                                       wrong: str) -> None:
    text = late.respond(question, LATE_NOW).plain_text()
    assert right in text and wrong not in text, text


def test_where_it_was_last_year_is_an_earlier_edition(late: Responder) -> None:
    text = late.respond("where was open tools meeting last year?", LATE_NOW).plain_text()
    assert "Montreal" in text, text


def test_a_role_everyone_holds_with_a_note_names_no_one(late: Responder) -> None:
    text = late.respond("who's organizing this", LATE_NOW).plain_text()
    assert "Ada Example" in text and "Bo Sample" in text and "Cy Person" in text, text
