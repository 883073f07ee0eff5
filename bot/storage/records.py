"""Rows read back from the database, as plain frozen dataclasses."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.storage.stamps import from_db, maybe_from_db


class AnnouncementStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # every try failed; shown in /scheduled
    CANCELLED = "cancelled"
    MISSED = "missed"  # a reminder whose moment had passed when the bot started


@dataclass(frozen=True)
class Announcement:
    id: int
    kind: str  # "announcement" or "reminder"
    key: str | None
    guild_id: int | None
    channel_id: int
    title: str | None
    message: str
    author: str | None
    role_id: int | None
    due_at: datetime
    run_at: datetime
    created_at: datetime
    status: AnnouncementStatus
    attempts: int
    last_error: str | None
    message_id: int | None
    finished_at: datetime | None
    first_try_at: datetime | None  # when the first try began; None until then

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Announcement:
        return cls(
            id=row["id"],
            kind=row["kind"],
            key=row["key"],
            guild_id=row["guild_id"],
            channel_id=row["channel_id"],
            title=row["title"],
            message=row["message"],
            author=row["author"],
            role_id=row["role_id"],
            due_at=from_db(row["due_at"]),
            run_at=from_db(row["run_at"]),
            created_at=from_db(row["created_at"]),
            status=AnnouncementStatus(row["status"]),
            attempts=row["attempts"],
            last_error=row["last_error"],
            message_id=row["message_id"],
            finished_at=maybe_from_db(row["finished_at"]),
            first_try_at=maybe_from_db(row["first_try_at"]),
        )


@dataclass(frozen=True)
class QuestionRecord:
    id: int
    question: str
    intent: str | None
    answered: bool
    confidence: float
    source: str
    at: datetime
    helpful_votes: int = 0
    unhelpful_votes: int = 0
    guild_id: int | None = None  # the server it was asked in (a DM: the home server)

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> QuestionRecord:
        keys = row.keys()
        return cls(
            id=row["id"],
            question=row["question"],
            intent=row["intent"],
            answered=bool(row["answered"]),
            confidence=row["confidence"],
            source=row["source"],
            at=from_db(row["at"]),
            helpful_votes=row["helpful"] if "helpful" in keys else 0,
            unhelpful_votes=row["unhelpful"] if "unhelpful" in keys else 0,
            guild_id=row["guild_id"] if "guild_id" in keys else None,
        )
