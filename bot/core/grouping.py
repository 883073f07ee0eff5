"""Grouping near-duplicate questions for the organizers' inbox (``/unanswered``).

"where's the poster session", "Where is the poster session?" and "where is poster session" are one
group. Questions are compared after light normalisation with rapidfuzz's token-sort ratio, each
against the first question of every group so far (greedy single pass, oldest first).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from rapidfuzz import fuzz, process

THRESHOLD = 82.0  # token-sort ratio (0-100) at or above which two questions are one group

_PUNCT = re.compile(r"[^\w\s]")
_FILLER = frozenset({"the", "a", "an", "please", "hi", "hello", "hey", "pls", "thanks", "so"})


@dataclass(frozen=True)
class AskedQuestion:
    """What grouping needs of a stored question."""

    id: int
    text: str
    intent: str | None
    at: datetime


@dataclass
class QuestionGroup:
    questions: list[AskedQuestion] = field(default_factory=list)

    @property
    def id(self) -> int:
        """The id of its oldest question: stable while that question is kept."""
        return min(q.id for q in self.questions)

    @property
    def count(self) -> int:
        return len(self.questions)

    @property
    def ids(self) -> list[int]:
        return [q.id for q in self.questions]

    @property
    def label(self) -> str:
        """The most common wording (the oldest among equals)."""
        counts = Counter(normalize(q.text) for q in self.questions)
        best = max(counts.values())
        return next(q.text for q in self.questions if counts[normalize(q.text)] == best)

    @property
    def variants(self) -> list[str]:
        """Distinct wordings (ignoring case and punctuation), most common first."""
        seen: dict[str, str] = {}
        counts = Counter(_wording(q.text) for q in self.questions)
        for q in self.questions:
            seen.setdefault(_wording(q.text), q.text)
        return [seen[k] for k, _ in counts.most_common()]

    @property
    def intent(self) -> str | None:
        """The closest intent: what the bot understood most often for these questions."""
        counts = Counter(q.intent for q in self.questions if q.intent)
        return counts.most_common(1)[0][0] if counts else None

    @property
    def last_asked(self) -> datetime:
        return max(q.at for q in self.questions)


def _wording(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", text.lower()).split())


def normalize(text: str) -> str:
    words = _PUNCT.sub(" ", text.lower()).split()
    return " ".join(w for w in words if w not in _FILLER)


def group_questions(questions: Iterable[AskedQuestion],
                    threshold: float = THRESHOLD) -> list[QuestionGroup]:
    """Near-duplicate groups, most frequent first (then most recently asked first)."""
    groups: list[QuestionGroup] = []
    keys: list[str] = []
    for q in sorted(questions, key=lambda q: (q.at, q.id)):
        key = normalize(q.text) or q.text.lower()
        match = process.extractOne(key, keys, scorer=fuzz.token_sort_ratio,
                                   score_cutoff=threshold) if keys else None
        if match is None:
            groups.append(QuestionGroup([q]))
            keys.append(key)
        else:
            groups[match[2]].questions.append(q)
    return sorted(groups, key=lambda g: (-g.count, -g.last_asked.timestamp(), g.id))


def find_group(groups: Sequence[QuestionGroup], group_id: int) -> QuestionGroup | None:
    """The group whose id (or any member's id) is ``group_id``."""
    return next((g for g in groups if g.id == group_id), None) or next(
        (g for g in groups if group_id in g.ids), None)
