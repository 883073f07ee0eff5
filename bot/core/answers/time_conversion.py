"""A time of day the asker says, in another time zone: "the opening is 9am local, what is that in
PST?", "9:30 Taipei time in IST?". Converted on the day the question names, else the workshop's
first day (so daylight saving is the one in force then), or today's date when the file gives no
day."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from bot.core.answers.answer import Answer, Kind
from bot.core.answers.days_named import mentioned_days
from bot.core.answers.timefmt import written_date
from bot.core.answers.unknown import unknown
from bot.core.answers.zone_line import zone_label
from bot.core.knowledge.model import Knowledge
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import words

if TYPE_CHECKING:
    from bot.core.answers.builders import Ask


MORNING = frozenset(table_words("morning_words"))  # "11:59 am": before noon after all
PAST_REACH = 183  # days: a day named this far before today is next year's ("nov 30" in May)


def _day_said(text: str, now: datetime) -> date | None:
    """The one calendar day the question names ("11:59 aoe on nov 30 in PST?"): in this year,
    or the next when it would be more than half a year past."""
    days = mentioned_days(text, now.year)
    if len(days) != 1:
        return None
    day = days[0]
    if (now.date() - day).days > PAST_REACH and day.isoformat() not in text:
        # (a day long past is next year's, unless written with its year: "2024-11-30")
        try:
            return day.replace(year=day.year + 1)
        except ValueError:  # (February 29 of a leap year: no such day the next year)
            return day
    return day


def convert(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    if ask.clock is None or ask.zone is None:
        return unknown(k, "that time in another time zone", "time_conversion")
    source = ask.clock_zone
    tz = source.tz if source is not None else k.tz
    day = _day_said(ask.text, now) or k.workshop.first_day or now.astimezone(tz).date()
    clock = ask.clock
    if clock == (11, 59) and MORNING.isdisjoint(words(ask.text)) and \
            "a.m" not in ask.text.replace(" ", ""):
        clock = (23, 59)  # ("11:59 aoe": a deadline's minute before midnight, not before noon)
    at = datetime.combine(day, time(*clock), tz)
    local = at.astimezone(ask.zone.tz)
    said = zone_label(source, at) if source is not None else \
        f"{k.workshop.timezone} (the workshop's time zone)"
    shift = (local.date() - day).days
    other_day = {-1: " (the day before)", 1: " (the next day)"}.get(shift, "")
    # (written out, not a moment shown in the reader's own zone: the zone asked for is the point)
    return Answer(kind=Kind.ANSWER, title="In your time zone", intent="time_conversion",
                  confidence=1.0, text=f"{at:%H:%M} in {said} on {written_date(day)} is "
                  f"{local:%H:%M}{other_day} in {zone_label(ask.zone, local)}.")
