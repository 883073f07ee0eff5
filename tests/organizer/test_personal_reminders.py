"""/remind and /reminders: one direct message before a deadline, once, following reloads.

The organizer workshop's submission is due 2026-01-10T12:00Z; SimCord starts at 2026-01-01T00:00Z.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from organizer_world import Server, knowledge_text

from bot.app import create_bot

HOUR = 3600
DAY = 24 * HOUR


def _reminders(server: Server) -> list:
    dm = server.member.user.dm_channel
    return [m for m in dm.history() if m.embeds and m.author.id == server.env.bot.user.id
            and (m.embeds[0].title or "").startswith("Reminder:")]


async def _advance(server: Server, seconds: float) -> None:
    step = 2 * DAY
    while seconds > 0:
        await server.env.advance_time(min(step, seconds))
        seconds -= step


@pytest.mark.simcord(settle_timeout=120)
async def test_a_personal_reminder_arrives_once_at_its_moment_even_across_a_restart(
        server: Server) -> None:
    choices = await server.member.autocomplete(server.general, "remind", "deadline", "subm")
    assert choices[0]["value"] == "submission"
    r = await server.member.slash(server.general, "remind", deadline="submission")
    text = server.reply(r).description
    assert "1 day before **Paper submission**" in text and "<t:1767960000:F>" in text  # Jan 9 12:00
    assert "closed" not in text

    await _advance(server, 8 * DAY + 11 * HOUR + 59 * 60)  # Jan 9 11:59
    assert _reminders(server) == []
    await server.env.restart_bot(create_bot())
    await server.env.advance_time(2 * 60)  # Jan 9 12:01
    sent = _reminders(server)
    assert len(sent) == 1 and "Paper submission" in sent[0].embeds[0].description
    await server.env.restart_bot(create_bot())
    await _advance(server, DAY)
    assert len(_reminders(server)) == 1  # exactly once

    listed = await server.member.slash(server.general, "reminders")
    assert "no reminders" in server.reply(listed).description


@pytest.mark.simcord(settle_timeout=120)
async def test_a_reload_that_moves_the_deadline_moves_the_reminder(
        server: Server, knowledge_file) -> None:
    await server.member.slash(server.general, "remind", deadline="submission", before="2 days")
    knowledge_file.write_text(knowledge_text("2026-01-20T12:00"), encoding="utf-8")
    await server.organizer.slash(server.general, "reload")
    listed = await server.member.slash(server.general, "reminders")
    assert "<t:1768737600:F>" in server.reply(listed).description  # Jan 18 12:00
    await _advance(server, 9 * DAY)  # Jan 10: the old moment (Jan 8) has passed
    assert _reminders(server) == []
    await _advance(server, 8 * DAY + 13 * HOUR)  # Jan 18 13:00
    assert len(_reminders(server)) == 1


async def test_a_reminder_can_be_cancelled_and_others_cannot_cancel_it(server: Server) -> None:
    await server.member.slash(server.general, "remind", deadline="submission", before="6h")
    listed = await server.member.slash(server.general, "reminders")
    assert "6h before **Paper submission**" in server.reply(listed).description
    rid = server.storage.personal_reminders_of(server.member.id)[0].id
    other = await server.organizer.slash(server.general, "reminders")
    assert "no reminders" in server.reply(other).description  # only your own
    await server.env.restart_bot(create_bot())  # the cancel select outlives the process
    done = await server.member.select(listed.response.message, [str(rid)],
                                      custom_id="wb:remind:cancel")
    assert "Cancelled." in server.reply(done).description
    assert server.storage.personal_reminders_of(server.member.id) == []
    await _advance(server, 10 * DAY)
    assert _reminders(server) == []


async def test_bad_requests_are_refused_with_a_reason(server: Server) -> None:
    r = await server.member.slash(server.general, "remind", deadline="submission", before="soon")
    assert "No reminder was set" in server.reply(r).description
    r = await server.member.slash(server.general, "remind", deadline="submission",
                                  before="3 weeks")
    assert "already passed" in server.reply(r).description
    r = await server.member.slash(server.general, "remind", deadline="zzzz-nothing")
    assert "pick one from the list" in server.reply(r).description
    assert server.storage.personal_reminders_of(server.member.id) == []


@pytest.mark.simcord(settle_timeout=120)
async def test_closed_direct_messages_are_told_at_once_and_delivery_is_not_retried_forever(
        server: Server) -> None:
    env = server.env
    dm = server.member.user.dm_channel
    env.inject_error("POST", f"/channels/{dm.id}/messages", status=403, code=50007,
                     message="Cannot send messages to this user", times=None)
    r = await server.member.slash(server.general, "remind", deadline="submission")
    assert "direct messages look closed" in server.reply(r).description
    await _advance(server, 10 * DAY)
    tries = [c for c in env.http_requests
             if c.method == "POST" and c.path == f"/channels/{dm.id}/messages"]
    assert len(tries) == 2  # the hello at subscribe time, and the one reminder
    reminder = server.storage.personal_reminder(1)
    assert reminder.status == "failed" and "50007" in reminder.last_error
    assert reminder.run_at.isoformat().startswith("2026-01-09T12:00")
    assert timedelta(days=1) == reminder.before


async def test_a_tba_deadline_is_refused_and_a_reload_to_tba_cancels_the_reminder(
        server: Server, knowledge_file) -> None:
    await server.member.slash(server.general, "remind", deadline="submission")
    knowledge_file.write_text(knowledge_text("TBA"), encoding="utf-8")
    await server.organizer.slash(server.general, "reload")
    assert server.storage.personal_reminders_of(server.member.id) == []
    r = await server.member.slash(server.general, "remind", deadline="submission")
    assert "not been announced yet (TBA)" in server.reply(r).description
    await _advance(server, 10 * DAY)
    assert _reminders(server) == []
