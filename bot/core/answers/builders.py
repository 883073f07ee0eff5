"""Answer builders: one per intent, each made only of facts from the knowledge.

Every builder takes the knowledge, ``now`` (timezone-aware) and what the matcher found, and returns
an :class:`Answer`. A fact that the knowledge lacks gives an honest "I don't know" that points to
the organizers, never a guess.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from datetime import date as date_
from functools import lru_cache
from typing import TypeVar
from urllib.parse import urlsplit

from bot.core.answers import attending, deadline_news, duration, paper_types, time_conversion
from bot.core.answers.answer import Answer, Field, Kind, Link, Moment
from bot.core.answers.days_named import DATE_RX, mentioned_days, without_day_names
from bot.core.answers.days_named import MONTHS as _MONTHS
from bot.core.answers.deadline_line import deadline_status
from bot.core.answers.program import speaker_lines
from bot.core.answers.program_intent import program_builder
from bot.core.answers.timefmt import days_between, plural, relative_day, written_date
from bot.core.answers.unknown import contact_line, unknown
from bot.core.answers.zone_line import first_day_start, in_zone, zoned
from bot.core.knowledge.model import AOE, Deadline, FaqEntry, Knowledge, Organizer, Track
from bot.core.understanding.deadline_kinds import (
    KIND_RX,
    LATE_ROUND,
    OPENS,
    OTHER_VENUES,
    kinds_of,
    main_deadline,
)
from bot.core.understanding.faq_index import FUNCTION_WORDS, names_a_clock_time
from bot.core.understanding.intents import MONTH_WORD, WEEKDAY, word_list
from bot.core.understanding.paper_type_finder import (
    description_denies,
    platforms_named,
    tracks_named,
)
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import (
    COMMON_WORDS,
    QUESTION_WORDS,
    english_words,
    expand,
    fold,
    says_whole,
    sentences_of,
    words,
    year_in,
)
from bot.core.understanding.zones import NamedZone


@dataclass
class Ask:
    """What the matcher understood, beyond the intent: the entities and the question itself."""

    text: str = ""  # the normalized clause
    position: int | None = None  # "the first keynote": 1, "the last session": -1 (program)
    deadline: Deadline | None = None
    organizers: list[Organizer] = field(default_factory=list)
    affiliation: str | None = None
    topic_label: str | None = None  # for "unknown" answers
    numbers: list[int] = field(default_factory=list)
    topics_named: list[str] = field(default_factory=list)  # the knowledge's topics it names
    other_events: list[str] = field(default_factory=list)  # other conferences it names
    negated: bool = False  # a yes/no asked with a negative premise ("... not allowed, right?")
    email_asked: bool = False  # an email address asked for, not just how to get in touch
    deadline_named: bool = False  # the deadline was named by its own words ("early registration")
    deadlines: list[Deadline] = field(default_factory=list)  # several asked about at once
    # kinds of step said as part of a paper type's name ("the WIP abstracts"), not as a step
    kinds_in_type: frozenset[str] = frozenset()
    group: list[Deadline] = field(default_factory=list)  # "the shared task dates": those named
    next_deadline: bool = False  # "what's the next deadline?"
    role_named: bool = False  # an organizer was named by role ("the program chair")
    role_asked: str | None = None  # a role asked about that no organizer holds
    # the organizers whose role the question says in full ("is Joe the program chair?")
    role_holders: list[Organizer] = field(default_factory=list)
    # "is Jane Roe one of the organizers?": a person named who is not listed, and whether the
    # question was about the program committee (which the file does not list)
    unlisted: str | None = None
    unlisted_committee: bool = False
    elsewhere: bool = False  # a paper's fate at another venue ("already accepted at CoRL")
    each_length: bool = False  # the length of one item of a session ("each lightning talk")
    future: bool = False  # what will be, not what is ("will the deadline be extended again?")
    published: bool = False  # work already published elsewhere is asked about
    statement: bool = False  # said after the message's questions, asking nothing ("CMT is slow")
    speaker: str | None = None  # a speaker of the program, as the program writes the name
    session: str | None = None  # a session named by a word of its title or its kind ("lunch")
    moment: str | None = None  # "now", "next" or "after" (the session named), or "at" a time
    at: tuple[int, int] | None = None  # "what's on at 4:30pm": the clock time (24h) asked
    checks_anonymized: bool = False  # a yes/no on whether papers must be anonymized
    checks_single_blind: bool = False  # a yes/no on whether the review is single-blind
    day_part: tuple[int, int] | None = None  # "the morning keynote": local hours [from, to)
    day_said: tuple[int | None, int] | None = None  # "on the 29th", "july 29": (month, day)
    weekday: int | None = None  # "after lunch on tuesday": the day of the week (Monday = 0)
    year_named: int | None = None  # a year said ("the 2026 edition")
    title_asked: bool = False  # the title of a talk is asked ("what's the title of X's keynote")
    committee_asked: bool = False  # the program committee (the reviewers) is asked about
    zone: NamedZone | None = None  # the asker's time zone, when named ("in IST", "I'm in Tokyo")
    clock: tuple[int, int] | None = None  # a time of day said ("submit at 10pm"), 24-hour
    # a time of day said without "at" too ("23:59 may 31 eastern time, right?")
    clock_bare: tuple[int, int] | None = None
    # the zone a time of day is said in, when another is named to convert it to ("9:30 taipei
    # time in IST": Taipei); None: the workshop's own zone
    clock_zone: NamedZone | None = None
    tracks: list[Track] = field(default_factory=list)  # the paper types named ("short papers")


Builder = Callable[[Knowledge, datetime, Ask], Answer]
V = TypeVar("V")

_SPAN_JOINS = table_words("span_joins")  # "aug 3-9", "3 to 5 august"


def _joined(text: str) -> str | None:
    """What follows a word or dash that joins a run of days at the start of ``text``."""
    for j in _SPAN_JOINS:
        if text.startswith(j) and (not j.isalpha() or text[len(j):len(j) + 1] == " "):
            return text[len(j):].lstrip()
    return None


def _day_number(text: str) -> int | None:
    """The day of the month ``text`` starts with ("9 right?"), not a time of day ("6pm",
    "10:30", "10am")."""
    digits = text[:2] if text[:2].isdigit() else text[:1] if text[:1].isdigit() else ""
    tail = text[len(digits):]
    if not digits or (tail[:1] in (":", ".") and tail[1:2].isdigit()) or \
            tail.lstrip().startswith(("am", "pm", "h ", "o clock", "oclock")) or tail == "h":
        return None
    return int(digits)


def said_span(text: str, year: int) -> tuple[date_, date_] | None:
    """A run of days the question names ("aug 3-9", "3 to 5 august", "july 18 to aug 2"), as
    (first, last); not "july 4 until 6pm"."""
    for i, rx in enumerate(DATE_RX[:2]):
        for m in rx.finditer(text):
            try:
                first = date_(year, _MONTHS.index(m["month"][:3]) + 1, int(m["day"]))
                if i == 0:  # "aug 3-9", "july 18 to aug 2": the last day after the first
                    other = _joined(text[m.end():].lstrip())
                    if other is None:
                        continue
                    if (to := DATE_RX[0].match(other)) is not None:
                        last = date_(year, _MONTHS.index(to["month"][:3]) + 1, int(to["day"]))
                    elif (day := _day_number(other)) is not None:
                        last = date_(year, first.month, day)
                    else:
                        continue
                else:  # "3-9 aug": the first day before the last
                    before = text[:m.start()].rstrip()
                    join = next((j for j in _SPAN_JOINS if before.endswith(j) and (
                        not j.isalpha() or before[:-len(j)].endswith(" "))), None)
                    head = before[:len(before) - len(join)].rstrip() if join else ""
                    digits = head[-2:] if head[-2:].isdigit() else head[-1:]
                    if not digits.isdigit():
                        continue
                    last, first = first, date_(year, first.month, int(digits))
                if first < last:
                    return first, last
            except ValueError:
                continue
    return None


def _check_day(ask: Ask, actual: date_, asking_date: bool, last: date_ | None = None) -> str:
    """"Yes. " / "No. " when the question names a day (or, asking a date, a month); a run of
    days named ("aug 3-9") is checked against the days from ``actual`` to ``last``."""
    if last is not None and asking_date and (span := said_span(ask.text, actual.year)):
        return "Yes. " if span == (actual, last) else "No. "
    if last is not None and last != actual:
        # "is it on july 9?" of a workshop on July 10-11: no, none of its days (a day among
        # them is no "yes": "is it only on july 11?", "a one-day thing on july 11?")
        one = mentioned_days(without_day_names(ask.text, actual), actual.year,
                             actual.month if asking_date else None)
        # (not "is it over by july 12?": a day to be done by, not one of its days)
        return "No. " if len(one) == 1 and not actual <= one[0] <= last and \
            _asks_whether(ask.text) and (_IN_TIME | _OVER_BY).isdisjoint(words(ask.text)) else ""
    # ("if I use the aug 24 deadline, will it be in the proceedings?": a day as a deadline's
    # name is not checked)
    days = mentioned_days(without_day_names(ask.text, actual), actual.year,
                          actual.month if asking_date else None)
    weekday = re.search(WEEKDAY, ask.text)
    if asking_date and weekday and not days:
        return "Yes. " if weekday.group(1) == f"{actual:%A}".lower() else "No. "
    if not days:
        months = [m[0] for m in re.findall(
            rf"\b(?:in|on|during) (?:early |mid |late )?{MONTH_WORD}", ask.text)]
        if asking_date and months:
            return "Yes. " if any(_MONTHS.index(m[:3]) + 1 == actual.month for m in months) \
                else "No. "
        return ""
    if len(days) > 1 and "or" in words(ask.text):
        return ""  # "is it the 18th or the 27th?": a choice, answered by the date itself
    if actual in days:
        return "Yes. "
    if asking_date or any(d > actual for d in days):
        return "No. "
    return ""


def _name(k: Knowledge) -> str:
    return k.workshop.name


# --- the workshop --------------------------------------------------------------------------


def _day_moment(k: Knowledge, answer: Answer, now: datetime) -> str | None:
    """The workshop's day(s) as moments, with how far away they are from ``now``."""
    first, last = k.workshop.first_day, k.workshop.last_day
    start, end = k.workshop_start(), k.workshop_end()
    if first is None or last is None or start is None or end is None:
        return None
    today = now.astimezone(k.tz).date()
    if today < first:
        template, phrase = "that's {when}", relative_day(now.astimezone(k.tz), first)
    elif today <= last:
        template, phrase = "{when}", "today" if first == last else "happening now"
    else:
        template, phrase = "took place {when}", relative_day(now.astimezone(k.tz), last)
    if last != first:
        begins = Moment(start, True, "start", template if today < first else "", phrase)
        ends = Moment(end, True, "end", "" if today < first else template, phrase)
        return f"from {answer.mark(begins)} to {answer.mark(ends)}"
    return answer.mark(Moment(start, True, "workshop", template, phrase))


