"""Deadline reminders: at the right simulated moments, once each, across restarts and reloads."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from organizer_world import Server, knowledge_text

from bot.app import create_bot

T0 = datetime(2026, 1, 1, tzinfo=UTC)  # SimCord's clock starts here


def _reminders(server: Server) -> list[str]:
    return [m.embeds[0].title for m in server.posts()
            if (m.embeds[0].title or "").startswith("Reminder:")]


async def _advance_to(server: Server, moment: datetime) -> None:
    await server.env.advance_time((moment - server.env.now()).total_seconds())


async def test_reminders_go_out_at_the_right_times_once_each_across_restarts(
        server: Server) -> None:
    # submission 2026-01-10T12:00Z with [7d, 1d, 1h]; notification end of 2026-01-05 with [1d]
    await _advance_to(server, datetime(2026, 1, 3, 11, 59, tzinfo=UTC))
    assert _reminders(server) == []
    await _advance_to(server, datetime(2026, 1, 3, 12, 0, 1, tzinfo=UTC))
    assert _reminders(server) == ["Reminder: Paper submission in 7 days"]
    post = server.posts()[-1]
    assert "January 10, 2026" in post.embeds[0].description
    assert abs((post.created_at - datetime(2026, 1, 3, 12, tzinfo=UTC)).total_seconds()) < 2

    await server.env.restart_bot(create_bot())
    await _advance_to(server, datetime(2026, 1, 5, tzinfo=UTC))
    assert _reminders(server) == ["Reminder: Paper submission in 7 days",
                                  "Reminder: Author notification in 24 hours"]

    await server.env.restart_bot(create_bot())
    await _advance_to(server, datetime(2026, 1, 9, 12, 0, 1, tzinfo=UTC))
    await server.env.restart_bot(create_bot())
    await _advance_to(server, datetime(2026, 1, 12, tzinfo=UTC))
    expected = ["Reminder: Paper submission in 7 days",
                "Reminder: Author notification in 24 hours",
                "Reminder: Paper submission in 24 hours",
                "Reminder: Paper submission in 1 hour"]
    assert _reminders(server) == expected
    times = [m.created_at for m in server.posts()]
    assert [(t.day, t.hour) for t in times] == [(3, 12), (4, 23), (9, 12), (10, 11)]

    await server.env.restart_bot(create_bot())
    await server.env.advance_time(3600)
    assert _reminders(server) == expected


async def test_no_reminder_for_a_moment_already_past_when_the_bot_starts(
        server: Server) -> None:
    cog = server.env.bot.get_cog("OrganizerCog")
    await cog.scheduler.stop()  # the bot goes down before the 7-day reminder...
    await _advance_to(server, datetime(2026, 1, 4, tzinfo=UTC))  # ...and misses it
    await server.env.restart_bot(create_bot())
    await server.env.advance_time(60)
    assert _reminders(server) == []  # never posted late
    await _advance_to(server, datetime(2026, 1, 5, tzinfo=UTC))
    assert _reminders(server) == ["Reminder: Author notification in 24 hours"]


async def test_a_reload_that_moves_a_deadline_changes_answers_and_reminders(
        server: Server, knowledge_file: Path) -> None:
    responder = server.env.bot.services.source.responder
    assert "January 10, 2026" in responder.answer("deadline", T0, "submission").plain_text()

    knowledge_file.write_text(knowledge_text(submission="2026-01-20T12:00"), encoding="utf-8")
    r = await server.organizer.slash(server.general, "reload")
    reply = server.reply(r).description
    assert ("Paper submission deadline: January 10, 2026, 12:00 PM UTC -> "
            "January 20, 2026, 12:00 PM UTC") in reply
    assert "Reminders re-planned: 3 queued, 3 cancelled" in reply

    source = server.env.bot.services.source
    assert "January 20, 2026" in source.responder.answer("deadline", T0, "submission").plain_text()
    asked = await server.member.slash(server.general, "deadline", name="submission")
    assert "January 20, 2026" in str(asked.response.embeds[0].to_dict())

    await _advance_to(server, datetime(2026, 1, 10, 12, tzinfo=UTC))  # old 7d, 1d, 1h: gone
    assert _reminders(server) == ["Reminder: Author notification in 24 hours"]
    await _advance_to(server, datetime(2026, 1, 13, 12, 0, 1, tzinfo=UTC))
    assert _reminders(server)[-1] == "Reminder: Paper submission in 7 days"
    assert "January 20, 2026" in server.posts()[-1].embeds[0].description
