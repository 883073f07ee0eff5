"""Someone asked about as an organizer who is not one, but speaks in the program, is placed
there ("is Trevor Cohen organizing this?": no, he gives the first keynote)."""

from __future__ import annotations

from tests.core.conftest import ask_real

CLPSYCH = "2026-03-02T12:00+00:00"


def test_someone_in_the_program_but_not_organizing_is_placed_there() -> None:
    answered, text = ask_real("clpsych-2026", CLPSYCH, "is trevor cohen organizing this?")
    assert answered and text.startswith("no") and "keynote 1" in text, text
    assert "keynote 2" not in text
    _, text = ask_real("clpsych-2026", CLPSYCH, "is john smith an organizer?")
    assert text.startswith("no") and "is in the program" not in text, text
