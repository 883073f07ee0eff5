"""Answers about the workshop's program (``program:``): what is on now, next, after a session,
the whole day, a speaker's talk, the breaks.

Every builder is pure: it takes the knowledge, ``now`` (timezone-aware) and the entities that
understanding found, and never reads the question text. Session times are Moments, so the
terminal writes them in the workshop's zone and Discord in each reader's own.

Entities:

- ``program_now(k, now)``, ``program_next(k, now)``, ``breaks(k, now)``: none.
- ``program_after(k, now, after)``: ``after`` names the moment asked about: the title of a
  session as the program writes it (``"Lunch"``; matched ignoring case, then as a part of a
  title, then as a session kind such as ``"break"``), or an aware datetime.
- ``program_day(k, now, day=None)``: ``day`` is a calendar date of the workshop; None means the
  workshop day that is today, else every day.
- ``speaker_talk(k, now, speaker)``: ``speaker`` is a name as understanding found it: a whole
  name ("Grace Example", matched whole, ignoring case and accents) or one part of one
  ("Grace", "Dijkstraat", matching every speaker with that first or last name).

Without a program every one of them is an honest "I don't know" that points to the organizers.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from bot.core.answers.answer import Answer, Kind, Moment
from bot.core.answers.timefmt import span, written_date
from bot.core.answers.unknown import unknown
from bot.core.knowledge.model import Knowledge, Session
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import fold, words

if TYPE_CHECKING:
    from bot.core.understanding.zones import NamedZone

Slot = tuple[Session, datetime, datetime]
PROGRAM_WORDS = table_words("program")
# what people call each kind of session, and the words that name no session in particular
KIND_OF: dict[str, str] = {fold(p): kind for kind, names in PROGRAM_WORDS["kind_names"].items()
                           for p in names}
GENERIC = frozenset(PROGRAM_WORDS["generic"])
_BREAK_WORDS = ("break", "lunch", "coffee", "dinner")
SEVERAL = frozenset(PROGRAM_WORDS["several"])  # words of a title of several items


def _no_program(k: Knowledge, intent: str) -> Answer:
    return unknown(k, "the program of the day (talks and their times)", intent)


def _starts(a: Answer, slot: Slot, now: datetime) -> str:
    """The start of a session as a moment, with how far away it is."""
    _s, start, _end = slot
    if start > now:
        template, phrase = "{when}", f"in {span(start - now)}"
    else:
        template, phrase = "started {when}", f"{span(now - start)} ago"
    return a.mark(Moment(start, False, "start", template, phrase))


def program_length(delta: timedelta) -> str:
    minutes = round(delta.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if minutes or not hours:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    return " ".join(parts)


def session_line(a: Answer, slot: Slot, now: datetime, *, relative: bool = True,
                 until: bool = False) -> str:
    """``Keynote: Scale (Grace Example; Hall A): <start>, for 45 minutes`` (a break, or with
    ``until``: ``, until <end>``).

    The end is written as a length, which reads the same in every time zone, and for a break
    also as the time of day it ends ("when is lunch?" is often asked for when it is over).
    """
    s, start, end = slot
    kind = s.kind if s.kind not in (None, "other") and s.kind not in fold(s.title) else None
    extras = [x for x in (kind, ", ".join(s.speakers) or None, s.room) if x]
    title = s.title + (f" ({'; '.join(extras)})" if extras else "")
    begin = _starts(a, slot, now) if relative else a.mark(Moment(start, False, "start"))
    if s.end is None:  # the end is not given: no length is made up
        return f"{title}: {begin}"
    length = f"{title}: {begin}, for {program_length(end - start)}"
    if not (until or _is_break(s)):
        return length
    # ("when's lunch?": a break is asked for when it is over too)
    return f"{length}, until {a.mark(Moment(end, False, 'end', time_only=True))}"


def _answer(title: str, text: str, intent: str) -> Answer:
    return Answer(Kind.ANSWER, title, text, intent=intent)


def program_now(k: Knowledge, now: datetime) -> Answer:
    slots = k.sessions()
    if not slots:
        return _no_program(k, "program_now")
    a = _answer("On now", "", "program_now")
    current = [x for x in slots if x[1] <= now < x[2]]
    if current:
        a.text = "On now:\n" + "\n".join(f"• {session_line(a, x, now)}" for x in current)
        later = [x for x in slots if x[1] >= current[-1][2]]
        if later:
            a.text += f"\nThen: {session_line(a, later[0], now)}"
        return a
    upcoming = [x for x in slots if x[1] > now]
    if not upcoming:
        a.text = (f"Nothing: the program of {k.workshop.name} is over (the last session, "
                  f"{slots[-1][0].title}, ended {a.mark(Moment(slots[-1][2], False, 'end'))}).")
        return a
    first = upcoming[0]
    if first is slots[0]:
        a.text = f"Nothing yet: the program starts with {session_line(a, first, now)}."
    else:
        a.text = f"Nothing right now (between sessions). Next: {session_line(a, first, now)}."
    return a


def program_at(k: Knowledge, now: datetime, hour: int, minute: int,
               zone: NamedZone | None = None) -> Answer:
    """What is on at a clock time, in the program's own time ("what's on at 4:30pm?") or in the
    ``zone`` named ("what's on at 18:20 CEST?"), else what comes next after it: on the
    program's day that is today, else its first day (named when the program has several)."""
    by_day = sessions_by_day(k)
    if not by_day:
        return _no_program(k, "program_at")
    days = sorted(by_day)
    slots = [x for d in days for x in by_day[d]]
    today = program_today(by_day, now)
    day = today if today in days else days[0]
    at = by_day[day][0][1].replace(hour=hour, minute=minute, second=0, microsecond=0)
    if zone is not None:
        # that clock in the zone named, on the day there that falls in the program (a zone
        # far west of the workshop's is still on the day before)
        first, last = slots[0][1], max(x[2] for x in slots)
        tries = [datetime.combine(day + timedelta(days=n), time(hour, minute), zone.tz)
                 for n in (0, -1, 1)]
        at = next((t for t in tries if first <= t < last), tries[0])
    a = _answer("Program", "", "program_at")
    clock = f"{at.hour % 12 or 12}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}"
    if zone is not None:
        clock += f" {at.tzname() or zone.key}"
    if len(days) > 1:
        clock += f" on {written_date(day)}"
    current = [x for x in slots if x[1] <= at < x[2]]
    if current:
        a.text = f"At {clock}:\n" + "\n".join(f"• {session_line(a, x, now)}" for x in current)
        return a
    later = [x for x in slots if x[1] >= at]
    a.text = (f"Nothing is on at {clock}. Next: {session_line(a, later[0], now)}." if later
              else f"Nothing is on at {clock}: the program is over by then.")
    return a


