"""Who gives a session, when the program names no one for it: an honest "I don't know" that
still gives the session's time; a session with its speakers listed names them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder

REAL = Path(__file__).parents[1] / "fixtures" / "real"
NOW = datetime.fromisoformat("2024-01-08T12:00-12:00")


@pytest.fixture(scope="module")
def aist() -> Responder:
    return Responder(load_knowledge(REAL / "aist-2024.yaml"))


@pytest.mark.parametrize("question", ["who's on the panel?", "who is speaking at the panel"])
def test_who_of_a_session_without_speakers_is_unknown(aist: Responder, question: str) -> None:
    answer = aist.respond(question, NOW)
    text = answer.plain_text().lower()
    assert not answer.answered, text
    assert "4:00 pm" in text, text  # the session's time is still given


def test_who_of_a_session_with_speakers_names_them(aist: Responder) -> None:
    answer = aist.respond("who gives the keynote?", NOW)
    assert answer.answered and "lingming zhang" in answer.plain_text().lower()


def test_when_of_a_session_without_speakers_is_answered(aist: Responder) -> None:
    answer = aist.respond("when is the panel?", NOW)
    assert answer.answered and "4:00 pm" in answer.plain_text().lower()


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("whats the title of the opening keynote", "science of ai", "welcome address"),
    ("what time is the opening session?", "welcome address", "registration"),
    ("when is the opening talk?", "welcome address", "science of ai"),
])
def test_opening_before_a_kind_is_the_first_of_that_kind(question: str, must: str,
                                                         must_not: str) -> None:
    llm4ma = Responder(load_knowledge(REAL / "llm4ma-2025.yaml"))
    text = llm4ma.respond(question, datetime.fromisoformat("2025-07-20T12:00+09:00"))\
        .plain_text().lower()
    assert must in text and must_not not in text, text


def test_a_session_titled_with_a_subject_word_is_that_session() -> None:
    # "Registration" is a session of the day here, and no deadline is called so
    llm4ma = Responder(load_knowledge(REAL / "llm4ma-2025.yaml"))
    now = datetime.fromisoformat("2025-07-20T12:00+09:00")
    answer = llm4ma.respond("what time does registration start", now)
    assert answer.answered and "8:00 am" in answer.plain_text().lower()
    fee = llm4ma.respond("how much is registration?", now)
    assert not fee.answered and "8:00" not in fee.plain_text()


def test_with_no_program_an_entry_asked_like_the_program_answers() -> None:
    # no program in the file; an organizer's entry "who are the invited speakers?" answers
    mlsb = Responder(load_knowledge(REAL / "mlsb-2025.yaml"))
    answer = mlsb.respond("which invited speakers are coming?",
                          datetime.fromisoformat("2025-09-01T12:00-12:00"))
    text = answer.plain_text().lower()
    assert answer.answered and "ellen zhong" in text, text


@pytest.mark.parametrize(("question", "answered", "must", "must_not"), [
    ("when will i know if my talk got accepted", True, "june 21", "invited talk"),
    ("is there a journal special issue for the best talks?", False, "special issue",
     "invited talk i:"),
    ("what's the abstract of Kunal Talwar's talk?", False, "10:45 am", "abstract:"),
])
def test_what_a_program_does_not_hold_of_its_talks(question: str, answered: bool, must: str,
                                                   must_not: str) -> None:
    ppml = Responder(load_knowledge(REAL / "ppml-2024.yaml"))
    answer = ppml.respond(question, datetime.fromisoformat("2024-05-20T12:00-07:00"))
    text = answer.plain_text().lower()
    assert answer.answered is answered and must in text and must_not not in text, text


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("Nishanth Chandran invited talk - what time?", "1:50 pm", "10:45"),
    ("what's happening around 3pm?", "secure aggregation", "nothing yet"),
])
def test_a_time_asked_after_a_talk_or_around_a_clock_time(question: str, must: str,
                                                          must_not: str) -> None:
    ppml = Responder(load_knowledge(REAL / "ppml-2024.yaml"))
    text = ppml.respond(question, datetime.fromisoformat("2024-05-20T12:00-07:00"))\
        .plain_text().lower()
    assert must in text and must_not not in text, text


@pytest.mark.parametrize(("question", "speaker"), [
    ("how long can a findings paper be", False),
    ("how long is each lightning talk?", False),
    ("is Long giving a talk?", True),
    ("when is Bria Long's talk?", True),
])
def test_a_surname_that_is_an_everyday_word(question: str, speaker: bool) -> None:
    dbm = Responder(load_knowledge(REAL / "dbm-2025.yaml"))
    text = dbm.respond(question, datetime.fromisoformat("2025-08-15T12:00-12:00"))\
        .plain_text().lower()
    assert ("babyview" in text) is speaker, text
