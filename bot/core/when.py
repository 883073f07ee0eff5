"""Reading the ``at`` of ``/announce``: when an organizer wants a post to go out.

Accepted (case-insensitive), read in the workshop's time zone unless an offset is given:

- ISO 8601 date-times: ``2026-03-01T09:00``, ``2026-03-01 09:00``, ``2026-03-01T09:00:00+01:00``,
  ``2026-03-01T08:00Z``
- relative spans: ``in 2h``, ``in 90 minutes``, ``in 3 days``, ``in 1 hour 30 minutes``,
  ``in 1h30m``, ``in a week`` (``in`` may be left out: ``2h``)
- a day and a time of day: ``tomorrow 9:00``, ``tomorrow at 9am``, ``today 17:30``,
  ``today at 5:30 pm``, ``tomorrow noon``; a time alone (``at 17:00``) means today

No third-party parser: these few forms are all the issue asks for, and a general natural-language
parser (dateparser) would guess at inputs we would rather refuse with a clear message.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

MAX_AHEAD = timedelta(days=366)

_UNITS = {
    "m": "minutes", "min": "minutes", "mins": "minutes", "minute": "minutes",
    "minutes": "minutes",
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "d": "days", "day": "days", "days": "days",
    "w": "weeks", "wk": "weeks", "week": "weeks", "weeks": "weeks",
}
# An amount is a number or a lone "a"/"an"; a unit is a whole run of letters. Neither may split a
# run of letters, so a long typo cannot make the match backtrack exponentially.
_SPAN_PART = re.compile(r"(\d+(?:\.\d+)?|\ban?(?=\s))\s*([a-z]+)(?![a-z])")
_SPAN = re.compile(
    r"^(?:in\s+|\+\s*)?((?:(?:\d+(?:\.\d+)?|\ban?(?=\s))\s*[a-z]+(?![a-z])[\s,]*(?:and\s+)?)+)$")
_CLOCK = re.compile(
    r"^(?:at\s+)?(?:(noon|midday|midnight)|(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?)$")
_DAY = re.compile(r"^(today|tomorrow|tonight|yesterday)\b\s*(.*)$")
_ISO_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

EXAMPLES = "`in 2h`, `in 3 days`, `tomorrow 9:00`, `tomorrow at 9am` or `2026-03-01T09:00`"


class WhenError(ValueError):
    """``at`` could not be read, or names a moment that is not in the future."""


def parse_when(text: str, now: datetime, tz: tzinfo) -> datetime:
    """The moment ``text`` names (aware), relative to ``now``; :class:`WhenError` if unusable."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    raw = " ".join(str(text).split())
    cleaned = raw.lower().strip().rstrip(".")
    if not cleaned:
        raise WhenError(f"Give a time, for example {EXAMPLES}.")
    moment = (_iso(raw, tz) or _relative(cleaned, now) or _day_and_clock(cleaned, now, tz))
    if moment is None:
        raise WhenError(f"I could not read the time `{raw}`. Try {EXAMPLES} "
                        "(times without an offset are in the workshop's time zone).")
    if moment <= now:
        raise WhenError(f"`{raw}` is in the past ({_show(moment, tz)}); give a time that is "
                        "still ahead.")
    if moment - now > MAX_AHEAD:
        raise WhenError(f"`{raw}` is more than a year away ({_show(moment, tz)}); "
                        "schedule something closer.")
    return moment


def _show(moment: datetime, tz: tzinfo) -> str:
    local = moment.astimezone(tz)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or ''}".strip()


def _iso(text: str, tz: tzinfo) -> datetime | None:
    candidate = text.strip()
    if _ISO_DATE_ONLY.match(candidate):
        raise WhenError(f"`{candidate}` is a day without a time; add the time of day, for "
                        f"example `{candidate}T09:00`.")
    if not re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d", candidate, re.IGNORECASE):
        return None
    try:
        parsed = datetime.fromisoformat(candidate.replace("z", "Z"))
    except ValueError as exc:
        raise WhenError(f"`{candidate}` is not a real date and time ({exc}).") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)


def parse_span(text: str) -> timedelta | None:
    """A span such as ``2h``, ``in 3 days``, ``1 hour 30 minutes``, ``a week`` or ``7d``; None
    when ``text`` is not one. Shared by ``/announce at`` and the knowledge file's reminders.

    A span too long for a timedelta comes back as ``timedelta.max`` (callers set their limits).
    """
    m = _SPAN.match(" ".join(str(text).lower().split()).rstrip("."))
    if not m:
        return None
    total = timedelta()
    for amount, unit in _SPAN_PART.findall(m.group(1)):
        if unit not in _UNITS:
            return None
        value = 1.0 if amount in {"a", "an"} else float(amount)
        try:
            total += timedelta(**{_UNITS[unit]: value})
        except OverflowError:
            return timedelta.max
    return total


def _relative(text: str, now: datetime) -> datetime | None:
    total = parse_span(text)
    if total is None:
        return None
    if total <= timedelta():
        raise WhenError("A relative time must be longer than zero, for example `in 2h`.")
    if total > MAX_AHEAD:
        raise WhenError(f"`{text}` is more than a year away; schedule something closer.")
    return now + total


def _day_and_clock(text: str, now: datetime, tz: tzinfo) -> datetime | None:
    local_now = now.astimezone(tz)
    day: date = local_now.date()
    rest = text
    m = _DAY.match(text)
    if m:
        word, rest = m.group(1), m.group(2).strip()
        day += timedelta(days={"tomorrow": 1, "yesterday": -1}.get(word, 0))
        if not rest:
            raise WhenError(f"`{text}` needs a time of day too, for example `{word} 9:00`.")
    clock = _clock(rest, bare_hour=bool(m))
    if clock is None:
        return None
    return datetime.combine(day, clock, tzinfo=tz)


def _clock(text: str, *, bare_hour: bool) -> time | None:
    m = _CLOCK.match(text.strip())
    if not m:
        return None
    if m.group(1):
        return time(0) if m.group(1) == "midnight" else time(12)
    hour, minute = int(m.group(2)), int(m.group(3) or 0)
    suffix = (m.group(4) or "").replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            raise WhenError(f"`{text}`: with am/pm the hour must be 1 to 12.")
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    elif m.group(3) is None and not bare_hour and not text.strip().startswith("at"):
        # a lone number ("9") is too easily a typo; "tomorrow 9" and "at 9" are fine
        return None
    if hour > 23 or minute > 59:
        raise WhenError(f"`{text}` is not a time of day.")
    return time(hour, minute)
