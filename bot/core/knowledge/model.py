"""The knowledge model: one workshop's facts, as an organizer writes them in YAML.

Validation lives here (pydantic); turning YAML into these objects, with file line numbers in every
error, lives in :mod:`bot.core.knowledge.loader`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import cached_property
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

AOE = timezone(timedelta(hours=-12), "AoE")
END_OF_DAY = time(23, 59, 59)

_DURATION = re.compile(r"^\s*(\d+)\s*(m|min|h|d|w)\s*$", re.IGNORECASE)
_DURATION_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}
# The years a date may fall in: every moment the bot computes from one (reminders up to a year
# before, the time left, a calendar file, a Discord timestamp) stays representable.
FIRST_YEAR, LAST_YEAR = 1970, 2200
MAX_REMINDER = timedelta(days=366)
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def parse_duration(text: str) -> timedelta:
    """Parse a reminder offset such as ``7d``, ``36h``, ``30m`` or ``2w``."""
    m = _DURATION.match(str(text))
    if not m:
        raise ValueError(f"'{text}' is not a duration such as 30m, 6h, 1d or 2w")
    value = int(m.group(1))
    if value <= 0:
        raise ValueError(f"'{text}' must be longer than zero")
    unit = _DURATION_UNITS[m.group(2).lower()]
    if value > MAX_REMINDER / timedelta(**{unit: 1}):
        raise ValueError(f"'{text}' is more than a year; a reminder must come at most a year "
                         "before its deadline")
    return timedelta(**{unit: value})


def resolve_timezone(name: str) -> tzinfo:
    """An IANA zone, or AoE (Anywhere on Earth, UTC-12)."""
    if name.strip().lower() in {"aoe", "anywhere on earth"}:
        return AOE
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone '{name}' (use an IANA name such as "
                         "America/Los_Angeles, or AoE)") from exc


def _date_or_datetime(value: Any) -> date | datetime:
    if isinstance(value, datetime | date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise ValueError("must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)")
    text = value.strip()
    try:
        parsed = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError as exc:
        reason = str(exc)
        if "offset must be" in reason:
            reason = "its UTC offset must be between -23:59 and +23:59"
        raise ValueError(f"'{text}' is not a real date or date-time ({reason})") from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise ValueError(f"'{text}' is in the year {parsed.year}; the bot handles dates from "
                         f"{FIRST_YEAR} to {LAST_YEAR}")
    return parsed


def _plain_date(value: Any) -> date:
    parsed = _date_or_datetime(value)
    if isinstance(parsed, datetime):
        raise ValueError("must be a calendar date (YYYY-MM-DD), without a time")
    return parsed


def _no_marks(value: str) -> str:
    # the loader reports these with a line number; this keeps knowledge built in code safe too
    if "\ue000" in value or "\ue001" in value:
        raise ValueError("contains U+E000 or U+E001, characters the bot reserves for its own use")
    return value


def _nonblank(value: str) -> str:
    _no_marks(value)
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def _email(value: str) -> str:
    _no_marks(value)
    if not _EMAIL.match(value.strip()):
        raise ValueError(f"'{value}' is not an email address")
    return value.strip()


def _url(value: str) -> str:
    _no_marks(value)
    if not re.match(r"^https?://\S+$", value.strip()):
        raise ValueError(f"'{value}' is not a web address (http:// or https://)")
    return value.strip()


def _ident(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(f"'{value}' is not a valid id (lowercase letters, digits, - and _)")
    return value


Text = Annotated[str, AfterValidator(_nonblank)]
Email = Annotated[str, AfterValidator(_email)]
Url = Annotated[str, AfterValidator(_url)]
Ident = Annotated[str, AfterValidator(_ident)]
When = Annotated[date | datetime, BeforeValidator(_date_or_datetime)]
Day = Annotated[date, BeforeValidator(_plain_date)]
Offset = Annotated[str, AfterValidator(lambda v: (parse_duration(v), v.strip())[1])]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


class PreviousEdition(_Strict):
    name: Text
    url: Url | None = None


class Workshop(_Strict):
    name: Text
    short_name: Text | None = None
    conference: Text | None = None
    description: Text | None = None
    website: Url | None = None
    timezone: Text
    date: Day | None = None
    start: Day | None = None
    end: Day | None = None
    location: Text | None = None
    venue: Text | None = None
    topics: list[Text] = Field(default_factory=list)
    previous_editions: list[PreviousEdition] = Field(default_factory=list)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        resolve_timezone(value)
        return value

    @model_validator(mode="after")
    def _days(self) -> Workshop:
        if self.date and (self.start or self.end):
            raise ValueError("give either date: or start:/end:, not both")
        if self.end and not self.start:
            raise ValueError("end: needs a start:")
        if self.start and self.end and self.end < self.start:
            raise ValueError("end: is before start:")
        return self

    @cached_property
    def tz(self) -> tzinfo:
        return resolve_timezone(self.timezone)

    @property
    def first_day(self) -> date | None:
        return self.date or self.start

    @property
    def last_day(self) -> date | None:
        return self.date or self.end or self.start


class Deadline(_Strict):
    id: Ident
    name: Text
    due: When
    note: Text | None = None
    reminders: list[Offset] | None = None

    @property
    def date_only(self) -> bool:
        """True when the knowledge gives a day and no time of day."""
        return not isinstance(self.due, datetime)

    def due_at(self, tz: tzinfo) -> datetime:
        """The moment the deadline passes, timezone-aware.

        A bare date means the end of that day in the workshop's zone; a date-time without an
        offset is read in the workshop's zone.
        """
        if isinstance(self.due, datetime):
            return self.due if self.due.tzinfo else self.due.replace(tzinfo=tz)
        return datetime.combine(self.due, END_OF_DAY, tzinfo=tz)


class Submission(_Strict):
    page_limit: Annotated[int, Field(gt=0, le=1000, strict=True)] | None = None
    references_count: Annotated[bool, Field(strict=True)] | None = None
    anonymized: Annotated[bool, Field(strict=True)] | None = None
    file_format: Text | None = None
    style: Text | None = None
    style_url: Url | None = None
    submission_url: Url | None = None


class Organizer(_Strict):
    name: Text
    affiliation: Text | None = None
    email: Email | None = None
    role: Text | None = None


class FaqEntry(_Strict):
    id: Ident
    questions: Annotated[list[Text], Field(min_length=1)]
    answer: Text


class Knowledge(_Strict):
    """Everything the bot knows about one workshop."""

    workshop: Workshop
    deadlines: list[Deadline] = Field(default_factory=list)
    reminders: list[Offset] = Field(default_factory=list)
    submission: Submission = Field(default_factory=Submission)
    organizers: list[Organizer] = Field(default_factory=list)
    faq: list[FaqEntry] = Field(default_factory=list)

    @property
    def tz(self) -> tzinfo:
        return self.workshop.tz

    def deadline(self, deadline_id: str) -> Deadline | None:
        return next((d for d in self.deadlines if d.id == deadline_id), None)

    def reminder_offsets(self, deadline: Deadline) -> list[timedelta]:
        """The reminder offsets that apply to one deadline (its own list wins)."""
        offsets = self.reminders if deadline.reminders is None else deadline.reminders
        return sorted({parse_duration(o) for o in offsets}, reverse=True)

    def workshop_start(self) -> datetime | None:
        day = self.workshop.first_day
        return datetime.combine(day, time(0), tzinfo=self.tz) if day else None

    def workshop_end(self) -> datetime | None:
        day = self.workshop.last_day
        return datetime.combine(day, END_OF_DAY, tzinfo=self.tz) if day else None
