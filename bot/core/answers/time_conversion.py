"""A time of day the asker says, in another time zone: "the opening is 9am local, what is that in
PST?", "9:30 Taipei time in IST?". Converted on the workshop's first day (so daylight saving is
the one in force then), or on today's date when the file gives no day."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from bot.core.answers.answer import Answer, Kind
from bot.core.answers.timefmt import written_date
from bot.core.answers.unknown import unknown
from bot.core.answers.zone_line import zone_label
from bot.core.knowledge.model import Knowledge

if TYPE_CHECKING:
    from bot.core.answers.builders import Ask


def convert(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    if ask.clock is None or ask.zone is None:
        return unknown(k, "that time in another time zone", "time_conversion")
    source = ask.clock_zone
    tz = source.tz if source is not None else k.tz
    day = k.workshop.first_day or now.astimezone(tz).date()
    at = datetime.combine(day, time(*ask.clock), tz)
    local = at.astimezone(ask.zone.tz)
    said = zone_label(source, at) if source is not None else \
        f"{k.workshop.timezone} (the workshop's time zone)"
    shift = (local.date() - day).days
    other_day = {-1: " (the day before)", 1: " (the next day)"}.get(shift, "")
    # (written out, not a moment shown in the reader's own zone: the zone asked for is the point)
    return Answer(kind=Kind.ANSWER, title="In your time zone", intent="time_conversion",
                  confidence=1.0, text=f"{at:%H:%M} in {said} on {written_date(day)} is "
                  f"{local:%H:%M}{other_day} in {zone_label(ask.zone, local)}.")
