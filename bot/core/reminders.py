"""Planning deadline reminders: which (deadline, offset) pairs fall when.

A reminder is identified by the deadline's id, the moment it is due and the offset, so moving a
deadline in the YAML gives its reminders new identities (they are re-planned) while an unchanged
deadline keeps them (each goes out once, even across restarts and reloads).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.core.knowledge.model import Deadline, Knowledge


@dataclass(frozen=True)
class PlannedReminder:
    deadline_id: str
    deadline_name: str
    due: datetime  # the deadline, aware
    offset: timedelta  # how long before it
    date_only: bool

    @property
    def at(self) -> datetime:
        return self.due - self.offset

    def key(self, channel_id: int) -> str:
        """A stable identity for one channel: the same plan always yields the same key."""
        due = self.due.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (f"reminder:{channel_id}:{self.deadline_id}:{due}:"
                f"{int(self.offset.total_seconds())}")


def plan_reminders(knowledge: Knowledge) -> list[PlannedReminder]:
    """Every reminder the knowledge asks for, past ones included, earliest first.

    A deadline still to be announced (``due: TBA``) has none until it gets a date.
    """
    out = []
    for deadline in knowledge.deadlines:
        due = deadline.due_at(knowledge.tz)
        if due is None:
            continue
        for offset in knowledge.reminder_offsets(deadline):
            out.append(_planned(deadline, due, offset))
    return sorted(out, key=lambda r: (r.at, r.deadline_id))


def _planned(deadline: Deadline, due: datetime, offset: timedelta) -> PlannedReminder:
    return PlannedReminder(deadline_id=deadline.id, deadline_name=deadline.name, due=due,
                           offset=offset, date_only=deadline.date_only)
