"""The time zone a question names: "in IST please", "I'm in Bangalore", "Beijing time",
"北京时间几点", "what's that in Tokyo", "UTC+8".

Names are data (``data/zones.yaml``): abbreviations, phrases ("pacific time"), places (cities,
regions, US states, countries; one representative zone each) and names in scripts without
spaces. A place or an abbreviation that is also an everyday word counts only with a cue beside
it ("in Berlin", "Berlin time", "IST please"), so "quelle est la date" names no zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.core.knowledge.model import AOE
from bot.core.understanding.intents import required_strings
from bot.core.understanding.runs import RUN_WORDS, runs
from bot.core.understanding.tables import table
from bot.core.understanding.text_cache import text_cache

MAX_OFFSET = timedelta(hours=14)  # the farthest a zone is from UTC
IANA = re.compile(r"\b([a-z]+(?:/[a-z0-9_+\-]+){1,2})\b")  # "america/new_york"
WORD = re.compile(r"\w+")
UNIVERSAL = frozenset({"UTC", "Etc/GMT"})  # how deadlines are stated, rarely the asker's own


@dataclass(frozen=True)
class NamedZone:
    """A time zone named in a question, and how it was named."""

    key: str  # an IANA name, or "UTC+08:00" for an offset
    tz: tzinfo
    said: str  # the words of the question that named it ("ist", "bangalore", "北京时间")
    abbreviation: str | None = None  # the abbreviation said, when one was ("pst")
    reading: str | None = None  # how an ambiguous abbreviation was read ("India Standard Time")
    wide: bool = False  # a country that spans several zones: this is one of them


@dataclass(frozen=True)
class _Name:
    zone: str
    kind: str  # abbreviation | phrase | place | substring
    reading: str | None = None
    guard: str | None = None  # None | "cue" | "alone"
    wide: bool = False


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


class ZoneFinder:
    """Finds the time zone a clause names (folded, expanded text, as the matcher reads it)."""

    def __init__(self) -> None:
        data = table("zones.yaml")
        wide = set(data["wide"])
        self._names: dict[str, _Name] = {}
        for abbr, spec in data["abbreviations"].items():
            self._names[abbr] = _Name(spec["zone"], "abbreviation", spec.get("reading"),
                                      spec.get("guard"))
        for kind in ("phrases", "places", "substrings"):
            for zone, names in data[kind].items():
                for name in names:
                    self._names.setdefault(name, _Name(zone, kind.rstrip("s"), wide=name in wide))
        # IANA names as written ("Europe/Berlin"), looked up folded; Etc/ ones read backwards
        self._iana = {z.lower(): z for z in available_timezones() if "/" in z and
                      not z.startswith(("Etc/", "SystemV/"))}
        self._zones = {n.zone: tz for n in self._names.values() if (tz := _zone(n.zone))}
        free = [n for n, v in self._names.items() if v.kind == "phrase" or (
            v.kind == "abbreviation" and v.guard is None)]
        cued = [n for n, v in self._names.items() if v.kind == "place" or v.guard == "cue"]
        every = [n for n, v in self._names.items() if v.kind != "substring"]
        before = _alternation(data["cue_before"])
        after = _alternation(data["cue_after"])
        openers = _alternation(data["openers"])
        self._filler = frozenset(w for phrase in data["cue_before"] + data["cue_after"] +
                                 data["openers"] + data["filler"] for w in phrase.split())
        self._free = re.compile(rf"\b({_alternation(free)})\b")
        self._before = re.compile(rf"\b(?:{before})\s+(?:the\s+)?({_alternation(cued)})\b")
        self._after = re.compile(rf"\b({_alternation(every)})(?:'s|\s+s)?\s+(?:{after})\b")
        self._alone = re.compile(rf"^(?:(?:{openers})\s+)*({_alternation(every)})[\s?!.]*$")
        self._any_name = re.compile(rf"\b({_alternation(list(self._names))})\b")
        # a name is only found in a text that has all its words: looking them up spares most
        # texts the long alternations
        self._names_by_word: dict[str, list[frozenset[str]]] = {}
        for n in every:
            words = frozenset(WORD.findall(n))
            if words:
                self._names_by_word.setdefault(min(words), []).append(words)
        self._key_words = frozenset(self._names_by_word)
        self._no_key_word = any(not WORD.search(n) for n in every)
        self._substrings = re.compile(_alternation(
            [n for n, v in self._names.items() if v.kind == "substring"]))
        self._offset = re.compile(
            rf"\b(?:{_alternation(data['offset_words'])})\s*([+\-−])\s*(\d{{1,2}})"
            r"(?:(?::|h)?(\d{2}))?(?!\d)")
        self._ascii_substrings = any(n.isascii() for n, v in self._names.items()
                                     if v.kind == "substring")
        self._offset_needs = required_strings(self._offset.pattern) or ("",)

    def find(self, text: str) -> NamedZone | None:
        """The zone ``text`` names, or None. With several, the last that is not UTC or GMT
        (those are how deadlines are stated: "23:59 UTC, what's that in IST?")."""
        return _zone_in(self, text)

    def all_in(self, text: str) -> list[NamedZone]:
        """Every zone ``text`` names, in the order it names them, each once ("9:30 taipei
        time in IST": Taipei, then India)."""
        out: list[NamedZone] = []
        for _, zone in _zones_in(self, text):
            if all(z.key != zone.key for z in out):
                out.append(zone)
        return out

    def named(self, word: str) -> NamedZone | None:
        """The zone one word names by itself ("cet", "taipei"; "aoe", the zone of a time said
        in it), or None."""
        return AOE_NAMED if word == "aoe" else self._named(word)

    def _find(self, text: str) -> NamedZone | None:
        found = _zones_in(self, text)
        if not found:
            return None
        own = [z for _, z in found if z.key not in UNIVERSAL]
        return (own or [z for _, z in found])[-1]

    def _found(self, text: str) -> list[tuple[int, NamedZone]]:
        found: list[tuple[int, NamedZone]] = []
        offsets = [(m, _offset_zone(m)) for m in self._offset.finditer(text)] \
            if any(map(text.__contains__, self._offset_needs)) else []
        # "utc+15" is no zone: not UTC either
        bad = [m.span() for m, zone in offsets if zone is None]
        # (the names written in other scripts are only looked for where there are any)
        substrings = () if text.isascii() and not self._ascii_substrings else (self._substrings,)
        for rx in (*self._named_patterns(text), *substrings):
            for m in rx.finditer(text):
                said = m.group(m.lastindex or 0)
                at = m.start(m.lastindex or 0)
                zone = self._named(said)
                if zone and not any(a <= at < b for a, b in bad):
                    found.append((at, zone))
        found.extend((m.start(), zone) for m, zone in offsets if zone)
        for m in IANA.finditer(text) if "/" in text else ():
            key = self._iana.get(m.group(1))
            if key and (tz := _zone(key)):
                found.append((m.start(), NamedZone(key, tz, m.group(1))))
        found.sort(key=lambda f: f[0])
        return found

    def _named_patterns(self, text: str) -> tuple[re.Pattern[str], ...]:
        """The patterns of zone names worth running on ``text``: none when it lacks a word every
        name needs."""
        # (the text's runs of words hold its words, and nothing else that is one word: they
        # are found once per text, for the word lists too)
        words = runs(text, RUN_WORDS)
        # (only the words some name is filed under are looked at: one set intersection)
        if self._no_key_word or any(
                name <= words for w in self._key_words.intersection(words)
                for name in self._names_by_word[w]):
            return (self._free, self._before, self._after, self._alone)
        return ()

    def names_a_zone(self, word: str) -> bool:
        """Whether ``word`` is itself a zone's name or abbreviation ("ist", "pst")."""
        return word in self._names

    def only_zone(self, text: str) -> bool:
        """Whether ``text`` says nothing but a zone ("in IST please", "I'm in Bangalore",
        "and in Tokyo time?"): with another question, it only says where the asker is."""
        if self.find(text) is None:
            return False
        rest = self._substrings.sub(" ", self._offset.sub(" ", IANA.sub(
            lambda m: " " if m.group(1) in self._iana else m.group(0), text)))
        rest = self._any_name.sub(" ", rest)
        return all(w in self._filler for w in re.findall(r"\w+", rest))

    def without_zone(self, text: str) -> str:
        """``text`` without the words that name a zone ("systems track submission in IST" ->
        "systems track submission"), for reading what else it asks."""
        named = [rx for rx in self._named_patterns(text) if rx is not self._alone]
        spans = [m.span() for rx in (*named, self._substrings, self._offset)
                 for m in rx.finditer(text)]
        # (an IANA name that is one: "accept/reject" is none)
        spans += [m.span() for m in IANA.finditer(text) if m.group(1) in self._iana]
        for start, end in sorted(spans, reverse=True):
            text = text[:start] + " " + text[end:]
        return " ".join(text.split())

    def _named(self, said: str) -> NamedZone | None:
        name = self._names.get(said)
        if name is None or name.zone not in self._zones:
            return None
        return NamedZone(name.zone, self._zones[name.zone], said,
                         said if name.kind == "abbreviation" else None, name.reading, name.wide)


def _zone(key: str) -> tzinfo | None:
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _offset_zone(m: re.Match[str]) -> NamedZone | None:
    sign = -1 if m.group(1) in "-−" else 1
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if minutes >= 60:
        return None
    delta = sign * timedelta(hours=hours, minutes=minutes)
    if abs(delta) > MAX_OFFSET:
        return None
    if not delta:
        return NamedZone("UTC", ZoneInfo("UTC"), m.group(0))
    key = f"UTC{'+' if sign > 0 else '-'}{hours:02d}:{minutes:02d}"
    return NamedZone(key, timezone(delta, key), m.group(0))


# "11:59pm aoe, what is that in IST?": AoE said as the zone of a time
AOE_NAMED = NamedZone("UTC-12:00 (AoE)", AOE, "aoe", abbreviation="aoe")


@cache
def zone_finder() -> ZoneFinder:
    """The one finder (its patterns are built once)."""
    return ZoneFinder()


@text_cache()
def _zone_in(finder: ZoneFinder, text: str) -> NamedZone | None:
    """(a clause's zone is looked up by several parts in a row)"""
    return finder._find(text)


@text_cache()
def _zones_in(finder: ZoneFinder, text: str) -> list[tuple[int, NamedZone]]:
    """(every zone a text names, found once for both the last one and all of them)"""
    return finder._found(text)
