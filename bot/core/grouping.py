"""Grouping near-duplicate questions for the organizers' inbox (``/unanswered``).

"where's the poster session", "Where is the poster session?" and "where is poster session" are one
group. Questions are compared after light normalisation with rapidfuzz's token-sort ratio, each
against the first question of the groups so far (greedy single pass, oldest first).

Blocking keeps it fast at any size: a wording seen before joins its group at once (a dictionary
look-up), and a new wording is compared only with the groups that share one of its words, using
only words that few groups have (a word in more than ``BLOCK_MAX`` groups, such as "when", picks
no candidates on its own). 10,000 distinct questions take a fraction of a second instead of the
tens of millions of comparisons of an all-pairs pass (``scripts/bench_grouping.py``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from rapidfuzz import fuzz, process

THRESHOLD = 82.0  # token-sort ratio (0-100) at or above which two questions are one group
BLOCK_MAX = 50  # a word shared by more groups than this is too common to pick candidates

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
    keys: list[str] = []  # the normalised wording of each group's first question
    exact: dict[str, int] = {}  # a wording already placed -> its group
    index: defaultdict[str, list[int]] = defaultdict(list)  # word -> groups whose key has it
    for q in sorted(questions, key=lambda q: (q.at, q.id)):
        key = normalize(q.text) or q.text.lower()
        at = exact.get(key)
        if at is None:
            candidates = _candidates(key, index)
            match = process.extractOne(key, [keys[i] for i in candidates],
                                       scorer=fuzz.token_sort_ratio,
                                       score_cutoff=threshold) if candidates else None
            if match is not None:
                at = candidates[match[2]]
        if at is None:
            at = len(groups)
            groups.append(QuestionGroup([q]))
            keys.append(key)
            for word in set(key.split()):
                index[word].append(at)
        else:
            groups[at].questions.append(q)
        exact.setdefault(key, at)
    return sorted(groups, key=lambda g: (-g.count, -g.last_asked.timestamp(), g.id))


def _candidates(key: str, index: dict[str, list[int]]) -> list[int]:
    """The groups worth comparing ``key`` with: those sharing one of its less common words;
    when all its words are common, those sharing all of them (the latest ``BLOCK_MAX``)."""
    postings = [index.get(word, []) for word in set(key.split())]
    chosen: set[int] = set()
    for groups in postings:
        if len(groups) <= BLOCK_MAX:
            chosen.update(groups)
    if not chosen and postings and all(postings):
        common = set.intersection(*(set(p) for p in postings))
        chosen = set(sorted(common)[-BLOCK_MAX:])
    return sorted(chosen)


def find_group(groups: Sequence[QuestionGroup], group_id: int) -> QuestionGroup | None:
    """The group whose id (or any member's id) is ``group_id``."""
    return next((g for g in groups if g.id == group_id), None) or next(
        (g for g in groups if group_id in g.ids), None)
