"""Warnings about a valid knowledge file: facts that are allowed but probably not meant.

``check`` prints them after the errors; they never make it fail. Each names the field and its
line: a deadline after the workshop, a notification before the submission it answers, a
workshop already over (as of ``now``), a program session outside the workshop's days, and values
still holding a placeholder from an example (``...``, ``example.org``, ``https://...``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from bot.core.answers.timefmt import written_date
from bot.core.knowledge.loader import Parsed, Problem
from bot.core.knowledge.model import Deadline, Knowledge
from bot.core.knowledge.yaml_tree import dotted

# A value that is still a placeholder: dots alone, a reserved example domain, TODO-like words
_PLACEHOLDER = re.compile(
    r"^\s*(\.\.\.|…|https?://\.\.\.|https?://…)\s*$"
    r"|\bexample\.(org|com|net)\b|\b(todo|fixme|xxx+|lorem ipsum)\b|\breplace this\b"
    r"|\bexample (workshop|university)\b", re.IGNORECASE)
_NOTIFIES = re.compile(r"notif|decision|accept|result", re.IGNORECASE)
_SUBMITS = re.compile(r"submi|paper", re.IGNORECASE)


def warnings(parsed: Parsed, name: str, now: datetime) -> list[Problem]:
    """Every warning for a file that loaded, sorted by line."""
    found = [*_placeholders(parsed, name), *_deadline_order(parsed, name),
             *_in_the_past(parsed, name, now), *_program_days(parsed, name)]
    return sorted(found, key=lambda p: p.line)


def _warn(parsed: Parsed, name: str, path: tuple[str | int, ...], message: str) -> Problem:
    return Problem(name, parsed.line(*path), f"warning: {dotted(path)}: {message}")


def _strings(data: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _strings(value, (*path, i))
    elif isinstance(data, str):
        yield path, data


def _placeholders(parsed: Parsed, name: str) -> Iterator[Problem]:
    for path, text in _strings(parsed.data):
        m = _PLACEHOLDER.search(text)
        if m:
            yield _warn(parsed, name, path, f"'{_short(text)}' looks like a placeholder from an "
                                            "example; put in the real value (or remove the "
                                            "line if the call does not say)")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:47] + "..."


def _index(k: Knowledge, d: Deadline) -> int:
    return k.deadlines.index(d)


def _deadline_order(parsed: Parsed, name: str) -> Iterator[Problem]:
    k = parsed.knowledge
    end = k.workshop_end()
    for d in k.dated_deadlines():
        due = d.due_at(k.tz)
        assert due is not None
        if end is not None and due > end:
            day = k.workshop.last_day
            assert day is not None
            yield _warn(parsed, name, ("deadlines", _index(k, d), "due"),
                        f"the {d.name.lower()} deadline is after the workshop (which ends "
                        f"{written_date(day)}); is the year right?")
    submissions = [d for d in k.dated_deadlines() if _SUBMITS.search(f"{d.id} {d.name}")
                   and not _NOTIFIES.search(f"{d.id} {d.name}")]
    if not submissions:
        return
    first = submissions[0]
    first_due = first.due_at(k.tz)
    assert first_due is not None
    for d in k.dated_deadlines():
        due = d.due_at(k.tz)
        if _NOTIFIES.search(f"{d.id} {d.name}") and due is not None and due < first_due:
            yield _warn(parsed, name, ("deadlines", _index(k, d), "due"),
                        f"the {d.name.lower()} comes before the {first.name.lower()} deadline "
                        f"it answers ({written_date(first_due.date())})")


def _in_the_past(parsed: Parsed, name: str, now: datetime) -> Iterator[Problem]:
    k = parsed.knowledge
    end = k.workshop_end()
    day = k.workshop.last_day
    if end is None or day is None or end >= now:
        return
    key = "date" if k.workshop.date else "end" if k.workshop.end else "start"
    yield _warn(parsed, name, ("workshop", key),
                f"the workshop took place {written_date(day)}: it is over as of "
                f"{written_date(now.astimezone(k.tz).date())}, so every deadline answer will "
                "say it has closed (is the year right? --now checks as of another day)")


def _program_days(parsed: Parsed, name: str) -> Iterator[Problem]:
    k = parsed.knowledge
    first, last = k.workshop.first_day, k.workshop.last_day
    if first is None or last is None:
        return
    for i, s in enumerate(k.program):
        day = s.start_at(k.tz).date()  # the day as written: where the session takes place
        if not first <= day <= last:
            yield _warn(parsed, name, ("program", i, "start"),
                        f"'{_short(s.title)}' is on {written_date(day)}, not on the workshop's "
                        "day(s)")
