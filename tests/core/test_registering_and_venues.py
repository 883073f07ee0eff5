"""Registering and other venues' steps: "register the abstract" is the abstract's deadline (not
early registration); "do I have to register for all of the conference?" asks whether, not by
when; and a step another venue names ("right after the EuroSys notification") is not ours."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Careful Kernels (CareK 2031)
  conference: EuroSys 2031
  timezone: AoE
deadlines:
  - {id: abstract, name: Abstract submission, due: 2031-02-03}
  - {id: submission, name: Paper submission, due: 2031-02-10}
  - {id: notification, name: Notification to authors, due: 2031-03-06}
  - {id: early-registration, name: Early registration, due: 2031-03-31}
""", "carek.yaml"))
NOW = datetime(2031, 1, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("by when do i have to register the abstract on easychair", "February 3", "March 31"),
    ("when's abstract registration?", "February 3", "March 31"),
    ("when is early registration?", "March 31", "February 3"),
    ("can I still register?", "March 31", "February 3"),
    ("my advisor thinks carek's deadline is right after the eurosys notification, mid feb. "
     "what's the actual date?", "February 10", "March 6"),
    ("someone said the paper deadline falls right after the ICML notification, when exactly is "
     "it?", "February 10", "March 6"),
])
def test_the_step_asked_is_ours_and_the_one_named(question: str, must: str,
                                                  must_not: str) -> None:
    text = BOT.respond(question, NOW).plain_text()
    assert must in text, (question, text)
    assert must_not not in text, (question, text)


def test_whether_to_register_is_no_date() -> None:
    a = BOT.respond("do I have to register for all of EuroSys or can I register just for the "
                    "workshop day?", NOW)
    assert not a.answered, a.plain_text()
    assert "March 31" not in a.plain_text()


NO_REGISTRATION = Responder(parse_knowledge("""
workshop:
  name: Workshop on Careful Kernels (CareK 2031)
  timezone: AoE
deadlines:
  - {id: abstract, name: Abstract registration (both tracks), due: 2031-02-03}
  - id: submission
    name: Paper submission (both tracks)
    due: 2031-02-10
    note: Only updates to abstracts already registered by the abstract registration deadline.
""", "carek.yaml"))


@pytest.mark.parametrize("question", ["abstract registration deadline?",
                                      "when exactly does abstract registration close for me?"])
def test_abstract_registration_is_the_abstract_deadline(question: str) -> None:
    a = NO_REGISTRATION.respond(question, NOW)
    assert a.answered and "February 3" in a.plain_text(), a.plain_text()
    assert "February 10" not in a.plain_text()


def test_a_note_mentioning_registering_is_no_registration_deadline() -> None:
    a = NO_REGISTRATION.respond("early bird registration deadline?", NOW)
    assert not a.answered, a.plain_text()
    assert "February 10" not in a.plain_text() and "February 3" not in a.plain_text()


def test_more_than_one_asks_how_many_not_by_when() -> None:
    a = NO_REGISTRATION.respond("can I submit more than one abstract?", NOW)
    assert not a.answered, a.plain_text()
    assert "February" not in a.plain_text()


def test_another_venues_step_named_alone_is_not_ours() -> None:
    a = BOT.respond("when is the ISMB 2031 abstract deadline?", NOW)
    assert not a.answered and "February" not in a.plain_text(), a.plain_text()


def test_a_later_edition_is_unknown_and_an_earlier_one_is_that_one() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Careful Kernels (CareK 2031)
  timezone: AoE
  date: 2031-05-02
  previous_editions:
    - {name: CareK 2030 (Oslo)}
    - {name: CareK 2029 (Lyon)}
""", "carek.yaml"))
    a = bot.respond("where will the 2032 edition be?", NOW)
    assert not a.answered and "Oslo" not in a.plain_text(), a.plain_text()
    a = bot.respond("where was the 2029 edition?", NOW)
    assert a.answered and "Lyon" in a.plain_text() and "Oslo" not in a.plain_text()


HOST_STEP = Responder(parse_knowledge("""
workshop:
  name: Workshop on Careful Kernels (CareK 2031)
  conference: EuroSys 2031
  timezone: AoE
deadlines:
  - {id: early, name: Submission for an early decision (before the EuroSys early registration
       deadline), due: 2031-02-01}
  - {id: submission, name: Paper submission, due: 2031-02-10}
""", "carek.yaml"))


@pytest.mark.parametrize("question", ["when exactly is EuroSys's early registration deadline?",
                                      "do I have to register for the whole EuroSys conference "
                                      "to attend the workshop?"])
def test_a_deadline_named_after_the_hosts_step_is_not_that_step(question: str) -> None:
    a = HOST_STEP.respond(question, NOW)
    assert not a.answered, a.plain_text()
    assert "February 1" not in a.plain_text(), a.plain_text()


def test_the_deadline_named_after_the_hosts_step_is_still_itself() -> None:
    text = HOST_STEP.respond("early decision deadline?", NOW).plain_text()
    assert "February 1" in text and "February 10" not in text, text


EXTENDED = Responder(parse_knowledge("""
workshop:
  name: Workshop on Careful Kernels (CareK 2031)
  timezone: AoE
  topics: [Kernel fuzzing, Incentives in scheduling]
