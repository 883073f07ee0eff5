"""The knowledge model: one workshop's facts, as an organizer writes them in YAML.

Validation lives here (pydantic); turning YAML into these objects, with file line numbers in every
error, lives in :mod:`bot.core.knowledge.loader`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cached_property
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from bot.core.when import parse_span

AOE = timezone(timedelta(hours=-12), "AoE")
END_OF_DAY = time(23, 59, 59)

# The years a date may fall in: every moment the bot computes from one (reminders up to a year
# before, the time left, a calendar file, a Discord timestamp) stays representable.
FIRST_YEAR, LAST_YEAR = 1970, 2200
MAX_REMINDER = timedelta(days=366)
_DATE_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                         r"\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def parse_duration(text: str) -> timedelta:
    """A reminder offset: ``7d``, ``36h``, ``30m``, ``2w``, ``1 week``, ``3 days``, ``1h30m``.

    The grammar is the one ``/announce at`` reads for relative times (:func:`parse_span`).
    """
    span = parse_span(str(text))
    if span is None:
        raise ValueError(f"'{text}' is not a duration such as 30m, 6h, 1d, 2w or 1 week")
    if span <= timedelta():
        raise ValueError(f"'{text}' must be longer than zero")
    if span > MAX_REMINDER:
        raise ValueError(f"'{text}' is more than a year; a reminder must come at most a year "
                         "before its deadline")
    return span


def resolve_timezone(name: str) -> tzinfo:
    """An IANA zone, or AoE (Anywhere on Earth, UTC-12)."""
    if name.strip().lower() in {"aoe", "anywhere on earth"}:
        return AOE
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        guess = _closest_zone(name.strip())
        hint = f"did you mean {guess}?" if guess else \
            "use an IANA name such as America/Los_Angeles, or AoE"
        raise ValueError(f"unknown time zone '{name}' ({hint})") from exc


def _closest_zone(name: str) -> str | None:
    from rapidfuzz import fuzz, process  # only when a zone is wrong: not on every start

    if not name or len(name) > 60:
        return None
    zones = {z: z.lower() for z in available_timezones()} | {"AoE": "aoe"}
    best = process.extractOne(name.lower(), zones, scorer=fuzz.ratio, score_cutoff=75)
    return best[2] if best else None


def _date_or_datetime(value: Any) -> date | datetime:
    if isinstance(value, datetime | date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise ValueError("must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)")
    text = value.strip()
    if not _DATE_SHAPE.match(text):
        raise ValueError(f"'{text}' is not written as a date: write YYYY-MM-DD, such as "
                         "2031-06-14, or a date and time, such as 2031-06-14T09:00 (an offset "
                         "such as +02:00 may follow)")
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
        slug = re.sub(r"[^a-z0-9_]+", "-", value.strip().lower()).strip("-_")
        hint = f"; did you mean '{slug}'?" if slug and _ID.match(slug) else ""
        raise ValueError(f"'{value}' is not a valid id (lowercase letters, digits, - and _, "
                         f"starting with a letter or digit{hint})")
    return value


def _due(value: Any) -> date | datetime | str:
    if isinstance(value, str) and value.strip().upper() == TBA:
        return TBA
    if isinstance(value, str) and re.fullmatch(r"(?i)\s*(tbd|tbc|to be (announced|decided|"
                                               r"confirmed)|unknown|n/?a|\?+)\s*", value):
        raise ValueError(f"'{value.strip()}': write TBA for a date still to be announced")
    return _date_or_datetime(value)


def _moment(value: Any) -> datetime:
    parsed = _date_or_datetime(value)
    if not isinstance(parsed, datetime):
        raise ValueError("must be a date and a time of day (YYYY-MM-DDTHH:MM), not a day alone")
    return parsed


def _email_or_url(value: str) -> str:
    try:
        return _email(value)
    except ValueError:
        pass
    try:
        return _url(value)
    except ValueError:
        raise ValueError(f"'{value}' is neither an email address nor a web address "
                         "(http:// or https://)") from None


# What editors see (``workshop-bot schema``): patterns rather than JSON Schema's "date-time"
# format, which demands an offset that a knowledge file may leave out
_DAY_RX = r"\d{4}-\d{2}-\d{2}"
_TIME_RX = r"[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|z|[+-]\d{2}(:?\d{2})?)?"


def _pattern(rx: str) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", "pattern": rx})


TBA = "TBA"
Text = Annotated[str, AfterValidator(_nonblank)]
Email = Annotated[str, AfterValidator(_email), _pattern(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")]
Url = Annotated[str, AfterValidator(_url), _pattern(r"^https?://\S+$")]
Contact = Annotated[str, AfterValidator(_email_or_url),
                    _pattern(r"^([^@\s<>]+@[^@\s<>]+\.[^@\s<>]+|https?://\S+)$")]
Ident = Annotated[str, AfterValidator(_ident), _pattern(r"^[a-z0-9][a-z0-9_-]*$")]
When = Annotated[date | datetime, BeforeValidator(_date_or_datetime),
                 _pattern(rf"^{_DAY_RX}({_TIME_RX})?$")]
Due = Annotated[date | datetime | Literal["TBA"], BeforeValidator(_due),
                _pattern(rf"^({_DAY_RX}({_TIME_RX})?|[Tt][Bb][Aa])$")]
At = Annotated[datetime, BeforeValidator(_moment), _pattern(rf"^{_DAY_RX}{_TIME_RX}$")]
Day = Annotated[date, BeforeValidator(_plain_date), _pattern(rf"^{_DAY_RX}$")]
Offset = Annotated[str, AfterValidator(lambda v: (parse_duration(v), v.strip())[1]),
                   WithJsonSchema({"type": "string", "examples": ["7d", "36h", "1 week"]})]
Flag = Annotated[bool, Field(strict=True)]
Pages = Annotated[int, Field(gt=0, le=1000, strict=True)]
Mode = Literal["in-person", "virtual", "hybrid"]
SessionKind = Literal["keynote", "talk", "poster", "panel", "break", "social", "other"]


def _about(text: str) -> Any:
    return Field(default=None, description=text)


class _Strict(BaseModel):
    # built on first validation, not at import: a responder read from the cache never needs it
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False, defer_build=True)


class PreviousEdition(_Strict):
    """An earlier edition of the workshop."""

    name: Text = Field(description="What it was called, e.g. 'Example Workshop @ CONF 2030'.")
    url: Url | None = _about("Its web page.")


class Workshop(_Strict):
    """The workshop itself: what, when and where."""

    name: Text = Field(description="The workshop's full name.")
    short_name: Text | None = _about("What people call it in chat, e.g. 'ESW 2031'.")
    conference: Text | None = _about("The conference it is co-located with.")
    description: Text | None = _about("A few sentences on its aims (shown by /about).")
    website: Url | None = _about("The workshop's web page.")
    contact: Contact | None = _about(
        "The workshop's own contact address (email, or a contact page): 'I don't know' replies "
        "point here first, before any one organizer.")
    timezone: Text = Field(description="IANA time zone name (e.g. America/Chicago) or AoE; "
                                       "used for every date and time without an offset.")
    date: Day | None = _about("The day of a one-day workshop (YYYY-MM-DD).")
    start: Day | None = _about("The first day of a workshop of several days.")
    end: Day | None = _about("The last day of a workshop of several days.")
    location: Text | None = _about("City and region, e.g. 'Chicago, Illinois, USA'.")
    venue: Text | None = _about("The building or room.")
    mode: Mode | None = _about("How it takes place: in-person, virtual or hybrid.")
    stream_url: Url | None = _about("Where remote attendees watch.")
    topics: list[Text] = Field(default_factory=list, description="The call's list of topics.")
    previous_editions: list[PreviousEdition] = Field(
        default_factory=list, description="Earlier editions of the workshop.")

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
    """One deadline of the call."""

    id: Ident = Field(description="A short unique id: lowercase letters, digits, - and _.")
    name: Text = Field(description="What the call calls it, e.g. 'Paper submission'.")
    due: Due = Field(description="A date (the end of that day in workshop.timezone), a date and "
                                 "time (with or without an offset), or TBA when the call says "
                                 "it will be announced.")
    extended_from: When | None = _about("The original date of a deadline that was extended.")
    note: Text | None = _about("Anything else the call says about it.")
    reminders: list[Offset] | None = _about(
        "This deadline's own reminders (e.g. [3d, 1h]); [] for none. Without it, the file's "
        "reminders apply.")

    @field_validator("extended_from")
    @classmethod
    def _extension(cls, value: date | datetime | None, info: ValidationInfo
                   ) -> date | datetime | None:
        due = info.data.get("due")
        if value is not None and due not in (None, TBA) and \
                _instant(value, UTC) >= _instant(due, UTC):
            raise ValueError("must be before due: (it is the original date of an extended "
                             "deadline)")
        return value

    @property
    def tba(self) -> bool:
        """True when the call says the deadline will be announced (no date yet)."""
        return self.due == TBA

    @property
    def date_only(self) -> bool:
        """True when the knowledge gives a day and no time of day."""
        return not self.tba and not isinstance(self.due, datetime)

    def due_at(self, tz: tzinfo) -> datetime | None:
        """The moment the deadline passes, timezone-aware; None while it is TBA.

        A bare date means the end of that day in the workshop's zone; a date-time without an
        offset is read in the workshop's zone.
        """
        if self.tba:
            return None
        return _instant(self.due, tz)  # type: ignore[arg-type]

    def extended_from_at(self, tz: tzinfo) -> datetime | None:
        """The original moment of an extended deadline, read like ``due``."""
        return None if self.extended_from is None else _instant(self.extended_from, tz)


def _instant(value: date | datetime, tz: tzinfo) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    return datetime.combine(value, END_OF_DAY, tzinfo=tz)


class Track(_Strict):
    """A paper type with its own rules; a field it leaves out is the submission-wide one."""

    id: Ident = Field(description="A short unique id, e.g. short, long, demo.")
    name: Text = Field(description="What the call calls it, e.g. 'Short paper'.")
    description: Text | None = _about("What this kind of paper is for.")
    page_limit: Pages | None = _about("Pages allowed for this paper type.")
    references_count: Flag | None = _about("Whether references count toward its page limit.")
    anonymized: Flag | None = _about("Whether these papers must be anonymized.")
    archival: Flag | None = _about("Whether these papers appear in proceedings.")
    file_format: Text | None = _about("The file format, e.g. PDF.")
    style: Text | None = _about("Whose format or template to follow.")
    style_url: Url | None = _about("Where the template is.")
    submission_url: Url | None = _about("Where to submit this paper type.")


class Submission(_Strict):
    """The rules for papers; every field optional."""

    page_limit: Pages | None = _about("Pages allowed.")
    references_count: Flag | None = _about(
        "false = references are not counted in the page limit; true = they are.")
    anonymized: Flag | None = _about("true = submissions must be anonymized (double-blind).")
    archival: Flag | None = _about("false = non-archival (no proceedings); true = published.")
    dual_submission: Flag | None = _about(
        "true = work under review elsewhere may be submitted; false = it may not.")
    file_format: Text | None = _about("The file format, e.g. PDF.")
    style: Text | None = _about("Whose format or template to follow, e.g. 'EXAMPLECONF 2031'.")
    style_url: Url | None = _about("Where the template or style files are.")
    submission_url: Url | None = _about("Where to submit.")
    tracks: list[Track] = Field(default_factory=list,
                                description="Paper types with their own rules (each id unique).")

    def track(self, track_id: str) -> Track | None:
        return next((t for t in self.tracks if t.id == track_id), None)

    def rule(self, name: str, track: Track | None = None) -> Any:
        """One rule for a track: its own value, else the submission-wide one."""
        if track is not None and getattr(track, name, None) is not None:
            return getattr(track, name)
        return getattr(self, name, None)


class Session(_Strict):
    """One item of the workshop's program."""

    title: Text = Field(description="What it is, e.g. 'Keynote: Systems at scale'.")
    start: At = Field(description="When it starts, a date and time (in workshop.timezone "
                                  "unless it has an offset).")
    end: At | None = _about("When it ends; without it, the next session's start.")
    kind: SessionKind | None = _about(
        "keynote, talk, poster, panel, break, social or other.")
    speakers: list[Text] = Field(default_factory=list, description="Who speaks.")
    room: Text | None = _about("Where, if not the workshop's own room.")

    def start_at(self, tz: tzinfo) -> datetime:
        return _instant(self.start, tz)

    def end_at(self, tz: tzinfo) -> datetime | None:
        return None if self.end is None else _instant(self.end, tz)

    @field_validator("end")
    @classmethod
    def _after_start(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        start = info.data.get("start")
        if value is not None and start is not None and \
                _instant(value, UTC) <= _instant(start, UTC):
            raise ValueError("must be after start:")
        return value


class Organizer(_Strict):
    """A member of the organizing committee."""

    name: Text = Field(description="Their name.")
    affiliation: Text | None = _about("Their university or company.")
    email: Email | None = _about("Their email address.")
    role: Text | None = _about("e.g. general chair, program chair.")


class FaqEntry(_Strict):
    """A question the organizers answer themselves."""

    id: Ident = Field(description="A short unique id.")
    questions: Annotated[list[Text], Field(min_length=1)] = Field(
        description="Two or three ways to ask it.")
    answer: Text = Field(description="The answer, in your own words.")


class Knowledge(_Strict):
    """Everything the bot knows about one workshop."""

    workshop: Workshop = Field(description="The workshop itself.")
    deadlines: list[Deadline] = Field(default_factory=list,
                                      description="Any number of deadlines; each id unique.")
    reminders: list[Offset] = Field(
        default_factory=list,
        description="Posted before every deadline, e.g. [7d, 1d, 1h] or [1 week, 1 day].")
    submission: Submission = Field(default_factory=Submission,
                                   description="The rules for papers.")
    program: list[Session] = Field(default_factory=list,
                                   description="The workshop day(s): talks, keynotes, breaks.")
    organizers: list[Organizer] = Field(default_factory=list,
                                        description="The organizing committee.")
    faq: list[FaqEntry] = Field(default_factory=list,
                                description="Extra questions the organizers answer.")

    @property
    def tz(self) -> tzinfo:
        return self.workshop.tz

    def deadline(self, deadline_id: str) -> Deadline | None:
        return next((d for d in self.deadlines if d.id == deadline_id), None)

    def deadlines_in_order(self) -> list[Deadline]:
        """Every deadline, earliest first; those still to be announced (TBA) last."""
        far = datetime.max.replace(tzinfo=UTC)
        return sorted(self.deadlines, key=lambda d: d.due_at(self.tz) or far)

    def dated_deadlines(self) -> list[Deadline]:
        """The deadlines that have a date, earliest first."""
        return [d for d in self.deadlines_in_order() if not d.tba]

    def reminder_offsets(self, deadline: Deadline) -> list[timedelta]:
        """The reminder offsets that apply to one deadline (its own list wins; none when TBA)."""
        if deadline.tba:
            return []
        offsets = self.reminders if deadline.reminders is None else deadline.reminders
        out = set()
        for offset in offsets:
            try:
                out.add(parse_duration(offset))
            except (OverflowError, ValueError):
                continue  # `check` refuses it; the running bot plans the other reminders
        return sorted(out, reverse=True)

    def faq_entry(self, faq_id: str) -> FaqEntry:
        """The FAQ entry with this id (ids are unique; a missing one is a KeyError)."""
        for entry in self.faq:
            if entry.id == faq_id:
                return entry
        raise KeyError(faq_id)

    def sessions(self) -> list[tuple[Session, datetime, datetime]]:
        """The program in time order as (session, start, end), aware; a session without an end
        runs until the next one starts (the last one, an hour)."""
        ordered = sorted(self.program, key=lambda s: s.start_at(self.tz))
        out = []
        for i, s in enumerate(ordered):
            start = s.start_at(self.tz)
            end = s.end_at(self.tz)
            if end is None:
                later = [n.start_at(self.tz) for n in ordered[i + 1:]
                         if n.start_at(self.tz) > start]
                end = later[0] if later else start + timedelta(hours=1)
            out.append((s, start, end))
        return out

    def workshop_start(self) -> datetime | None:
        day = self.workshop.first_day
        return datetime.combine(day, time(0), tzinfo=self.tz) if day else None

    def workshop_end(self) -> datetime | None:
        day = self.workshop.last_day
        return datetime.combine(day, END_OF_DAY, tzinfo=self.tz) if day else None
