"""Remembering what was asked, and sending replies that may fail without stopping the bot."""

from __future__ import annotations

import logging
import sqlite3

import discord

from bot.core.answers.answer import Answer
from bot.services import Services
from bot.storage import StorageError, new_question_id

log = logging.getLogger(__name__)

MAX_QUESTION = 1000  # characters of a question kept and matched


def record_question(services: Services, question: str, answer: Answer, source: str,
                    guild_id: int | None, asker: int | None = None) -> int | None:
    """Store the question and what the bot understood, for server ``guild_id`` (None for a
    direct message: it belongs to the home server); returns its id (for votes) at once.

    When ``asker`` voted an answer not helpful a moment ago, this question is also stored as a
    rephrasing of that one (a suggested phrasing for the FAQ).

    The write is queued off the event loop and nobody waits for it: a busy or broken database
    costs a log line (and the votes of this one answer), never the answer or its speed.
    """
    question_id = new_question_id()
    try:
        services.storage.soon(
            "log_question", what=f"a question (source={source})",
            question=question[:MAX_QUESTION],
            intent=answer.intent,
            answered=answer.answered,
            confidence=float(answer.confidence),
            source=source,
            at=services.clock(),
            guild_id=services.owner_of(guild_id),
            question_id=question_id,
        )
    except (StorageError, sqlite3.Error, RuntimeError):  # RuntimeError: the storage is closed
        log.exception("could not store a question (source=%s); answering without votes", source)
        return None
    earlier = services.rephrasings.rephrased(asker, services.clock()) if asker else None
    if earlier is not None:
        record_phrasing(services, earlier, "rephrase", question[:MAX_QUESTION], answer.intent,
                        guild_id)
    return question_id


def record_phrasing(services: Services, question_id: int, kind: str, text: str,
                    intent: str | None, guild_id: int | None) -> None:
    """Store what ``question_id`` turned out to mean (a pick, a rephrasing); never waits."""
    try:
        services.storage.soon("add_phrasing", what=f"a {kind}", question_id=question_id,
                              kind=kind, text=text, intent=intent, at=services.clock(),
                              guild_id=services.owner_of(guild_id) or 0)
    except RuntimeError:  # the storage is closed: only this suggestion is lost
        log.warning("could not store a %s for question %s", kind, question_id)


async def reply_privately(interaction: discord.Interaction, *, embed: discord.Embed,
                          view: discord.ui.View | None = None,
                          file: discord.File | None = None) -> bool:
    """An ephemeral reply, as the first response or as a follow-up if there was one already.
    A Discord error is logged, never raised; False when the reply could not be sent."""
    kwargs: dict[str, object] = {"embed": embed, "ephemeral": True}
    if view is not None:  # discord.py does not accept view=None on every path
        kwargs["view"] = view
    if file is not None:
        kwargs["file"] = file
    try:
        if interaction.response.is_done():
            await interaction.followup.send(**kwargs)  # type: ignore[arg-type]
        else:
            await interaction.response.send_message(**kwargs)  # type: ignore[arg-type]
    except discord.HTTPException as exc:
        command = interaction.command.name if interaction.command else "?"
        log.warning("could not reply privately (/%s): %s", command, describe_http_error(exc))
        return False
    return True


def describe_http_error(exc: discord.HTTPException) -> str:
    return f"{exc.status} {exc.text or exc.__class__.__name__} (code {exc.code})"


def where(channel: object) -> str:
    """A channel for the log, without any user text."""
    if isinstance(channel, discord.DMChannel):
        return "a DM"
    name = getattr(channel, "name", None)
    return f"#{name} ({getattr(channel, 'id', '?')})" if name else str(getattr(channel, "id", "?"))
