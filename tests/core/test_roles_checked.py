"""A person checked against a role someone else holds is a no that names who holds it; a name
said in full is that person however short its words ("Ed Park", whose "park" is no parking
question); a role word said of something else ("the *steering* committee", "best *paper*") is not
that role; a committee or board no one is listed on is "I don't know"; and the roles asked in
French or Spanish are understood."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

KNOWLEDGE = parse_knowledge("""
workshop:
  name: Workshop on Loop Compilers
  timezone: AoE
  date: 2031-05-09
  contact: loops@example.org
deadlines:
  - {id: submission, name: Paper submission, due: 2031-03-01}
submission:
  dual_submission: true
organizers:
  - {name: Joe Example, role: organizer, affiliation: Example Lab}
  - {name: Ed Park, role: program chair, affiliation: Example Inc.}
  - {name: Lu Example, role: steering committee, affiliation: Example Computing}
  - {name: Kim Sample, role: session chair (paper session), affiliation: Example Lab}
""", "loops.yaml")
BOT = Responder(KNOWLEDGE)
NOW = datetime(2031, 2, 1, 12, tzinfo=UTC)


def _ask(question: str) -> tuple[bool, str]:
    a = BOT.respond(question, NOW)
    return a.answered, a.plain_text()


@pytest.mark.parametrize("question", [
    "is Joe Example the program chair?",
    "Joe Example is the program chair, right?",
    "is joe example our program chair",
])
def test_someone_checked_against_a_role_another_holds(question: str) -> None:
    answered, text = _ask(question)
    assert answered and text.startswith("No: Joe Example is listed as organizer"), text
    assert "Ed Park (program chair)" in text, text


def test_the_holder_checked_against_their_own_role_is_no_no() -> None:
    answered, text = _ask("is Ed Park the program chair?")
    assert answered and not text.startswith("No"), text
    assert "Ed Park (program chair)" in text and "Joe Example" not in text, text


@pytest.mark.parametrize("question", ["is Ed Park on the steering committee?",
                                      "isn't ed park a steering committee member?"])
def test_a_short_name_said_in_full_is_that_person(question: str) -> None:
    answered, text = _ask(question)
    assert answered and text.startswith("No: Ed Park is listed as program chair"), text
    assert "Lu Example (steering committee)" in text, text
    assert "where to stay" not in text and "travel" not in text, text


@pytest.mark.parametrize(("question", "must_not"), [
    ("who won best paper last year?", "Kim Sample"),
    ("who is on the advisory board?", "Joe Example"),
    ("who sits on the industry committee?", "Ed Park"),
])
def test_a_role_word_said_of_something_else_is_not_that_role(question: str,
                                                             must_not: str) -> None:
    answered, text = _ask(question)
    assert not answered, text
    assert must_not not in text, text


@pytest.mark.parametrize(("question", "must"), [
    ("who chairs the paper session?", "Kim Sample"),
    ("who's on the steering committee", "Lu Example"),
    ("who handles the program?", "Ed Park"),
])
def test_a_role_said_in_its_own_words_still_names_its_holder(question: str, must: str) -> None:
    answered, text = _ask(question)
    assert answered and must in text, text


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("Qui est le président du comité de programme ?", "Ed Park", "Joe Example"),
    ("¿Quién es el presidente del comité de programa?", "Ed Park", "Joe Example"),
    ("¿Puedo enviar un trabajo que está en revisión en otra conferencia?", "Yes", "review process"),
])
def test_roles_and_rules_asked_in_french_or_spanish(question: str, must: str,
                                                    must_not: str) -> None:
    answered, text = _ask(question)
    assert answered and must in text and must_not not in text, text


def test_an_organizer_from_a_place_a_speaker_is_from_too() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Agent Threats, timezone: AoE, date: 2031-10-09}
organizers:
  - {name: Abe Example, role: organizer, affiliation: Nimbus AGI}
  - {name: Bea Sample, role: organizer, affiliation: Example University}
program:
  - {title: Invited talk, kind: keynote, speakers: [Ray Gupta (Nimbus AGI)],
     start: "2031-10-09T11:10:00-07:00", end: "2031-10-09T11:40:00-07:00"}
""", "threats.yaml"))
    text = bot.respond("who on the organizing team is from Nimbus AGI?", NOW).plain_text()
    assert "Abe Example" in text and "Ray Gupta" not in text and "Bea Sample" not in text, text
    text = bot.respond("who is speaking from nimbus agi?", NOW).plain_text()
    assert "Ray Gupta" in text and "Abe Example" not in text, text


@pytest.mark.parametrize("question", ["is Joe Example one of the organizers? from which uni",
                                      "is joe example an organizer?"])
def test_someone_listed_checked_as_an_organizer_is_a_yes_about_them(question: str) -> None:
    answered, text = _ask(question)
    assert answered and text.startswith("Yes: Joe Example"), text
    assert "Example Lab" in text and "Ed Park" not in text, text  # not the whole list


def test_who_someone_is_is_no_yes() -> None:
    answered, text = _ask("who is joe example?")
    assert answered and "Example Lab" in text and not text.startswith("Yes"), text
