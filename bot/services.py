"""What every part of the Discord bot shares, built once by :func:`bot.app.create_bot`.

Cogs and components receive a :class:`Services` and read ``services.source.responder`` and
``services.source.knowledge`` at call time (a reload swaps them), never caching either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bot.core.knowledge.source import KnowledgeSource
from bot.core.rephrasing import RephrasingWatch
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.storage import OffLoopStorage

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Services:
    settings: Settings
    source: KnowledgeSource
    storage: OffLoopStorage  # every call awaited, off the event loop (``.sync`` for tests)
    clock: Clock  # returns an aware UTC datetime; discord.utils.utcnow on Discord
    # who voted an answer not helpful a moment ago (their next question may rephrase it)
    rephrasings: RephrasingWatch = field(default_factory=RephrasingWatch)

    def owner_of(self, guild_id: int | None) -> int | None:
        """The server a question belongs to: where it was asked, or the home server for a direct
        message (None when no home server is set: then no server's organizers see it)."""
        return guild_id if guild_id is not None else self.settings.guild_id


def services_of(client: object) -> Services:
    """The :class:`Services` of a running bot (``interaction.client`` in components)."""
    services = getattr(client, "services", None)
    if not isinstance(services, Services):
        raise RuntimeError("this client was not built by bot.app.create_bot")
    return services