def program_next(k: Knowledge, now: datetime) -> Answer:
    slots = k.sessions()
    if not slots:
        return _no_program(k, "program_next")
    upcoming = [x for x in slots if x[1] > now]
    a = _answer("Next", "", "program_next")
    if not upcoming:
        a.text = f"Nothing more: the program of {k.workshop.name} is over."
        return a
    same_time = [x for x in upcoming if x[1] == upcoming[0][1]]
    a.text = "Next:\n" + "\n".join(f"• {session_line(a, x, now)}" for x in same_time)
    return a


def find_sessions(slots: list[Slot], name: str) -> list[Slot]:
    """The sessions ``name`` stands for, in time order: by whole title; else a kind's own name
    ("talks", "break": the coffee break and lunch) finds that kind and the titles with the word;
    else what people call a kind ("invited talks", "orals") finds the titles with those words
    (or with its distinctive one, "invited"), and only failing that the sessions of the kind."""
    wanted = " ".join(fold(name).split())
    if not wanted:
        return []
    exact = [x for x in slots if fold(x[0].title) == wanted]
    if exact:
        return exact
    singular, kind = _kind_of(wanted)
    in_title = re.compile(rf"\b({re.escape(wanted)}|{re.escape(singular)})\b")
    by_title = [x for x in slots if in_title.search(fold(x[0].title))]
    by_kind = [x for x in slots if x[0].kind == kind or (kind == "break" and _is_break(x[0]))]
    qualifying = qualifiers(name)
    if not qualifying:  # the kind's own name: "talks", "keynote speakers", "poster session"
        own_name = re.compile(rf"\b{re.escape(kind)}s?\b")
        return [x for x in slots if x in by_title or x in by_kind
                or own_name.search(fold(x[0].title))]
    if not by_title:
        by_word = re.compile(r"\b(" + "|".join(map(re.escape, qualifying)) + r")\b")
        by_title = [x for x in slots if by_word.search(fold(x[0].title))]
    return by_title or by_kind


