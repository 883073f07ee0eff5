"""Examples that ask for another kind of thing weigh less: "how do I send my paper in?" is how
to submit, not "by when must I send my paper"."""

from __future__ import annotations

import pytest

from bot.core.understanding.examples import asked_kind, builtin_index


@pytest.mark.parametrize(("text", "kind"), [
    ("how do i send my paper in", "manner"),
    ("by when must i send my paper", "time"),
    ("how long can the paper be", "amount"),
    ("where is it", "place"),
    ("who organizes it", "person"),
    ("send paper", None),
])
def test_what_a_question_asks_for(text: str, kind: str | None) -> None:
    assert asked_kind(text) == kind


@pytest.mark.parametrize(("text", "intent", "not_intent"), [
    ("how do i send my paper in", "submission", "deadline"),
    ("when do i send my paper", "deadline", "submission"),
])
def test_the_closest_example_asks_for_the_same(text: str, intent: str, not_intent: str) -> None:
    hits = builtin_index().hits(text)
    assert hits[0].intent == intent, hits
    other = next((h for h in hits if h.intent == not_intent), None)
    assert other is None or other.score < hits[0].score
