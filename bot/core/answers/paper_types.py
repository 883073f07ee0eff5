"""Answers about paper types (``submission.tracks``), proceedings (``archival``) and dual
submission (``dual_submission``).

Every builder is pure: knowledge, ``now`` and the entities understanding found; never the
question text.

Entities:

- ``paper_types(k, now, track=None)``: ``track`` is the paper type asked about, as a track id
  of the knowledge (``"short"``) or in the asker's words (``"short paper"``, matched to a
  track's id or name ignoring case and a trailing "paper(s)"). None: every paper type.
  A track leaves out a rule -> the submission-wide one is said.
- ``archival(k, now, track=None)``: the same ``track``; None: the workshop as a whole (and
  the paper types whose own rule differs).
- ``dual_submission(k, now)``: none.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.answers.answer import Answer, Kind
from bot.core.answers.unknown import unknown
from bot.core.knowledge.model import Knowledge, Track
from bot.core.understanding.text import fold


def find_track(k: Knowledge, wanted: str) -> Track | None:
    """The track named by its id or its name ("short", "Short paper", "short papers")."""
    def bare(text: str) -> str:
        return re.sub(r"\s+papers?$", "", fold(text).replace("-", " ").strip())

    key = bare(wanted)
    for t in k.submission.tracks:
        if key in (bare(t.id), bare(t.name)):
            return t
    return None


def _limit(k: Knowledge, track: Track | None) -> str | None:
    sub = k.submission
    pages = sub.rule("page_limit", track)
    if pages is None:
        return None
    refs = sub.rule("references_count", track)
    tail = {False: ", references not counted", True: ", references included"}.get(refs, "")
    return f"up to {pages} pages{tail}"


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


def paper_types(k: Knowledge, now: datetime, track: str | None = None) -> Answer:
    sub = k.submission
    if track is not None:
        chosen = find_track(k, track)
        if chosen is None:
            if sub.tracks:
                names = "; ".join(_track_line(k, t) for t in sub.tracks)
                return Answer(Kind.ANSWER, "Paper types",
                              f"The call names no paper type called '{track}'. Its paper "
                              f"types: {names}.", intent="paper_types")
            return unknown(k, f"a separate paper type called '{track}'", "paper_types")
        limit = _limit(k, chosen)
        if limit is None:
            return unknown(k, f"a page limit for the {chosen.name.lower()} type", "paper_types")
        text = f"{chosen.name}: {limit}."
        if chosen.description:
            text += f" {chosen.description}"
        return Answer(Kind.ANSWER, chosen.name, text, intent="paper_types", entity=chosen.id)
    if not sub.tracks:
        if sub.page_limit is not None:
            return Answer(Kind.ANSWER, "Paper types",
                          f"The call names no separate paper types: every submission can be "
                          f"{_limit(k, None)}.", intent="paper_types")
        return unknown(k, "the paper types and their page limits", "paper_types")
    lines = "\n".join(f"• {_track_line(k, t)}" for t in sub.tracks)
    return Answer(Kind.ANSWER, "Paper types",
                  f"{k.workshop.name} takes these paper types:\n{lines}", intent="paper_types")


def _archival_words(value: bool) -> str:
    return ("archival: accepted papers are published in proceedings" if value else
            "non-archival: there are no proceedings, accepted papers are not published by the "
            "workshop")


def archival(k: Knowledge, now: datetime, track: str | None = None) -> Answer:
    sub = k.submission
    chosen = find_track(k, track) if track else None
    if chosen is not None:
        value = sub.rule("archival", chosen)
        if value is None:
            return unknown(k, f"whether the {chosen.name.lower()} type is archival (published)",
                           "archival")
        return Answer(Kind.ANSWER, "Proceedings", f"{chosen.name}: {_archival_words(value)}.",
                      intent="archival", entity=chosen.id)
    own = [t for t in sub.tracks if t.archival is not None and t.archival != sub.archival]
    if sub.archival is None and not own:
        return unknown(k, "whether the workshop is archival (has proceedings)", "archival")
    parts = []
    if sub.archival is not None:
        parts.append(f"{k.workshop.name} is {_archival_words(sub.archival)}.")
    for t in own:
        parts.append(f"{t.name}: {'archival' if t.archival else 'non-archival'}.")
    if sub.archival is None:
        parts.append("The call does not say so for the other paper types.")
    return Answer(Kind.ANSWER, "Proceedings", " ".join(parts), intent="archival")


def dual_submission(k: Knowledge, now: datetime) -> Answer:
    value = k.submission.dual_submission
    if value is None:
        return unknown(k, "whether work under review elsewhere may be submitted",
                       "dual_submission")
    if value:
        text = "Yes: dual submission is allowed; work under review elsewhere may be submitted."
    else:
        text = ("No: dual submission is not allowed; work under review elsewhere may not be "
                "submitted.")
    return Answer(Kind.ANSWER, "Dual submission", text, intent="dual_submission")
