"""The Discord bot: :func:`create_bot` builds it (not started) from settings and services."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Literal

import discord
from discord.ext import commands

from bot.core.knowledge.source import KnowledgeSource
from bot.discord_ui.attendee_cog import AttendeeCog
from bot.discord_ui.buttons import DYNAMIC_ITEMS
from bot.discord_ui.chat_cog import ChatCog
from bot.discord_ui.cooldown import Cooldown
from bot.discord_ui.errors import WorkshopTree
from bot.discord_ui.remind_cog import RemindCog
from bot.discord_ui.replies import describe_http_error
from bot.organizer.cog import OrganizerCog
from bot.organizer.discord_event import DiscordEventCog
from bot.organizer.handoff import HandoffCog
from bot.services import Services
from bot.settings import Settings
from bot.storage import OffLoopStorage, Storage

log = logging.getLogger(__name__)

SyncPolicy = Literal["auto", "force", "never"]
SYNC_HASH_KEY = "discord.command_sync_hash"


class WorkshopBot(commands.Bot):
    """The workshop bot. All shared state lives in :attr:`services`."""

    tree: WorkshopTree

    def __init__(self, services: Services, *, sync: SyncPolicy = "auto") -> None:
        # the bot never joins voice: no "voice will NOT be supported" warnings for organizers
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        intents = discord.Intents.default()  # no privileged intent...
        intents.message_content = services.settings.wants_message_content  # ...unless Q&A channels
        super().__init__(
            command_prefix=commands.when_mentioned,  # no prefix commands; see on_message
            intents=intents,
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),  # user text never pings anyone
            tree_cls=WorkshopTree,
        )
        self.services = services
        self.sync_policy: SyncPolicy = sync
        self.synced: list[discord.app_commands.AppCommand] | None = None

    async def setup_hook(self) -> None:
        services = self.services
        self.add_dynamic_items(*DYNAMIC_ITEMS)  # "did you mean" and votes, across restarts
        cooldown = Cooldown()  # one per-user limit for chat and /ask alike
        await self.add_cog(AttendeeCog(services, cooldown))
        await self.add_cog(ChatCog(self, services, cooldown))
        await self.add_cog(OrganizerCog(self, services))
        await self.add_cog(HandoffCog(self, services))
        await self.add_cog(RemindCog(self, services))
        await self.add_cog(DiscordEventCog(self, services))
        await self.sync_commands()

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: chat is handled by :class:`ChatCog` alone."""

    # ------------------------------------------------------------------ command sync

    @property
    def sync_target(self) -> discord.Object | None:
        guild_id = self.services.settings.guild_id
        return discord.Object(id=guild_id) if guild_id else None

    def command_hash(self) -> str:
        """A hash of every command definition and where they go (a server, or global)."""
        target = self.sync_target
        definitions = sorted(
            (command.to_dict(self.tree) for command in self.tree.get_commands()),
            key=lambda d: (d.get("type", 1), d["name"]),
        )
        payload = {"target": target.id if target else "global", "commands": definitions}
        text = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    async def sync_commands(self) -> bool:
        """Sync when forced or when the definitions changed since the last sync; True if synced."""
        if self.sync_policy == "never":
            return False
        digest = self.command_hash()
        storage = self.services.storage
        if self.sync_policy == "auto" and await storage.get_meta(SYNC_HASH_KEY) == digest:
            log.info("application commands unchanged since the last sync; not syncing")
            return False
        target = self.sync_target
        if target is not None:
            self.tree.copy_global_to(guild=target)
        try:
            self.synced = await self.tree.sync(guild=target)
        except discord.HTTPException as exc:
            log.error("could not sync application commands: %s", describe_http_error(exc))
            if self.sync_policy == "force":
                raise
            return False
        await storage.set_meta(SYNC_HASH_KEY, digest)
        where = f"server {target.id}" if target else "all servers (global)"
        log.info("synced %d application commands to %s", len(self.synced), where)
        return True

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            await self.services.storage.close()


def create_bot(settings: Settings | None = None, *, sync: SyncPolicy = "auto") -> WorkshopBot:
    """The bot, built but not started; settings come from the environment when not given.

    Raises :class:`bot.core.knowledge.loader.KnowledgeError` for a broken knowledge file and
    :class:`bot.storage.StorageError` for a database that cannot be opened.
    """
    settings = settings if settings is not None else Settings()
    source = KnowledgeSource(settings.knowledge)
    storage = OffLoopStorage(Storage.open(settings.db, home_guild_id=settings.guild_id))
    if settings.guild_id is None:
        log.warning("WORKSHOP_BOT_GUILD_ID is not set: organizer commands work in every server the "
                    "bot is in (each sees its own data), and questions sent by direct message "
                    "are shown to no server until a home server is set")
    services = Services(settings=settings, source=source, storage=storage,
                        clock=discord.utils.utcnow)
    return WorkshopBot(services, sync=sync)
