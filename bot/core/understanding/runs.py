"""The runs of whole words of a text ("paper", "paper deadline", "the paper deadline", ...), in
which the word lists of the data files are looked up: a phrase of a word list is in a text when
it is one of its runs, as written."""

from __future__ import annotations

import re

from bot.core.understanding.text_cache import text_cache

RUN_WORDS = 6  # runs of up to this many words are found once per text, for every word list
_TOKEN = re.compile(r"\w+")  # the words of a text, as ``\b`` sees them
_WORD_OF = re.Match.group  # (a match's whole text)


def phrases_in(text: str, phrases: frozenset[str], longest: int = RUN_WORDS) -> set[str]:
    """Which of ``phrases`` (each at most ``longest`` words, counted as ``\\w+`` runs) are whole
    words or runs of whole words of ``text``: one set intersection with its runs of words."""
    if phrases not in _LISTED:
        listed(phrases)
    return set(phrases & runs(text, max(longest, RUN_WORDS)))


# The runs of words that open a longer phrase of some list looked up in texts ("when" and
# "when is" of "when is it due"), and the lists already taken in. A text's runs of two words
# or more are found only where they open or are such a phrase: of a message's hundred-odd runs
# only a few are ever looked up, and making each is most of the cost of reading a text.
_OPENERS: set[str] = set()
_LISTED: set[frozenset[str]] = set()


def listed(phrases: frozenset[str]) -> None:
    """Take in a list of phrases to be looked up among the runs of texts (before it is): its
    phrases' openings are kept, and the runs found before, without them, are dropped."""
    if phrases in _LISTED:
        return
    openers = set()
    for phrase in phrases:
        ends = [m.end() for m in _TOKEN.finditer(phrase)]
        openers.update(phrase[:end] for end in ends[:-1])
    _LISTED.add(phrases)
    if not openers <= _OPENERS:
        _OPENERS.update(openers)
        runs.cache_clear()  # type: ignore[attr-defined]


@text_cache()
def runs(text: str, longest: int = RUN_WORDS) -> frozenset[str]:
    """Every run of whole words of ``text`` up to ``longest`` words long, as written in it, that
    is one word or the whole or an opening of a phrase of a list taken in by :func:`listed`
    (the same text is looked up in several word lists in a row, so its runs are kept a
    while). A longer run is only found where the run one word shorter opens such a phrase, so
    every listed phrase that is a run of the text is found."""
    matches = list(_TOKEN.finditer(text))
    found = set(map(_WORD_OF, matches))
    opening = _OPENERS.intersection(found)
    if opening:
        for i, m in enumerate(matches):
            if m.group() in opening:
                start = m.start()
                for after in matches[i + 1:i + longest]:
                    run = text[start:after.end()]
                    found.add(run)
                    if run not in _OPENERS:
                        break
    return frozenset(found)


def word_count(phrase: str) -> int:
    return len(_TOKEN.findall(phrase))
