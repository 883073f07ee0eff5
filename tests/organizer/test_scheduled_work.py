"""Scheduled work is never lost and never stops (issue 7): a reminder or date that cannot be
scheduled is reported for itself while everything else goes on; the watcher applies a file only
once it has stopped changing and never applies on its own a file that lost most of its facts; a
post is confirmed only once it is stored where a restart finds it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import simcord
from organizer_world import Server, knowledge_text

from bot.app import create_bot
from bot.organizer.knowledge_watch import KnowledgeWatch
from bot.storage import AnnouncementStatus

HOME = 1_400_000_000_000_000_002

# What the loader accepted before the gate: a reminder a million weeks before, and dates in
# years 9999 / 1.
FAR = """\
workshop:
  name: Far Out Workshop
  timezone: AoE
  date: 9999-12-31
  location: Lisbon, Portugal

deadlines:
  - id: submission
    name: Paper submission
    due: 2026-01-10T12:00
  - id: forever
    name: Final version
    due: 9999-12-31
  - id: ancient
    name: Abstract
    due: 0001-01-01

reminders: [1000000w, 1d]
"""

MANY = """\
workshop:
  name: Organizer Test Workshop
  timezone: UTC
  date: 2026-02-01
  location: Lisbon, Portugal

deadlines:
  - id: abstract
    name: Abstract
    due: 2026-01-08T12:00
  - id: submission
    name: Paper submission
    due: 2026-01-10T12:00
  - id: notification
    name: Author notification
    due: 2026-01-20T12:00
  - id: camera
    name: Camera-ready version
    due: 2026-01-25T12:00

reminders: [1d]

organizers:
  - name: Ada Example
  - name: Grace Example
  - name: Alan Example

faq:
  - id: poster
    questions: ["how big is the poster"]
    answer: Posters fit an A0 board.
  - id: visa
    questions: ["can I get a visa letter"]
    answer: Write to the chairs for a visa letter.
"""


@pytest.fixture
def gate_let_it_through(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that got past the gate (`check` refuses FAR: see tests/core/test_gate.py): the
    scheduler, the calendar and the answers must survive it all the same."""
    from datetime import timedelta

    from bot.core.knowledge import model

    monkeypatch.setattr(model, "FIRST_YEAR", 1)
    monkeypatch.setattr(model, "LAST_YEAR", 9999)
    monkeypatch.setattr(model, "MAX_REMINDER", timedelta.max)


def _half(text: str) -> str:
    """The file as an editor leaves it half-written: cut after the first deadline."""
    return text[:text.index("  - id: submission")]


@pytest.mark.usefixtures("gate_let_it_through")
async def test_a_reminder_that_cannot_be_scheduled_stops_nothing_else(
        server: Server, knowledge_file: Path) -> None:
    knowledge_file.write_text(FAR, encoding="utf-8")
    r = await server.organizer.slash(server.general, "reload")
    assert "cannot be scheduled" in server.reply(r).description
    await server.announce(message="Coffee in 5 minutes", at="in 5 minutes")
    await server.env.advance_time(6 * 60)
    assert [p.embeds[0].description for p in server.posts()] == ["Coffee in 5 minutes"]
    listing = server.reply(await server.organizer.slash(server.general, "scheduled"))
    assert "cannot be scheduled" in listing.description and "Final version" in listing.description
    assert "Abstract" not in listing.description  # long past: nothing to report
    reminders = server.storage.scheduled(kinds=("reminder",))
    pending = [a for a in reminders if a.status is AnnouncementStatus.PENDING]
    assert [a.title for a in pending] == ["Reminder: Paper submission in 24 hours"]
    await server.env.advance_time(9 * 24 * 3600)  # the 1d reminder of the good deadline
    assert any("Paper submission" in (p.embeds[0].title or "") for p in server.posts())


@pytest.mark.usefixtures("gate_let_it_through")
async def test_dates_out_of_range_do_not_break_the_calendar_or_answers(
        server: Server, knowledge_file: Path) -> None:
    knowledge_file.write_text(FAR, encoding="utf-8")
    await server.organizer.slash(server.general, "reload")
    r = await server.member.slash(server.general, "calendar")
    assert r.response.attachments and r.response.attachments[0].filename.endswith(".ics")
    data = (await r.response.attachments[0].read()).decode()
    assert "Paper submission" in data and "BEGIN:VCALENDAR" in data
    r = await server.member.slash(server.general, "deadlines")
    assert "Final version" in server.reply(r).description
    for at in ("9999-12-31T23:59-12:00", "0001-01-01T00:00+14:00"):
        r = await server.announce(message="odd", at=at)
        assert "Nothing was scheduled" in server.reply(r).description
    assert server.storage.scheduled() == []


