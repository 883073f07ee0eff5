"""/unanswered grouping stays near-linear: a new wording is compared only with the groups that
share an uncommon word with it, never with every group (issue 7: 2,500 distinct questions used to
miss Discord's 3 seconds). Counted in comparisons, not timed; scripts/bench_grouping.py times it."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from rapidfuzz import fuzz

import bot.core.grouping as grouping
from bot.core.grouping import AskedQuestion, group_questions

T0 = datetime(2026, 1, 1, tzinfo=UTC)
COMMON = ["when", "is", "where", "how", "can", "i", "my", "paper", "deadline", "poster"]


def _distinct(n: int) -> list[AskedQuestion]:
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choices(letters, k=7)) for _ in range(n)]
    return [AskedQuestion(i + 1, " ".join(rng.sample(COMMON, 2) + rng.sample(words, 5)), None,
                          T0 + timedelta(seconds=i)) for i in range(n)]


def test_grouping_distinct_questions_does_not_compare_all_pairs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]

    def counted(a: str, b: str, **kwargs: object) -> float:
        calls[0] += 1
        return fuzz.token_sort_ratio(a, b, **kwargs)

    monkeypatch.setattr(grouping, "fuzz", SimpleNamespace(token_sort_ratio=counted))
    n = 2000
    groups = group_questions(_distinct(n))
    assert len(groups) == n  # all distinct
    assert calls[0] < 200 * n  # all pairs would be about n * n / 2 = 2,000,000


def test_near_duplicates_still_group_and_others_do_not() -> None:
    asked = [AskedQuestion(i + 1, text, "venue", T0 + timedelta(minutes=i)) for i, text in
             enumerate(["where is the poster session?", "Where's the poster session",
                        "where is poster session", "is there a poster prize?",
                        "can I bring a guest?", "can i bring a guest"])]
    groups = group_questions(asked + _distinct(300))
    sizes = {g.label: g.count for g in groups if g.count > 1}
    assert sizes == {"where is the poster session?": 3, "can I bring a guest?": 2}
