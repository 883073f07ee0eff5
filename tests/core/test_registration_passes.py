"""Registering for the host conference is its own subject: the host conference named in the
question is not what is asked ("do I need a full ACL registration?"), and an entry on
registering an abstract early does not answer it; that entry still answers its own question."""

from __future__ import annotations

import pytest

from tests.core.conftest import ask_real

MATHAI, CLPSYCH = "2025-09-05T12:00+00:00", "2026-03-02T12:00+00:00"


@pytest.mark.parametrize(("name", "now", "question", "wrong"), [
    ("clpsych-2026", CLPSYCH, "do I need a full ACL registration or is there a workshop-only pass?",
     "in conjunction"),
    ("mathai-2025", MATHAI,
     "do i need a full neurips registration or is there a workshop-only pass", "openreview"),
])
def test_a_pass_for_the_host_conference_is_unknown(name: str, now: str, question: str,
                                                    wrong: str) -> None:
    answered, text = ask_real(name, now, question)
    assert not answered and wrong not in text and "registration" in text, text


def test_the_abstract_entry_still_answers_registering_an_abstract() -> None:
    answered, text = ask_real("mathai-2025", MATHAI, "should I register my abstract early?")
    assert answered and "august 29" in text, text