def _kind_of(wanted: str) -> tuple[str, str]:
    """A session name (folded) in the singular, and the kind of session it names."""
    singular = wanted[:-1] if wanted.endswith("s") else wanted
    return singular, KIND_OF.get(wanted) or KIND_OF.get(singular) or singular


def qualifiers(name: str) -> list[str]:
    """The words of a session name that qualify its kind ("lightning" of "lightning talks")."""
    wanted = " ".join(fold(name).split())
    _, kind = _kind_of(wanted)
    return [w for w in wanted.split() if w not in GENERIC and w.removesuffix("s") != kind]


def program_after(k: Knowledge, now: datetime, after: str | datetime,
                  position: int | None = None, weekday: int | None = None) -> Answer:
    """What comes after a session (the ``position``-th of that name, -1 the last; else the next
    one still to come; on the ``weekday`` named, when it has one) or a moment."""
    slots = k.sessions()
    if not slots:
        return _no_program(k, "program_after")
    if isinstance(after, datetime):
        moment, label = after, None
    else:
        found = find_sessions(slots, after)
        if not found:
            return unknown(k, f"a session called '{after}' in the program", "program_after")
        # ("after lunch on tuesday": that day's lunch; none that day, none at all)
        if weekday is not None and not (found := on_weekday(found, weekday)):
            return unknown(k, f"a session called '{after}' on {calendar.day_name[weekday]}",
                           "program_after")
        # "after lunch" on the day: the next one of that name still to come, else the last one
        chosen = next((x for x in found if x[2] > now), found[-1])
        if position is not None and position > len(found):
            return unknown(k, f"a session number {position} called '{after}' (the program has "
                              f"{len(found)})", "program_after")
        if position is not None:
            chosen = found[position if position < 0 else position - 1]  # "the second break"
        moment, label = chosen[2], chosen[0].title
    following = [x for x in slots if x[1] >= moment]
    a = _answer("Program", "", "program_after")
    if not following:
        a.text = (f"Nothing: {label} is the last item of the program." if label else
                  "Nothing more is on the program after that.")
        return a
    same_time = [x for x in following if x[1] == following[0][1]]
    lead = f"After {label}:" if label else "After that:"
    a.text = lead + "\n" + "\n".join(f"• {session_line(a, x, now)}" for x in same_time)
    return a


def on_weekday(found: list[Slot], weekday: int | None) -> list[Slot]:
    """The sessions of ``found`` on the day of the week named (Monday = 0), if one was."""
    return found if weekday is None else [x for x in found if x[1].weekday() == weekday]


def sessions_by_day(k: Knowledge) -> dict[date, list[Slot]]:
    """The sessions of each day of the program, in order (empty: no program), the days as the
    program gives them (in its own offsets: a 9:00 +02:00 talk is on that day, whatever the
    workshop's deadline zone)."""
    by_day: dict[date, list[Slot]] = {}
    for x in k.sessions():
        by_day.setdefault(x[1].date(), []).append(x)
    return by_day


