"""Answers about paper types (``submission.tracks``), proceedings (``archival``) and dual
submission (``dual_submission``), and how any one submission rule is said per paper type.

Every builder is pure: knowledge, ``now`` and the entities understanding found; never the
question text.

Entities:

- ``paper_types(k, now, track=None)``: ``track`` is the paper type asked about, as a track id
  of the knowledge (``"short"``) or in the asker's words (``"short paper"``, matched to a
  track's id or name ignoring case and a trailing "paper(s)", else by its distinctive words).
  None: every paper type. A track leaves out a rule -> the submission-wide one is said.
- ``archival(k, now, track=None)``: the same ``track``; None: the workshop as a whole (and
  the paper types whose own rule differs).
- ``dual_submission(k, now)``: none.

A rule the call gives per paper type (:func:`per_type`): asked about some types, their own
values; asked in general, the submission-wide value and the types whose own value differs, or,
with no submission-wide value, the types that give one and "the call does not say so for the
other paper types".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, Generic, TypeVar

from bot.core.answers.answer import Answer, Kind
from bot.core.answers.timefmt import plural
from bot.core.answers.unknown import unknown
from bot.core.knowledge.model import FaqEntry, Knowledge, Track
from bot.core.understanding.deadline_kinds import OTHER_VENUES
from bot.core.understanding.intents import word_list
from bot.core.understanding.paper_type_finder import description_speaks_of, tracks_named
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import fold, words

V = TypeVar("V")
PUBLISHED_SAID = word_list("published_said")  # "can I submit work already published?"
PUBLISHED_WORK_ASKED = frozenset(table_words("published_work_asked"))
OTHERS_SILENT = "The call does not say so for the other paper types."


def find_track(k: Knowledge, wanted: str) -> Track | None:
    """The track named by its id or its name ("short", "Short paper", "short papers"), else the
    one track ``wanted`` names by its distinctive words ("short" for "Research track short
    paper")."""
    def bare(text: str) -> str:
        return re.sub(r"\s+papers?$", "", fold(text).replace("-", " ").strip())

    key = bare(wanted)
    for t in k.submission.tracks:
        if key in (bare(t.id), bare(t.name)):
            return t
    named = tracks_named(k, wanted)
    return named[0] if len(named) == 1 else None


# --- one rule, per paper type -----------------------------------------------------------------


@dataclass(frozen=True)
class PerType(Generic[V]):
    """What the call says of one rule: the submission-wide value (None when not given or when
    types were named), the types with a value of their own (asked about some types: each of them
    that has a value), and the types it says nothing about."""

    wide: V | None
    own: list[tuple[Track, V]]
    silent: list[Track]
    named: bool  # the question named the types

    @property
    def known(self) -> bool:
        return self.wide is not None or bool(self.own)

    @property
    def one_line(self) -> bool:
        """Said without naming any type: the submission-wide value holds for all."""
        return not self.own and not self.silent

    def values(self) -> list[V]:
        return ([self.wide] if self.wide is not None else []) + [v for _, v in self.own]


def per_type(k: Knowledge, named: Sequence[Track],
             value: Callable[[Track | None], V | None]) -> PerType[V]:
    """One rule for the types asked about (``named``), or for the whole call."""
    if named:
        found = [(t, value(t)) for t in named]
        return PerType(None, [(t, v) for t, v in found if v is not None],
                       [t for t, v in found if v is None], True)
    wide = value(None)
    found = [(t, value(t)) for t in k.submission.tracks]
    own = [(t, v) for t, v in found if v is not None and v != wide]
    if own and len(own) == len(found):
        wide = None  # every type has its own: the submission-wide value is no one's
    silent = [t for t, v in found if v is None] if wide is None else []
    return PerType(wide, own, silent, False)


def rule_of(k: Knowledge, name: str) -> Callable[[Track | None], Any]:
    """A track's value of one rule: its own, else the submission-wide one, unless its
    description speaks of the rule itself ("sent by email to ..."): then the description is
    what the call says of it, not the submission-wide value."""
    def value(t: Track | None) -> Any:
        if t is not None and getattr(t, name, None) is None and description_speaks_of(t, name):
            return None
        return k.submission.rule(name, t)
    return value


def _names(tracks: Sequence[Track]) -> str:
    names = [t.name for t in tracks]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def silent_sentence(p: PerType[Any]) -> str:
    if not p.silent or not p.known:
        return ""
    if p.named:
        return f"The call does not say so for the {_names(p.silent)}."
    return OTHERS_SILENT


def said(p: PerType[V], wide_sentence: Callable[[V], str],
         type_words: Callable[[V], str]) -> str:
    """The rule in sentences: the submission-wide one, each type's own, and where it is silent."""
    parts = [wide_sentence(p.wide)] if p.wide is not None else []
    parts += [f"{t.name}: {type_words(v)}." for t, v in p.own]
    parts.append(silent_sentence(p))
    return " ".join(x for x in parts if x)


def summary(p: PerType[V], words: Callable[[V], str]) -> str:
    """The rule in one short line, for a field of an overview."""
    parts = [words(p.wide)] if p.wide is not None else []
    parts += [f"{t.name}: {words(v)}" for t, v in p.own]
    if p.silent and parts:
        parts.append("not given for the others" if not p.named else
                     f"{_names(p.silent)}: not given")
    return "; ".join(parts)


def not_said(k: Knowledge, named: Sequence[Track], what: str, rule: str,
             intent: str, also: str = "") -> Answer:
    """"I don't know" about ``what`` (a rule the call gives for none of the types asked about),
    with ``also`` (what the call does say nearby). A type asked about that the call describes
    has its description said too, and that is the answer when it speaks of the rule ("at least
    three pages")."""
    subject = f"{what} for the {_names(named)}" if named else what
    described = [t for t in named if t.description]
    if not described:
        return unknown(k, subject, intent, also=also)
    about = " ".join(f"What it says of the {t.name}: {t.description}" for t in described)
    if any(description_speaks_of(t, rule) for t in described):
        text = f"The information I have says nothing about {subject}. {about}"
        return Answer(Kind.ANSWER, _names(described), text, intent=intent,
                      entity=described[0].id if len(described) == 1 else None)
    return unknown(k, subject, intent, also=f"{about} {also}")


def entity_of(named: Sequence[Track]) -> str | None:
    return named[0].id if len(named) == 1 else None


# --- page limits and the paper types ----------------------------------------------------------


def _limit(k: Knowledge, track: Track | None) -> str | None:
    sub = k.submission
    pages = sub.rule("page_limit", track)
    if pages is None:
        return None
    refs = sub.rule("references_count", track)
    tail = {False: ", references not counted", True: ", references included"}.get(refs, "")
    return f"up to {plural(pages, 'page')}{tail}"


def limit_of(k: Knowledge) -> Callable[[Track | None], str | None]:
    """A track's page limit in words ("up to 4 pages, references included")."""
    return partial(_limit, k)


def _track_line(k: Knowledge, t: Track) -> str:
    sub = k.submission
    bits = [_limit(k, t) or "no page limit given"]
    if t.archival is not None and t.archival != sub.archival:
        bits.append("archival" if t.archival else "non-archival")
    if t.anonymized is not None and t.anonymized != sub.anonymized:
        bits.append("anonymized" if t.anonymized else "not anonymized")
    if t.file_format and t.file_format != sub.file_format:
        bits.append(t.file_format)
    line = f"{t.name}: {', '.join(bits)}"
    if t.description:
        line += f". {t.description}"
    return line


def one_type(k: Knowledge, chosen: Track) -> Answer:
    """One paper type: its page limit and what it is for."""
    limit = _limit(k, chosen)
    if limit is None:
        return not_said(k, [chosen], "a page limit", "page_limit", "paper_types")
    text = f"{chosen.name}: {limit}."
    if chosen.description:
        text += f" {chosen.description}"
    return Answer(Kind.ANSWER, chosen.name, text, intent="paper_types", entity=chosen.id)


def some_types(k: Knowledge, now: datetime, chosen: Sequence[Track]) -> Answer:
    """The paper types asked about (one, several, or none named: every one)."""
    if len(chosen) == 1:
        return one_type(k, chosen[0])
    if chosen:
        lines = "\n".join(f"• {_track_line(k, t)}" for t in chosen)
        return Answer(Kind.ANSWER, "Paper types", lines, intent="paper_types")
    return paper_types(k, now)


def paper_types(k: Knowledge, now: datetime, track: str | None = None) -> Answer:
    sub = k.submission
    if track is not None:
        chosen = find_track(k, track)
        if chosen is None:
            if sub.tracks:
                names = "; ".join(_track_line(k, t) for t in sub.tracks)
                return Answer(Kind.ANSWER, "Paper types",
                              f"The information I have names no paper type called "
                              f"'{track}'. Its paper types: {names}.", intent="paper_types")
            return unknown(k, f"a separate paper type called '{track}'", "paper_types")
        return one_type(k, chosen)
    if not sub.tracks:
        if sub.page_limit is not None:
            return Answer(Kind.ANSWER, "Paper types",
                          f"The information I have names no separate paper types: every "
                          f"submission can be {_limit(k, None)}.", intent="paper_types")
        return unknown(k, "the paper types and their page limits", "paper_types")
    lines = "\n".join(f"• {_track_line(k, t)}" for t in sub.tracks)
    return Answer(Kind.ANSWER, "Paper types",
                  f"{k.workshop.name} takes these paper types:\n{lines}", intent="paper_types")


# --- proceedings and dual submission ----------------------------------------------------------


def _archival_note(value: bool | None) -> str:
    if value is None:
        return ""
    return " (archival)" if value else " (non-archival, not in the proceedings)"


def _archival_words(value: bool) -> str:
    return ("archival: accepted papers are published in proceedings" if value else
            "non-archival: there are no proceedings, accepted papers are not published by the "
            "workshop")


def archival(k: Knowledge, now: datetime, track: str | None = None) -> Answer:
    chosen = find_track(k, track) if track else None
    return archival_of(k, [chosen] if chosen is not None else [])


def archival_of(k: Knowledge, named: Sequence[Track]) -> Answer:
    """Proceedings for the types asked about (none named: the workshop as a whole)."""
    p = per_type(k, named, rule_of(k, "archival"))
    if not p.known:
        what = "whether the workshop is archival (has proceedings)" if not named else \
            "whether papers are archival (published)"
        return not_said(k, named, what, "archival", "archival")
    if len(p.own) == 1 and not p.silent and named:
        t, v = p.own[0]
        text = f"{t.name}: {_archival_words(v)}."
        if t.description and description_speaks_of(t, "archival"):
            # "only the abstract is published in the proceedings": what the call says of it,
            # rather than what archival means in general
            text = (f"{t.name}: {'archival' if v else 'non-archival'}. What the call says of "
                    f"it: {t.description}")
        return Answer(Kind.ANSWER, "Proceedings", text, intent="archival", entity=t.id)
    text = said(p, lambda v: f"{k.workshop.name} is {_archival_words(v)}.",
                lambda v: "archival" if v else "non-archival")
    return Answer(Kind.ANSWER, "Proceedings", text, intent="archival", entity=entity_of(named))


def _on_published_work(entry: FaqEntry, venues: frozenset[str]) -> bool:
    """Whether an organizer's entry is asked about submitting work already published ("can I
    submit work that was already published?"; not "where will papers be published?", nor "can
    I submit a paper accepted at the main CoRL conference?", about one of ``venues``)."""
    return any(PUBLISHED_WORK_ASKED & set(said := words(fold(q))) and
               PUBLISHED_SAID.search(fold(q)) and venues.isdisjoint(said)
               for q in entry.questions)


def dual_submission(k: Knowledge, now: datetime, published: bool = False) -> Answer:
    """Whether work under review elsewhere may be submitted; ``published``: work already
    published is asked about, which that rule alone does not settle."""
    value = k.submission.dual_submission
    # "Non-archival paper under review elsewhere", "Ongoing or already published work": the
    # types whose descriptions speak of such work
    meant = [t for t in k.submission.tracks if description_speaks_of(t, "dual_submission")]
    if value and published:
        text = "Dual submission is allowed: work under review elsewhere may be submitted. "
        # (else an organizer's entry asked about it: "Yes. Submissions may include recently
        # published work")
        venues = OTHER_VENUES | frozenset(words(fold(k.workshop.conference or "")))
        entry = None if meant else next(
            (e for e in k.faq if _on_published_work(e, venues)), None)
        if meant:
            text += "On work already published, what the call says: " + " ".join(
                f"{t.name}: {t.description}" for t in meant)
        elif entry is not None:
            text += f"On work already published, the organizers say: {entry.answer}"
        else:
            text += "The call does not say whether work already published may be."
        return Answer(Kind.ANSWER, "Dual submission", text, intent="dual_submission")
    if value is None:
        return unknown(k, "dual submission (whether work already accepted or published "
                          "elsewhere may be submitted)" if published else
                       "whether work under review elsewhere may be submitted", "dual_submission")
    types = "; ".join(t.name + _archival_note(t.archival) for t in meant) \
        if meant and len(meant) < len(k.submission.tracks) else ""
    if value:
        text = "Yes: dual submission is allowed; work under review elsewhere may be submitted."
        if types:
            text += f" Paper types for work under review or published elsewhere: {types}."
    elif types:
        text = ("Only as some paper types: dual submission is not allowed in general, but "
                f"these types take work under review or published elsewhere: {types}.")
    else:
        text = ("No: dual submission is not allowed; work under review elsewhere may not be "
                "submitted.")
    return Answer(Kind.ANSWER, "Dual submission", text, intent="dual_submission")
