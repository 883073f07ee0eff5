"""/reload and the automatic reload: broken files keep the old facts; good ones are announced."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from organizer_world import Server, knowledge_text

from bot.organizer.cog import OrganizerCog

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
