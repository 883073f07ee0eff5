"""A deadline named alone ("camera ready??") asks its day, even when an organizer's entry is
about that step; a question about the step beyond its name still gets the entry."""

from __future__ import annotations

import pytest

from tests.core.conftest import ask_real

NOW = "2026-03-02T12:00+00:00"


@pytest.mark.parametrize("question", ["camera ready??", "camera-ready?", "final version?"])
def test_a_deadline_named_alone_gets_its_day(question: str) -> None:
    answered, text = ask_real("clpsych-2026", NOW, question)
    assert answered and "may 23" in text and "extra page" not in text, text


def test_a_question_on_the_step_still_gets_the_entry() -> None:
    answered, text = ask_real("clpsych-2026", NOW, "how long can the camera-ready be?")
    assert answered and "extra page" in text and "may 23" not in text, text


@pytest.mark.parametrize("question", [
    "what time exactly is the direct submission deadline, like what hour",
    "will the direct paper submission deadline be extended? need a few more days lol"])
def test_a_deadline_named_by_its_own_word_beats_an_entry_that_says_it(question: str) -> None:
    """"the *direct* submission deadline": the deadline whose name alone says "direct", not
    the organizers' entry on ARR papers that mentions direct submissions."""
    answered, text = ask_real("argmining-2025", "2025-03-27T12:00+00:00", question)
    assert answered and "april 17" in text and "may 21" not in text, text
