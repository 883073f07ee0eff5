"""A session named by its number ("paper session 1", "session 2") or by an ordinal before its
name ("the third paper session") is the one titled so; "the first session" is still the first
in time, and "the second keynote" the second keynote. A title word said as a paper's subject
("does my paper need to be about LLMs?") names no session."""

from __future__ import annotations

import pytest

from tests.core.conftest import ask_real

NOW = "2026-03-02T12:00+00:00"


@pytest.mark.parametrize(("question", "right", "wrong"), [
    ("who is the discussant for paper session 1", "molly ireland", "carolina"),
    ("discussant for session 2?", "honor carolina", "ireland"),
    ("who's discussing the papers in the third paper session", "paper session 3", "ireland"),
    ("when is paper session 2", "1:15 pm", "9:30 am"),
    ("who gives the second keynote", "dirk hovy", "trevor cohen"),
])
def test_a_numbered_session_is_the_one_titled_so(question: str, right: str, wrong: str) -> None:
    _, text = ask_real("clpsych-2026", NOW, question)
    assert right in text and wrong not in text, text


def test_the_first_session_is_the_first_in_time() -> None:
    answered, text = ask_real("sods-2023", "2023-05-15T12:00+00:00",
                              "what time does the first session start")
    assert answered and "9:00" in text and "poster session 1" not in text, text


def test_a_title_word_said_as_a_papers_subject_names_no_session() -> None:
    _, text = ask_real("mathai-2025", "2025-09-05T12:00+00:00",
                       "does my paper need to be about LLMs?")
    assert "self-play" not in text, text
    _, text = ask_real("mathai-2025", "2025-09-05T12:00+00:00",
                       "when is the talk about LLMs?")
    assert "self-play" in text, text


def test_a_title_word_said_in_the_plural_names_its_session() -> None:
    _, text = ask_real("rl4rs-2025", "2025-05-08T12:00+00:00",
                       "who's giving the talk on supply chains")
    assert "akhil bagaria" in text and "riedmiller" not in text, text


def test_a_year_after_the_workshops_name_numbers_no_session() -> None:
    answered, text = ask_real("verdi-2025", "2025-03-05T12:00+00:00",
                              "which city is verdi 2025 in")
    assert answered and "naples" in text and "welcome to verdi" not in text, text