@pytest.mark.watch_seconds(60)
async def test_the_watcher_waits_until_the_file_stops_changing(
        server: Server, knowledge_file: Path) -> None:
    knowledge_file.write_text(knowledge_text(submission="2026-01-20T12:00"), encoding="utf-8")
    await server.env.advance_time(61)  # seen at the check; waiting for it to stay the same
    knowledge_file.write_text(knowledge_text(submission="2026-01-25T12:00") + "\n",
                              encoding="utf-8")  # the editor is still writing
    await server.env.advance_time(3 * KnowledgeWatch.quiet_seconds)
    source = server.env.bot.services.source
    assert str(source.knowledge.deadline("submission").due) == "2026-01-25 12:00:00"
    keys = set(server.storage.reminder_states())
    assert not any("2026-01-20" in key for key in keys)  # the passing state was never applied
    assert any("2026-01-25" in key for key in keys)


@pytest.fixture
def knowledge_file(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.yaml"
    path.write_text(knowledge_text(), encoding="utf-8")
    return path


@pytest.fixture
def home_server(simcord_env: simcord.Env) -> Server:
    env = simcord_env
    guild = env.create_guild("Workshop", id=HOME)
    general = guild.create_text_channel("general")
    announcements = guild.create_text_channel("announcements")
    organizers = guild.create_text_channel("organizers")
    role = guild.create_role("Organizers")
    staff = guild.create_role("Staff")
    organizer = guild.add_member(env.create_user("olga"), roles=[role])
    member = guild.add_member(env.create_user("mia"))
    server = Server(env, guild, general, announcements, role, staff, organizer, organizer,
                    member)
    server.organizers_channel = organizers  # type: ignore[attr-defined]
    return server


@pytest.mark.watch_seconds(60)
@pytest.mark.parametrize("simcord_bot", ["home"], indirect=True)
async def test_a_file_that_lost_most_of_its_facts_waits_for_reload(
        home_server: Server, knowledge_file: Path, caplog: pytest.LogCaptureFixture) -> None:
    server = home_server
    knowledge_file.write_text(MANY, encoding="utf-8")
    await server.organizer.slash(server.general, "reload")
    before = {a.id for a in server.storage.scheduled(kinds=("reminder",))}
    assert len(before) == 4
    knowledge_file.write_text(_half(MANY), encoding="utf-8")  # valid YAML, one deadline left
    with caplog.at_level(logging.WARNING):
        await server.env.advance_time(61 + 2 * KnowledgeWatch.quiet_seconds)
    source = server.env.bot.services.source
    assert len(source.knowledge.deadlines) == 4  # not applied
    assert {a.id for a in server.storage.scheduled(kinds=("reminder",))} == before
    told = [m for m in server.posts(server.organizers_channel)]  # type: ignore[attr-defined]
    assert len(told) == 1 and "removes 3 of 4 deadlines" in told[0].embeds[0].description
    assert any("/reload" in r.getMessage() for r in caplog.records)
    await server.env.advance_time(61)  # told once, not at every check
    assert len(server.posts(server.organizers_channel)) == 1  # type: ignore[attr-defined]
    r = await server.organizer.slash(server.general, "reload")  # the organizer means it
    assert "did not apply on my own" in server.reply(r).description
    assert len(source.knowledge.deadlines) == 1


@pytest.fixture
def simcord_bot(request: pytest.FixtureRequest, tmp_path: Path, knowledge_file: Path,
                monkeypatch: pytest.MonkeyPatch, file_watch: None):
    for name in ("WORKSHOP_BOT_GUILD_ID", "WORKSHOP_BOT_QA_CHANNELS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WORKSHOP_BOT_DB", str(tmp_path / "bot.sqlite3"))
    monkeypatch.setenv("WORKSHOP_BOT_KNOWLEDGE", str(knowledge_file))
    if getattr(request, "param", None) == "home":
        monkeypatch.setenv("WORKSHOP_BOT_GUILD_ID", str(HOME))
    return create_bot()


async def test_a_post_is_not_confirmed_when_the_database_file_is_gone(
        server: Server, tmp_path: Path) -> None:
    path = Path(server.env.bot.services.storage.path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    r = await server.announce(message="Lunch moved to noon", at="in 1 hour")
    text = server.reply(r).description
    assert "Scheduled" not in text
    assert "Nothing was scheduled" in text and "deleted or replaced" in text
    r = await server.announce(message="Now, please")
    assert "Nothing was scheduled or posted" in server.reply(r).description
    assert server.posts() == []

