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
from itertools import chain
from operator import add
from typing import Any

from bot.core.understanding.runs import RUN_WORDS, listed, phrases_in, runs, word_count
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
    def _lookup(self) -> tuple[frozenset[str], int]:
        """The phrases as a set, and the longest run of words to look them up among (at least
        :data:`RUN_WORDS`, so every list shares the runs of a text found once)."""
        longest = max((word_count(x) for x in self.phrases), default=1)
        phrases = frozenset(self.phrases)
        listed(phrases)  # (so the runs of a text hold these phrases' openings)
        return phrases, max(longest, RUN_WORDS)

    def search(self, text: str) -> bool:
        """Whether one of the words or phrases is in ``text`` (as a whole word or run of them)."""
        phrases, longest = self._lookup
        return not phrases.isdisjoint(runs(text, longest))


Cue = tuple[str | Words, float]
WHOLE = "\x00"  # marks a lead that is a whole word or phrase (of a word list), not a substring


def pattern_of(cue: str | Words) -> str:
    """A cue as a regular expression."""
    return cue.pattern if isinstance(cue, Words) else cue


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


def required_strings(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains (``\\b(deadlines?|due)\\b`` ->
    "deadline", "due"; ``\\b(it|this) (is )?held\\b`` -> " held"), None when none can be said.
    Of the parts every match needs, the one with the longest strings is taken: a cheap check
    that spares most searches, the more so the rarer its strings."""
    sides = _split(pattern)
    if len(sides) > 1:
        found = [required_strings(side) for side in sides]
        if any(f is None for f in found):
            return None
        return tuple(x for f in found for x in f)  # type: ignore[union-attr]
    best: tuple[str, ...] | None = None
    at = 0
    while at < len(pattern):
        ch = pattern[at]
        needed: tuple[str, ...] | None = None
        if ch == "\\":
            at += 2
        elif ch == "[":
            at = _class_end(pattern, at)
        elif ch == "(":
            end = _closing(pattern, at)
            if end is None:
                return best
            inner = pattern[at + 1:end]
            at = end + 1
            if inner.startswith("?:"):
                needed = required_strings(inner[2:])
            elif inner.startswith("?P<"):  # a named group
                needed = required_strings(inner[inner.find(">") + 1:])
            elif not inner.startswith("?"):  # lookarounds and flags require nothing here
                needed = required_strings(inner)
        elif ch in "^$.|)":
            at += 1
        else:
            run = _PLAIN.match(pattern, at).group(0)  # type: ignore[union-attr]
            if not run:  # a stray quantifier
                at += 1
                continue
            at += len(run)
            if pattern[at:at + 1] in ("?", "*", "{"):
                run = run[:-1]  # its last character is optional (or repeated)
            _, at = _quantifier(pattern, at)
            if len(run.strip()) >= 2 and _rarer((run,), best):
                best = (run,)
            continue
        optional, at = _quantifier(pattern, at)
        if needed and not optional and _rarer(needed, best):
            best = needed
    return best


def _class_end(pattern: str, at: int) -> int:
    """Where the character class opening at ``at`` ends (just past its "]")."""
    i = at + 1
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":  # a "]" first is one of the characters
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _quantifier(pattern: str, at: int) -> tuple[bool, int]:
    """Whether the quantifier at ``at`` (if any) makes what precedes it optional, and where
    the pattern goes on after it."""
    optional = False
    if pattern[at:at + 1] in ("?", "*"):
        optional, at = True, at + 1
    elif pattern[at:at + 1] == "+":
        at += 1
    elif pattern[at:at + 1] == "{":
        close = pattern.find("}", at)
        if close < 0:
            return False, at + 1
        optional = pattern[at + 1:close].split(",")[0].strip() in ("", "0")
        at = close + 1
    if pattern[at:at + 1] in ("?", "+"):  # lazy or possessive
        at += 1
    return optional, at


def _rarer(strings: tuple[str, ...], than: tuple[str, ...] | None) -> bool:
    """Whether ``strings`` make a better check than ``than``: longer at their shortest (fewer
    texts contain them), then fewer."""
    if than is None:
        return True
    shortest, other = min(len(x.strip()) for x in strings), min(len(x.strip()) for x in than)
    return shortest > other or (shortest == other and len(strings) < len(than))


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
        pairs: set[str] = set()
        phrases: set[str] = set()
        for x in set(strings):
            if x.startswith(WHOLE):
                phrases.add(x[1:])
            elif len(x) >= 3:
                by_start.setdefault(x[:3], []).append(x)
            else:
                pairs.add(x)
        # the strings of three characters or more by their first three (fewer share an opening
        # of three than of two, so fewer are checked), and those of two as they are
        self._by_start = by_start
        self._starts = frozenset(by_start)
        self._pairs = frozenset(pairs)
        self._phrases = frozenset(phrases)
        self._longest = max((word_count(x) for x in phrases), default=1)

    def present(self, text: str) -> set[str]:
        # the two- and three-character runs of the text (each character joined to the next by
        # ``map``: no interpreted step per character), then each string that opens with a
        # three-character run found, kept by a substring check (``filter``: no interpreted step
        # per string either); a set intersection, rather than a lookup at every position
        pairs = list(map(add, text, text[1:]))
        found = self._starts.intersection(map(add, pairs, text[2:]))
        out = set(filter(text.__contains__, chain.from_iterable(
            map(self._by_start.__getitem__, found))))
        out.update(self._pairs.intersection(pairs))
        if self._phrases:
            out.update(WHOLE + x for x in phrases_in(text, self._phrases, self._longest))
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
                lead = required_strings(pattern)
                if lead is None:
                    self._always.append(cue)
                    continue
                for x in set(lead):
                    by_lead.setdefault(x, []).append(cue)
        # each lead's cues as numbers into one list, so the cues of all leads found are one
        # set union
        self._cue_list: list[tuple[str, re.Pattern[str] | None, float]] = []
        number: dict[int, int] = {}
        for cues in by_lead.values():
            for cue in cues:
                if id(cue) not in number:
                    number[id(cue)] = len(self._cue_list)
                    self._cue_list.append(cue)
        self._by_lead = {lead: frozenset(number[id(c)] for c in cues)
                         for lead, cues in by_lead.items()}
        self.leads = frozenset(by_lead)
        self._leads = Leads(by_lead)
        # the cues with no lead, as one expression first: most clauses match none of them
        self._any_always = regex("|".join(f"(?:{rx.pattern})" for _, rx, _ in self._always)) \
            if self._always else None

    def _found(self, text: str, present: set[str] | None) -> list[tuple[str, float]]:
        """(intent, weight) of every cue found in ``text``, each cue once (``present``: the
        leads found in it already, when a shared pass found them)."""
        found = self._leads.present(text) if present is None else present & self.leads
        by_lead = self._by_lead
        cues = self._cue_list
        out = [(cues[i][0], cues[i][2]) for i in sorted(
            set().union(*[by_lead[lead] for lead in found]))
            if cues[i][1] is None or cues[i][1].search(text)]  # type: ignore[union-attr]
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
                         r"even if)\b|^(my|our) (paper|submission|work|abstract) (has been|was|got|"
                         r"is) accepted( (at|to|by) (the|this) workshop| here)?$")


def intent_by_name(name: str) -> Intent | None:
    return next((i for i in INTENTS + CHITCHAT if i.name == name), None)
