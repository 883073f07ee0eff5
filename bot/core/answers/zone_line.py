"""The moments of an answer in the time zone the asker named ("in IST please", "I'm in Tokyo").

Each deadline and program time of the answer is followed by the same instant in that zone:
"Paper submission: July 19, 2023, 11:59 PM UTC — July 19, 2023, 16:59 in America/Los_Angeles
(PDT)". A deadline given as a day ends at the end of that day in the workshop's zone, so that end
(23:59) is what is converted. The zone is always named, and what was assumed about the name (an
ambiguous abbreviation, one zone of a country with several, PST asked in July) is said once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from bot.core.answers.answer import MARK, Answer, Field, Moment
from bot.core.answers.program import sessions_by_day
from bot.core.answers.timefmt import written_date
from bot.core.knowledge.model import Knowledge
from bot.core.understanding.zones import UNIVERSAL, NamedZone

if TYPE_CHECKING:
    from bot.core.answers.builders import Ask

Builder = Callable[[Knowledge, datetime, "Ask"], Answer]
_LETTERS = re.compile(r"^[A-Za-z]{2,6}$")


def offset_text(at: datetime) -> str:
    """``UTC+05:30``, ``UTC-07:00``, ``UTC``."""
    offset = at.utcoffset() or timedelta()
    if not offset:
        return "UTC"
    minutes = int(abs(offset).total_seconds()) // 60
    return f"UTC{'-' if offset < timedelta() else '+'}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_label(zone: NamedZone, local: datetime) -> str:
    """``America/Los_Angeles (PDT)``; an offset or UTC itself as it is."""
    if zone.key in UNIVERSAL:
        return "UTC" if zone.key == "UTC" else "GMT"
    if zone.key.startswith("UTC"):
        return zone.key
    abbr = local.tzname() or ""
    return f"{zone.key} ({abbr if _LETTERS.match(abbr) else offset_text(local)})"


def in_zone(at: datetime, zone: NamedZone) -> str:
    """``July 19, 2023, 16:59 in America/Los_Angeles (PDT)``."""
    local = at.astimezone(zone.tz)
    return f"{written_date(local.date())}, {local:%H:%M} in {zone_label(zone, local)}"


def _conversion(k: Knowledge, moment: Moment, zone: NamedZone) -> str:
    local = moment.at.astimezone(zone.tz)
    if local.utcoffset() == moment.at.utcoffset():  # the asker's clock reads the same
        if moment.date_only:
            return f" — the end of that day ({local:%H:%M}) in {zone_label(zone, local)} too"
        return f" — the same clock time in {zone_label(zone, local)}"
    if moment.date_only:  # the day ends at the end of that day in the workshop's zone
        return (f" — the end of that day ({moment.at:%H:%M}, {k.workshop.timezone}) is "
                f"{in_zone(moment.at, zone)}")
    return f" — {in_zone(moment.at, zone)}"


def _said_already(text: str, moment: Moment, zone: NamedZone) -> bool:
    """The answer already gives the moment in that zone ("..., which is April 5, 09:00 UTC")."""
    local = moment.at.astimezone(zone.tz)
    return f"{written_date(local.date())}, {local:%H:%M} {zone_label(zone, local)}" in text


def _assumptions(zone: NamedZone, times: list[datetime]) -> list[str]:
    notes = []
    if zone.reading and zone.abbreviation:
        notes.append(f"I read {zone.abbreviation.upper()} as {zone.reading}.")
    if zone.wide:
        notes.append(f"That place spans several time zones: I used {zone.key} (name your "
                     "city for another).")
    said = (zone.abbreviation or "").upper()
    if said and times:
        local = times[0].astimezone(zone.tz)
        seasons = {datetime(local.year, m, 1, tzinfo=zone.tz).tzname() for m in (1, 7)}
        if said in seasons and local.tzname() != said:
            # "PST" asked in July: Pacific time is on PDT then
            notes.append(f"{said} is not in use on that day: {zone.key} is on {local.tzname()} "
                         f"({offset_text(local)}) then, which is the time given.")
    return notes


def converted(k: Knowledge, a: Answer, zone: NamedZone | None) -> Answer:
    """``a`` with each of its deadlines and program times followed by the same instant in
    ``zone`` (other moments, such as the day an extended deadline was first due, are left)."""
    if zone is None or not a.moments:
        return a
    # a deadline's moment carries its name ("... (before)" is the date it was first due)
    dues = {(d.name, due) for d in k.deadlines if (due := d.due_at(k.tz)) is not None}
    # a session's start, or its end where the program gives one (not the hour it is assumed
    # to last)
    times = {t for s, start, end in k.sessions() for t in (start, end if s.end else None) if t}
    done: list[datetime] = []

    def wanted(moment: Moment) -> bool:
        return (moment.label, moment.at) in dues or (not moment.date_only and
                                                     moment.at in times)

    def insert(m: re.Match[str]) -> str:
        i = int(m.group(1))
        if i >= len(a.moments) or not wanted(a.moments[i]) or \
                _said_already(a.text, a.moments[i], zone):
            return m.group(0)
        done.append(a.moments[i].at)
        return m.group(0) + _conversion(k, a.moments[i], zone)

    a.text = MARK.sub(insert, a.text)
    a.fields = [Field(f.name, MARK.sub(insert, f.value), f.inline) for f in a.fields]
    if done:
        notes = _assumptions(zone, done)
        if notes:
            joint = "\n" if "\n" in a.text else " "
            a.text += joint + " ".join(notes)
    return a


def zoned(builder: Builder) -> Builder:
    """``builder`` whose answers also give their times in the zone the question names."""

    def build(k: Knowledge, now: datetime, ask: Ask) -> Answer:
        return converted(k, builder(k, now, ask), ask.zone)

    build.__name__ = getattr(builder, "__name__", "build")
    build.__doc__ = builder.__doc__
    return build


def first_day_start(k: Knowledge, day: date) -> datetime | None:
    """When the program of ``day`` (in the workshop's zone) starts, if it has one."""
    sessions = sessions_by_day(k).get(day)
    return sessions[0][1] if sessions else None
