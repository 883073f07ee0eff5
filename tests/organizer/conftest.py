"""SimCord wiring for the organizer tests: a fresh database and a 2026 workshop per test.

SimCord's clock starts at 2026-01-01T00:00Z. The workshop runs on UTC so that reminder times are
easy to read: the submission deadline is 2026-01-10T12:00Z with reminders 7d, 1d and 1h before it
(Jan 3 12:00, Jan 9 12:00, Jan 10 11:00); the notification (a date: the end of Jan 5) has its own
single reminder 1d before (Jan 4 23:59:59).
"""

from __future__ import annotations

from pathlib import Path

import discord
import pytest
import simcord
from organizer_world import Server, knowledge_text

from bot.app import create_bot
from bot.organizer.cog import OrganizerCog


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "watch_seconds(n): the knowledge-file check interval")

_VARIABLES = ("DISCORD_TOKEN", "WORKSHOP_BOT_KNOWLEDGE", "WORKSHOP_BOT_DB",
              "WORKSHOP_BOT_ORGANIZER_ROLE", "WORKSHOP_BOT_ANNOUNCE_CHANNEL",
              "WORKSHOP_BOT_GUILD_ID", "WORKSHOP_BOT_QA_CHANNELS",
              "WORKSHOP_BOT_ORGANIZER_CHANNEL")


@pytest.fixture
def knowledge_file(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.yaml"
    path.write_text(knowledge_text(), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def file_watch(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Check the knowledge file hourly in tests (days of simulated time stay fast), unless a test
    says otherwise with ``@pytest.mark.watch_seconds(n)``."""
    marker = request.node.get_closest_marker("watch_seconds")
    monkeypatch.setattr(OrganizerCog, "watch_seconds", float(marker.args[0]) if marker else 3600.0)


@pytest.fixture
def simcord_bot(tmp_path: Path, knowledge_file: Path, monkeypatch: pytest.MonkeyPatch,
                file_watch: None):
    for name in _VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WORKSHOP_BOT_DB", str(tmp_path / "bot.sqlite3"))
    monkeypatch.setenv("WORKSHOP_BOT_KNOWLEDGE", str(knowledge_file))
    return create_bot()


@pytest.fixture
def server(simcord_env: simcord.Env) -> Server:
    env = simcord_env
    guild = env.create_guild("Workshop")
    general = guild.create_text_channel("general")
    announcements = guild.create_text_channel("announcements")
    organizers_role = guild.create_role("Organizers")
    staff_role = guild.create_role("Staff", permissions=discord.Permissions(manage_guild=True))
    attendees = guild.create_role("Attendees")
    organizer = guild.add_member(env.create_user("olga"), roles=[organizers_role])
    manager = guild.add_member(env.create_user("max"), roles=[staff_role])
    member = guild.add_member(env.create_user("mia"), roles=[attendees])
    return Server(env, guild, general, announcements, organizers_role, staff_role, organizer,
                  manager, member)
