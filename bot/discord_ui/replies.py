"""Remembering what was asked, and sending replies that may fail without stopping the bot."""

from __future__ import annotations

import logging
import sqlite3

import discord

from bot.core.answer import Answer
from bot.services import Services
from bot.storage import StorageError

log = logging.getLogger(__name__)

MAX_QUESTION = 1000  # characters of a question kept and matched


def record_question(services: Services, question: str, answer: Answer, source: str) -> int | None:
    """Store the question and what the bot understood; its id (for votes), or None on failure.

    A storage failure costs the vote buttons of this one answer, never the answer itself.
    """
    try:
        return services.storage.log_question(
            question=question[:MAX_QUESTION],
            intent=answer.intent,
            answered=answer.answered,
            confidence=float(answer.confidence),
            source=source,
            at=services.clock(),
        )
    except (StorageError, sqlite3.Error):
        log.exception("could not store a question (source=%s); answering without votes", source)
        return None


def describe_http_error(exc: discord.HTTPException) -> str:
    return f"{exc.status} {exc.text or exc.__class__.__name__} (code {exc.code})"


def where(channel: object) -> str:
    """A channel for the log, without any user text."""
    if isinstance(channel, discord.DMChannel):
        return "a DM"
    name = getattr(channel, "name", None)
    return f"#{name} ({getattr(channel, 'id', '?')})" if name else str(getattr(channel, "id", "?"))
