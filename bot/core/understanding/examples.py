"""The example index: every built-in intent's example phrasings, scored against a question.

An idf-weighted inverted index over word stems (so cost grows with the examples that share a
word with the question, not with all of them), blended with character-trigram overlap (which
survives typos and inflections the stemmer misses) and, for short texts, rapidfuzz similarity.
It is built once per process from the data files (the examples do not depend on the knowledge).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from rapidfuzz import fuzz

from bot.core.understanding.faq_index import FUNCTION_WORDS, SYNONYMS, stem
from bot.core.understanding.intents import CHITCHAT, INTENTS, Intent, Words
from bot.core.understanding.tables import words as table_of
from bot.core.understanding.text import expand, words

SAME = {w: group for group, members in table_of("example_synonyms").items()
        for w in members}
ONE_WORD = 0.6  # the weight of a match on a single shared word
SHORT = 40  # characters: below this, whole-text similarity is worth computing
CANDIDATES = 25  # the examples sharing the most weight that get the costlier comparisons
OTHER_ASK = 0.8  # the weight of an example that asks for another kind of thing (when / how)
ASKED_KINDS = [(kind, Words(tuple(said))) for kind, said in table_of("asked_kinds").items()]


def asked_kind(text: str) -> str | None:
    """What ``text`` asks for by its question words (a time, a place, a person...), if any."""
    return next((kind for kind, said in ASKED_KINDS if said.search(text)), None)


@dataclass(frozen=True)
class Hit:
    """The best example of one intent for a question."""

    intent: str
    score: float  # in [0, 1]
    example: str


@dataclass(frozen=True)
class _Example:
    intent: str
    text: str
    stems: frozenset[str]
    grams: frozenset[str]
    weight: float
    asks: str | None  # what it asks for (asked_kind)


def _stems(text: str) -> frozenset[str]:
    out = set()
    for w in words(text):
        if w in FUNCTION_WORDS or len(w) < 2:
            continue
        out.add(SAME.get(w) or SYNONYMS.get(w) or stem(w))
    return frozenset(out)


def _grams(text: str) -> frozenset[str]:
    padded = f" {' '.join(w for w in words(text) if w not in FUNCTION_WORDS)} "
    return frozenset(padded[i:i + 3] for i in range(len(padded) - 2))


class ExampleIndex:
    """Scores a normalized question against the examples of ``intents``."""

    def __init__(self, intents: tuple[Intent, ...]) -> None:
        raw = [(i.name, expand(e)) for i in intents for e in i.examples]
        df: dict[str, int] = defaultdict(int)
        stems = [_stems(t) for _, t in raw]
        for s in stems:
            for w in s:
                df[w] += 1
        n = max(len(raw), 1)
        self.idf = {w: math.log(1 + n / c) for w, c in df.items()}
        self.examples = [
            _Example(name, text, s, _grams(text), sum(self.idf[w] for w in s) or 1.0,
                     asked_kind(text))
            for (name, text), s in zip(raw, stems, strict=True)]
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, ex in enumerate(self.examples):
            for w in ex.stems:
                self.postings[w].append(i)
        self._default_idf = math.log(1 + n)

    def hits(self, text: str, limit: int = 3) -> list[Hit]:
        """The best example per intent, best first (at most ``limit`` intents)."""
        q = _stems(text)
        if not q:
            return []
        idf = self.idf
        q_weight = sum(idf.get(w, self._default_idf) for w in q)
        shared: dict[int, float] = defaultdict(float)
        for w in q:
            postings = self.postings.get(w)
            if not postings:
                continue
            weight = idf[w]
            for i in postings:
                shared[i] += weight
        if not shared:
            return []
        grams = _grams(text)
        asks = asked_kind(text)
        short = len(text) <= SHORT
        # the best (rounded score, example) per intent: a Hit is made only for the winners
        best: dict[str, tuple[float, _Example]] = {}
        # only the most promising examples get the costlier comparisons (what ``nlargest`` is
        # documented to give, of ties the first: one sort of the few shared is quicker)
        for i, overlap in sorted(shared.items(), key=itemgetter(1),
                                 reverse=True)[:CANDIDATES]:
            ex = self.examples[i]
            cosine = overlap / math.sqrt(q_weight * ex.weight)
            # one shared word ("come by" / "why should I come") says little
            if len(q & ex.stems) < 2:
                cosine *= ONE_WORD
            common = len(grams & ex.grams)
            tri = common / max(len(grams) + len(ex.grams) - common, 1)
            score = 0.7 * cosine + 0.3 * tri
            if short and len(ex.text) <= SHORT:
                score = max(score, fuzz.ratio(text, ex.text) / 100 * 0.95)
            if asks and ex.asks and asks != ex.asks:
                score *= OTHER_ASK
            kept = best.get(ex.intent)
            if kept is None or score > kept[0]:
                best[ex.intent] = (round(min(score, 1.0), 3), ex)
        found = [Hit(ex.intent, score, ex.text) for score, ex in best.values()]
        return sorted(found, key=lambda h: -h.score)[:limit]


@lru_cache(maxsize=1)
def builtin_index() -> ExampleIndex:
    """The index of the built-in intents and small talk (built on first use, once)."""
    return ExampleIndex(INTENTS + CHITCHAT)
