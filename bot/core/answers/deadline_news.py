"""Deadlines that moved or have no date yet: a TBA deadline ("to be announced") and an
extended one (the new date and the one it replaces, since the old date still circulates).

Builders (pure: knowledge, ``now`` and the deadline that understanding found; never the
question text):

- ``to_be_announced(k, now, deadline)``: the deadline (``due: TBA``) will be announced, and
  whom to ask meanwhile.
- ``extended(k, now, deadline)``: a deadline with ``extended_from``: both dates, the new one
  first. A deadline that was not extended is answered as usual (its date).
- ``all_extended(k, now)``: every extended deadline with both dates.
- ``announced_later(k, now)``: every TBA deadline at once, or "every deadline has a date".
"""

from __future__ import annotations

from datetime import datetime

from bot.core.answers.answer import Answer, Kind
from bot.core.answers.deadline_line import deadline_status
from bot.core.answers.unknown import contact_line, unknown
from bot.core.knowledge.model import Deadline, Knowledge


def to_be_announced(k: Knowledge, now: datetime, deadline: Deadline) -> Answer:
    if not deadline.tba:
        a = Answer(Kind.ANSWER, "Deadline", "", entity=deadline.id)
        a.text = deadline_status(k, deadline, now, a)
        return a
    text = (f"The {deadline.name.lower()} date is to be announced (TBA): the call for papers of "
            f"{k.workshop.name} does not give it yet. {contact_line(k)}")
    if deadline.note:
        text += f" {deadline.note}"
    return Answer(Kind.ANSWER, "Deadline", text, intent="deadline", entity=deadline.id)


def extended(k: Knowledge, now: datetime, deadline: Deadline) -> Answer:
    if deadline.tba:
        return to_be_announced(k, now, deadline)
    a = Answer(Kind.ANSWER, "Deadline", "", intent="deadline", entity=deadline.id)
    a.text = deadline_status(k, deadline, now, a)
    if deadline.extended_from is not None:
        a.text += " The earlier date no longer applies."
    elif deadline.note is None:
        a.text += " The call mentions no extension."
    return a


def all_extended(k: Knowledge, now: datetime) -> Answer | None:
    """Every extended deadline with both dates (None when the call extended none)."""
    moved = [d for d in k.deadlines if d.extended_from is not None]
    if len(moved) == 1:
        return extended(k, now, moved[0])
    if not moved:
        return None
    a = Answer(Kind.ANSWER, "Extended deadlines", "", intent="deadlines")
    a.text = "\n".join(deadline_status(k, d, now, a) for d in moved)
    return a


def announced_later(k: Knowledge, now: datetime) -> Answer:
    later = [d for d in k.deadlines if d.tba]
    if not k.deadlines:
        return unknown(k, "deadlines", "deadlines")
    if not later:
        return Answer(Kind.ANSWER, "Deadlines", "Every deadline of the call has a date; "
                      "/deadlines lists them.", intent="deadlines")
    names = ", ".join(d.name for d in later)
    return Answer(Kind.ANSWER, "Deadlines", f"Still to be announced: {names}. "
                  f"{contact_line(k)}", intent="deadlines")
