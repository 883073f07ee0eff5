"""A per-user flood guard for questions (chat and /ask share one): a sliding window, and one
note per flood."""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta
from enum import Enum

COOLDOWN_NOTE = (
    "You're asking faster than I can keep up, so I'll pause for a minute. "
    "Ask again in a little while; slash commands such as `/deadlines` work meanwhile."
)


class Verdict(Enum):
    ALLOW = "allow"  # answer it
    NOTE = "note"  # the first message over the limit: say once that we are pausing
    SILENT = "silent"  # later messages of the same flood: ignore quietly


class Cooldown:
    """At most ``rate`` answers per ``per`` for each user.

    Messages over the limit do not count against the user, so a flood ends ``per`` after the last
    answered message; the next answered message starts a fresh flood (and a fresh note).
    """

    def __init__(self, rate: int = 5, per: timedelta = timedelta(seconds=60),
                 max_users: int = 10_000) -> None:
        if rate < 1:
            raise ValueError("rate must be at least 1")
        self.rate = rate
        self.per = per
        self.max_users = max_users
        self._hits: dict[int, deque[datetime]] = {}
        self._noted: set[int] = set()

    def hit(self, user_id: int, now: datetime) -> Verdict:
        hits = self._hits.get(user_id)
        if hits is None:
            if len(self._hits) >= self.max_users:
                self._prune(now)
            hits = self._hits[user_id] = deque(maxlen=self.rate)
        while hits and now - hits[0] >= self.per:
            hits.popleft()
        if len(hits) < self.rate:
            hits.append(now)
            self._noted.discard(user_id)
            return Verdict.ALLOW
        if user_id in self._noted:
            return Verdict.SILENT
        self._noted.add(user_id)
        return Verdict.NOTE

    def _prune(self, now: datetime) -> None:
        for user_id in [u for u, h in self._hits.items() if not h or now - h[-1] >= self.per]:
            del self._hits[user_id]
            self._noted.discard(user_id)
