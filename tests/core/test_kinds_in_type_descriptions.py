"""A kind of paper that one paper type's description takes in ("Research paper: ..., including
vision papers"; "Short paper: position papers, negative results, ... datasets") names that
type; a part that only says which kind of paper one writes is the context of the next."""

from __future__ import annotations

import pytest

from tests.core.conftest import ask_real

NOWS = {"dmkg-2026": "2026-06-22T12:00-12:00", "arlet-2025": "2025-08-10T12:00+00:00",
        "ml4h-2020": "2020-09-07T12:00+00:00"}


@pytest.mark.parametrize(("fixture", "question", "right", "wrong"), [
    ("dmkg-2026", "writing a vision paper, how many pages do i get", "12 pages", "6 pages"),
    ("dmkg-2026", "negative results paper - what's the page limit", "6 pages", "12 pages"),
    ("dmkg-2026", "can I submit a dataset paper?", "short paper", "demo/poster"),
    ("dmkg-2026", "are vision papers welcome?", "research paper", "short paper"),
    ("arlet-2025", "max length for a position paper?", "4 pages", "9 pages"),
    ("ml4h-2020", "can I submit a negative results paper?", "extended abstract", "i don't know"),
])
def test_a_kind_a_description_takes_in_names_its_type(fixture: str, question: str, right: str,
                                                      wrong: str) -> None:
    answered, text = ask_real(fixture, NOWS[fixture], question)
    assert answered and right in text and wrong not in text, text


def test_a_part_saying_only_the_kind_adds_no_i_dont_know() -> None:
    _, text = ask_real("dmkg-2026", NOWS["dmkg-2026"],
                       "writing a vision paper, how many pages do i get")
    assert "i don't know" not in text, text


def test_a_type_named_after_not_is_not_asked_about() -> None:
    answered, text = ask_real("sci4dl-2026", "2026-01-10T12:00-12:00", "max length for a regular "
                              "workshop paper (not entering the challenge)?")
    assert answered and "4 pages" in text and "5 pages" not in text, text
