"""Reloading the knowledge file: on /reload, and on its own when the file changes on disk.

The file is read, validated and compiled on a worker thread (never on the event loop), one reload
at a time. The watcher applies a changed file only once it has stopped changing (same time, size
and inode for a quiet period), and never applies on its own a file that lost most of its deadlines,
organizers or FAQ entries: it tells the organizers and waits for /reload.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable

import discord

from bot.core.knowledge.loader import Problem
from bot.core.knowledge.source import ReloadResult, shrinkage
from bot.organizer import render
from bot.services import Services

log = logging.getLogger(__name__)

QUIET_SECONDS = 5.0  # a changed file is applied once it has not changed for this long
QUIET_TRIES = 12  # a file still changing after this many quiet periods waits for the next check
PARSE_SECONDS = 30.0  # a knowledge file that takes longer to read (a FIFO, say) is given up on
Signature = tuple[int, int, int]
Replan = Callable[[], Awaitable[str | None]]


class KnowledgeWatch:
    """``await watch.reload()`` for /reload; ``await watch.check()`` at every file check."""

    quiet_seconds: float = QUIET_SECONDS

    def __init__(self, bot: discord.Client, services: Services, replan: Replan) -> None:
        self.bot = bot
        self.services = services
        self._replan = replan  # re-plans the reminders after a change; returns a note
        self._lock = asyncio.Lock()  # one parse at a time
        self._signature = self.signature()
        self.held: str | None = None  # a change on disk not applied on its own; /reload does

    @property
    def busy(self) -> bool:
        return self._lock.locked()

    async def reload(self, *, automatic: bool = False) -> tuple[ReloadResult, str | None]:
        """Reload the knowledge (parsed and checked on a thread); on success re-plan the
        reminders. ``automatic`` (the watcher): a change that removes most deadlines, organizers
        or FAQ entries is held for /reload."""
        async with self._lock:
            signature = await asyncio.to_thread(self.signature)
            source = self.services.source
            try:
                prepared = await asyncio.wait_for(asyncio.to_thread(source.prepare),
                                                  PARSE_SECONDS)
            except TimeoutError:
                log.error("reading the knowledge file took over %.0f s; gave up", PARSE_SECONDS)
                prepared = ReloadResult(ok=False, problems=[Problem(
                    str(source.path), 0, f"reading it took over {PARSE_SECONDS:.0f} s (is it a "
                    "regular file?); the current facts stay")])
            self._signature = signature
            if isinstance(prepared, ReloadResult):
                return prepared, None
            held = shrinkage(source.knowledge, prepared.knowledge) if automatic else None
            if held:
                if held != self.held:
                    self.held = held
                    await self._tell_organizers(
                        f"The knowledge file changed on disk, but {held}. That looks like a "
                        "half-written or damaged file, so I kept the current facts and "
                        "reminders. If the change is meant, run /reload to apply it.")
                return ReloadResult(ok=False, held=held), None
            self.held = None
            result = source.apply(prepared)
        return result, await self._replan()

    async def check(self) -> None:
        """One look at the file: reload it if it changed and has stopped changing."""
        signature = await asyncio.to_thread(self.signature)
        if signature is None or signature == self._signature:
            return
        if not await self._settled(signature):
            return
        result, _ = await self.reload(automatic=True)
        if result.ok:
            log.info("knowledge file changed on disk; reloaded: %s",
                     "; ".join(result.changes) or "no fact changed")
        elif result.held:
            log.warning("knowledge file changed on disk; not applied (%s): waiting for /reload",
                        result.held)
        else:
            log.warning("knowledge file changed on disk but is broken; keeping the current "
                        "facts:\n%s", "\n".join(str(p) for p in result.problems))

    def signature(self) -> Signature | None:
        try:
            stat = os.stat(self.services.source.path)
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size, stat.st_ino

    async def _settled(self, signature: Signature) -> bool:
        """Wait until the file has kept ``signature`` (time, size, inode) for a quiet period:
        an editor or a copy still writing it is not read half-way."""
        for _ in range(QUIET_TRIES):
            await asyncio.sleep(self.quiet_seconds)
            again = await asyncio.to_thread(self.signature)
            if again is None:
                return False  # gone for now (being replaced): the next check looks again
            if again == signature:
                return True
            signature = again
        log.info("the knowledge file keeps changing; trying again at the next check")
        return False

    async def _tell_organizers(self, text: str) -> None:
        """Log it, and post it in the home server's organizers channel if there is one."""
        log.warning("%s", text)
        home = self.services.settings.guild_id
        guild = self.bot.get_guild(home) if home is not None else None
        if guild is None:
            return
        wanted = str(getattr(self.services.settings, "organizer_channel", "organizers"))
        channel = next((c for c in guild.text_channels
                        if c.name.casefold() == wanted.lstrip("#").casefold()), None)
        if channel is None:
            return
        try:
            await channel.send(embed=render.note(text, render.WARN, title="Knowledge file"),
                               allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:
            log.warning("could not tell the organizers in #%s: %s", channel.name, exc)