deadlines:
  - {id: early, name: Early decision submission, due: 2031-02-01}
  - {id: submission, name: Paper submission, due: 2031-02-10, extended_from: 2031-02-03}
organizers:
  - {name: Tomasz Wąs, affiliation: Example State}
""", "carek.yaml"))


def test_the_original_deadline_is_the_earlier_date_of_an_extension() -> None:
    text = EXTENDED.respond("what was the original deadline?", NOW).plain_text()
    assert "February 3" in text and "February 10" in text, text
    text = EXTENDED.respond("was the early decision deadline extended?", NOW).plain_text()
    assert "no earlier date for the Early decision" in text and "February 3" in text, text


def test_taking_papers_on_a_subject_is_no_deadline() -> None:
    text = EXTENDED.respond("does carek take papers on incentives in scheduling?", NOW).plain_text()
    assert "February 10" not in text, text
    text = EXTENDED.respond("are you still taking papers on feb 5?", NOW).plain_text()
    assert "February 10" in text, text


def test_a_word_of_a_name_that_is_a_function_word_names_no_one() -> None:
    parts = EXTENDED.matcher.understand("our paper was already published at IJCAI")
    assert not any(p.ask.organizers for p in parts), [p.ask.organizers for p in parts]


@pytest.mark.parametrize(("question", "must"), [
    ("does early registration close soon?", "March 31"),     # a time asked: the deadline
    ("are you still taking papers in february?", "February 10"),
    ("when is the deadline for fpga papers?", "February 10"),  # an everyday word, no venue
])
def test_everyday_words_keep_their_everyday_reading(question: str, must: str) -> None:
    text = BOT.respond(question, NOW).plain_text()
    assert must in text, (question, text)


@pytest.mark.parametrize(("name", "must"), [
    ("The Fifth Workshop on Careful Kernels", "5th edition"),
    ("CareK: 2nd Workshop on Careful Kernels", "2nd edition"),
])
def test_the_edition_a_name_says(name: str, must: str) -> None:
    bot = Responder(parse_knowledge(f"""
workshop:
  name: "{name}"
  timezone: AoE
""", "carek.yaml"))
    for question in ("which edition is this?", "is this the first carek workshop?"):
        a = bot.respond(question, NOW)
        assert a.answered and must in a.plain_text(), (question, a.plain_text())
    a = bot.respond("will there be another edition next year?", NOW)
    assert not a.answered, a.plain_text()


def test_an_ordinal_that_is_no_edition() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Second-Order Methods
  timezone: AoE
""", "som.yaml"))
    a = bot.respond("which edition is this?", NOW)
    assert not a.answered and "2nd" not in a.plain_text(), a.plain_text()


@pytest.mark.parametrize("question", ["how many papers can one author submit",
                                      "how many runs can each team submit for the shared task"])
def test_how_many_may_be_submitted_asks_a_count_not_a_date(question: str) -> None:
    a = BOT.respond(question, NOW)
    assert "February 10" not in a.plain_text() and "February 3" not in a.plain_text(), \
        a.plain_text()


@pytest.mark.parametrize(("question", "lead"), [
    ("submission closes feb 24 right?", "No"),
    ("early registration closes march 3 yes?", "No"),
    ("paper submission closes feb 10, right?", "Yes"),
    ("can I still register on march 3?", "Yes, that's before the deadline"),
])
def test_a_step_said_to_close_on_a_day_is_checked_against_its_date(question: str,
                                                                   lead: str) -> None:
    text = BOT.respond(question, NOW).plain_text()
    assert text.startswith(lead), (question, text)
    assert not (lead == "No" and text.startswith("No, that's after")), text


def test_a_count_asked_is_no_date_whatever_the_note_says_of_how() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Old Languages, timezone: AoE}
deadlines:
  - {id: paper, name: Paper submission (workshop papers), due: 2031-02-10,
     note: Submit through OpenReview.}
""", "old.yaml"))
    a = bot.respond("how many papers can one author submit", NOW)
    assert "February 10" not in a.plain_text(), a.plain_text()


def test_a_deadline_extended_once_says_nothing_of_another_extension() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Old Languages, timezone: AoE}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-02-10, extended_from: 2031-02-03}
""", "old.yaml"))
    a = bot.respond("will the deadline be extended again?", NOW)
    assert not a.answered and "will be extended" in a.plain_text(), a.plain_text()
    assert "February 10" in a.plain_text()  # (what it does say, with the "I don't know")
    b = bot.respond("was the deadline extended?", NOW)
    assert b.answered and "February 3" in b.plain_text(), b.plain_text()
