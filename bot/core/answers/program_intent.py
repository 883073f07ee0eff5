"""The builder of the ``program`` intent: the program entities understanding found (a speaker,
a session, a position such as "the first", a moment: "now", "next", "after", "start", "end")
choose which program answer is given."""

from __future__ import annotations

import calendar
from datetime import datetime
from typing import TYPE_CHECKING

from bot.core.answers import program
from bot.core.answers.answer import Answer, Kind
from bot.core.answers.unknown import unknown
from bot.core.knowledge.model import Knowledge
from bot.core.understanding.text import fold, words

if TYPE_CHECKING:
    from bot.core.answers.builders import Ask

_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}
_WHO_ASKS = frozenset(program.PROGRAM_WORDS["who_asks"])
_TITLE_NAMES_WHO = frozenset(program.PROGRAM_WORDS["title_names_who"])  # "(chair X)"
_TALK_DETAILS = frozenset(program.PROGRAM_WORDS["talk_details"])


def program_builder(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    """What is on (now, next, after a session), when a speaker or a session is, when the day
    starts or ends, the first or last of some sessions, or the day."""
    if not k.program:
        return unknown(k, "the program of the day (talks and their times)", "program")
    if ask.speaker:
        talk = program.speaker_talk(k, now, ask.speaker, title_asked=ask.title_asked)
        asked = _TALK_DETAILS.intersection(words(ask.text))
        if talk.answered and asked:
            # "what's the abstract of Kunal Talwar's talk?": not in a program
            return unknown(k, f"the {min(asked)} of that talk", "program",
                           also=f"The program has: {talk.plain_text()}")
        return talk
    if ask.moment == "after" and ask.session:
        return program.program_after(k, now, ask.session, ask.position, ask.weekday)
    if ask.moment == "at" and ask.at:
        return program.program_at(k, now, *ask.at, zone=ask.zone)
    if ask.moment == "now":
        return program.program_now(k, now)
    if ask.moment == "next":
        return program.program_next(k, now)
    if ask.position is not None:
        return nth_session(k, now, ask.session, ask.position, ask.moment, ask.day_part)
    if ask.moment in ("start", "end") and not ask.session:
        return program.day_edge(k, now, ask.moment, ask.day_said)
    if ask.moment == "span":  # "what time does it start and end?": the one, then the other
        return program.day_span(k, now, ask.day_said)
    if ask.session in ("break", "breaks") and ask.moment != "end":
        return program.breaks(k, now)
    if ask.session:
        answer = session_times(k, now, ask.session, ask.moment, each=ask.each_length,
                               day_part=ask.day_part, weekday=ask.weekday)
        if answer.answered and not _WHO_ASKS.isdisjoint(words(ask.text)) and not any(
                s.speakers or _TITLE_NAMES_WHO.intersection(words(fold(s.title)))
                for s, _, _ in program.find_sessions(k.sessions(), ask.session)):
            # "who's on the panel?", and the program names no one for it: the time is not who
            return unknown(k, "who gives that session", "program",
                           also=f"The program has it: {answer.plain_text()}")
        return answer
    if ask.each_length:
        # "how long is each paper presentation slot?": no session named, and the day's list
        # does not say how long one presentation is
        return unknown(k, "how long each presentation is", "program")
    return program.program_day(k, now)


def session_times(k: Knowledge, now: datetime, name: str, moment: str | None = None,
                  each: bool = False, day_part: tuple[int, int] | None = None,
                  weekday: int | None = None) -> Answer:
    """When the sessions called ``name`` (a word of their title or their kind) take place, or
    when they end (``moment="end"``); ``each``: the length of one item of them is asked ("how
    long is each lightning talk?"), which a session of several talks does not give;
    ``day_part``: only those starting in these local hours ("the afternoon keynote")."""
    found = program.on_weekday(_in_part(program.find_sessions(k.sessions(), name), day_part),
                               weekday)  # ("the keynote on tuesday": that day's)
    if not found:
        return unknown(k, f"a session called '{name}' in the program"
                       + (" at that time of day" if day_part else "")
                       + (f" on {calendar.day_name[weekday]}" if weekday is not None else ""),
                       "program")
    answer = _lines(found[0][0].title if len(found) == 1 else name[:1].upper() + name[1:],
                    found, now, moment)
    named = set(program.qualifiers(name))
    if each and named and not any(named & set(words(fold(s.title))) for s, _, _ in found):
        # "each lightning talk" when no title says "lightning": other talks' lengths are not it
        return unknown(k, f"a session called '{name}' in the program", "program")
    if each and all(program.holds_several(s) for s, _, _ in found):
        return unknown(k, "how long each talk of that session is", "program",
                       also=f"The program gives the whole session: {answer.plain_text()}")
    return answer


def nth_session(k: Knowledge, now: datetime, name: str | None, position: int,
                moment: str | None = None, day_part: tuple[int, int] | None = None) -> Answer:
    """The ``position``-th (1 the first, -1 the last) of the sessions called ``name`` (every
    session when None), of those starting in ``day_part``'s local hours if given."""
    slots = k.sessions()
    found = _in_part(program.find_sessions(slots, name) if name else slots, day_part)
    what = f"the {_ORDINALS.get(position, str(position))} {name or 'session'}"
    index = position - 1 if position > 0 else position
    if not found or not -len(found) <= index < len(found):
        return unknown(k, f"{what} in the program", "program")
    chosen = found[index]
    return _lines(chosen[0].title, [chosen], now, moment)


def _in_part(found: list[program.Slot], day_part: tuple[int, int] | None) -> list[program.Slot]:
    """The sessions that start in the local hours [from, to) of ``day_part`` (all if None):
    the hour as the program gives it, in the session's own time zone."""
    if day_part is None:
        return found
    return [x for x in found if day_part[0] <= x[1].hour < day_part[1]]


def _lines(title: str, found: list[program.Slot], now: datetime, moment: str | None) -> Answer:
    a = Answer(Kind.ANSWER, title, "", intent="program")
    if moment == "end":
        lines = [program.ends_line(a, x) for x in found]
    else:
        lines = [program.session_line(a, x, now) for x in found]
    a.text = lines[0] if len(lines) == 1 else "\n".join(f"• {line}" for line in lines)
    return a

