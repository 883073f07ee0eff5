"""SimCord wiring for the Discord tests: a fresh database and the test workshop for every test."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import simcord
from discord_files import WORKSHOP

from bot.app import create_bot

_OUR_VARIABLES = ("DISCORD_TOKEN", "WORKSHOP_BOT_KNOWLEDGE", "WORKSHOP_BOT_DB",
                  "WORKSHOP_BOT_ORGANIZER_ROLE", "WORKSHOP_BOT_ANNOUNCE_CHANNEL",
                  "WORKSHOP_BOT_GUILD_ID", "WORKSHOP_BOT_QA_CHANNELS",
                  "WORKSHOP_BOT_ORGANIZER_CHANNEL")


@pytest.fixture
def bot_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The environment variables of the bot under test (set more in a test before the bot)."""
    for name in _OUR_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WORKSHOP_BOT_DB", str(tmp_path / "bot.sqlite3"))
    monkeypatch.setenv("WORKSHOP_BOT_KNOWLEDGE", str(WORKSHOP))
    return monkeypatch


@pytest.fixture
def simcord_bot(bot_env: pytest.MonkeyPatch):
    return create_bot()


@dataclass
class World:
    env: simcord.Env
    guild: simcord.GuildHandle
    general: simcord.ChannelHandle
    alice: simcord.MemberActor
    bob: simcord.MemberActor

    @property
    def mention(self) -> str:
        return self.env.bot.user.mention

    async def ask(self, text: str, who: simcord.MemberActor | None = None,
                  channel: simcord.ChannelHandle | None = None):
        """Mention the bot with a question; returns the bot's reply, if any."""
        channel = channel or self.general
        sent = await (who or self.alice).send(channel, f"{self.mention} {text}")
        last = channel.last_message
        return last if last is not None and last.id != sent.id else None


@pytest.fixture
def world(simcord_env: simcord.Env) -> World:
    guild = simcord_env.create_guild("Workshop")
    general = guild.create_text_channel("general")
    alice = guild.add_member(simcord_env.create_user("alice"))
    bob = guild.add_member(simcord_env.create_user("bob"))
    return World(simcord_env, guild, general, alice, bob)
