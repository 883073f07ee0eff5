"""What a question asks for by its first words: "who ..." is not answered by a date, "when ..."
not by which conference hosts the workshop; a question that asks more ("when is it held and in
which city?") keeps every reading."""

from __future__ import annotations

from tests.core.conftest import ask_real

MATHAI, CLPSYCH = "2025-09-05T12:00+00:00", "2026-03-02T12:00+00:00"


def test_who_is_not_answered_by_a_date() -> None:
    answered, text = ask_real("mathai-2025", MATHAI, "who makes the final accept/reject call")
    assert not answered and "october 16" not in text, text


def test_when_is_not_answered_by_the_host_conference() -> None:
    answered, text = ask_real("clpsych-2026", CLPSYCH,
                              "when does the ACL 2026 main conference start?")
    assert not answered and "in conjunction" not in text, text


def test_a_question_asking_more_keeps_every_reading() -> None:
    answered, text = ask_real("clpsych-2026", CLPSYCH,
                              "when is the workshop held and in which city")
    assert answered and "july 4" in text and "san diego" in text, text


def test_who_still_gets_a_person_and_when_a_date() -> None:
    assert "aya zirikly" in ask_real("clpsych-2026", CLPSYCH, "so who's the chair?")[1]
    assert "march 31" in ask_real("clpsych-2026", CLPSYCH, "hey when is the paper due")[1]

