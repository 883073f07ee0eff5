"""The workshop as a Discord scheduled event in the home server, in step with the knowledge.

With the Manage Events permission the bot keeps exactly one event of its own (it finds it among
the server's events by its creator, each time: nothing is trusted from memory, so a restart or a
lost reply never makes a second one; extra ones it made are deleted). It is created, updated after
a reload, and deleted when the knowledge no longer gives a day. Without the permission it says so
once in the log, shows it in ``/stats`` and carries on.

Times: from the first session to the end of the last when the knowledge has a ``program:``; else
the whole day(s) in the workshop's time zone. An event whose start has passed keeps its time
(Discord refuses a start in the past).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import discord
from discord.ext import commands

from bot.core.knowledge.model import Knowledge
from bot.discord_ui.embeds import clip
from bot.discord_ui.replies import describe_http_error
from bot.services import Services

log = logging.getLogger(__name__)

EVENT_COG = "DiscordEvent"
NAME_MAX = 100
DESCRIPTION_MAX = 1000
LOCATION_MAX = 100


@dataclass(frozen=True)
class WantedEvent:
    name: str
    start: datetime
    end: datetime
    location: str
    description: str


def wanted_event(knowledge: Knowledge) -> WantedEvent | None:
    """What the event should say, or None when the knowledge gives no day.

    With a ``program:`` the event runs from the first session to the end of the last; without
    one it spans the whole day(s). The place is the venue, or the stream link for a virtual
    workshop (a hybrid one names the stream in the description).
    """
    start, end = _span(knowledge)
    if start is None or end is None:
        return None
    w = knowledge.workshop
    mode, stream = getattr(w, "mode", None), getattr(w, "stream_url", None)
    here = ", ".join(p for p in (w.venue, w.location) if p)
    place = (stream if mode == "virtual" and stream else here) or stream or w.website \
        or "To be announced"
    lines = [w.description or f"{w.name}" + (f" at {w.conference}" if w.conference else "")]
    if stream and place != stream:
        lines.append(f"Watch online: {stream}")
    if w.website:
        lines.append(w.website)
    lines.append("Ask me anything about it: /ask, /deadlines, /program.")
    return WantedEvent(name=clip(w.name, NAME_MAX), start=start, end=end,
                       location=clip(place, LOCATION_MAX),
                       description=clip("\n\n".join(lines), DESCRIPTION_MAX))


def _span(knowledge: Knowledge) -> tuple[datetime | None, datetime | None]:
    sessions = getattr(knowledge, "program", None) or []
    if sessions:
        tz = knowledge.tz
        starts = [s.start_at(tz) for s in sessions]
        ends = [s.end_at(tz) or s.start_at(tz) for s in sessions]
        first, last = min(starts), max(ends + starts)
        if last <= first:  # one session without an end: Discord wants an end after the start
            last = max(knowledge.workshop_end() or first, first + timedelta(hours=1))
        return first, last
    return knowledge.workshop_start(), knowledge.workshop_end()


class DiscordEventCog(commands.Cog, name=EVENT_COG):
    """Keeps the workshop's Discord scheduled event."""

    def __init__(self, bot: commands.Bot, services: Services) -> None:
        self.bot = bot
        self.services = services
        self._locks: dict[int, asyncio.Lock] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self.missing_permission: set[int] = set()  # servers where Manage Events is missing
        self._listener = self._on_reload

    async def cog_load(self) -> None:
        self.services.source.listeners.append(self._listener)

    async def cog_unload(self) -> None:
        if self._listener in self.services.source.listeners:
            self.services.source.listeners.remove(self._listener)

    def status(self, guild_id: int | None) -> str | None:
        """For /stats: a line when the event cannot be kept in this server."""
        if guild_id in self.missing_permission:
            return ("I lack the Manage Events permission here, so the workshop has no Discord "
                    "event; grant it and I create one.")
        return None

    # ------------------------------------------------------------------ triggers

    def _guilds(self) -> list[discord.Guild]:
        home = self.services.settings.guild_id
        return [g for g in self.bot.guilds if home in (None, g.id)]

    def _spawn(self, guild: discord.Guild) -> None:
        task = asyncio.get_running_loop().create_task(self.sync(guild))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _on_reload(self, old: Knowledge, new: Knowledge) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        for guild in self._guilds():
            self._spawn(guild)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        for guild in self._guilds():
            self._spawn(guild)

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        if guild in self._guilds():
            self._spawn(guild)

    @commands.Cog.listener()
    async def on_guild_available(self, guild: discord.Guild) -> None:
        if self.bot.is_ready() and guild in self._guilds():  # before ready, on_ready does it
            self._spawn(guild)

    @commands.Cog.listener()
    async def on_guild_role_update(self, before: discord.Role, after: discord.Role) -> None:
        guild = after.guild
        me = guild.me
        if me is not None and after in me.roles and before.permissions != after.permissions \
                and guild in self._guilds():
            self._spawn(guild)  # Manage Events granted (or taken) just now

    # ------------------------------------------------------------------ the sync

    async def sync(self, guild: discord.Guild) -> None:
        lock = self._locks.setdefault(guild.id, asyncio.Lock())
        async with lock:  # two triggers at once must not both create one
            try:
                await self._sync(guild)
            except discord.HTTPException as exc:
                log.warning("could not update the Discord event in server %s: %s", guild.id,
                            describe_http_error(exc))

    async def _sync(self, guild: discord.Guild) -> None:
        me = guild.me
        if me is None or not me.guild_permissions.manage_events:
            if guild.id not in self.missing_permission:
                self.missing_permission.add(guild.id)
                log.warning("no Manage Events permission in server %s: the workshop gets no "
                            "Discord event there (grant it to have one)", guild.id)
            return
        self.missing_permission.discard(guild.id)
        user = self.bot.user
        events = await guild.fetch_scheduled_events(with_counts=False)
        ours = sorted((e for e in events if user is not None and e.creator_id == user.id
                       and e.status in (discord.EventStatus.scheduled,
                                        discord.EventStatus.active)),
                      key=lambda e: e.id)
        for extra in ours[1:]:  # never more than one
            log.warning("deleting a second Discord event of mine (%s) in server %s", extra.id,
                        guild.id)
            await extra.delete()
        event = ours[0] if ours else None
        wanted = wanted_event(self.services.source.knowledge)
        now = self.services.clock()
        if wanted is None:
            if event is not None:
                log.info("the knowledge gives no workshop day any more; deleting its event")
                await event.delete()
            return
        if event is None:
            if wanted.end <= now or wanted.start <= now:
                return  # Discord takes no start in the past
            created = await guild.create_scheduled_event(
                name=wanted.name, start_time=wanted.start, end_time=wanted.end,
                entity_type=discord.EntityType.external,
                privacy_level=discord.PrivacyLevel.guild_only, location=wanted.location,
                description=wanted.description)
            log.info("created the workshop's Discord event %s in server %s", created.id,
                     guild.id)
            return
        changes: dict[str, object] = {}
        if event.name != wanted.name:
            changes["name"] = wanted.name
        if (event.description or "") != wanted.description:
            changes["description"] = wanted.description
        if event.location != wanted.location:
            changes["location"] = wanted.location
        started = event.status is discord.EventStatus.active or event.start_time <= now
        moved = event.start_time != wanted.start or event.end_time != wanted.end
        if moved and not started and wanted.start > now:
            changes["start_time"], changes["end_time"] = wanted.start, wanted.end
        if changes:
            changes.setdefault("entity_type", discord.EntityType.external)
            changes.setdefault("location", wanted.location)
            changes.setdefault("end_time", event.end_time or wanted.end)
            await event.edit(**changes)  # type: ignore[arg-type]
            log.info("updated the workshop's Discord event %s: %s", event.id,
                     ", ".join(sorted(changes)))
