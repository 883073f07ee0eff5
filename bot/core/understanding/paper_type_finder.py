"""Which paper types (``submission.tracks``) a question names: "a short paper", "the systems
track", "Short Paper" for a track named "Research track short paper".

A paper type is named by its distinctive words: the words of its id and name that are not generic
("paper", "track") and, when there are several types, not shared by all of them, or by its whole
name. A question names every type it uses such words of ("long and short papers"), less a type
whose words it uses are only some of another's ("research track short paper" names the short
paper, not the research-track long paper). Words are folded and crudely stemmed, so case and
plurals do not matter. Phrases where such a word means something else ("how long") are left out
first.
"""

from __future__ import annotations

import re
from functools import cache

from bot.core.knowledge.model import Knowledge, Track
from bot.core.understanding.faq_index import FUNCTION_WORDS, stem
from bot.core.understanding.intents import Words
from bot.core.understanding.tables import table
from bot.core.understanding.text import fold, words

_DATA = table("paper_types.yaml")
# the generic words as written and as stemmed ("submission" is compared as "submit")
GENERIC = frozenset(_DATA["generic"]) | frozenset(map(stem, _DATA["generic"])) | FUNCTION_WORDS
_NOT_A_TYPE = re.compile(r"\b(" + "|".join(
    re.escape(p) for p in sorted(_DATA["not_a_type"], key=len, reverse=True)) + r")\b")
DESCRIPTION_CUES: dict[str, list[str]] = _DATA["description_cues"]
DESCRIPTION_DENIES = {rule: Words(tuple(said))
                      for rule, said in _DATA["description_denies"].items()}
_KINDS = frozenset(stem(w) for w in _DATA["described_kinds"])
_KIND_NOUNS = frozenset(_DATA["described_kind_nouns"])
_KIND_PLURALS = frozenset(_DATA["described_kind_plurals"])
_EXCLUDING = frozenset(_DATA["excluding"])
_EXCLUDING_REACH: int = _DATA["excluding_reach"]
_KINDS_AFTER = frozenset(stem(w) for w in _DATA["described_kinds_after"])
_KINDS_AFTER_BY = frozenset(_DATA["described_kinds_after_by"])
_KINDS_AFTER_BY_STEMS = frozenset(stem(w) for w in _KINDS_AFTER_BY)
_PAGE_COUNT_WORDS = frozenset(_DATA["page_count_words"])
_PAGE_WORD = frozenset(_DATA["page_word"])
_PAPER_WORDS = frozenset(stem(w) for w in ("paper", "papers", "submission", "submissions"))
_PLATFORMS = re.compile(r"\b(" + "|".join(
    re.escape(p) for p in sorted(_DATA["platforms"], key=len, reverse=True)) + r")\b")


# "non-archival" is one word: it says the opposite of "archival", so "is it archival?" does not
# name a "Non-archival track"
_NEGATED = re.compile(r"\bnon[\s-]+(?=[^\W\d_])")


def _unhyphened(text: str) -> str:
    return _NEGATED.sub("non", fold(text)).replace("-", " ")


def _stems(text: str) -> list[str]:
    return [stem(w) for w in words(_unhyphened(text))]


def _own_words(t: Track) -> set[str]:
    own = {w for w in _stems(f"{t.id} {t.name}") if w not in GENERIC and len(w) > 1}
    # an id of one generic word is still what the organizer calls the type ("article")
    if len(ids := _stems(t.id)) == 1 and ids[0] not in FUNCTION_WORDS:
        own.add(ids[0])
    return own


@cache
def _distinctive(tracks: tuple[Track, ...]) -> dict[str, frozenset[str]]:
    own = {t.id: _own_words(t) for t in tracks}
    shared = set.intersection(*own.values()) if len(tracks) > 1 else set()
    return {t.id: frozenset(own[t.id] - shared) for t in tracks}


def _writes(text: str, name: str) -> bool:
    """``text`` holds the whole ``name`` ("workshop paper", "workshop papers")."""
    phrase = r"\s+".join(re.escape(stem(w)) for w in words(_unhyphened(name)))
    return bool(phrase) and re.search(rf"\b{phrase}(s|es)?\b", text) is not None


def tracks_named(k: Knowledge, text: str) -> list[Track]:
    """The paper types ``text`` names, in the knowledge's order (none: it names no type)."""
    tracks = tuple(k.submission.tracks)
    if not tracks or not text:
        return []
    folded = _NOT_A_TYPE.sub(" ", _unhyphened(text))
    asked = set(_stems(folded))
    if not _EXCLUDING.isdisjoint(said := words(folded)):
        # ("a regular workshop paper (not entering the challenge)": not the challenge entry)
        kept = [w for i, w in enumerate(said) if _EXCLUDING.isdisjoint(
            said[max(0, i - _EXCLUDING_REACH):i])]
        asked = {stem(w) for w in kept}
    keys = _distinctive(tracks)
    found: dict[str, set[str]] = {}
    for t in tracks:
        words_used = set(keys[t.id] & asked)
        if _writes(folded, t.name):
            words_used.add(f"name:{t.id}")
        if words_used:
            found[t.id] = words_used
    if not found:
        return _described_as(tracks, asked) or _by_page_count(tracks, words(folded))
    # "research track short paper" names the short paper, not every research-track type
    return [t for t in tracks if t.id in found
            and not any(found[t.id] < other for other in found.values())]