def program_today(by_day: dict[date, list[Slot]], now: datetime) -> date:
    """Today, where the program happens (in the offset of its first session)."""
    first = min(by_day)
    return now.astimezone(by_day[first][0][1].tzinfo).date()


def program_day(k: Knowledge, now: datetime, day: date | None = None) -> Answer:
    by_day = sessions_by_day(k)
    if not by_day:
        return _no_program(k, "program")
    today = program_today(by_day, now)
    if day is None and today in by_day and len(by_day) > 1:
        day = today
    if day is not None and day not in by_day:
        return unknown(k, f"a program for {written_date(day)}", "program")
    days = [day] if day is not None else sorted(by_day)
    a = _answer("Program", "", "program")
    parts = []
    for d in days:
        # (a day of one item, the whole event: its end is the day's too)
        lines = "\n".join(f"• {session_line(a, x, now, relative=False, until=len(by_day[d]) == 1)}"
                           for x in by_day[d])
        parts.append(f"{d:%A}, {written_date(d)}:\n{lines}")
    a.text = f"The program of {k.workshop.name}:\n" + "\n".join(parts)
    return a


def ends_line(a: Answer, slot: Slot) -> str:
    """``Poster session: ends <end>``, or that the program gives no end for it."""
    s, start, end = slot
    if s.end is None:
        return (f"{s.title}: the program gives no end time; it starts "
                f"{a.mark(Moment(start, False, 'start'))}")
    return f"{s.title}: ends {a.mark(Moment(end, False, 'end'))}"


def _edge_day(by_day: dict[date, list[Slot]], today: date, edge: str) -> date:
    """The day whose start or end is asked: today on a day of the workshop, else the first day
    (start) or the last (end)."""
    if today in by_day:
        return today
    return min(by_day) if edge == "start" else max(by_day)


def _day_of(k: Knowledge, now: datetime, edge: str,
            day_said: tuple[int | None, int] | None) -> list[Slot] | None:
    """The sessions of the day whose start or end is asked: the day named ((month or None, day
    of the month)) when the program has one such day ("start on the 29th"), else ``_edge_day``'s;
    None when there is no program."""
    by_day = sessions_by_day(k)
    if not by_day:
        return None
    named = [d for d in by_day if day_said and d.day == day_said[1]
             and day_said[0] in (None, d.month)] or [
        d for d in by_day if day_said and d.day == day_said[1]]  # ("june 29": the 29th there is)
    return by_day[named[0] if len(named) == 1 else
                  _edge_day(by_day, program_today(by_day, now), edge)]


def _edge_sentence(a: Answer, day: list[Slot], edge: str, now: datetime, program: str) -> str:
    """When ``program`` ("The program of X", or "It" said again) starts or ends on ``day``, with
    its moments marked in ``a``."""
    if edge == "start":
        return f"{program} starts {_starts(a, day[0], now)}, with {day[0][0].title}."
    s, start, _end = day[-1]  # the last item to start
    if s.end is None:  # the program does not say when the last item ends: no end is made up
        return (f"The last item is {s.title}, starting {a.mark(Moment(start, False, 'start'))}; "
                "the program gives no end time for it.")
    end = max(x[2] for x in day if x[0].end is not None)
    return f"{program} ends {a.mark(Moment(end, False, 'end'))}; the last item is {s.title}."


def day_edge(k: Knowledge, now: datetime, edge: str,
             day_said: tuple[int | None, int] | None = None) -> Answer:
    """When the program of the day starts (``edge="start"``) or ends (``"end"``); of the day
    named ((month or None, day of the month)), when the program has one such day ("start on
    the 29th")."""
    day = _day_of(k, now, edge, day_said)
    if day is None:
        return _no_program(k, "program")
    a = _answer("Start" if edge == "start" else "End", "", "program")
    a.text = _edge_sentence(a, day, edge, now, f"The program of {k.workshop.name}")
    return a


