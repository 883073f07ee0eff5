"""Noticing a rephrasing: a member votes an answer not helpful, then asks again in other words.

The second wording is a suggested phrasing for the first question (what the member meant). Only
the latest not-helpful vote of each member is remembered, for :data:`WINDOW`, in memory: a
rephrasing comes within minutes or not at all, so nothing of it needs to survive a restart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

WINDOW = timedelta(minutes=10)
MAX_MEMBERS = 10_000  # a bound on memory; the oldest votes are forgotten first


@dataclass
class RephrasingWatch:
    _pending: dict[int, tuple[int, datetime]] = field(default_factory=dict)

    def unhelpful(self, member: int, question_id: int, at: datetime) -> None:
        """``member`` voted the answer to ``question_id`` not helpful at ``at``."""
        self._pending.pop(member, None)
        self._pending[member] = (question_id, at)
        while len(self._pending) > MAX_MEMBERS:
            self._pending.pop(next(iter(self._pending)))

    def rephrased(self, member: int, at: datetime) -> int | None:
        """The question ``member``'s new question rephrases, if any (it is then forgotten)."""
        pending = self._pending.pop(member, None)
        if pending is None:
            return None
        question_id, voted = pending
        return question_id if timedelta() <= at - voted <= WINDOW else None
