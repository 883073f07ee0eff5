"""The workshop as an iCalendar file: its day(s), every dated deadline and the program's
sessions, for /calendar.

Google Calendar, Outlook and Apple Calendar import it. Times are written in UTC (no VTIMEZONE
needed, and AoE has no IANA zone); date-only facts become all-day events on that date. UIDs are
stable, so importing a newer file updates the same events instead of duplicating them.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from bot.core.answers.timefmt import written_time
from bot.core.knowledge.model import Deadline, Knowledge, Session

PRODID = "-//workshop-bot//workshop-bot calendar//EN"


def calendar_slug(knowledge: Knowledge) -> str:
    """A short, file-name and UID friendly name of the workshop, e.g. ``mlsys-2017``."""
    ws = knowledge.workshop
    text = ws.short_name or ws.name
    if ws.first_day and not re.search(r"\d{4}", text):
        text = f"{text} {ws.first_day.year}"
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "workshop"


def calendar_filename(knowledge: Knowledge) -> str:
    return f"{calendar_slug(knowledge)}.ics"


def build_calendar(knowledge: Knowledge, now: datetime) -> bytes:
    """The .ics bytes; ``now`` (aware) becomes every event's DTSTAMP."""
    ws = knowledge.workshop
    slug = calendar_slug(knowledge)
    stamp = now.astimezone(UTC)
    label = ws.short_name or ws.name

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", label)

    if ws.first_day:
        event = Event()
        event.add("uid", f"workshop@{slug}.workshop-bot")
        event.add("dtstamp", stamp)
        event.add("summary", ws.name + (f" ({ws.conference})" if ws.conference else ""))
        _all_day(event, ws.first_day, ws.last_day or ws.first_day)
        where = ", ".join(p for p in (ws.venue, ws.location) if p)
        if where:
            event.add("location", where)
        if ws.description:
            event.add("description", ws.description)
        if ws.website:
            event.add("url", ws.website)
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)

    for deadline in knowledge.dated_deadlines():  # a TBA deadline has no date to put in
        cal.add_component(_deadline_event(knowledge, deadline, slug, label, stamp))
    for session, start, end in knowledge.sessions():
        cal.add_component(_session_event(knowledge, session, start, end, slug, stamp))
    return cal.to_ical()


def _session_event(knowledge: Knowledge, session: Session, start: datetime, end: datetime,
                   slug: str, stamp: datetime) -> Event:
    """One item of the program, at its time (UID from its start and title, so it stays put)."""
    event = Event()
    key = re.sub(r"[^a-z0-9]+", "-", session.title.lower()).strip("-")[:40] or "session"
    event.add("uid", f"session-{start.astimezone(UTC):%Y%m%dT%H%M}-{key}@{slug}.workshop-bot")
    event.add("dtstamp", stamp)
    event.add("summary", session.title)
    event.add("dtstart", start.astimezone(UTC))
    event.add("dtend", end.astimezone(UTC))
    ws = knowledge.workshop
    where = ", ".join(p for p in (session.room or ws.venue, ws.location) if p)
    if where:
        event.add("location", where)
    lines = []
    if session.speakers:
        lines.append(", ".join(session.speakers))
    if session.kind:
        lines.append(session.kind.capitalize())
    if ws.stream_url and ws.mode in ("virtual", "hybrid"):
        lines.append(f"Watch online: {ws.stream_url}")
    if lines:
        event.add("description", "\n".join(lines))
    return event


def _all_day(event: Event, first: date, last: date) -> None:
    event.add("dtstart", first)
    event.add("dtend", last + timedelta(days=1))  # DTEND is exclusive for all-day events


def _deadline_event(knowledge: Knowledge, deadline: Deadline, slug: str, label: str,
                    stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"deadline-{deadline.id}@{slug}.workshop-bot")
    event.add("dtstamp", stamp)
    event.add("summary", f"{deadline.name} ({label})")
    due = deadline.due_at(knowledge.tz)
    assert due is not None  # only dated deadlines come here
    if deadline.date_only:
        _all_day(event, due.date(), due.date())
        lines = [f"Due by the end of the day ({knowledge.workshop.timezone})."]
    else:
        event.add("dtstart", due.astimezone(UTC))  # no DTEND: a moment, not a span
        lines = [f"Due at {written_time(due)} ({knowledge.workshop.timezone})."]
    if deadline.note:
        lines.append(deadline.note)
    if knowledge.workshop.website:
        lines.append(knowledge.workshop.website)
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")
    return event
