"""The runs of whole words of a text ("paper", "paper deadline", "the paper deadline", ...), in
which the word lists of the data files are looked up: a phrase of a word list is in a text when
it is one of its runs, as written."""

from __future__ import annotations

import re

from bot.core.understanding.text_cache import text_cache

RUN_WORDS = 6  # runs of up to this many words are found once per text, for every word list
_TOKEN = re.compile(r"\w+")  # the words of a text, as ``\b`` sees them


def phrases_in(text: str, phrases: frozenset[str], longest: int = RUN_WORDS) -> set[str]:
    """Which of ``phrases`` (each at most ``longest`` words, counted as ``\\w+`` runs) are whole
    words or runs of whole words of ``text``: one set intersection with its runs of words."""
    return set(phrases & runs(text, max(longest, RUN_WORDS)))


@text_cache()
def runs(text: str, longest: int = RUN_WORDS) -> frozenset[str]:
    """Every run of whole words of ``text`` up to ``longest`` words long, as written in it (the
    same text is looked up in several word lists in a row, so its runs are kept a while)."""
    starts: list[int] = []
    ends: list[int] = []
    for m in _TOKEN.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    found: list[str] = []
    for n in range(longest):  # the runs of n + 1 words: each start with the end n words on
        found += [text[s:e] for s, e in zip(starts, ends[n:], strict=False)]
    return frozenset(found)


def word_count(phrase: str) -> int:
    return len(_TOKEN.findall(phrase))
