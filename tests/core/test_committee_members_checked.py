"""A committee the file lists: a name checked against it ("is X on the committee?", "X is one of
the organizers right?"), and its chairs asked ("who are the pc chairs?") are not its members."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Lattice Weaving
  timezone: UTC
  date: 2031-09-06
organizers:
  - {name: Maren Oddvik, role: program chair}
  - {name: Tobias Quellner, role: program chair}
  - {name: Ilse Brandvold, role: program committee}
  - {name: Joaquim Serrat, role: program committee}
  - {name: Priya Anand, role: program committee}
faq:
  - id: keynote
    questions: [who gives the keynote?]
    answer: The keynote is given by Henrik Saltvik.
""", "w.yaml"))
NOW = datetime(2031, 5, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize("question", [
    "is henrik saltvik on the committee?",
    "is edda lindqvist on the committee?",
])
def test_a_name_not_on_the_listed_committee_is_a_no(question: str) -> None:
    """(the keynote speaker is named as what the file says of him)"""
    a = BOT.respond(question, NOW)
    text = a.plain_text()
    assert a.answered and "not among" in text and not text.startswith("Yes"), text


def test_a_statement_checked_with_right_is_a_membership_check() -> None:
    a = BOT.respond("henrik saltvik is one of the organizers right?", NOW)
    text = a.plain_text()
    assert "not among the organizers" in text, text
    assert not text.startswith("Yes")


def test_the_chairs_of_the_committee_are_not_its_members() -> None:
    a = BOT.respond("who are the pc chairs", NOW)
    text = a.plain_text()
    assert "Maren Oddvik" in text and "Tobias Quellner" in text, text
    assert "Priya Anand" not in text and "Ilse Brandvold" not in text


def test_the_committee_asked_is_its_members() -> None:
    text = BOT.respond("who is on the program committee?", NOW).plain_text()
    assert "Priya Anand" in text and "Ilse Brandvold" in text, text


def test_who_organizes_is_not_answered_with_the_reviewing_committee() -> None:
    text = BOT.respond("who's organizing it?", NOW).plain_text()
    assert "Maren Oddvik" in text and "Tobias Quellner" in text, text
    assert "Priya Anand" not in text and "3 committee members" in text


def test_an_organizing_committee_is_the_organizers() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Lattice Weaving
  timezone: UTC
  date: 2031-09-06
organizers:
  - {name: Maren Oddvik, role: chair}
  - {name: Ilse Brandvold, role: organizing committee}
  - {name: Joaquim Serrat, role: steering committee}
""", "w.yaml"))
    text = bot.respond("who are the organizers?", NOW).plain_text()
    assert "Ilse Brandvold" in text and "Joaquim Serrat" in text, text


def test_co_chairs_are_among_the_chairs_asked() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Lattice Weaving
  timezone: UTC
  date: 2031-09-06
organizers:
  - {name: Maren Oddvik, role: general co-chair}
  - {name: Tobias Quellner, role: general co-chair}
  - {name: Ilse Brandvold, role: program co-chair}
  - {name: Priya Anand, role: co-chair}
""", "w.yaml"))
    for question in ("who are the general chairs", "who is the general co-chair?"):
        text = bot.respond(question, NOW).plain_text()
        assert "Maren Oddvik" in text and "Tobias Quellner" in text, text
        assert "Ilse Brandvold" not in text and "Priya Anand" not in text, text


def test_second_read_cases_on_people() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: "FUNLOOM 2031: The Second ACM SIGPLAN Workshop on Looms"
  conference: ICFP 2031
  timezone: UTC
  date: 2031-09-06
organizers:
  - {name: Maren Oddvik, role: program chair}
  - {name: Ilse Brandvold, role: program committee}
  - {name: Kingsley Nweye, role: "Web Chair; Technical Program Committee member"}
""", "w.yaml"))
    # the workshop's own organizing body is no unlisted person
    text = bot.respond("acm sigplan is organizing this right?", NOW).plain_text()
    assert "Sigplan is not among" not in text, text
    # a committee member asked as an organizer: on the committee, not among the organizers
    text = bot.respond("is ilse brandvold an organizer?", NOW).plain_text()
    assert "committee" in text and not text.startswith("Yes"), text
    # a role written with a semicolon still holds its chair
    assert "Kingsley Nweye" in bot.respond("who is the web chair?", NOW).plain_text()
