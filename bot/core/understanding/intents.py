"""What people ask about a workshop: the built-in intents, and the cues they share.

The intents themselves are data (``data/intents.yaml`` and ``data/smalltalk.yaml``): a label,
the answer builder, the slots, what suppresses it, example phrasings (scored by
:mod:`.examples`) and weighted cues (regular expressions over normalized text, see :mod:`.text`,
or word lists, ``{words: [deadline, deadlines, due]}``; their weights add up and an intent is
understood when they reach 1.0). This module loads them and holds the few shared spellings
(months, days) that cues and builders use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from bot.core.understanding.tables import table
from bot.core.understanding.tables import words as table_words


@dataclass(frozen=True)
class Words:
    """A cue given as a list of words and phrases (a lookup table, ``{words: [...]}`` in the data
    files): found where one of them is a whole word, or a run of whole words, of the normalized
    text. It means what ``\\b(a|b|c)\\b`` means, and is found with a set lookup per word."""

    phrases: tuple[str, ...]

    @cached_property
    def pattern(self) -> str:
        """The same cue as a regular expression (for the few places that search one cue)."""
        ordered = sorted(self.phrases, key=len, reverse=True)
        return r"\b(?:" + "|".join(re.escape(x) for x in ordered) + r")\b"

    def __str__(self) -> str:
        return "{words: [" + ", ".join(self.phrases) + "]}"

    @cached_property
    def _lookup(self) -> tuple[frozenset[str], tuple[int, ...]]:
        return frozenset(self.phrases), tuple(sorted({word_count(x) for x in self.phrases}))

    def search(self, text: str) -> bool:
        """Whether one of the words or phrases is in ``text`` (as a whole word or run of them)."""
        phrases, lengths = self._lookup
        return bool(phrases_in(text, phrases, lengths))


Cue = tuple[str | Words, float]
WHOLE = "\x00"  # marks a lead that is a whole word or phrase (of a word list), not a substring
_TOKEN = re.compile(r"\w+")  # the words of a text, as ``\b`` sees them


def pattern_of(cue: str | Words) -> str:
    """A cue as a regular expression."""
    return cue.pattern if isinstance(cue, Words) else cue


def phrases_in(text: str, phrases: frozenset[str], lengths: tuple[int, ...]) -> set[str]:
    """Which of ``phrases`` (each ``lengths`` words long, counted as ``\\w+`` runs) are whole
    words or runs of whole words of ``text``: one set intersection with its runs of words."""
    return set(phrases & _runs(text, lengths))


@lru_cache(maxsize=4096)
def _runs(text: str, lengths: tuple[int, ...]) -> frozenset[str]:
    """Every run of whole words of ``text`` that is ``lengths`` words long, as written in it
    (the same text is looked up in several word lists in a row, so its runs are kept a while)."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    last = len(spans)
    return frozenset(text[start:spans[i + n - 1][1]] for i, (start, _) in enumerate(spans)
                     for n in lengths if i + n <= last)


def word_count(phrase: str) -> int:
    return len(_TOKEN.findall(phrase))


def word_list(key: str) -> Words:
    """A word table of ``data/words.yaml`` as a whole-word membership test (``.search(text)``)."""
    return Words(tuple(table_words(key)))


FIRE = 1.0  # an intent is understood at this score
GRAY = 0.5  # between GRAY and FIRE it is offered as "did you mean"

regex = lru_cache(maxsize=None)(re.compile)


@dataclass(frozen=True)
class Intent:
    """One thing people ask, as declared in the data files."""

    name: str
    label: str  # shown in "did you mean" buttons and help
    cues: tuple[Cue, ...]
    examples: tuple[str, ...] = ()
    suppressed_by: tuple[str, ...] = ()  # dropped when one of these is understood too
    builder: str | None = None  # the answer builder's name (None for small talk)
    slots: tuple[str, ...] = ()  # the entities it takes


_PLAIN = re.compile(r"[^\\()\[\]{}|?*+.^$]*")  # a run of characters that match themselves


