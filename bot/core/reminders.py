"""Planning deadline reminders: which (deadline, offset) pairs fall when.

A reminder is identified by the deadline's id, the moment it is due and the offset, so moving a
deadline in the YAML gives its reminders new identities (they are re-planned) while an unchanged
deadline keeps them (each goes out once, even across restarts and reloads).

Every moment is range-checked (:mod:`bot.core.time_range`): a reminder that cannot be scheduled (a
``1000000w`` offset, a deadline in year 9999) is planned with a ``problem`` instead of a time, so
it is reported for itself and the other reminders go on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.core.knowledge.model import Deadline, Knowledge
from bot.core.time_range import in_range, out_of_range, shifted


@dataclass(frozen=True)
class PlannedReminder:
    deadline_id: str
    deadline_name: str
    due: datetime  # the deadline, aware
    offset: timedelta  # how long before it
    date_only: bool
    at: datetime | None  # when it is posted; None when it cannot be scheduled
    problem: str | None = None  # why it cannot be scheduled

    def key(self, channel_id: int) -> str:
        """A stable identity for one channel: the same plan always yields the same key."""
        try:
            due = self.due.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        except (OverflowError, ValueError):
            due = self.due.isoformat()
        return (f"reminder:{channel_id}:{self.deadline_id}:{due}:"
                f"{int(self.offset.total_seconds())}")


def plan_reminders(knowledge: Knowledge) -> list[PlannedReminder]:
    """Every reminder the knowledge asks for, past ones included, earliest first (those that
    cannot be scheduled last).

    A deadline still to be announced (``due: TBA``) has none until it gets a date.
    """
    out = []
    for deadline in knowledge.deadlines:
        try:
            due = deadline.due_at(knowledge.tz)
        except (OverflowError, ValueError):
            continue  # a deadline without a usable moment has no reminders
        if due is None:
            continue
        for offset in knowledge.reminder_offsets(deadline):
            out.append(_planned(deadline, due, offset))
    return sorted(out, key=lambda r: (r.at is None, r.at or r.due, r.deadline_id))


def _planned(deadline: Deadline, due: datetime, offset: timedelta) -> PlannedReminder:
    at = shifted(due, -offset) if in_range(due) else None
    problem = None
    if at is None:
        problem = (f"the deadline {out_of_range(due)}" if not in_range(due) else
                   f"a reminder {offset.days} days before {due.date().isoformat()} would be "
                   "before the year 1970")
    return PlannedReminder(deadline_id=deadline.id, deadline_name=deadline.name, due=due,
                           offset=offset, date_only=deadline.date_only, at=at, problem=problem)
