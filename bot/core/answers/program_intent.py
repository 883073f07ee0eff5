"""The builder of the ``program`` intent: the program entities understanding found (a speaker,
a session, "now" / "next" / "after") choose which program answer is given."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from bot.core.answers import program
from bot.core.answers.answer import Answer, Kind
from bot.core.answers.unknown import unknown
from bot.core.knowledge.model import Knowledge

if TYPE_CHECKING:
    from bot.core.answers.builders import Ask


def program_builder(k: Knowledge, now: datetime, ask: Ask) -> Answer:
    """What is on (now, next, after a session), when a speaker or a session is, or the day."""
    if not k.program:
        return unknown(k, "the program of the day (talks and their times)", "program")
    if ask.speaker:
        return program.speaker_talk(k, now, ask.speaker)
    if ask.moment == "after" and ask.session:
        return program.program_after(k, now, ask.session)
    if ask.moment == "now":
        return program.program_now(k, now)
    if ask.moment == "next":
        return program.program_next(k, now)
    if ask.session in ("break", "breaks"):
        return program.breaks(k, now)
    if ask.session:
        return session_times(k, now, ask.session)
    return program.program_day(k, now)


def session_times(k: Knowledge, now: datetime, name: str) -> Answer:
    """When the sessions called ``name`` (a word of their title or their kind) take place."""
    found = program.find_sessions(k.sessions(), name)
    if not found:
        return unknown(k, f"a session called '{name}' in the program", "program")
    a = Answer(Kind.ANSWER, found[0][0].title, "", intent="program")
    lines = [program.session_line(a, x, now) for x in found]
    a.text = lines[0] if len(lines) == 1 else "\n".join(f"• {line}" for line in lines)
    return a