def _by_page_count(tracks: tuple[Track, ...], said: list[str]) -> list[Track]:
    """"my 2-pager", "a 2-page paper": the one type whose page limit is that count."""
    for i, w in enumerate(said[:-1]):
        if w.isdigit() and (said[i + 1] in _PAGE_COUNT_WORDS or (
                said[i + 1] in _PAGE_WORD and said[i + 2:i + 3]
                and stem(said[i + 2]) in _PAPER_WORDS)):
            holders = [t for t in tracks if t.page_limit == int(w)]
            return holders if len(holders) == 1 else []
    return []


def _described_as(tracks: tuple[Track, ...], asked: set[str]) -> list[Track]:
    """"a vision paper": the one type whose description takes that kind in."""
    said = asked & _KINDS
    if asked & _KINDS_AFTER_BY_STEMS:
        said |= asked & _KINDS_AFTER  # ("papers that were already published")
    if not said or not asked & _PAPER_WORDS:
        return []
    described = _described(tracks)
    holders = [t for t in tracks if said & described[t.id]]
    return holders if len(holders) == 1 else []


def described_words(k: Knowledge, text: str) -> set[str]:
    """The words (stemmed) by which ``text`` names a paper type through its description
    ("papers that were already *published*": the type only for published papers)."""
    tracks = tuple(k.submission.tracks)
    if not tracks:
        return set()
    asked = _asked(text)
    holders = _described_as(tracks, asked)
    if not holders:
        return set()
    # (and "*already*" of "papers that were already published")
    return set(asked & (_KINDS | _KINDS_AFTER) & _described(tracks)[holders[0].id]) | (
        asked & _KINDS_AFTER_BY_STEMS)


def _asked(text: str) -> set[str]:
    """The stems of ``text``'s words, without the phrases that name no type."""
    return set(_stems(_NOT_A_TYPE.sub(" ", _unhyphened(text))))


def kind_described(k: Knowledge, text: str) -> bool:
    """Whether ``text`` names a paper type by a kind of paper its description takes in ("a
    vision paper"), not by its name."""
    tracks = tuple(k.submission.tracks)
    if not tracks:
        return False
    asked = _asked(text)
    keys = _distinctive(tracks)
    return not any(keys[t.id] & asked for t in tracks) and bool(_described_as(tracks, asked))


@cache
def _described(tracks: tuple[Track, ...]) -> dict[str, frozenset[str]]:
    """The kinds of paper each type's description says as kinds of paper (stemmed): the
    kind's word before a paper noun ("vision papers", "opinion pieces"), in the plural
    ("datasets"), or as what a paper gives ("giving a perspective on")."""
    out = {}
    for t in tracks:
        said = words(_unhyphened(t.description or ""))
        before = {stem(w) for i, w in enumerate(said) if stem(w) in _KINDS and (
            (said[i + 1:i + 2] and said[i + 1] in _KIND_NOUNS) or w in _KIND_PLURALS
            or (said[i - 1:i] in (["a"], ["an"]) and said[i + 1:i + 2] == ["on"]))}
        # ("papers already published at ...": the kind said after the noun)
        after = {stem(w) for i, w in enumerate(said) if stem(w) in _KINDS_AFTER and i >= 2
                 and said[i - 1] in _KINDS_AFTER_BY and said[i - 2] in _KIND_NOUNS}
        out[t.id] = frozenset(before | after)
    return out


def description_denies(t: Track, rule: str) -> bool:
    """The type's description denies the rule ("no template")."""
    denies = DESCRIPTION_DENIES.get(rule)
    return denies is not None and denies.search(fold(t.description or ""))


def description_speaks_of(t: Track, rule: str) -> bool:
    """The type's description holds a word about ``rule`` ("at least three pages")."""
    if not t.description:
        return False
    text = fold(t.description)
    found = set(words(text.replace("-", " "))) | set(re.findall(r"[\w-]+", text))
    return any((cue in text) if not cue.isalnum() else cue in found
               for cue in DESCRIPTION_CUES.get(rule, []))


def platforms_named(text: str) -> list[str]:
    """The submission platforms a question names ("openreview", "cmt"), folded."""
    return list(dict.fromkeys(m.group(1) for m in _PLATFORMS.finditer(fold(text))))


def without_type_names(k: Knowledge, text: str) -> str:
    """``text`` (folded) without the paper types it names by name: a type's whole name, or a
    run of two or more of one type's words with at least one distinctive ("demo abstracts",
    "industry track"). The subjects a call often leaves out ("abstract registration", "other
    tracks") are then looked for in what is left."""
    tracks = tuple(k.submission.tracks)
    if not tracks:
        return text
    keys = _distinctive(tracks)
    generic = frozenset(_DATA["generic"])
    text = _NEGATED.sub("non", text)
    for t in tracks:
        phrase = r"\s+".join(re.escape(w) for w in words(_unhyphened(t.name)))
        text = re.sub(rf"\b{phrase}(s|es)?\b", " ", text) if phrase else text
        runs = re.finditer(r"\b[^\W_]+(?:[\s-]+[^\W_]+)+\b", text)
        spans = []
        for run in runs:
            spans += _type_runs(run.group(0), run.start(), keys[t.id], generic)
        for start, end in reversed(spans):
            text = text[:start] + " " + text[end:]
    return text


def _type_runs(chunk: str, offset: int, key: frozenset[str],
               generic: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of ``chunk`` made of two or more words of one type, one distinctive."""
    spans: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in [*re.finditer(r"[^\W_]+", chunk), None]:
        if m is not None and (stem(m.group(0)) in key or m.group(0) in generic):
            run.append(m)
            continue
        if len(run) >= 2 and any(stem(x.group(0)) in key for x in run):
            spans.append((offset + run[0].start(), offset + run[-1].end()))
        run = []
    return spans
