"""/reload and the automatic reload: broken files keep the old facts; good ones are announced."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from organizer_world import Server, knowledge_text

from bot.app import create_bot
from bot.organizer.cog import OrganizerCog
from bot.organizer.knowledge_watch import KnowledgeWatch
from bot.storage import AnnouncementStatus, StorageError

T0 = datetime(2026, 1, 1, tzinfo=UTC)

BROKEN = knowledge_text().replace("page_limit: 4", "page_limt: 4").replace(
    "due: 2026-01-05", "due: 2026-01-32")


def _lines_with(text: str, needle: str) -> int:
    return sum(needle in line for line in text.splitlines())


async def test_a_broken_file_keeps_the_old_facts_and_reports_every_line(
        server: Server, knowledge_file: Path) -> None:
    knowledge_file.write_text(BROKEN, encoding="utf-8")
    r = await server.organizer.slash(server.general, "reload")
    embed = server.reply(r)
    assert embed.title == "Reload refused"
    text = embed.description
    lines = BROKEN.splitlines()
    bad_day = next(i for i, line in enumerate(lines, 1) if "2026-01-32" in line)
    bad_key = next(i for i, line in enumerate(lines, 1) if "page_limt" in line)
    assert f"{knowledge_file}:{bad_day}:" in text
    assert f"{knowledge_file}:{bad_key}:" in text and "unknown key" in text
    assert _lines_with(text, str(knowledge_file)) == 2
    source = server.env.bot.services.source
    assert source.knowledge.submission.page_limit == 4  # the old facts stay
    assert "January 5, 2026" in source.responder.answer("deadline", T0, "notification").plain_text()
    assert server.posts() == []


async def test_a_good_file_shows_the_changes_with_a_button_to_announce_them(
        server: Server, knowledge_file: Path) -> None:
    knowledge_file.write_text(knowledge_text().replace("page_limit: 4", "page_limit: 6"),
                              encoding="utf-8")
    r = await server.organizer.slash(server.general, "reload")
    assert "Page limit: 4 -> 6" in server.reply(r).description
    shown = await server.organizer.click(r.response.message, label="Announce this change")
    assert shown.modal is not None
    await server.organizer.submit_modal(shown, {"title": "Update",
                                                "message": "• Page limit: 4 -> 6"})
    posts = server.posts()
    assert len(posts) == 1
    assert posts[0].embeds[0].title == "Update"
    assert "Page limit: 4 -> 6" in posts[0].embeds[0].description


async def test_an_unchanged_file_says_so(server: Server) -> None:
    r = await server.organizer.slash(server.general, "reload")
    assert "no fact changed" in server.reply(r).description


@pytest.mark.watch_seconds(60)
async def test_the_file_is_reloaded_automatically_when_it_changes_on_disk(
        server: Server, knowledge_file: Path) -> None:
    cog = server.env.bot.get_cog("OrganizerCog")
    assert isinstance(cog, OrganizerCog) and cog.watch_knowledge.seconds == 60
    knowledge_file.write_text(knowledge_text(submission="2026-01-20T12:00"), encoding="utf-8")
    await server.env.advance_time(121)
    source = server.env.bot.services.source
    assert source.knowledge.deadline("submission").due == datetime(2026, 1, 20, 12, 0)
    pending = server.storage.reminder_states()
    assert any("2026-01-20T12:00:00Z" in key for key in pending)

    knowledge_file.write_text(BROKEN, encoding="utf-8")  # broken: keep what we have
    await server.env.advance_time(121)
    assert source.knowledge.deadline("submission").due == datetime(2026, 1, 20, 12, 0)


def _pending_keys(server: Server) -> set[str]:
    return {key for key, (_, status) in server.storage.reminder_states().items()
            if status is AnnouncementStatus.PENDING}


def _hiccup_once(storage) -> list[int]:
    """The next reminder_states() call fails as if the file were locked; later ones work."""
    real, failures = storage.reminder_states, []

    def flaky():
        if not failures:
            failures.append(1)
            raise StorageError(f"database {storage.path}: database is locked")
        return real()

    storage.reminder_states = flaky  # on this instance only
    return failures


async def test_reminders_are_replanned_after_a_reload_despite_a_database_error(
        server: Server, knowledge_file: Path) -> None:
    await server.env.advance_time(1)  # the bot has seen the new server and planned reminders
    failures = _hiccup_once(server.storage)
    knowledge_file.write_text(knowledge_text(submission="2026-01-20T12:00"), encoding="utf-8")
    r = await server.organizer.slash(server.general, "reload")
    text = server.reply(r).description
    assert failures == [1]
    assert "Paper submission deadline" in text and "try again" in text
    await server.env.advance_time(3601)  # the next knowledge-file check (hourly in tests)
    keys = _pending_keys(server)
    assert any("2026-01-20T12:00:00Z" in key for key in keys)
    assert not any("2026-01-10T12:00:00Z" in key for key in keys)


@pytest.mark.watch_seconds(60)
async def test_a_database_error_does_not_stop_the_file_watcher(
        server: Server, knowledge_file: Path) -> None:
    await server.env.advance_time(1)  # the bot has seen the new server and planned reminders
    failures = _hiccup_once(server.storage)
    knowledge_file.write_text(knowledge_text(submission="2026-01-20T12:00"), encoding="utf-8")
    await server.env.advance_time(61 + KnowledgeWatch.quiet_seconds)  # seen, then quiet: applied
    assert failures == [1]
    await server.env.advance_time(61)
    assert any("2026-01-20T12:00:00Z" in key for key in _pending_keys(server))

    knowledge_file.write_text(knowledge_text(submission="2026-01-25T12:00"), encoding="utf-8")
    await server.env.advance_time(121)
    source = server.env.bot.services.source
    assert source.knowledge.deadline("submission").due == datetime(2026, 1, 25, 12, 0)
    assert any("2026-01-25T12:00:00Z" in key for key in _pending_keys(server))


async def test_the_announce_button_still_works_after_a_restart(
        server: Server, knowledge_file: Path) -> None:
    knowledge_file.write_text(knowledge_text().replace("page_limit: 4", "page_limit: 6"),
                              encoding="utf-8")
    r = await server.organizer.slash(server.general, "reload")
    await server.env.restart_bot(create_bot())
    shown = await server.organizer.click(r.response.message, label="Announce this change")
    assert shown.modal is not None
    values = [c["value"] for row in shown.modal["components"] for c in row["components"]
              if c.get("custom_id") == "message"]
    assert values == ["• Page limit: 4 -> 6"]
    await server.organizer.submit_modal(shown, {"title": "Update", "message": values[0]})
    [post] = server.posts()
    assert (post.embeds[0].title, post.embeds[0].description) == ("Update",
                                                                  "• Page limit: 4 -> 6")

    server.env.backend.remove_member_role(server.guild.id, server.organizer.id,
                                          server.organizers_role.id)  # no longer an organizer
    refused = await server.organizer.click(r.response.message, label="Announce this change")
    assert refused.modal is None and "only organizers" in server.reply(refused).description
