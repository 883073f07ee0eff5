"""Turning the knowledge's deadline reminders into queued posts, one per announcements channel.

Run when the bot is ready (after marking reminders whose moment passed while it was down as
missed: they are never posted late) and after every successful reload. Idempotent: a reminder
already queued, sent or missed is left alone; one whose deadline moved is cancelled and its
replacement queued.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import discord
from discord.utils import format_dt

from bot.core.answers.timefmt import span
from bot.core.knowledge.changes import written_due
from bot.core.knowledge.model import Knowledge
from bot.core.reminders import PlannedReminder, plan_reminders
from bot.core.time_range import EARLIEST
from bot.settings import Settings
from bot.storage import AnnouncementStatus, Storage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncReport:
    queued: int = 0
    cancelled: int = 0
    failed: int = 0  # reminders that cannot be scheduled (stored as failed, with the reason)


def announce_channel(guild: discord.Guild, settings: Settings) -> discord.TextChannel | None:
    """The guild's announcements channel (by name, case-insensitive; text or announcement)."""
    wanted = settings.announce_channel.lstrip("#").casefold()
    return next((c for c in guild.text_channels if c.name.casefold() == wanted), None)


def reminder_channels(bot: discord.Client, settings: Settings) -> list[discord.TextChannel]:
    """Where reminders go: the announcements channel of the configured server, or of every
    server the bot is in when ``WORKSHOP_BOT_GUILD_ID`` is unset."""
    guilds = [g for g in bot.guilds if settings.guild_id in (None, g.id)]
    return [c for g in guilds if (c := announce_channel(g, settings)) is not None]


def reminder_text(knowledge: Knowledge, reminder: PlannedReminder) -> tuple[str, str]:
    deadline = knowledge.deadline(reminder.deadline_id)
    written = written_due(knowledge, deadline) if deadline else reminder.due.isoformat()
    title = f"Reminder: {reminder.deadline_name} in {span(reminder.offset)}"
    text = (f"**{reminder.deadline_name}** is due {written}: {format_dt(reminder.due, 'F')} "
            f"your time ({format_dt(reminder.due, 'R')}).")
    if deadline and deadline.date_only:
        text += (f"\nThe call gives only the day; this is the end of that day in "
                 f"{knowledge.workshop.timezone}.")
    if deadline and deadline.note:
        text += f"\n{deadline.note}"
    return title, text


def sync_reminders(storage: Storage, knowledge: Knowledge,
                   channels: list[discord.TextChannel], now: datetime) -> SyncReport:
    """Queue every future reminder not queued yet; cancel pending ones no longer wanted."""
    planned = plan_reminders(knowledge)
    states = storage.reminder_states()
    wanted: set[str] = set()
    queued = failed = 0
    for channel in channels:
        for reminder in planned:
            key = reminder.key(channel.id)
            wanted.add(key)
            if reminder.at is None:
                failed += _unschedulable(storage, reminder, key, channel, now, states)
                continue
            if reminder.at <= now:
                continue  # never for a moment already past
            title, text = reminder_text(knowledge, reminder)
            state = states.get(key)
            if state is None:
                added = storage.add_announcement(
                    kind="reminder", key=key, guild_id=channel.guild.id, channel_id=channel.id,
                    title=title, message=text, due_at=reminder.at, created_at=now)
                queued += added is not None
            elif state[1] is AnnouncementStatus.CANCELLED:
                queued += storage.revive_reminder(state[0], title=title, message=text)
            elif state[1] is AnnouncementStatus.PENDING:
                storage.update_pending_text(state[0], title=title, message=text)
    stale = [ident for key, (ident, status) in states.items()
             if status is AnnouncementStatus.PENDING and key not in wanted
             and _channel_of(key) in {c.id for c in channels}]
    cancelled = storage.cancel_many(stale, now) if stale else 0
    if queued or cancelled:
        log.info("reminders: %d queued, %d cancelled (deadlines changed)", queued, cancelled)
    return SyncReport(queued=queued, cancelled=cancelled, failed=failed)


def _unschedulable(storage: Storage, reminder: PlannedReminder, key: str,
                   channel: discord.TextChannel, now: datetime,
                   states: dict[str, tuple[int, AnnouncementStatus]]) -> int:
    """A reminder whose moment cannot be computed: stored once as failed, with the reason, so
    /scheduled shows it; every other reminder is planned as usual."""
    if key in states or reminder.due.year < EARLIEST.year:
        return 0  # already reported, or a deadline long past: nothing would be posted anyway
    log.warning("reminder for %s cannot be scheduled: %s", reminder.deadline_id, reminder.problem)
    added = storage.add_announcement(
        kind="reminder", key=key, guild_id=channel.guild.id, channel_id=channel.id,
        title=f"Reminder: {reminder.deadline_name}",
        message=f"{reminder.deadline_name}: this reminder cannot be scheduled.",
        due_at=now, created_at=now,
        failed=f"cannot be scheduled: {reminder.problem}; fix the knowledge file")
    return int(added is not None)


def _channel_of(key: str) -> int | None:
    parts = key.split(":")
    try:
        return int(parts[1])
    except (IndexError, ValueError):
        return None
