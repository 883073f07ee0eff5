"""The range of moments the bot can schedule and show: years 1970 to 8999 (UTC).

Python's datetime ends at year 9999 and a time zone, a reminder offset or a retry delay can push a
moment past either end (``OverflowError``). Every moment the bot plans with is computed through
these functions, which give None instead of an error, so one odd date in a knowledge file or an
organizer's command is reported for itself and never stops anything else.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)  # far enough from year 9999 for any time zone


def in_range(at: datetime) -> bool:
    """Whether ``at`` (aware) lies in the supported range."""
    try:
        utc = at.astimezone(UTC)
    except (OverflowError, ValueError):
        return False
    return EARLIEST <= utc < LATEST


def shifted(at: datetime, delta: timedelta) -> datetime | None:
    """``at + delta``, or None when that falls outside the supported range."""
    try:
        out = at + delta
    except OverflowError:
        return None
    return out if in_range(out) else None


def out_of_range(at: datetime) -> str:
    """What to tell someone about a moment outside the range."""
    return (f"{at.isoformat()} is outside the range the bot can schedule "
            f"({EARLIEST.year} to {LATEST.year - 1})")