def leading_words(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, read off what it opens with
    (``\\b(deadlines?|due)\\b`` -> "deadline", "due"; a choice: both sides' openings); None
    when it opens with anything else. A cheap check that spares most searches."""
    sides = _split(pattern)
    if len(sides) > 1:
        found = [leading_words(side) for side in sides]
        if any(f is None for f in found):
            return None
        return tuple(x for f in found for x in f)  # type: ignore[union-attr]
    at = 0
    while True:
        if pattern.startswith("^", at):
            at += 1
        elif pattern.startswith("\\b", at):
            at += 2
        elif pattern.startswith("(", at) and (not pattern.startswith("(?", at) or
                                              pattern.startswith("(?:", at)):
            end = _closing(pattern, at)
            if end is None:
                return None
            if pattern[end + 1:end + 2] in ("?", "*"):
                at = end + 2  # an optional group: what follows it is required
                continue
            if pattern[end + 1:end + 2] == "{":
                return None
            inner = at + (3 if pattern.startswith("(?:", at) else 1)
            return leading_words(pattern[inner:end])
        else:
            run = _literal(pattern, at)
            return (run,) if len(run.strip()) >= 2 else None


def _literal(text: str, at: int) -> str:
    run = _PLAIN.match(text, at).group(0)  # type: ignore[union-attr]
    after = text[at + len(run):at + len(run) + 1]
    return run[:-1] if run and after in ("?", "*", "{") else run


def _closing(pattern: str, start: int) -> int | None:
    depth = 0
    for i in range(start, len(pattern)):
        ch = pattern[i]
        if i and pattern[i - 1] == "\\":
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _split(group: str) -> list[str]:
    parts, depth, last = [], 0, 0
    for i, ch in enumerate(group):
        if i and group[i - 1] == "\\":
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(group[last:i])
            last = i + 1
    return [*parts, group[last:]]


class Leads:
    """Which of a set of strings (of two characters or more) occur in a text, found in one pass
    over the text, however many strings there are; and which of a set of whole words and
    phrases (given marked with :data:`WHOLE` in front) are words of it, one lookup per word."""

    def __init__(self, strings: Iterable[str]) -> None:
        by_start: dict[str, list[str]] = {}
        phrases: set[str] = set()
        for x in set(strings):
            if x.startswith(WHOLE):
                phrases.add(x[1:])
            else:
                by_start.setdefault(x[:2], []).append(x)
        self._by_start = by_start
        self._phrases = frozenset(phrases)
        self._lengths = tuple(sorted({word_count(x) for x in phrases}))

    def present(self, text: str) -> set[str]:
        out: set[str] = set()
        get = self._by_start.get
        for i in range(len(text) - 1):
            starting = get(text[i:i + 2])
            if starting:
                out.update(x for x in starting if text.startswith(x, i))
        if self._phrases:
            out.update(WHOLE + x for x in phrases_in(text, self._phrases, self._lengths))
        return out


class CueBank:
    """Every cue of a set of intents, found through the strings each cannot match without: one
    pass of plain substring checks (and word lookups) picks the few cues worth a regex search
    (a word list's cue is found by the lookup alone), so a clause costs about the same however
    many intents there are."""

    def __init__(self, intents: tuple[Intent, ...]) -> None:
        self.intents = intents
        by_lead: dict[str, list[tuple[str, re.Pattern[str] | None, float]]] = {}
        self._always: list[tuple[str, re.Pattern[str], float]] = []
        for intent in intents:
            for pattern, weight in intent.cues:
                if isinstance(pattern, Words):
                    found = (intent.name, None, weight)
                    for x in set(pattern.phrases):
                        by_lead.setdefault(WHOLE + x, []).append(found)
                    continue
                cue = (intent.name, regex(pattern), weight)
                lead = leading_words(pattern)
                if lead is None:
                    self._always.append(cue)
                    continue
                for x in set(lead):
                    by_lead.setdefault(x, []).append(cue)
        self._by_lead = by_lead
        self.leads = frozenset(by_lead)
        self._leads = Leads(by_lead)
        # the cues with no lead, as one expression first: most clauses match none of them
        self._any_always = regex("|".join(f"(?:{rx.pattern})" for _, rx, _ in self._always)) \
            if self._always else None

    def _found(self, text: str, present: set[str] | None) -> list[tuple[str, float]]:
        """(intent, weight) of every cue found in ``text``, each cue once (``present``: the
        leads found in it already, when a shared pass found them)."""
        seen: set[int] = set()
        out = []
        found = self._leads.present(text) if present is None else present & self.leads
        for lead in found:
            for cue in self._by_lead[lead]:
                if id(cue) not in seen:
                    seen.add(id(cue))
                    if cue[1] is None or cue[1].search(text):
                        out.append((cue[0], cue[2]))
        if self._any_always is not None and self._any_always.search(text):
            out.extend((name, w) for name, rx, w in self._always if rx.search(text))
        return out

    def read(self, text: str, present: set[str] | None = None
             ) -> tuple[dict[str, float], set[str]]:
        """Each intent's sum of the weights of its cues found in ``text`` (positive sums only),
        and the intents a negative cue rules out ("who organizes the party")."""
        totals: dict[str, float] = {}
        vetoed: set[str] = set()
        for name, weight in self._found(text, present):
            totals[name] = totals.get(name, 0.0) + weight
            if weight < 0:
                vetoed.add(name)
        return {n: round(t, 3) for n, t in totals.items() if t > 0}, vetoed


def make_intent(name: str, label: str, cues: tuple[Cue, ...], examples: tuple[str, ...] = (),
                suppressed_by: tuple[str, ...] = (), builder: str | None = None,
                slots: tuple[str, ...] = ()) -> Intent:
    """An intent (its cues are compiled when first scored)."""
    return Intent(name, label, cues, examples, suppressed_by, builder, slots)


def cue_from_data(item: str | dict[str, Any]) -> str | Words:
    """A cue as written in a data file: a regular expression, or ``{words: [...]}``."""
    if isinstance(item, dict):
        return Words(tuple(str(x) for x in item["words"]))
    return str(item)


def _from_data(block: dict[str, Any]) -> Intent:
    return make_intent(block["name"], block["label"],
                       tuple((cue_from_data(p), float(w)) for p, w in block.get("cues") or ()),
                       tuple(block.get("examples") or ()), tuple(block.get("suppressed_by") or ()),
                       block.get("builder"), tuple(block.get("slots") or ()))


MONTH = ("(january|february|march|april|may|june|july|august|september|october|november|"
         "december)")
# a month written in full or short ("dec", "sept"), and nothing else that starts like one
MONTH_WORD = (r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
              r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b")
# "takes place", in a few languages: neutral between asking when and asking where
EVENT = (r"\b(happen|happening|take place|takes place|taking place|held|hold|scheduled|findet|"
         r"statt|"
         r"se realiza|se celebra|a lieu|se tient|acontece|se deroule)\b")
# a calendar day written in the question: "oct 27", "8th of december"
DAY = (r"(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?\b|"
       r"\b\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)")
WEEKDAY = r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
ORDINAL = r"\b\d{1,2}(st|nd|rd|th)\b"
A_DAY = f"({ORDINAL}|{DAY}|{WEEKDAY})"  # "the 9th", "dec 8", "friday"

def _with_suppressions(blocks: list[dict[str, Any]]) -> tuple[Intent, ...]:
    """The intents of ``blocks``; an intent's ``suppresses`` (the readings it covers when both
    are understood) is the same as each of those naming it in ``suppressed_by``."""
    by = {b["name"]: list(b.get("suppressed_by") or ()) for b in blocks}
    for b in blocks:
        for other in b.get("suppresses") or ():
            if other not in by:
                raise ValueError(f"intent {b['name']!r} suppresses {other!r}, which is no intent")
            by[other].append(b["name"])
    return tuple(_from_data({**b, "suppressed_by": by[b["name"]]}) for b in blocks)


INTENTS: tuple[Intent, ...] = _with_suppressions(table("intents.yaml")["intents"])
SMALLTALK_DATA = table("smalltalk.yaml")["smalltalk"]
CHITCHAT: tuple[Intent, ...] = tuple(_from_data(b) for b in SMALLTALK_DATA)


# Words that show a message is about the workshop even when no intent matched (-> "unknown"
# rather than "off-topic").
WORKSHOP_WORDS = word_list("workshop_words")

ASK_WHO = word_list("ask_who")
PERSON_CUES = re.compile(
    r"\b(email|mail|contact|reach|affiliat\w*|works?|working|employer|org|organization|"
    r"company|institution|university|lab|from|at|who is|s)\b")
# "if we get accepted, ...": a condition, not a question
CONDITIONAL = re.compile(r"^(if|once|assuming|in case|provided|supposing|as long as|unless|given|"
                         r"considering|due to|before i|after i|while i|"
                         r"even if)\b")


def intent_by_name(name: str) -> Intent | None:
    return next((i for i in INTENTS + CHITCHAT if i.name == name), None)
