"""The second read of this session's change found rules reaching too far; each case here is one
it found, on a real call: the answer must not be the unrelated fact it gave."""

from __future__ import annotations

import pytest

from scripts.score_sets import FIXTURE_NOW
from tests.core.conftest import ask_real


def ask(fixture: str, question: str) -> tuple[bool, str]:
    return ask_real(fixture, FIXTURE_NOW[fixture], question)


@pytest.mark.parametrize(("fixture", "question", "wrong"), [
    # an entry on a journal partnership is no word on submitting published work
    ("ai4na-2025", "can I submit work that has already been published?", "nature methods"),
    # an entry naming NeurIPS among past publications is no word on formats
    ("gaiw-2023", "can I use the neurips style file?", "ijcai 2022"),
    # an entry that mentions reviewers does not say who reviews
    ("ai4science-2021", "who reviews the submissions?", "appendix"),
])
def test_unrelated_facts_are_not_given(fixture: str, question: str, wrong: str) -> None:
    _, text = ask(fixture, question)
    assert wrong not in text, text


@pytest.mark.parametrize(("fixture", "question", "right"), [
    ("pmbs-2024", "what are the deadlines other than the full paper ones?", "late breaking"),
    ("vipriors-2023", "what are the dates for the challenge?", "challenges open"),
    ("bea-2025", "any results yet?", "notification"),
    ("enlsp-2023", "what is the page limit for the main and special track?", "special track"),
    ("ml4molecules-2020", "can I use the neurips style file?", "ml4mols"),
    # ("experiments" in a description is no "experience paper": both types, not the tiny one)
    ("verifai-2025", "how long can an experience paper be?", "regular paper: up to 8"),
])
def test_what_was_answered_before_still_is(fixture: str, question: str, right: str) -> None:
    answered, text = ask(fixture, question)
    assert answered and right in text and not text.startswith("no."), text


def test_an_entry_on_another_venues_papers_is_no_word_on_published_work() -> None:
    # ("...not accept submissions already accepted at the main CoRL conference": CoRL's only)
    _, text = ask("leap-2025", "can I submit a paper already published in a journal?")
    assert "corl" not in text and not text.startswith("yes"), text


def test_a_breaker_said_after_the_group_keeps_the_group() -> None:
    answered, text = ask("mml-2022", "list the shared task deadlines without the camera-ready")
    assert answered and "shared task notification" in text and "paper submission:" not in text, \
        text


@pytest.mark.parametrize(("fixture", "question", "right"), [
    ("ai4science-2021", "what is the page limit for a perspective paper?", "attention track"),
    ("ml4h-2020", "what's the page limit for an opinion paper?", "extended abstract track"),
])
def test_kinds_said_as_pieces_or_as_what_a_paper_gives(fixture: str, question: str,
                                                       right: str) -> None:
    answered, text = ask(fixture, question)
    assert answered and text.startswith(right), text
