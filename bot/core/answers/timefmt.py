"""Writing dates and spans of time for people: month names, never 10/12 ambiguity."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.answers.answer import Moment


def written_date(day: date) -> str:
    """``October 20, 2017``."""
    return f"{day:%B} {day.day}, {day.year}"


def written_time(at: datetime) -> str:
    """``5:00 PM`` style, with the zone's abbreviation when it has one."""
    hour = at.hour % 12 or 12
    zone = at.tzname() or ""
    return f"{hour}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}" + (f" {zone}" if zone else "")


def written_moment(moment: Moment) -> str:
    """A moment as the knowledge states it: a date, or a date and time in its own zone."""
    if moment.date_only:
        text = written_date(moment.at.date())
    elif moment.time_only:
        text = written_time(moment.at)
    else:
        text = f"{written_date(moment.at.date())}, {written_time(moment.at)}"
    return text


def plain_moment(moment: Moment) -> str:
    """A moment for plain text: ``October 20, 2017 (that's in 5 days)``."""
    phrase = moment.relative_phrase()
    return f"{written_moment(moment)} ({phrase})" if phrase else written_moment(moment)


def plural(n: int, unit: str) -> str:
    """``1 day``, ``5 days``."""
    return f"{n} {unit}{'' if n == 1 else 's'}"


def span(delta: timedelta) -> str:
    """A rough, readable length of time: ``5 days``, ``3 hours``, ``2 weeks``."""
    seconds = abs(delta.total_seconds())
    minutes = int(seconds // 60)
    if minutes < 1:
        return "less than a minute"
    if minutes < 60:
        return plural(minutes, "minute")
    hours = int(seconds // 3600)
    if hours < 48:
        return plural(hours, "hour")
    days = int(seconds // 86400)
    if days < 14:
        return plural(days, "day")
    if days < 60:
        return plural(days // 7, "week")
    if days < 730:
        return plural(round(days / 30.44), "month")
    return plural(round(days / 365.25), "year")


def days_between(now: datetime, day: date) -> int:
    """Whole calendar days from ``now`` (in ``day``'s frame) to ``day``; negative if past."""
    return (day - now.date()).days


def relative_day(now: datetime, day: date) -> str:
    """``today``, ``tomorrow``, ``yesterday``, ``in 5 days``, ``3 weeks ago``."""
    n = days_between(now, day)
    if n == 0:
        return "today"
    if n == 1:
        return "tomorrow"
    if n == -1:
        return "yesterday"
    text = span(timedelta(days=abs(n)))
    return f"in {text}" if n > 0 else f"{text} ago"