def day_span(k: Knowledge, now: datetime, day_said: tuple[int | None, int] | None = None
             ) -> Answer:
    """When the program of the day starts, then when that day ends ("what time does it start
    and end?")."""
    day = _day_of(k, now, "start", day_said)
    if day is None:
        return _no_program(k, "program")
    a = _answer("Start and end", "", "program")
    a.text = (f"{_edge_sentence(a, day, 'start', now, f'The program of {k.workshop.name}')} "
              f"{_edge_sentence(a, day, 'end', now, 'It')}")
    return a


def holds_several(s: Session) -> bool:
    """Whether a session is several items under one title ("Lightning talks", "Oral session
    2"), not one talk ("Keynote: Scale")."""
    said = words(fold(s.title).split(":")[0])
    last = said[-1] if said else ""
    return bool(SEVERAL.intersection(said)) or (
        last.endswith("s") and not last.endswith("ss") and len(last) > 3)


def _is_break(s: Session) -> bool:
    if s.kind is not None:
        return s.kind == "break"
    return any(w in fold(s.title) for w in _BREAK_WORDS)


def breaks(k: Knowledge, now: datetime) -> Answer:
    slots = k.sessions()
    if not slots:
        return _no_program(k, "breaks")
    found = [x for x in slots if _is_break(x[0])]
    if not found:
        return _answer("Breaks", "The program lists no breaks.", "breaks")
    a = _answer("Breaks", "", "breaks")
    a.text = "Breaks in the program:\n" + "\n".join(f"• {session_line(a, x, now)}" for x in found)
    return a


def _speaks(s: Session, wanted: str) -> bool:
    """``wanted`` is the whole name of a speaker, or one part of it ("grace", "dijkstraat")."""
    for name in s.speakers:
        folded = fold(name)
        # ("Chelsea Finn (Stanford U)": the name before its place in brackets)
        if wanted in (folded, folded.split("(")[0].strip()) or (
                " " not in wanted and wanted in folded.split()):
            return True
    return False


def _speaker_slots(k: Knowledge, speaker: str) -> list[Slot]:
    """The sessions ``speaker`` speaks in, in time order."""
    wanted = " ".join(fold(speaker).split())
    return [x for x in k.sessions() if wanted and _speaks(x[0], wanted)]


def speaker_lines(a: Answer, k: Knowledge, speaker: str, now: datetime) -> list[str]:
    """The sessions ``speaker`` (a whole name) speaks in, as lines of ``a``."""
    return [session_line(a, x, now) for x in _speaker_slots(k, speaker)]


def speaker_talk(k: Knowledge, now: datetime, speaker: str, title_asked: bool = False) -> Answer:
    """The sessions ``speaker`` speaks in; ``title_asked``: the title of the talk is what is
    asked, which a session called only by its kind and the name ("Keynote 1: Laurel Riek")
    does not give."""
    if not k.program:
        return _no_program(k, "speaker")
    hits = _speaker_slots(k, speaker)
    if not hits:
        return unknown(k, f"a session with {speaker} in the program", "speaker")
    a = _answer(speaker, "", "speaker")
    lines = [session_line(a, x, now) for x in hits]
    a.text = "\n".join(f"• {line}" for line in lines) if len(lines) > 1 else lines[0]
    if title_asked and not any(_has_a_title(x[0]) for x in hits):
        return unknown(k, f"the title of {speaker}'s talk", "speaker",
                       also="The program lists it only as " + ", ".join(
                           f"\"{x[0].title}\"" for x in hits) + ".")
    return a


def _has_a_title(s: Session) -> bool:
    """Whether a session's title says more than its kind, a number and its speakers' names
    ("Keynote 1: Laurel Riek" does not)."""
    named = {w for name in s.speakers for w in words(fold(name))}
    rest = [w for w in words(fold(s.title)) if not w.isdigit() and w not in named
            and w not in GENERIC and fold(w) not in KIND_OF and w.removesuffix("s") not in KIND_OF
            and w != s.kind]
    return bool(rest)