_ASKS_DAYS_LEFT = word_list("asks_days_left")  # "how many days until the workshop?"


def date(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    if k.workshop.first_day is None:
        return unknown(k, "the workshop's date", "date")
    a = Answer(Kind.ANSWER, "When", "")
    when = _day_moment(k, a, now)
    where = f" in {k.workshop.location}" if k.workshop.location else ""
    a.text = _check_day(ask, k.workshop.first_day, True, k.workshop.last_day)
    if a.text == "No. " and (other := _deadline_day(k, ask)):
        # "so the new date is may 16?": that day is a deadline's, whichever was meant
        a.text = f"No: {other}, not the workshop's day. "
    first, last = k.workshop.first_day, k.workshop.last_day
    day = f"{first:%A}, " if first == last else ""
    a.text += f"{_name(k)} takes place {'on ' + day if 'from' not in str(when) else ''}"
    # (the weekdays of several days: "which weekdays is it on?" "Thursday to Friday")
    days = f" ({first:%A} to {last:%A})" if last and last != first and (
        last - first).days < 7 else ""
    a.text += f"{when}{days}{where}."
    # "how many days until the workshop?": the count, not only "in 3 months"
    a.text += _days_left(days_between(now.astimezone(k.tz), first), ask)
    start = first_day_start(k, first) if ask.zone else None
    if start is not None:  # "when does it start, I'm in Tokyo": the first session is a time
        a.text += f" The program starts {a.mark(Moment(start, False, 'start'))}."
    return a


def _days_left(days: int, ask: Ask) -> str:
    """" That is N days from today." when the question asks how many days are left, else ""."""
    if days > 0 and _ASKS_DAYS_LEFT.search(ask.text):
        return f" That is {plural(days, 'day')} from today."
    return ""


def _deadline_day(k: Knowledge, ask: Ask) -> str | None:
    """What a day the question names is, when it is a deadline's (or was, before it moved)."""
    for d in k.dated_deadlines():
        due, moved = d.due_at(k.tz), d.extended_from_at(k.tz)
        name = d.name if "deadline" in d.name.lower() else f"{d.name} deadline"
        days = mentioned_days(ask.text, due.year) if due else []
        if due is not None and due.date() in days:
            return f"{written_date(due.date())} is the {name}"
        if due is not None and moved is not None and moved.date() in days:
            return (f"{written_date(moved.date())} was the {name} before it moved to "
                    f"{written_date(due.date())}")
    return None


ROOM_ASKED = word_list("room_asked")  # "which room", "what building": the venue itself
PLACE_ASKED_ENDS = frozenset(table_words("place_asked_ends"))  # "in lisbon *like* last year"
FORMAT_CHECK_WORDS = frozenset(table_words("format_check_words"))  # "can I *submit* a PDF?"


def location(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    w = k.workshop
    if w.mode == "virtual":  # "takes place in Online" would be wrong: it is nowhere
        return attending.attendance(k, now)
    if not w.location and not w.venue:
        return unknown(k, "where the workshop takes place", "location")
    place = ", ".join(p for p in (w.venue, w.location) if p)
    # (the workshop by its own name too: "is hotcarbon in santa cruz?")
    asked = re.search(r"\b(?:is|are) (?:it|this|the workshop|that|the event|we|[a-z0-9'-]+)"
                      r"(?: \w+)? (?:in|near) ([a-z][a-z0-9 .-]+)", ask.text)
    lead = ""
    # (every word that tells places apart is the venue's: "room 201" is not "Room 501-502")
    said = list(itertools.takewhile(lambda w: w not in PLACE_ASKED_ENDS,
                                    words(asked.group(1)))) if asked else []
    # (a letter after a word kept tells rooms apart too: "hall *b*" is not "Hall A")
    telling = [w for i, w in enumerate(said) if len(w) > 3 or any(c.isdigit() for c in w)
               or (len(w) <= 2 and i and len(said[i - 1]) > 3)]
    if telling and all(w in words(fold(place)) for w in telling):
        lead = "Yes. "
    text = f"{lead}{_name(k)} takes place in {place}"
    if w.conference:
        text += f", alongside {w.conference}"
    text += "."
    if not w.venue and ROOM_ASKED.search(ask.text):
        # "which room is it in?": the room is what is asked, and it is not known
        return unknown(k, "the exact building or room", "location", also=text)
    if not w.venue:
        text += " The exact building or room hasn't been announced here."
    if w.mode == "hybrid":
        text += " It is hybrid: it can also be followed online" + (
            f" at {w.stream_url}." if w.stream_url else ".")
    return Answer(Kind.ANSWER, "Where", text)


_HOST_CHECK = word_list("host_check_words")
_ROLE_HEADS = frozenset(table_words("role_heads"))  # "chair", "co-chair"
_LEAD_CHAIRS = frozenset(table_words("lead_chair_words"))  # "general", "program"
_HOST_CHECK_OPENERS = frozenset(table_words("host_check_not_openers"))  # "tell me ..."


def conference(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    w = k.workshop
    if not w.conference:
        return unknown(k, "a conference that the workshop is part of", "conference")
    ours = set(words(fold(w.conference))) | set(words(expand(fold(w.conference))))
    # ("KDD" is not "ECMLPKDD": whole words)
    lead = "No. " if any(not set(words(e)) <= ours for e in ask.other_events) else ""
    # (its own name said: "ICST", not "conference", "international" nor "ACM")
    named = {x for x in ours & set(words(ask.text))
             if not x.isdigit() and x not in english_words() and x not in COMMON_WORDS}
    said = words(ask.text)
    # ("carrv part of isca 2020?": no question word, so a check)
    checked = _asks_whether(ask.text) or (bool(said) and said[0] not in QUESTION_WORDS
                                          and said[0] not in _HOST_CHECK_OPENERS)
    if not lead and checked and _HOST_CHECK.search(ask.text) and named:
        lead = "Yes. "  # "is it part of ICST?", and it is
    text = f"{lead}{_name(k)} is a workshop held in conjunction with {w.conference}"
    if w.location and set(words(fold(w.location))[:1]) & ONLINE_LOCATIONS:
        text += ", online"
    elif w.location:
        text += f", in {w.location}"
    return Answer(Kind.ANSWER, "Conference", text + ".")


def about(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    w = k.workshop
    if not w.description:
        if w.topics:
            return topics(k, now, ask)
        return unknown(k, "the workshop's aims", "about")
    # the name leads the text too: the plain text (terminal, ask --json) has no title
    text = w.description if w.name in w.description else f"{w.name}: {w.description}"
    a = Answer(Kind.ANSWER, w.name, text)
    facts = []
    when = _day_moment(k, a, now)
    if when:
        facts.append(Field("When", when, inline=True))
    if w.location:
        facts.append(Field("Where", w.location, inline=True))
    if w.conference:
        facts.append(Field("With", w.conference, inline=True))
    a.fields.extend(facts)
    if w.website:
        a.links.append(Link("Website", w.website))
    return a


def topic_words(topic: str) -> list[str]:
    """The words of a topic that identify it ("GPU processing" -> gpu, processing)."""
    return [x for x in re.findall(r"[a-z0-9]+", topic.lower())
            if len(x) >= 3 and x not in _GENERIC and x not in COMMON_WORDS]


# words of a topic too general to name it ("machine learning", "special-purpose")
_GENERIC = frozenset(table_words("topic_generic"))


def topics(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    w = k.workshop
    if not w.topics:
        return unknown(k, "a list of topics", "topics")
    listed = "\n".join(f"• {t}" for t in w.topics)
    hits = ask.topics_named
    if hits:
        lead = (f"Yes, that's in the call's list of topics ({'; '.join(hits)}). "
                "The full list:")
    else:
        lead = f"The call for papers of {_name(k)} lists these topics:"
    text = f"{lead}\n{listed}"
    if not hits and _ASKS_FIT.search(ask.text):
        text += "\nWhether a particular paper fits is the organizers' call."
    return Answer(Kind.ANSWER, "Topics", text)


def previous_editions(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    eds = k.workshop.previous_editions
    first = k.workshop.first_day
    if ask.year_named and first and ask.year_named > first.year:
        # "where will the 2026 edition be?": a later edition, which no call announces
        return unknown(k, f"the {ask.year_named} edition (a later one than this)",
                       "previous_editions")
    number = _edition_number(k)
    said = f"This is the {_ordinal(number)} edition of {_name(k)}, as its name says. " \
        if number else ""
    if ask.future:
        # "will there be a second edition next year?": what will be, no call says
        return unknown(k, "a later edition", "previous_editions", also=said)
    if not eds:
        if said:
            return Answer(Kind.ANSWER, "Edition", said.rstrip()
                          + (" The call lists no earlier editions." if number > 1 else ""))
        return unknown(k, "earlier editions of the workshop", "previous_editions")
    if ask.year_named and (that := [e for e in eds if str(ask.year_named) in e.name]):
        eds = that  # "where was the 2024 edition?": that one
    elif _LAST_EDITION.search(ask.text):
        # "where was it last year?": the latest earlier edition the call lists ("last year's
        # NIPS edition": of those held with the venue the question names)
        venues = OTHER_VENUES & set(words(ask.text))
        eds = [e for e in eds if venues & set(words(fold(e.name)))] or eds
        dated = {e.name: y for e in eds if (y := year_in(e.name)) is not None}
        if dated:
            eds = [e for e in eds if dated.get(e.name) == max(dated.values())]
    text = said + f"{_name(k)} has run before, as:\n" + "\n".join(
        f"• {e.name}" + (f" ({e.url})" if e.url else "") for e in eds)
    a = Answer(Kind.ANSWER, "Earlier editions", text)
    a.links.extend(Link(e.name, e.url) for e in eds if e.url)
    return a


_LAST_EDITION = word_list("last_edition_words")


_ORDINALS: dict[str, int] = table_words("ordinals")
EDITION_NOUNS = frozenset(table_words("edition_words")) | {"annual", "international"}


def _edition_number(k: Knowledge) -> int | None:
    """The edition a workshop's own name says ("The Fifth ...", "2nd Workshop on ..."), if any."""
    said = words(fold(k.workshop.name))
    for i, w in enumerate(said):
        n = _ORDINALS.get(w) or (int(w[:-2]) if w[-2:] in ("st", "nd", "rd", "th")
                                 and w[:-2].isdigit() and 0 < int(w[:-2]) < 100 else None)
        # (an edition opens the name or comes before "workshop": not "Second-Order Methods")
        if n and (i <= 1 or set(said[i + 1:i + 4]) & EDITION_NOUNS):
            return n
    return None


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def website(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    if not k.workshop.website:
        return unknown(k, "a website for the workshop", "website")
    return Answer(Kind.ANSWER, "Website", f"The website of {_name(k)} is {k.workshop.website}.",
                  links=[Link("Website", k.workshop.website)])


# --- deadlines -----------------------------------------------------------------------------


def precision_note(k: Knowledge, d: Deadline) -> str:
    zone = k.workshop.timezone
    due = d.due_at(k.tz)
    if due is None:
        return "The call says the date is to be announced (TBA)."
    abbr = due.tzname()
    if abbr and abbr != zone:
        zone = f"{zone}, {abbr}"
    if d.date_only:
        return ("The call gives only the day, no time of day or time zone: a date like this "
                f"means the end of the day in the workshop's time zone ({zone}). If you "
                "are cutting it close, ask the organizers for the exact cut-off.")
    utc = due.astimezone(UTC)
    in_utc = f"{written_date(utc.date())}, {utc:%H:%M} UTC"
    if isinstance(d.due, datetime) and d.due.tzinfo is None:
        return f"That time is in the workshop's time zone ({zone}), which is {in_utc}."
    return f"That is {in_utc}."


_ZONE_HINTS = word_list("zone_hints")


def _in_time(k: Knowledge, due_at: datetime, ask: Ask) -> str | None:
    """Whether the moment a question names to submit ("at 9am berlin time on may 26", "10pm
    pst on may 25") is before the deadline, read in the zone it names (or the workshop's): an
    AoE deadline falls on the next day in most of the world."""
    if ask.zone is None and ask.clock is None:
        return None
    aoe = ask.zone is None and "aoe" in words(ask.text)  # "at 11pm AoE on may 25"
    if ask.zone is None and not aoe and _ZONE_HINTS.search(ask.text):
        # (a time in a zone not recognized, "10pm eastern", "my local time": not the workshop's
        # to assume, nor to confirm by its day alone)
        local = due_at.astimezone(k.tz)
        return (f"That depends on the time zone meant: the deadline is "
                f"{written_date(local.date())}, {local:%H:%M} in the workshop's time zone "
                f"({k.workshop.timezone}). ")
    tz = ask.zone.tz if ask.zone else AOE if aoe else k.tz
    local = due_at.astimezone(tz)
    days = set(mentioned_days(ask.text, local.year))
    if len(days) != 1:
        return None
    day = days.pop()
    where = in_zone(due_at, ask.zone) if ask.zone else \
        f"{written_date(local.date())}, {local:%H:%M} AoE" if aoe else \
        f"{written_date(local.date())}, {local:%H:%M} in the workshop's time zone"
    if ask.clock is not None:
        before = datetime.combine(day, time(*ask.clock), tz) <= due_at
    elif day == local.date():
        return f"On that day, only until {local:%H:%M} there: the deadline is {where}. "
    else:
        before = day < local.date()
    if before:
        return f"Yes, that's before the deadline ({where}). "
    return f"No, that's after the deadline ({where}). "


def _days_between(k: Knowledge, now: datetime, ask: Ask) -> Answer | None:
    """"How many days between notification and camera-ready?": the days from one deadline to
    the other, when the question names two steps of the deadlines found (of each step named,
    the least qualified deadline)."""
    if "between" not in words(ask.text) or not _ASKS_SPAN.search(ask.text):
        return None
    named = sorted((m.start(), kind) for kind, rx in KIND_RX.items() if (m := rx.search(ask.text)))
    picked: list[Deadline] = []
    for _, kind in named:
        of_kind = [d for d in ask.deadlines if kind in kinds_of(d) and d not in picked
                   and d.due_at(k.tz) is not None]
        if of_kind:
            picked.append(min(of_kind, key=lambda d: len(words(d.name))))
    if len(picked) != 2:
        return None
    # (each day as its deadline states it: 23:59 AoE on August 20 is the 20th, wherever the
    # workshop is)
    day = {d.id: due.date() for d in picked if (due := d.due_at(k.tz))}
    first, second = sorted(picked, key=lambda d: day[d.id])
    days = (day[second.id] - day[first.id]).days
    a = Answer(Kind.ANSWER, "Deadlines", "")
    lines = "\n".join(deadline_status(k, d, now, a) for d in (first, second))
    a.text = f"{plural(days, 'day')} from {first.name} to {second.name}:\n{lines}"
    return a


_BARE_DEADLINE = frozenset(table_words("bare_deadline_words"))


def _abstract_before(k: Knowledge, d: Deadline, now: datetime) -> Deadline | None:
    """The first abstract step still ahead that closes before ``d``, when ``d`` is not one."""
    due = d.due_at(k.tz)
    if due is None or "abstract" in kinds_of(d):
        return None
    return next((e for e in k.deadlines_in_order() if "abstract" in kinds_of(e)
                 and (at := e.due_at(k.tz)) is not None and now <= at < due), None)


def deadline(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    if ask.deadlines and (between := _days_between(k, now, ask)) is not None:
        return between
    if ask.deadlines:  # several named at once: each one
        a = Answer(Kind.ANSWER, "Deadlines", "")
        a.text = "\n".join(deadline_status(k, d, now, a)
                           for d in k.deadlines_in_order() if d in ask.deadlines)
        # "the last day to submit is september 5th, right?": the one of them on that day
        said = {day for d in ask.deadlines if (due := d.due_at(k.tz)) is not None
                for day in mentioned_days(ask.text, due.year)}
        on_day = [d for d in ask.deadlines if (due := d.due_at(k.tz)) is not None
                  and due.date() in said]
        if len(on_day) == 1:
            a.text = f"Yes, for {on_day[0].name}.\n" + a.text
        return a
    if ask.next_deadline:
        upcoming = [d for d in k.dated_deadlines() if d.due_at(k.tz) >= now]  # type: ignore[operator]
        if not k.deadlines:
            return unknown(k, "deadlines", "deadline")
        if not upcoming:
            if any(d.tba for d in k.deadlines):  # nothing dated ahead, but dates still to come
                return deadline_news.announced_later(k, now)
            a = deadlines(k, now, ask)
            a.text = "Every deadline has passed:\n" + a.text
            return a
        ask = Ask(text=ask.text, deadline=upcoming[0], tracks=ask.tracks)
    d = ask.deadline or main_deadline(k)
    if d is None:
        if k.deadlines:
            return deadlines(k, now, ask)
        return unknown(k, "deadlines", "deadline")
    due_at = d.due_at(k.tz)
    if due_at is None:
        return deadline_news.to_be_announced(k, now, d)
    a = Answer(Kind.ANSWER, "Deadline", "", entity=d.id)
    due_day = due_at.date()
    said = words(ask.text)
    # ("is it too late if I send it on dec 20?": whether in time, said the other way round; not
    # "can I submit on dec 20 or is it too late?", which asks whether one can)
    too_late = bool(_ASKS_TOO_LATE.search(ask.text)) and not _ASKS_OR_TOO_LATE.search(ask.text)
    # ("is camera-ready sept 5?": whether that is its day, not whether it is in time)
    asking_date = (bool(_ASKS_DEADLINE_DAY.search(ask.text)) or (
        bool(said) and said[0] in _DAY_CHECK_OPENERS and _IN_TIME.isdisjoint(said))
        or _day_said_as_its_own(ask.text)) and "submit" not in said and not too_late
    # "acceptance emails go out on july 1st?": a day that happens, not one to beat
    if _happens_that_day(d):  # ("is the dataset released on aug 7?": that very day)
        asking_date = True
    lead = _check_day(ask, due_day, asking_date)
    if not lead and _ASKS_WEEKEND.search(ask.text):
        # "is the deadline on a weekend?": the day of the week it falls on
        weekend = due_day.weekday() >= 5
        lead = f"{'Yes' if weekend else 'No'}: it falls on a {due_day:%A}. "
    elif not lead and _ASKS_WEEKDAY.search(ask.text):
        lead = f"It falls on a {due_day:%A}. "  # "what day of the week is the deadline?"
    if asking_date and lead in ("Yes. ", "No. ") and ask.zone is not None and \
            ask.clock_bare is not None:
        # "23:59 may 31 eastern time right?" of 23:59 AoE: the day and hour checked in the
        # zone the question names, where the deadline is later
        there = due_at.astimezone(ask.zone.tz)
        right = (there.hour, there.minute) == ask.clock_bare and \
            there.date() in mentioned_days(ask.text, there.year)
        lead = f"{'Yes' if right else 'No'}: in that time zone it is {in_zone(due_at, ask.zone)}. "
    moved = d.extended_from_at(k.tz)
    if moved is not None and moved.date() in mentioned_days(ask.text, moved.year):
        # "wasn't camera ready march 20?": that was the date before it moved
        lead = "No: that was the date before it moved. "
    elif not asking_date and (in_time := _in_time(k, due_at, ask)):
        lead = in_time
    elif lead == "No. " and not asking_date and _aoe_next_day(due_at, ask):
        # "can I still submit on may 24 morning in europe?" of a May 23 AoE deadline: that day
        # is the deadline's own in most of the world
        utc = due_at.astimezone(UTC)
        lead = (f"Depending on your time zone, still until {written_date(utc.date())}, "
                f"{utc:%H:%M} UTC: an AoE deadline ends a day later in most of the world "
                "(name your city for your local time). ")
    elif lead == "No. " and not asking_date:
        lead = "No, that's after the deadline. "
    elif not lead and mentioned_days(without_day_names(ask.text, due_day), due_day.year):
        lead = "Yes, that's before the deadline. "
    if lead and too_late:
        # "is it too late if I send it on dec 20?": the same check, said the other way round
        lead = lead.replace("Yes, that's before", "No, not too late: that's before").replace(
            "No, that's after", "Yes, too late: that's after")
        if lead == "Yes. ":  # (the deadline's own day)
            lead = "Not too late on that day itself, until the deadline's time: "
    a.text = lead + deadline_status(k, d, now, a)
    # "how many days left until abstract submission closes?" (whole days as "that's in N days"
    # counts them: to a time, in hours; to a day, by the calendar in the workshop's zone)
    a.text += _days_left((due_at - now).days if not d.date_only else
                         days_between(now.astimezone(k.tz), due_at.astimezone(k.tz).date()), ask)
    if d.note:
        a.text += f" {d.note}"
    if due_at < now and _ASKS_STILL.search(ask.text):
        a.text += " Late submissions aren't mentioned anywhere; " + contact_line(k)[0].lower() \
            + contact_line(k)[1:]
    if ask.deadline is None and due_at < now and (later := _late_round_open(k, d, now)):
        # "how long until the deadline?" once the main round has closed: the late one still open
        a.text += "\nStill open: " + deadline_status(k, later, now, a)
    if ask.deadline is None and now <= due_at and set(said) <= _BARE_DEADLINE and \
            (first := _abstract_before(k, d, now)):
        # "deadline?": the paper's, and the abstract due before it, which no one may miss
        a.text += "\nBefore it: " + deadline_status(k, first, now, a)
    if d.extended_from is None and _ASKS_ORIGINAL.search(ask.text):
        # "what was the original deadline before they extended it?": no earlier date given
        a.kind, a.title = Kind.UNKNOWN, "Earlier date not given"
        a.text = (f"I don't know the earlier date: the call gives none for this deadline. "
                  f"{a.text} {contact_line(k)}")
        return a
    if untimed(d) and (_ASKS_TIME_OF_DAY.search(ask.text) or names_a_clock_time(ask.text)):
        # "the exact cut-off in IST?", "is it at 11:59pm?": not known (and a check of the hour
        # is not confirmed: only the day, if one was named)
        if names_a_clock_time(ask.text) and a.text.startswith(("Yes. ", "No. ")):
            days = mentioned_days(ask.text, due_day.year)
            lead = "" if not days else "No. " if due_day not in days else "The day is right. "
            a.text = lead + a.text.split(" ", 1)[1]
        return _time_not_given(k, a, ask)
    return a


def _day_said_as_its_own(text: str) -> bool:
    """Whether ``text`` says a step *is* on a day ("camera ready is september 4 yeah?"): a check
    of its day, not of whether that day is in time."""
    return any(text[:m.start()].endswith(" is ") for rx in DATE_RX[:2] for m in rx.finditer(text))


def _late_round_open(k: Knowledge, main: Deadline, now: datetime) -> Deadline | None:
    """The first late round ("Late poster submission deadline") still open, other than
    ``main``: what "the deadline" leaves out once the main round has closed."""
    return next((d for d in k.deadlines_in_order() if d is not main
                 and LATE_ROUND.search(fold(d.name)) and (due := d.due_at(k.tz)) is not None
                 and due >= now), None)


def _aoe_next_day(due_at: datetime, ask: Ask) -> bool:
    """Whether the question names, with no time of day or zone, the day after an AoE deadline's
    (the day it falls on in UTC)."""
    if due_at.utcoffset() != AOE.utcoffset(None) or ask.clock is not None or ask.zone is not None:
        return False
    days = mentioned_days(ask.text, due_at.year)
    return len(days) == 1 and days[0] == due_at.astimezone(UTC).date()


def _only_announced(d: Deadline) -> bool:
    """Whether the deadline is only a day decisions are announced or something opens ("Author
    notification", "Test set release"; not "Camera-ready of accepted papers" nor "Challenge
    result submission", which are cut-offs): a day with no hour of its own."""
    return kinds_of(d) == {"notification"} or bool(OPENS.search(d.name))


def _happens_that_day(d: Deadline) -> bool:
    """Whether a day named of the deadline is checked as its very day (notification, results,
    a dataset's release: something that happens then), not as one to beat; broader than
    ``_only_announced`` ("Camera-ready of accepted papers" is checked by its day too)."""
    return bool(re.search(r"notif|decision|result|accept", f"{d.id} {d.name}", re.IGNORECASE)
                or OPENS.search(d.name))


def timezone(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    d = ask.deadline or main_deadline(k)
    if d is None:
        if not k.deadlines:
            return unknown(k, "deadlines", "timezone")
        a = deadlines(k, now, ask)
        if not all(x.date_only for x in k.deadlines):
            a.text += (f"\nTimes without an offset are in the workshop's time zone "
                       f"({k.workshop.timezone}).")
        a.title = "Deadlines and time zone"
        return a
    a = deadline(k, now, Ask(text=ask.text, deadline=d, tracks=ask.tracks, zone=ask.zone,
                             clock=ask.clock))
    if d.tba:
        return a
    if d.date_only and a.text.startswith("Yes. "):
        # "june 14, 23:59 AoE?": the day is right, but the call names no time or zone to confirm
        a.text = "The day is right. " + a.text[len("Yes. "):]
    elif a.text.startswith(("Yes. ", "No. ")) and ask.zone is not None and \
            (due := d.due_at(k.tz)) is not None and \
            (days := mentioned_days(ask.text, due.year)):
        # "so it's midnight pacific on feb 16?": the day named is checked in the zone the
        # question names, where the deadline may fall on another day
        local = due.astimezone(ask.zone.tz)
        lead = "Yes. " if local.date() in days else "No. "
        if lead == "Yes. " and names_a_clock_time(ask.text):
            # "5pm pacific on feb 17?": the day is right there; the time may not be
            lead = f"The day is right there; the time there is {local:%H:%M}. "
        a.text = lead + a.text.split(" ", 1)[1]
    if a.kind is Kind.UNKNOWN:  # (deadline() said already that the hour is not known)
        return a
    if untimed(d) and _asks_time_of_day(ask):
        return _time_not_given(k, a, ask)
    a.text += " " + precision_note(k, d)
    if "aoe" in words(ask.text) and (due := d.due_at(k.tz)) is not None:
        # "what does AoE mean?", "is it AoE?"
        if due.utcoffset() == AOE.utcoffset(None):
            a.text += " AoE means Anywhere on Earth (UTC-12): the deadline passes only once " \
                "its day has ended everywhere on Earth."
        else:
            a.text += f" This deadline is not in AoE but in {due.tzname() or k.workshop.timezone}."
    a.title = "Deadline and time zone"
    return a


_UNTIMED_NOTE = word_list("untimed_note")


def untimed(d: Deadline) -> bool:
    """Whether the deadline is a day with no known time of day: a day something is announced
    (decisions go out at some hour of it), or one whose own note says the call gives no time
    of day or zone for it ("The call gives only the date."). A day alone otherwise means its
    end in the workshop's time zone."""
    return d.date_only and (_only_announced(d) or (bool(d.note) and bool(_UNTIMED_NOTE.search(
        " ".join(words(expand(d.note or "")))))))


def _asks_time_of_day(ask: Ask) -> bool:
    """Whether the question asks a time of day or a time zone ("is it AoE?", "what time in
    PST?", "23:59?"), not only a day ("when does the portal open?")."""
    return ask.zone is not None or bool(_ASKS_TIME_OF_DAY.search(ask.text)) or bool(
        _ZONE_HINTS.search(ask.text)) or names_a_clock_time(ask.text)


def _time_not_given(k: Knowledge, a: Answer, ask: Ask) -> Answer:
    """The time of day or zone of an ``untimed`` deadline: not known. The day is given (and any
    check of it), the cut-off is not: a time shown for the asker's zone reads the day as ending
    in the workshop's time zone, and says that it assumes so."""
    zone = k.workshop.timezone
    aoe = " It does not say AoE (Anywhere on Earth) either." if "aoe" in words(ask.text) else ""
    assumed = (f" The time shown for you assumes the end of that day in the workshop's time "
               f"zone ({zone}).") if ask.zone is not None else ""
    a.kind = Kind.UNKNOWN
    a.title = "Time of day not given"
    a.text += (f" I don't know the exact time: the call gives no time of day for it.{aoe}"
               f"{assumed} " + contact_line(k))
    return a


def deadlines(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    if not k.deadlines:
        return unknown(k, "deadlines", "deadlines")
    a = Answer(Kind.ANSWER, "Deadlines", "")
    # ("the shared task dates": the deadlines whose names say it, not every one)
    ordered = [d for d in k.deadlines_in_order() if not ask.group or d in ask.group]
    lines = [deadline_status(k, d, now, a) for d in ordered]
    a.text = "\n".join(f"• {line}" for line in lines)
    if any(d.date_only for d in ordered):
        a.text += ("\nDates without a time are given by the call as days only (no time of day); "
                   f"the workshop's time zone is {k.workshop.timezone}.")
    return a


# --- submission rules ----------------------------------------------------------------------
#
# A rule the call gives per paper type (submission.tracks) is said per type: for the types the
# question names, or for the whole call (see paper_types.per_type).

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_REFERENCES = word_list("references_words")
# what a question says it asks, beyond its intent (word tables of data/words.yaml)
_ASKS_FIT = word_list("asks_fit")
_ASKS_WEEKEND = word_list("asks_weekend")
_ASKS_WEEKDAY = word_list("asks_weekday")
_ASKS_SPAN = word_list("asks_span")
_ASKS_DEADLINE_DAY = word_list("asks_deadline_day")
_DAY_CHECK_OPENERS = frozenset(table_words("day_check_openers"))
_IN_TIME = frozenset(table_words("in_time_words"))
_OVER_BY = frozenset(table_words("over_by_words"))  # "is it over by july 12?"
_ASKS_STILL = word_list("asks_still")
_ASKS_TIME_OF_DAY = word_list("asks_time_of_day")
_ASKS_ORIGINAL = word_list("asks_original_date")
_ASKS_TOO_LATE = word_list("asks_too_late")
_ASKS_OR_TOO_LATE = word_list("asks_or_too_late")
_ASKS_EMAIL = word_list("asks_email")
ONLINE_LOCATIONS = frozenset(table_words("online_locations"))
_ASKS_AFFILIATION = word_list("asks_affiliation")
_NAMES_A_FORMAT = word_list("names_a_format")
_CHECKS_LIMIT = word_list("checks_limit")
_ASKS_ALLOWED = word_list("asks_allowed")
_EXTRA_PAGE = word_list("extra_page")
_FINAL_VERSION = word_list("final_version_words")
_EXCLUDING = word_list("excluding_words")
_ACCEPTED_AS_ALLOWED = word_list("accepted_as_allowed")


def _wrong_pages(ask: Ask, limits: list[int]) -> bool:
    """The question checks a number of pages that is none of the limits ("6 pages right?"), or
    asks whether more pages than any limit are allowed ("can my paper be 12 pages?")."""
    page_words = [x for x in ask.numbers if 0 < x < 100]
    if not (page_words and limits):
        return False
    if all(x not in limits for x in page_words) and _CHECKS_LIMIT.search(ask.text):
        return True
    # (not pages of references, nor of the accepted paper's final version, which may differ)
    references_asked = bool(_REFERENCES.search(ask.text)) and not _EXCLUDING.search(ask.text)
    return all(x > max(limits) for x in page_words) and _ASKS_ALLOWED.search(ask.text) and \
        not references_asked and not (_FINAL_VERSION.search(ask.text)
                                      and not _ACCEPTED_AS_ALLOWED.search(ask.text))


def _references_unknown(k: Knowledge, named: list[Track]) -> Answer:
    """Whether references count is not given: say so, with the page limits that are given."""
    limits = paper_types.per_type(k, named, paper_types.limit_of(k))
    also = f"The page limit it gives: {paper_types.summary(limits, str)}." if limits.known else ""
    return paper_types.not_said(k, named, "whether references count toward the page limit",
                                "references_count", "page_limit", also=also)


def _type_page_limit(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    """Page limits with paper types: the types named, else every one (one number would be
    wrong for some)."""
    s = k.submission
    named = ask.tracks
    refs = paper_types.per_type(k, named, paper_types.rule_of(k, "references_count"))
    asks_refs = bool(_REFERENCES.search(ask.text))
    if asks_refs and not refs.known:
        return _references_unknown(k, named)
    a = paper_types.some_types(k, now, named)
    a.intent = "page_limit"
    if a.kind is not Kind.ANSWER:
        return a
    if asks_refs and refs.silent:
        a.text += (f" The call does not say whether references count for the "
                   f"{', '.join(t.name for t in refs.silent)}.")
    limits = [n for t in (named or s.tracks) if (n := s.rule("page_limit", t)) is not None]
    if _wrong_pages(ask, limits):
        a.text = "No: " + a.text
    return a


def page_limit(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    """The page limit; asked of the camera-ready version, what the call says of its length
    first (a deadline's note, or an organizer's entry: "one additional page")."""
    a = _page_limit(k, now, ask)
    if _ASKS_MINIMUM.search(ask.text):
        return _minimum_length(k, ask, a)
    d = ask.deadline
    camera = d if d is not None and ask.deadline_named and "camera_ready" in kinds_of(d) \
        else None
    # "do accepted papers get an extra page for the camera-ready?": the final version's length
    extra = bool(_EXTRA_PAGE.search(ask.text)) and (
        camera is not None or bool(KIND_RX["camera_ready"].search(ask.text))
        or "accepted" in words(ask.text))
    if a.answered and camera is None and not extra and (fit := _content_and_references(k, ask)):
        a.text = f"{fit} {a.text.removeprefix('No: ').removeprefix('Yes: ')}"
    if not a.answered or (camera is None and not extra):
        return a
    final = _final_version_length(k, camera)
    if final:
        rule = a.text.removeprefix("No: ")
        a.text = f"For the camera-ready version: {final} At submission: {rule}"
    else:
        # ("how many pages can the camera-ready have?": the call speaks of submissions only)
        return unknown(k, "extra pages for the final version" if extra
                       else "the length of the camera-ready version", "page_limit",
                       also=f"What it does say of submissions: {a.text}")
    return a


REFERENCES_REACH = 4  # words from a count of pages to the word saying they are references
ASKS_WITHIN_LIMIT = word_list("asks_within_limit")  # "am I over?", "is that ok?"


def _content_and_references(k: Knowledge, ask: Ask) -> str | None:
    """"11 pages of content + 2 pages of refs, am I over?": the sum, checked against the one
    limit that applies (of the paper type named, or the call's), counting the references only
    if the call counts them."""
    if not ASKS_WITHIN_LIMIT.search(ask.text):
        return None  # ("so max is 4 pages + 2 of refs?": the rule asked, not a paper checked)
    said = words(ask.text)
    counts = [i for i, w in enumerate(said) if w.isdigit() and 0 < int(w) < 100]
    refs = [i for i in counts if any(_REFERENCES.search(w) for w in said[i + 1:i + 1 +
                                                                         REFERENCES_REACH])]
    content = [i for i in counts if i not in refs]
    if len(refs) != 1 or len(content) != 1 or content[0] > refs[0]:
        return None
    tracks = ask.tracks or k.submission.tracks
    if len(tracks) > 1:
        return None  # (no one limit applies)
    track = tracks[0] if tracks else None
    limit = k.submission.rule("page_limit", track)
    counted = k.submission.rule("references_count", track)
    if limit is None or counted is None:
        return None
    body, bibliography = int(said[content[0]]), int(said[refs[0]])
    total = body + bibliography if counted else body
    if total <= limit:
        return (f"That fits: {plural(total, 'page')} count toward the limit of {limit}"
                f"{'' if counted else ' (references are not counted)'}.")
    return (f"That is over: {plural(total, 'page')} count toward the limit of {limit}"
            f"{' (references count too)' if counted else ''}.")


# a length in pages ("up to 7 pages", "one additional page"), after its shortest ("4-8 pages",
# "between 10 and 20 pages", "5 to 12+ pages")
_PAGE_COUNT = re.compile(r"\b(?:(?P<low>\d+) ?(?:-|–|to|and) ?)?(\d+|one|two|three|an?)\+? "
                         r"(additional |extra |more )?(content )?pages?\b")
_ASKS_MINIMUM = word_list("asks_minimum")
MINIMUM_REACH = 20  # characters: a word giving a minimum ("at least") just before the count
_GIVES_MINIMUM = word_list("gives_minimum")


def _minimum_length(k: Knowledge, ask: Ask, limits: Answer) -> Answer:
    """"Is there a minimum page count?": the sentences of the paper types and the organizers'
    entries that give a shortest length, else that the call gives none (with its limits)."""
    tracks = ask.tracks or k.submission.tracks
    texts = [f"{t.name}: {t.description or ''}" for t in tracks] + [
        e.answer for e in k.faq if "page" in e.answer.lower()]  # (a cheap look first)
    said = []
    for sentence in (s for text in texts for s in sentences_of(text)):
        folded = fold(sentence)
        if any((m.group("low") and int(m.group("low")) < 100) or _GIVES_MINIMUM.search(
                folded[max(0, m.start() - MINIMUM_REACH):m.start()])
               for m in _PAGE_COUNT.finditer(folded)):
            said.append(_without_yes_no(sentence).strip())
    if ask.tracks:  # ("for short papers": the sentences that name them, when some do)
        named = [s for s in said if any(fold(t.name) in fold(s) for t in ask.tracks)]
        said = named or said
    if said:
        return Answer(Kind.ANSWER, "Minimum length", " ".join(dict.fromkeys(said)))
    if not limits.answered:
        return limits
    if any(0 < n < 100 for n in ask.numbers):
        # "can it be 5 pages? or is there a minimum": the length checked, and no shortest
        limits.text += " The call gives no minimum length."
        return limits
    return unknown(k, "a minimum length", "page_limit", also=f"What it does say: {limits.text}")


def _final_version_length(k: Knowledge, d: Deadline | None) -> str | None:
    """What the call says of the camera-ready version's length: the sentences of its deadline's
    note that give a number of pages, else those of an organizer's entry on the final version."""
    if d is not None and d.note and (said := _page_sentences(d.note)):
        return said
    final = KIND_RX["camera_ready"]
    for e in k.faq:
        if final.search(fold(" ".join(e.questions) + " " + e.answer)) and (
                said := _page_sentences(e.answer)):
            return said
    return None


def _page_sentences(text: str) -> str:
    """The sentences of ``text`` that give a number of pages, without a yes/no opening."""
    out = []
    for sentence in sentences_of(text):
        if _PAGE_COUNT.search(fold(sentence)):
            out.append(_without_yes_no(sentence).strip())
    return " ".join(out)


def _page_limit(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    s = k.submission
    if s.tracks:
        return _type_page_limit(k, now, ask)
    if s.page_limit is None:
        return unknown(k, "a page limit", "page_limit")
    if s.references_count is None and _REFERENCES.search(ask.text):
        return _references_unknown(k, [])
    n = s.page_limit
    prefix = "No: " if _wrong_pages(ask, [n]) else ""
    text = f"{prefix}Submissions can be up to {plural(n, 'page')}"
    if s.references_count is False:
        text += ", not counting references: the bibliography may go beyond page " + f"{n}."
        if re.search(r"\bpage [0-9]+\b|\bonto\b|\bover\b|\bpushes\b", ask.text):
            text += (f" So references running past page {n} are fine, as long as the rest "
                     f"fits in {n}.")
    elif s.references_count is True:
        text += ", and references count toward that limit."
    else:
        text += ". The call doesn't say whether references count toward the limit."
    return Answer(Kind.ANSWER, "Page limit", text)


def _anonymized_words(value: bool) -> str:
    return ("must be anonymized (double-blind)" if value else
            "need not be anonymized: author names may stay")


def _anonymized_sentence(value: bool) -> str:
    if value:
        return ("Submissions must be anonymized (double-blind): remove author names, "
                "affiliations and anything else that identifies you.")
    # (no "not double-blind": skimmed, it reads as the opposite)
    return ("Submissions do not need to be anonymized: you can keep author names and "
            "affiliations on the paper, and reviewers may see who wrote it.")


_REVIEW_BLINDNESS = word_list("review_blindness")  # "single-blind", "double blind"
_ASKS_REVIEW = word_list("asks_review")  # an entry's questions about the review itself


def anonymity(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    named = ask.tracks
    p = paper_types.per_type(k, named, paper_types.rule_of(k, "anonymized"))
    if not p.known:
        return paper_types.not_said(k, named, "whether submissions must be anonymized",
                                    "anonymized", "anonymity")
    lead = ""
    if ask.checks_anonymized and not p.silent and len(set(p.values())) == 1:
        # "do vision papers have to be anonymous?": the yes or the no first
        lead = "Yes: " if p.values()[0] else "No: "
    elif ask.checks_single_blind and not p.silent and len(set(p.values())) == 1:
        # "is the review single-blind?": the other way round
        lead = "No: " if p.values()[0] else "Yes: "
    text = lead + paper_types.said(p, _anonymized_sentence, _anonymized_words)
    # ("double blind?" of a call whose organizers say "single-blind"): their own words too
    # (from an entry asked about the review or anonymity, not a sentence of another subject)
    # (a cheap look at each answer first: a file may hold thousands of entries)
    said = next((x.strip() for e in k.faq if "blind" in e.answer.lower()
                 and _ASKS_REVIEW.search(fold(" ".join(e.questions)))
                 for x in sentences_of(e.answer)
                 if _REVIEW_BLINDNESS.search(fold(x))), None)
    if said and fold(said) not in fold(text):
        text += f" The organizers say: {said}"
    return Answer(Kind.ANSWER, "Anonymity", text)


_OTHER_FORMAT = re.compile(r"\b(word doc|word file|ms word|microsoft word|doc file|docx|odt|"
                           r"google docs?|powerpoint|pptx|html|markdown)\b")


def file_format(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    named = ask.tracks
    p = paper_types.per_type(k, named, paper_types.rule_of(k, "file_format"))
    if not p.known:
        return paper_types.not_said(k, named, "the file format for submissions", "file_format",
                                    "file_format")
    formats = [f.lower() for f in p.values()]
    other = _OTHER_FORMAT.search(ask.text)
    lead = ""
    # (only a question that checks the format itself: not "a limit on figures in the pdf?")
    beside = set(words(ask.text)) - FUNCTION_WORDS - FORMAT_CHECK_WORDS - set(formats) - set(
        words(other.group(0)) if other else ())
    if not p.silent and len(beside) <= 1:  # a yes or a no about every type asked about
        if other and all(f not in other.group(0) for f in formats):
            lead = "No: "
        elif not other and all(f in ask.text for f in formats) and re.search(
                r"^(can|is|are|do|does|should)\b", ask.text):
            lead = "Yes: "
    text = paper_types.said(p, lambda f: f"Submissions must be in {f} format.",
                            lambda f: f"in {f} format")
    return Answer(Kind.ANSWER, "File format", lead + text)


def _style_value(k: Knowledge) -> Callable[[Track | None], tuple[str | None, str | None] | None]:
    """A track's template: (whose format, where the style files are), None when neither."""
    s = k.submission

    def value(t: Track | None) -> tuple[str | None, str | None] | None:
        if t is not None and t.style is None and t.style_url is None and \
                description_denies(t, "style"):
            return None  # ("no template": what the type's description says, not the wide one)
        pair = (s.rule("style", t), s.rule("style_url", t))
        return pair if any(pair) else None
    return value


def _style_words(pair: tuple[str | None, str | None]) -> str:
    name, url = pair
    what = "the official style files"
    if name:
        what = f"the {name}" if _NAMES_A_FORMAT.search(fold(name)) \
            else f"the {name} format"
    return f"follow {what}" + (f"; the style files are at {url}" if url else "")


def style(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    named = ask.tracks
    p = paper_types.per_type(k, named, _style_value(k))
    if not p.known:
        return paper_types.not_said(k, named, "which template or style files to use", "style",
                                    "style")
    # (the question is read expanded: "NeurIPS" is "nips" in both)
    ours = expand(fold(" ".join(name for name, _ in p.values() if name)))
    names_ours = any(w in ask.text for w in words(ours) if w.isalpha() and len(w) > 2)
    lead = "No. " if not p.silent and not names_ours and any(
        e not in ours for e in ask.other_events) else ""
    text = paper_types.said(p, lambda pair: f"Papers should {_style_words(pair)}.", _style_words)
    if lead and (entry := next((e for e in k.faq if any(
            _naming_entry_of(e, event) for event in ask.other_events)), None)):
        # "can I just use the neurips style file?" and the organizers' own answer names NIPS
        # among the formats accepted: that answer, not a "No"
        lead, text = "", f"{text} {entry.answer}"
    layout = k.submission.file_format or ""
    if "column" in ask.text and "column" not in text.lower() and "column" in layout.lower():
        text += f" File format: {layout}."  # ("single or two column?": the file format says)
    a = Answer(Kind.ANSWER, "Style", lead + text)
    a.links.extend(_links(p, lambda pair: pair[1], "Style files"))
    return a


def _links(p: paper_types.PerType[V], url: Callable[[V], str | None], label: str) -> list[Link]:
    """One link per distinct address the rule gives, labelled with its type when it has one."""
    out: list[Link] = []
    pairs: list[tuple[Track | None, V]] = [(None, p.wide)] if p.wide is not None else []
    for t, value in [*pairs, *p.own]:
        address = url(value)
        if address and all(link.url != address for link in out):
            single = t is None or (len(p.own) == 1 and p.wide is None)
            out.append(Link(label if single else f"{label} ({t.name})", address))
    return out


def _on_platform(url: str, platform: str) -> bool:
    return all(w in url.lower() for w in platform.split())


_SUBMITTING = table_words("submitting_said")


def _said_of_submitting(k: Knowledge) -> str | None:
    """The sentence of a submission deadline's note (or of the description) that says how
    papers are sent, when the file gives no submission site."""
    texts = [d.note for d in k.deadlines if d.note and "submission" in kinds_of(d)]
    for text in [*texts, k.workshop.description or ""]:
        for sentence in text.replace("\n", " ").split(". "):
            said = set(words(fold(sentence)))
            if said & set(_SUBMITTING["verbs"]) and (
                    "@" in sentence or said & set(_SUBMITTING["means"])) \
                    and not said & set(_SUBMITTING["not_about"]):
                return sentence.strip().rstrip(".") + "."
    return None


def _hosts_named(text: str) -> list[str]:
    """The web hosts a question writes ("sbft2026.hotcrp.com", "https://x.org/path"), lowercase
    (read by hand: a question is no URL to parse, "[foo.org" included)."""
    out = []
    for token in text.lower().split():
        host = token.split("//", 1)[-1].split("/", 1)[0].strip("?!,;:()<>[]{}\"'.")
        if "." in host and host.rsplit(".", 1)[-1].isalpha() and host[0].isalpha():
            out.append(host.removeprefix("www."))
    return out


def _host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def submission(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    named = ask.tracks
    p = paper_types.per_type(k, named, paper_types.rule_of(k, "submission_url"))
    if not p.known:
        # no submission site in the file, but an organizer's entry names the platform
        entry = next((e for e in k.faq if platforms_named(e.answer)), None) if not named else None
        if entry is not None:
            said = platforms_named(entry.answer)
            asked = platforms_named(ask.text)
            lead = "" if not asked or ask.statement or not _asks_whether(ask.text) else \
                "Yes: " if set(asked) <= set(said) else "No: "
            return Answer(Kind.ANSWER, "How to submit", lead + entry.answer)
        if not named and (said := _said_of_submitting(k)):
            # "Papers are submitted by email to Jaisie Sin": the call's own sentence
            asked = platforms_named(ask.text)
            lead = "" if not asked or ask.statement or not _asks_whether(ask.text) else \
                "Yes: " if set(asked) <= set(platforms_named(fold(said))) else "No: "
            opening = "the call says" if lead else "What the call says"
            return Answer(Kind.ANSWER, "How to submit", f"{lead}{opening}: {said}")
        return paper_types.not_said(k, named, "how or where to submit", "submission_url",
                                    "submission")
    urls = p.values()
    lead = ""
    # ("is it on openreview?" checks the site; "how long does openreview take to approve a
    # profile?" does not)
    if (platforms := platforms_named(ask.text)) and not p.silent and not ask.statement and \
            _asks_whether(ask.text) and set(_SUBMITTING["other_things"]).isdisjoint(
                words(ask.text)):
        if all(_on_platform(u, x) for u in urls for x in platforms):
            lead = "Yes: "
        elif not any(_on_platform(u, x) for u in urls for x in platforms):
            lead = "No: "
        if lead == "Yes: " and (hosts := _hosts_named(ask.text)) and not any(
                _host_of(u) == h for u in urls for h in hosts):
            lead = "No: "  # "is it sbft2026.hotcrp.com?" of icse2026-sbft.hotcrp.com
    text = paper_types.said(p, lambda u: f"Submit your paper at {u}.", lambda u: f"submit at {u}")
    return Answer(Kind.ANSWER, "How to submit", lead + text,
                  links=_links(p, lambda u: u, "Submit"))


_YES_NO_OPENERS = frozenset(table_words("yes_no_openers"))
_CLOSERS = frozenset(table_words("checks_someone")["closers"])


def _asks_whether(text: str) -> bool:
    """Whether a clause is a yes-or-no question by its first or last word ("is it part of
    ICST?", "do we submit on CMT", "... ICST, correct")."""
    said = words(text)
    return bool(said) and (said[0] in _YES_NO_OPENERS or said[-1] in _CLOSERS)


def format_rules(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    """The shape of a paper: length, file, anonymity, template (``/format``)."""
    return _submission_overview(k, now, ask, with_deadline=False)


def requirements(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    """Everything an author needs in one place ("what do you need from me")."""
    return _submission_overview(k, now, ask, with_deadline=True)


def _submission_deadline(k: Knowledge, named: list[Track]) -> Deadline | None:
    """The submission deadline of the paper types asked about: the main one unless it names
    other types only ("Research track paper submission" is not the systems track's)."""
    d = main_deadline(k)
    if d is None or not named:
        return d
    ids = {t.id for t in named}

    def types_of(x: Deadline) -> set[str]:
        return {t.id for t in tracks_named(k, f"{x.id} {x.name}")}

    if not types_of(d) or types_of(d) & ids:
        return d
    return next((x for x in k.deadlines if types_of(x) & ids and "submission" in kinds_of(x)),
                None)


def _submission_overview(k: Knowledge, now: datetime, ask: Ask, with_deadline: bool) -> Answer:
    """Every rule the call gives, each said per paper type where the types differ."""
    named = ask.tracks
    a = Answer(Kind.ANSWER, "Submitting a paper", "")

    def rule(value: Callable[[Track | None], V | None]) -> paper_types.PerType[V]:
        return paper_types.per_type(k, named, value)

    length = rule(paper_types.limit_of(k))
    fmt = rule(paper_types.rule_of(k, "file_format"))
    anonymized = rule(paper_types.rule_of(k, "anonymized"))
    template = rule(_style_value(k))
    site = rule(paper_types.rule_of(k, "submission_url"))
    parts = []
    if length.known:  # side by side when short, a row of its own when said per type
        parts.append(Field("Length", paper_types.summary(length, str), inline=length.one_line))
    if fmt.known:
        parts.append(Field("File", paper_types.summary(fmt, str), inline=fmt.one_line))
    if anonymized.known:
        parts.append(Field("Anonymized", paper_types.summary(
            anonymized, lambda v: "yes (double-blind)" if v else "no, author names may stay"),
            inline=anonymized.one_line))
    if template.known:
        parts.append(Field("Template", paper_types.summary(
            template, lambda pair: " ".join(x for x in pair if x))))
    if site.known:
        parts.append(Field("Submit at", paper_types.summary(site, str)))
    d = _submission_deadline(k, named) if with_deadline else None
    if d:
        parts.append(Field("Deadline", deadline_status(k, d, now, a)))
    if not parts:
        return unknown(k, "the submission rules", "format")
    a.fields.extend(parts)
    a.text = f"What the call for papers of {_name(k)} asks of a submission"
    a.text += f" ({', '.join(t.name for t in named)}):" if named else ":"
    a.links.extend(_links(template, lambda pair: pair[1], "Style files"))
    a.links.extend(_links(site, lambda u: u, "Submit"))
    return a


# --- people --------------------------------------------------------------------------------


def _person_line(o: Organizer) -> str:
    bits = [o.name]
    if o.role:
        bits.append(f"({o.role})")
    line = " ".join(bits)
    if o.affiliation:
        line += f", {o.affiliation}"
    if o.email:
        line += f" <{o.email}>"
    return line


# the words of a check of someone against a role: "*is* Joe the program chair", "Joe *is the*
# program chair, *right*?"
_CHECKS = {key: [[w] for w in said] if key != "after_is" else said
           for key, said in table_words("checks_someone").items()}


def _checks_someone(text: str) -> bool:
    """Whether ``text`` checks a person against a role ("is Joe the program chair?", "Joe is
    the program chair, right?") rather than asking something of them."""
    said = words(text)
    return said[:1] in _CHECKS["openers"] or said[-1:] in _CHECKS["closers"] \
        or any(f" is {w} " in f" {text} " for w in _CHECKS["after_is"])


def _naming_entry_of(entry: FaqEntry, event: str) -> bool:
    """Whether an FAQ entry's answer names another event's format ("the NIPS format")."""
    return event in _formats_named(entry.answer)


@lru_cache(maxsize=16384)
def _formats_named(answer: str) -> frozenset[str]:
    """The words of an answer within a few words of a word of formats (read once per answer:
    a style question may look through every entry)."""
    said = words(expand(fold(answer)))
    return frozenset(w for i, w in enumerate(said)
                     if FORMAT_WORDS.intersection(said[max(0, i - 3):i + 4]))


def _naming_entry(k: Knowledge, name: str) -> FaqEntry | None:
    """The first FAQ entry whose answer names ``name`` in full (a program committee list)."""
    wanted = " ".join(fold(name).split())
    return next((e for e in k.faq if says_whole(" ".join(fold(e.answer).split()), wanted)), None)


_MEMBERSHIP = word_list("membership_words")


def _one_of_them(k: Knowledge, ask: Ask) -> Answer | None:
    """"is Yizhi Li one of the organizers?", and the file lists them: yes, with who they are
    (not the whole list); None for any other question about them."""
    if len(ask.organizers) != 1 or ask.role_named or ask.affiliation or ask.role_holders or \
            not _asks_whether(ask.text) or not _MEMBERSHIP.search(ask.text):
        return None
    o = ask.organizers[0]
    said, name = words(ask.text), set(words(fold(o.name)))
    if any(w in name and i > 1 and said[i - 1] not in name and said[i - 1] not in FUNCTION_WORDS
           for i, w in enumerate(said)):
        return None  # "is Tom Joshi an organizer?": another Joshi than the one listed
    if _reviews(o) and any(not _reviews(p) for p in k.organizers):
        # "is Will Crichton an organizer?": listed on the committee, not among the organizers
        return Answer(Kind.ANSWER, o.name,
                      f"{_person_line(o)} is listed on the committee of {_name(k)}, not among "
                      "its organizers.", entity=str(k.organizers.index(o)))
    return Answer(Kind.ANSWER, o.name,
                  f"Yes: {_person_line(o)} is one of the organizers of {_name(k)}.",
                  entity=str(k.organizers.index(o)))


def _reviews(o: Organizer) -> bool:
    """Whether an organizer's role is to review (program committee, reviewer), not to organize
    (an organizing or steering committee, a committee's chairs)."""
    role = fold(o.role or "")
    return bool(_REVIEWING_ROLE.search(role)) and _CHAIR_WORDS.isdisjoint(words(role))


# the roles of those who review rather than organize ("program committee", "reviewer"; not
# the organizing or steering committee)
_REVIEWING_ROLE = word_list("reviewing_roles")
# (a committee's chair organizes it; the same table as the people finder's role heads, read here
# because that module reads answers' Ask)
_CHAIR_WORDS = frozenset(table_words("role_heads"))


def organizers(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    people = k.organizers
    if not people:
        return unknown(k, "who organizes the workshop", "organizers")
    if (member := _one_of_them(k, ask)) is not None:
        return member
    entry = _naming_entry(k, ask.unlisted) if ask.unlisted else None
    if entry is not None:
        # "is Viktor Kuncak one of the organizers?" and the organizers' own answer on the
        # program committee names him
        text = (f"{ask.unlisted} is not among the organizers listed for {_name(k)}, but is "
                f"named in the answer to \"{entry.questions[0] if entry.questions else entry.id}"
                f"\": {entry.answer}")
        return Answer(Kind.ANSWER, "Organizers", text)
    if ask.committee_asked and not ask.unlisted and not ask.organizers:
        # "who is on the program committee?": the organizers are not the reviewers
        return unknown(k, "who is on the program committee (only the organizers are listed)",
                       "organizers", also="The organizers are: "
                       + "; ".join(_person_line(o) for o in people) + ".")
    committee = [o for o in people if _reviews(o)]
    if ask.unlisted and ask.unlisted_committee and committee:
        # "is Simon Peyton Jones on the committee?": the file lists the committee
        return Answer(Kind.ANSWER, "Organizers", (
            f"No: {ask.unlisted} is not among the {len(committee)} committee members listed "
            f"for {_name(k)}: " + "; ".join(f"{o.name} ({o.role})" for o in committee) + "."))
    if ask.unlisted and ask.unlisted_committee:
        return unknown(k, f"who is on the program committee (only the organizers are listed, "
                          f"and {ask.unlisted} is not among them)", "organizers")
    if ask.unlisted:
        a = Answer(Kind.ANSWER, "Organizers", "")
        # ("is Trevor Cohen organizing this?": no, but he gives the first keynote)
        talks = speaker_lines(a, k, ask.unlisted, now) if " " in ask.unlisted.strip() else []
        a.text = (f"No: {ask.unlisted} is not among the organizers listed for {_name(k)}"
                  + (", but is in the program:\n" + "\n".join(f"• {t}" for t in talks) + "\n\n"
                     if talks else ". ")
                  + "The organizers are:\n" + "\n".join(f"• {_person_line(o)}" for o in people))
        return a
    if ask.role_asked and not ask.organizers:
        return unknown(k, f"who the {ask.role_asked} is (no organizer is listed with that role)",
                       "organizers")
    if ask.affiliation:
        chosen = ask.organizers
        if not chosen:
            return Answer(Kind.ANSWER, "Organizers",
                          f"None of the organizers of {_name(k)} lists {ask.affiliation} as "
                          "their affiliation. The organizers are:\n"
                          + "\n".join(f"• {_person_line(o)}" for o in people))
        text = f"From {ask.affiliation}: " + "; ".join(_person_line(o) for o in chosen) + "."
        return Answer(Kind.ANSWER, "Organizers", text)
    if (ask.email_asked or _ASKS_EMAIL.search(ask.text)) and k.workshop.contact and \
            not any(o.email for o in people):
        # "organizer email?": none of them lists one, the workshop's own address is theirs
        return attending.workshop_contact(k, now)
    if ask.email_asked and not k.workshop.contact and not any(o.email for o in people):
        # "what email do I write to?": no address is given, whoever the organizers are
        return unknown(k, "an email address for the organizers", "organizers",
                       also="The organizers are: " + "; ".join(_person_line(o) for o in people)
                       + ".")
    # ("who's organizing it?": the organizers, not the committee the file lists beside them)
    core = [o for o in people if o not in committee] if not ask.committee_asked else people
    core = core or people
    count = f"{len(core)} people organize {_name(k)}" if "how many" in ask.text \
        else f"{_name(k)} is organized by"
    text = f"{count}:\n" + "\n".join(f"• {_person_line(o)}" for o in core)
    if len(core) < len(people):
        text += (f"\nThe file also lists {len(people) - len(core)} committee members "
                 "(ask \"who is on the committee?\").")
    return Answer(Kind.ANSWER, "Organizers", text)


def organizer(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    if not ask.organizers:
        return organizers(k, now, ask)
    if all(not o.email for o in ask.organizers) and \
            _ASKS_EMAIL.search(ask.text):
        names = " or ".join(o.name for o in ask.organizers)
        return unknown(k, f"an email address for {names}", "organizer")
    if (member := _one_of_them(k, ask)) is not None:
        return member
    if len(ask.organizers) == 1:
        o = ask.organizers[0]
        if not o.affiliation and _ASKS_AFFILIATION.search(ask.text):
            return unknown(k, f"{o.name}'s affiliation", "organizer")
        if ask.role_holders and o not in ask.role_holders and _checks_someone(ask.text):
            # "is Joe the program chair?" when someone else is: a no, and who is
            held = ask.role_holders[0].role or ""
            return Answer(Kind.ANSWER, o.name,
                          f"No: {o.name} is listed as {o.role or 'an organizer'}, not as "
                          f"{held}. Listed as {held}: "
                          + "; ".join(_person_line(h) for h in ask.role_holders).rstrip(".")
                          + ".")
    lines = []
    for o in ask.organizers:
        line = _person_line(o)
        missing = [w for w, v in (("affiliation", o.affiliation), ("email", o.email)) if not v]
        if missing:
            line += f" (no {' or '.join(missing)} given)"
        lines.append(line)
    text = "\n".join(lines)
    if len(ask.organizers) == 1 and words(ask.text)[:1] == ["who"] and not ask.role_named:
        # "who is adam jatowt?": who they are here, then what the file lists of them (not
        # "who is the general chair?": the role says it)
        text = f"{ask.organizers[0].name} is one of the organizers of {_name(k)}.\n{text}"
    elif len(ask.organizers) > 1 and "how many" in ask.text:
        text = f"{len(ask.organizers)} people:\n{text}"  # "how many people are on the pc?"
    a = Answer(Kind.ANSWER, ask.organizers[0].name if len(ask.organizers) == 1 else "Organizers",
               text, entity=str(k.organizers.index(ask.organizers[0])))
    return a


def _runs_it(role: set[str]) -> bool:
    """Whether a role's words make its holder a chair who runs the workshop ("chair", "general
    co-chair"), not a web or publicity chair."""
    return not _ROLE_HEADS.isdisjoint(role) and (
        role <= _ROLE_HEADS or not _LEAD_CHAIRS.isdisjoint(role))


def contact(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    if ask.organizers:
        return organizer(k, now, ask)
    if k.workshop.contact:  # the workshop's own address comes before any one organizer
        a = attending.workshop_contact(k, now)
        if ask.topic_label:
            a.text = (f"The information I have says nothing about {ask.topic_label}, but the "
                      "organizers can help. ") + a.text
        if k.workshop.website:
            a.links.append(Link("Website", k.workshop.website))
        return a
    people = [o for o in k.organizers if o.email]
    if not people and not k.workshop.website:
        return unknown(k, "how to contact the organizers", "contact")
    if not people and ask.email_asked:
        # "the organizers' email?": none is given; the website is where to look
        return unknown(k, "an email address for the organizers", "contact")
    lead = ""
    if ask.topic_label:
        lead = (f"The information I have says nothing about {ask.topic_label}, but the "
                "organizers can help. ")
    text = lead + "You can reach the organizers of " + _name(k) + " by email:\n" + "\n".join(
        f"• {o.name}" + (f", {o.affiliation}" if o.affiliation else "") + f": {o.email}"
        for o in people)
    if not people:
        text = lead + f"See the workshop website: {k.workshop.website}"
        # ("who should I contact?" with no address given: who chairs it, by name)
        # (the chairs who run it, "general chair", "chair"; not a web or publicity chair)
        chairs = [o for o in k.organizers if o.role and _runs_it(set(words(fold(o.role))))]
        if chairs:
            text += ("\nThe call gives no email address; it names as chairs: "
                     + "; ".join(_person_line(o) for o in chairs) + ".")
    a = Answer(Kind.ANSWER, "Contact", text)
    if k.workshop.website:
        a.links.append(Link("Website", k.workshop.website))
    return a


def faq(k: Knowledge, now: datetime, ask: Ask, faq_id: str) -> Answer:
    entry = k.faq_entry(faq_id)
    text = entry.answer
    # "how much is registration?" is not a yes-or-no question: the entry's "Yes." would not
    # answer it
    # nor is "can it be 12 pages?" by an entry's "Yes." that speaks of 9 and 5
    other_number = bool(ask.numbers) and not any(
        re.search(rf"\b{n}\b", text) for n in ask.numbers)
    # nor is "do we present live or is it pre-recorded?", which asks which of two
    either = " or " in f" {ask.text} " and not _asks_whether_or_not(ask.text or "")
    # nor is "will papers be in the ACM DL?" by an entry's "Yes." about CEUR proceedings
    # (the answer's words read only when the question names a publisher: most name none)
    named = [p for p in _PUBLISHERS if says_whole(ask.text or "", p)]
    elsewhere = bool(named) and any(not set(words(p)) <= set(words(fold(text))) for p in named)
    if WH_QUESTION.match(ask.text or "") or other_number or either or elsewhere:
        text = _without_yes_no(text)
    return Answer(Kind.ANSWER, entry.questions[0][:1].upper() + entry.questions[0][1:],
                  text, entity=faq_id)


_PUBLISHERS = table_words("publishers")
FORMAT_WORDS = frozenset(table_words("format_words"))
WH_QUESTION = re.compile(r"^(what|when|where|who|whom|how|which|why)\b")
YES_NO_OPENING = re.compile(r"^(yes|no)\s*[.,:;!-]+\s+(?=\w)", re.IGNORECASE)


def _asks_whether_or_not(text: str) -> bool:
    """"... or not?": still a yes or no."""
    return text.rstrip(" ?").endswith(("or not", "or no"))


def _without_yes_no(text: str) -> str:
    """``text`` without a "Yes." or "No:" opening, its next word capitalized."""
    m = YES_NO_OPENING.match(text)
    return text[m.end():][:1].upper() + text[m.end() + 1:] if m else text


def paper_types_builder(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    """The paper types (tracks) and their page limits (none listed: not known)."""
    if not k.submission.tracks:
        if k.submission.page_limit is not None:
            # "short papers only, or full papers too?": one kind, with its length
            return paper_types.paper_types(k, now)
        return unknown(k, "separate paper types (tracks)", "paper_types")
    return paper_types.some_types(k, now, ask.tracks)


# the builders whose answers give times also give them in a zone the question names
BUILDERS: dict[str, Builder] = {
    "date": zoned(date), "location": location, "conference": conference, "about": about,
    "topics": topics, "previous_editions": previous_editions, "website": website,
    "deadline": zoned(deadline), "deadlines": zoned(deadlines), "timezone": zoned(timezone),
    "page_limit": page_limit, "anonymity": anonymity, "file_format": file_format,
    "style": style, "submission": submission, "requirements": requirements,
    "format": format_rules, "organizers": organizers, "organizer": organizer,
    "contact": contact, "paper_types": paper_types_builder,
    "program": zoned(program_builder),
    "attendance": lambda k, now, ask: attending.attendance(k, now),
    "tba_deadlines": lambda k, now, ask: deadline_news.announced_later(k, now),
    "duration": zoned(lambda k, now, ask: duration.duration(k, now)),
    "time_conversion": time_conversion.convert,
}


_NUMBER = re.compile(r"\b(\d{1,3})\b")
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")


def numbers_in(text: str) -> list[int]:
    out = [int(x) for x in _NUMBER.findall(text)]
    out += [_NUMBER_WORDS[w] for w in _NUMBER_WORD.findall(text)]
    return out

