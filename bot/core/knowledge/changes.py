"""What changed between two versions of the knowledge, in words an organizer (and attendees)
can read: ``Paper submission deadline: October 20, 2017 -> October 27, 2017``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from bot.core.answers.answer import Moment
from bot.core.answers.timefmt import written_date, written_moment
from bot.core.knowledge.model import Deadline, Knowledge

T = TypeVar("T")

_WORKSHOP_FIELDS = {
    "name": "Workshop name",
    "short_name": "Short name",
    "conference": "Conference",
    "website": "Website",
    "timezone": "Time zone",
    "date": "Workshop day",
    "start": "First day",
    "end": "Last day",
    "location": "Location",
    "venue": "Venue",
    "contact": "Contact address",
    "mode": "Mode (in person, virtual, hybrid)",
    "stream_url": "Stream",
}
_LONG_FIELDS = {"description": "Description"}
_SUBMISSION_FIELDS = {
    "page_limit": "Page limit",
    "references_count": "References count toward the page limit",
    "anonymized": "Anonymized submissions",
    "file_format": "File format",
    "style": "Style",
    "style_url": "Style template",
    "submission_url": "Submission site",
    "archival": "Archival (proceedings)",
    "dual_submission": "Dual submission allowed",
}


def describe_changes(old: Knowledge, new: Knowledge) -> list[str]:
    """One line per changed fact, most important first (deadlines, then the workshop, ...)."""
    if old == new:
        return []
    lines = [
        *_deadline_changes(old, new),
        *_field_changes(old.workshop, new.workshop, _WORKSHOP_FIELDS),
        *_long_changes(old.workshop, new.workshop, _LONG_FIELDS),
        *_list_changes("Topic", old.workshop.topics, new.workshop.topics),
        *_list_changes("Previous edition", [p.name for p in old.workshop.previous_editions],
                       [p.name for p in new.workshop.previous_editions]),
        *_reminder_changes(old, new),
        *_field_changes(old.submission, new.submission, _SUBMISSION_FIELDS),
        *_keyed_changes("Paper type", {t.id: t for t in old.submission.tracks},
                        {t.id: t for t in new.submission.tracks}, lambda t: t.name),
        *_program_changes(old, new),
        *_organizer_changes(old, new),
        *_faq_changes(old, new),
    ]
    return lines or ["The knowledge file changed (formatting only; no fact changed)."]


def deadline_label(deadline: Deadline) -> str:
    """``Paper submission deadline`` (without saying "deadline" twice)."""
    name = deadline.name
    return name if "deadline" in name.lower() else f"{name} deadline"


def written_due(knowledge: Knowledge, deadline: Deadline) -> str:
    """The deadline as the knowledge states it: ``October 20, 2017``, with a time, or ``TBA``."""
    at = deadline.due_at(knowledge.tz)
    if at is None:
        return "TBA"
    return written_moment(Moment(at=at.astimezone(knowledge.tz), date_only=deadline.date_only))


def _deadline_changes(old: Knowledge, new: Knowledge) -> Iterable[str]:
    before = {d.id: d for d in old.deadlines}
    after = {d.id: d for d in new.deadlines}
    for ident, d in after.items():
        prev = before.get(ident)
        if prev is None:
            yield f"New deadline: {d.name}, {written_due(new, d)}"
            continue
        if prev.name != d.name:
            yield f"Deadline renamed: {prev.name} -> {d.name}"
        was, now = written_due(old, prev), written_due(new, d)
        if prev.due_at(old.tz) != d.due_at(new.tz) or was != now:
            yield f"{deadline_label(d)}: {was} -> {now}"
        if prev.extended_from != d.extended_from and d.extended_from is not None:
            yield f"{deadline_label(d)} extended (it was {_value(d.extended_from)})"
        if prev.note != d.note:
            yield f"{deadline_label(d)} note: {_value(prev.note)} -> {_value(d.note)}"
        if old.reminder_offsets(prev) != new.reminder_offsets(d) and prev.reminders != d.reminders:
            yield (f"{deadline_label(d)} reminders: {_offsets(old.reminder_offsets(prev))} -> "
                   f"{_offsets(new.reminder_offsets(d))}")
    for ident, d in before.items():
        if ident not in after:
            yield f"Deadline removed: {d.name} (was {written_due(old, d)})"


def _program_changes(old: Knowledge, new: Knowledge) -> Iterable[str]:
    """Sessions added or removed (by title and start); other edits in one line."""
    def shown(k: Knowledge) -> list[str]:
        return [f"{s.title} ({written_moment(Moment(start.astimezone(k.tz), False))})"
                for s, start, _end in k.sessions()]

    before, after = shown(old), shown(new)
    lines = [f"Program added: {x}" for x in after if x not in before]
    lines += [f"Program removed: {x}" for x in before if x not in after]
    if not lines and old.program != new.program:
        lines.append("Program details updated (speakers, rooms, kinds or order)")
    return lines


def _reminder_changes(old: Knowledge, new: Knowledge) -> Iterable[str]:
    if old.reminders != new.reminders:
        yield f"Reminders: {_offsets_text(old.reminders)} -> {_offsets_text(new.reminders)}"


def _offsets(values: list[Any]) -> str:
    return ", ".join(_span(v) for v in values) if values else "none"


def _offsets_text(values: list[str]) -> str:
    return ", ".join(values) if values else "none"


def _span(delta: Any) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _field_changes(old: Any, new: Any, labels: dict[str, str]) -> Iterable[str]:
    for field, label in labels.items():
        a, b = getattr(old, field), getattr(new, field)
        if a != b:
            yield f"{label}: {_value(a)} -> {_value(b)}"


def _long_changes(old: Any, new: Any, labels: dict[str, str]) -> Iterable[str]:
    for field, label in labels.items():
        a, b = getattr(old, field), getattr(new, field)
        if a != b:
            yield f"{label} {'added' if a is None else 'removed' if b is None else 'updated'}"


def _list_changes(label: str, old: list[str], new: list[str]) -> Iterable[str]:
    for item in new:
        if item not in old:
            yield f"{label} added: {item}"
    for item in old:
        if item not in new:
            yield f"{label} removed: {item}"


def _organizer_changes(old: Knowledge, new: Knowledge) -> Iterable[str]:
    return _keyed_changes("Organizer", {o.name: o for o in old.organizers},
                          {o.name: o for o in new.organizers}, lambda o: o.name)


def _faq_changes(old: Knowledge, new: Knowledge) -> Iterable[str]:
    return _keyed_changes("FAQ", {f.id: f for f in old.faq}, {f.id: f for f in new.faq},
                          lambda f: f.questions[0])


def _keyed_changes(label: str, before: dict[str, T], after: dict[str, T],
                   show: Callable[[T], str]) -> Iterable[str]:
    """Entries added, updated and removed between two versions, matched by key."""
    for key, item in after.items():
        if key not in before:
            yield f"{label} added: {show(item)}"
        elif before[key] != item:
            yield f"{label} updated: {show(item)}"
    for key, item in before.items():
        if key not in after:
            yield f"{label} removed: {show(item)}"


def _value(value: Any) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return written_moment(Moment(value, False))
    if isinstance(value, date):
        return written_date(value)
    return str(value)
