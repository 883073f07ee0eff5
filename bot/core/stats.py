"""Figures for ``/stats``: questions per day, the share answered, top intents, votes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol


class AskedRecord(Protocol):
    at: datetime
    answered: bool
    intent: str | None
    helpful_votes: int
    unhelpful_votes: int


@dataclass
class Stats:
    days: list[tuple[date, int]] = field(default_factory=list)  # oldest first, zeros included
    total: int = 0
    answered: int = 0
    top_intents: list[tuple[str, int]] = field(default_factory=list)
    helpful: int = 0
    not_helpful: int = 0

    @property
    def share_answered(self) -> float:
        return self.answered / self.total if self.total else 0.0


def compute_stats(records: Iterable[AskedRecord], *, now: datetime, tz: tzinfo,
                  days: int = 14, top: int = 5) -> Stats:
    """Aggregate the last ``days`` days (calendar days in the workshop's zone, today included)."""
    today = now.astimezone(tz).date()
    first = today - timedelta(days=days - 1)
    per_day: Counter[date] = Counter()
    intents: Counter[str] = Counter()
    stats = Stats()
    for r in records:
        day = r.at.astimezone(tz).date()
        if day < first or day > today:
            continue
        per_day[day] += 1
        stats.total += 1
        stats.answered += bool(r.answered)
        if r.intent:
            intents[r.intent] += 1
        stats.helpful += r.helpful_votes
        stats.not_helpful += r.unhelpful_votes
    stats.days = [(first + timedelta(days=i), per_day[first + timedelta(days=i)])
                  for i in range(days)]
    stats.top_intents = intents.most_common(top)
    return stats
