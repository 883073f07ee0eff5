"""One server's data stays in that server (issue 7, CONTRACT 3.1).

Anyone can add the bot to a server of their own, where they have Manage Server. With a home server
set (WORKSHOP_BOT_GUILD_ID) organizer commands work there only; without one, each server's
organizers see and change their own server's data only. Direct-message questions belong to the
home server.
"""

from __future__ import annotations

from pathlib import Path

import discord
import pytest
import simcord

from bot.app import create_bot

HOME = 1_400_000_000_000_000_001  # the workshop's server id, pinned so the bot can be told it
SECRET = "my passport number is X1234567, can I get a visa letter?"
_VARIABLES = ("DISCORD_TOKEN", "WORKSHOP_BOT_KNOWLEDGE", "WORKSHOP_BOT_DB",
              "WORKSHOP_BOT_ORGANIZER_ROLE", "WORKSHOP_BOT_ANNOUNCE_CHANNEL",
              "WORKSHOP_BOT_GUILD_ID", "WORKSHOP_BOT_QA_CHANNELS")


@pytest.fixture
def home_set(request: pytest.FixtureRequest) -> bool:
    return getattr(request, "param", True)


@pytest.fixture
def simcord_bot(tmp_path: Path, knowledge_file: Path, monkeypatch: pytest.MonkeyPatch,
                file_watch: None, home_set: bool):
    for name in _VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WORKSHOP_BOT_DB", str(tmp_path / "bot.sqlite3"))
    monkeypatch.setenv("WORKSHOP_BOT_KNOWLEDGE", str(knowledge_file))
    if home_set:
        monkeypatch.setenv("WORKSHOP_BOT_GUILD_ID", str(HOME))
    return create_bot()


class Servers:
    def __init__(self, env: simcord.Env) -> None:
        self.env = env
        self.home = env.create_guild("Workshop", id=HOME)
        self.home_general = self.home.create_text_channel("general")
        self.home.create_text_channel("announcements")
        role = self.home.create_role("Organizers")
        self.organizer = self.home.add_member(env.create_user("olga"), roles=[role])
        self.attendee = self.home.add_member(env.create_user("alice"))
        # someone else's server, where they are the admin
        self.other = env.create_guild("Mallory's server")
        self.other_general = self.other.create_text_channel("general")
        self.other.create_text_channel("announcements")
        admin = self.other.create_role("Admin", permissions=discord.Permissions(manage_guild=True))
        self.mallory = self.other.add_member(env.create_user("mallory"), roles=[admin])
        self.stranger = self.other.add_member(env.create_user("sam"))

    @property
    def storage(self):
        return self.env.bot.services.storage.sync

    async def ask_everywhere(self) -> None:
        await self.attendee.send_dm(SECRET)
        mention = self.env.bot.user.mention
        await self.attendee.send(self.home_general, f"{mention} is there a vegan lunch?")
        await self.stranger.send(self.other_general, f"{mention} is there a karaoke night?")


def _text(result) -> str:
    parts = []
    for message in [result.response, *result.followups]:
        if message is None:
            continue
        parts.append(message.content or "")
        for embed in message.embeds:
            parts.append(embed.description or "")
            parts.extend(f"{f.name} {f.value}" for f in embed.fields)
    return "\n".join(parts)


@pytest.fixture
def servers(simcord_env: simcord.Env) -> Servers:
    return Servers(simcord_env)


@pytest.mark.simcord(strict_sync=False)  # commands still registered globally from earlier
async def test_another_servers_admin_cannot_use_the_organizer_tools(servers: Servers) -> None:
    await servers.ask_everywhere()
    for command in ("unanswered", "stats", "scheduled", "reload"):
        r = await servers.mallory.slash(servers.other_general, command)
        text = _text(r)
        assert "only in the workshop's own server" in text, command
        assert "passport" not in text and "vegan" not in text
    r = await servers.mallory.slash(servers.other_general, "announce", message="hi",
                                    at="in 1 hour")
    assert "only in the workshop's own server" in _text(r)
    assert servers.storage.scheduled(include_failed=True) == []
    # the refusals went through the tree's one error handler (reading them marks them seen)
    assert {type(e).__name__ for e in servers.env.errors} == {"NotHomeServer"}
    # the home organizers still have their whole inbox, direct message included
    inbox = _text(await servers.organizer.slash(servers.home_general, "unanswered"))
    assert "passport" in inbox and "vegan lunch" in inbox
    assert "karaoke" not in inbox  # asked in the other server: not the workshop's


@pytest.mark.parametrize("home_set", [False], indirect=True)
async def test_without_a_home_server_each_server_sees_only_its_own(servers: Servers) -> None:
    await servers.ask_everywhere()
    theirs = await servers.mallory.slash(servers.other_general, "unanswered")
    text = _text(theirs)
    assert "karaoke" in text
    assert "passport" not in text and "vegan" not in text  # not a word of the workshop's
    stats = _text(await servers.mallory.slash(servers.other_general, "stats"))
    assert "Questions 1" in stats
    # marking their group handled leaves the workshop's inbox alone
    group = min(q.id for q in servers.storage.unanswered_questions()
                if "karaoke" in q.question)
    await servers.mallory.select(theirs.response.message, [str(group)],
                                 custom_id="organizer:handled")
    open_questions = {q.question for q in servers.storage.unanswered_questions()}
    assert "is there a vegan lunch?" in open_questions
    ours = _text(await servers.organizer.slash(servers.home_general, "unanswered"))
    assert "vegan lunch" in ours and "karaoke" not in ours
    # a direct message belongs to no server while none is the home: nobody is shown it
    assert "passport" not in ours


@pytest.mark.parametrize("home_set", [False], indirect=True)
async def test_a_server_sees_and_cancels_only_its_own_scheduled_posts(
        servers: Servers) -> None:
    await servers.organizer.slash(servers.home_general, "announce",
                                  message="workshop dinner at 8", at="in 2 hours")
    theirs = await servers.mallory.slash(servers.other_general, "scheduled")
    assert "dinner" not in _text(theirs)
    await servers.mallory.slash(servers.other_general, "announce", message="party",
                                at="in 3 hours")
    listing = await servers.mallory.slash(servers.other_general, "scheduled")
    assert "party" in _text(listing) and "dinner" not in _text(listing)
    cancelled = await servers.mallory.select(listing.response.message,
                                             [listing.response.message.components[0]
                                              .children[0].options[0].value],
                                             custom_id="organizer:cancel")
    assert "Cancelled" in _text(cancelled)
    assert [a.message for a in servers.storage.scheduled()] == ["workshop dinner at 8"]
