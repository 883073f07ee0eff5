"""Moments as stored in the database: UTC text of fixed width, so text order is time order."""

from __future__ import annotations

from datetime import UTC, datetime


def to_db(at: datetime) -> str:
    """An aware datetime as ``2026-01-01T09:00:00.000000Z``."""
    if at.tzinfo is None:
        raise ValueError("naive datetime: give the time zone (use discord.utils.utcnow())")
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_db(text: str) -> datetime:
    return datetime.fromisoformat(text)


def maybe_from_db(text: str | None) -> datetime | None:
    return from_db(text) if text else None
