"""Classes seen in first-look round 50: a deadline's note that says "online submission form" does
not speak to attending online; "where do I need to go on the day?" asks a place (what one needs
to do is no date there, and "on the day" is said in passing); "has X been extended?" of a
deadline that was not gives its date, then the ones that were."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Thinking Tools
  timezone: AoE
  date: 2031-04-16
  location: Barcelona, Spain
  venue: Centre de Convencions Internacional de Barcelona (CCIB), Room 122
deadlines:
  - id: submission
    name: Deadline for workshop submissions (workshop paper + mini poster)
    due: 2031-02-12
    note: Thursday, February 12, AoE. Submit via the online submission form.
  - id: notification
    name: Notifications of acceptance (workshop)
    due: 2031-02-25
  - id: si-full-paper
    name: "Journal special issue: full paper deadline"
    due: 2031-02-02
    extended_from: 2031-01-28
"""
NOW = datetime(2031, 1, 22, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize("question", [
    "is there a hybrid option",
    "is there a hybrid / zoom option for people who cant travel to spain",
])
def test_online_submission_form_is_not_attending_online(responder: Responder,
                                                        question: str) -> None:
    a = responder.respond(question, NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "February 12" not in text


@pytest.mark.parametrize("question", [
    "where exactly do i need to go on the day, full address-ish pls",
    "where do i need to go on the day",
])
def test_where_to_go_on_the_day_is_the_place(responder: Responder, question: str) -> None:
    a = responder.respond(question, NOW)
    text = a.plain_text()
    assert a.answered, text
    assert "CCIB" in text
    assert "February" not in text  # (no deadline: "full" is no "full paper deadline")


def test_a_deadline_not_extended_gives_its_date(responder: Responder) -> None:
    a = responder.respond("has the workshop submission deadline been extended?", NOW)
    text = a.plain_text()
    assert a.answered, text
    assert "February 12, 2031" in text
    assert "no earlier date for the Deadline for workshop submissions" in text
    # (the one that was extended is said as such)
    assert "extended from January 28, 2031" in text


def test_the_original_deadline_before_an_extension_is_still_read(responder: Responder) -> None:
    """A deadline's note speaks to its extension in any words ("the original deadline")."""
    text = responder.respond("what was the original full paper deadline?", NOW).plain_text()
    assert "January 28, 2031" in text


SIMULATION = """
workshop:
  name: Workshop on Agent Simulation
  short_name: WAS 2031
  timezone: Asia/Nicosia
  date: 2031-05-26
  location: Paphos, Cyprus
deadlines:
  - id: abstract
    name: Abstract submission
    due: 2031-01-31
  - id: submission
    name: Submission deadline
    due: 2031-02-11
  - id: notification
    name: Acceptance notifications
    due: 2031-03-20
organizers:
  - name: Ada Example
    role: chair
    email: ada@example.org
  - name: Bo Member
    role: program committee member
faq:
  - id: conflicts
    questions: ["how are conflicts of interest handled", "program committee conflicts"]
    answer: PC members are encouraged to submit papers; authors may name PC members with a
      conflict of interest, and the program committee reviews them fairly.
program:
  - title: General Introduction
    speakers: [Workshop Organizers]
    start: 2031-05-26T08:50:00+03:00
    end: 2031-05-26T09:00:00+03:00
  - title: Keynote
    speakers: [Carla Keynoter]
    start: 2031-05-26T09:00:00+03:00
    end: 2031-05-26T10:00:00+03:00
"""
SIM_NOW = datetime(2031, 1, 13, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def simulation() -> Responder:
    return Responder(parse_knowledge(SIMULATION))


@pytest.mark.parametrize("question", ["is there a workshop dinner", "who organizes the workshop"])
def test_workshop_organizers_in_the_program_name_no_speaker(simulation: Responder,
                                                           question: str) -> None:
    text = simulation.respond(question, SIM_NOW).plain_text()
    assert "General Introduction" not in text


def test_someone_not_on_the_committee_is_checked_not_the_committee_entry(
        simulation: Responder) -> None:
    a = simulation.respond("is peter boncz on the program committee?", SIM_NOW)
    text = a.plain_text()
    assert a.answered, text
    assert text.startswith("No") and "Peter Boncz" in text
    assert "encouraged to submit" not in text


def test_days_left_to_a_deadline_are_counted(simulation: Responder) -> None:
    text = simulation.respond("how many days left until abstract submission closes",
                              SIM_NOW).plain_text()
    assert "January 31, 2031" in text and "18 days from today" in text
    assert "February 11" not in text


@pytest.mark.parametrize(("question", "day", "not_day"), [
    ("¿cuándo es la fecha límite para enviar el resumen?", "January 31", "February 11"),
    ("quando é o prazo do resumo?", "January 31", "February 11"),
])
def test_abstract_in_other_languages(simulation: Responder, question: str, day: str,
                                     not_day: str) -> None:
    text = simulation.respond(question, SIM_NOW).plain_text()
    assert day in text and not_day not in text


def test_two_german_questions_joined_by_und_are_both_answered(simulation: Responder) -> None:
    text = simulation.respond("wann ist die Einreichungsfrist und wann kommt die "
                              "Benachrichtigung?", SIM_NOW).plain_text()
    assert "February 11" in text and "March 20" in text


PUBLISHED = """
workshop:
  name: Workshop on Graph Data
  timezone: Europe/Madrid
  date: 2031-03-25
faq:
  - id: already-published
    questions: ["can I submit a paper that was already published"]
    answer: Yes, as a research paper. Such papers will not count as new publications; only a
      short abstract goes in the proceedings.
"""


@pytest.mark.parametrize(("question", "opens"), [
    ("if my paper was already published, will it count as a new publication", "To \"can I"),
    ("can I submit a paper that was already published?", "Yes"),
])
def test_an_entry_yes_answers_its_own_question(question: str, opens: str) -> None:
    """A yes or a no an entry opens with answers the entry's own question: asked in other
    words, the reply says which question that is."""
    a = Responder(parse_knowledge(PUBLISHED)).respond(question, NOW)
    assert a.answered and a.plain_text().startswith(opens), a.plain_text()
