"""One deadline as one line of an answer: its name, its date as a moment, how far away it is;
"to be announced" for a TBA deadline, and the original date of an extended one."""

from __future__ import annotations

from datetime import datetime

from bot.core.answers.answer import Answer, Moment
from bot.core.answers.timefmt import relative_day, span
from bot.core.knowledge.model import Deadline, Knowledge
from bot.core.understanding.deadline_kinds import OPENS


def deadline_status(k: Knowledge, d: Deadline, now: datetime, a: Answer) -> str:
    """``Paper submission: <date> (that's in 5 days).`` with the date as a moment.

    A deadline still to be announced says so; an extended one names its original date too.
    """
    due = d.due_at(k.tz)
    if due is None:
        return f"{d.name}: to be announced (the call gives no date yet)."
    local_now = now.astimezone(k.tz)
    if now <= due:
        template = "that's {when}"
        phrase = relative_day(local_now, due.date()) if d.date_only else f"in {span(due - now)}"
    else:
        # a moment that opens something ("Challenges open", "Test set release") did not close
        past = "that was {when}" if OPENS.search(d.name) else "closed {when}"
        template, phrase = past, relative_day(local_now, due.date())
    when = a.mark(Moment(due, d.date_only, d.name, template, phrase))
    was = d.extended_from_at(k.tz)
    if was is not None:
        old = a.mark(Moment(was, not isinstance(d.extended_from, datetime), f"{d.name} (before)"))
        return f"{d.name}: {when}, extended from {old}."
    return f"{d.name}: {when}."
