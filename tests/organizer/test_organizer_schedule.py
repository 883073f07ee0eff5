"""Scheduled announcements: on time, exactly once, across restarts and crashes, with retries."""

from __future__ import annotations

import asyncio

import pytest
from organizer_world import Server

from bot.app import create_bot
from bot.storage import AnnouncementStatus, StorageError

HOUR = 3600


def _cog(server: Server):
    return server.env.bot.get_cog("OrganizerCog")


def _announcements(server: Server) -> list:
    return [m for m in server.posts() if m.embeds[0].title != "Reminder"
            and not (m.embeds[0].title or "").startswith("Reminder:")]


async def test_a_scheduled_announcement_is_posted_at_its_time_exactly_once(
        server: Server) -> None:
    r = await server.announce(message="Registration opens now.", at="in 2h")
    reply = server.reply(r).description
    assert "Scheduled `#" in reply and "<t:" in reply  # a Discord timestamp
    await server.env.advance_time(2 * HOUR - 60)
    assert _announcements(server) == []
    await server.env.advance_time(61)
    posts = _announcements(server)
    assert [p.embeds[0].description for p in posts] == ["Registration opens now."]
    assert abs((posts[0].created_at - server.env.now()).total_seconds()) <= 61
    await server.env.advance_time(24 * HOUR)
    assert len(_announcements(server)) == 1


async def test_pending_posts_survive_a_restart_and_one_due_while_down_goes_out_once(
        server: Server) -> None:
    await server.announce(message="first", at="in 1h")
    await server.announce(message="while down", at="in 3h")
    await server.announce(message="after restart", at="in 6h")
    await server.env.advance_time(HOUR + 1)
    assert [p.embeds[0].description for p in _announcements(server)] == ["first"]

    await server.env.restart_bot(create_bot())  # same database, fresh bot object
    await server.env.advance_time(60)
    assert len(_announcements(server)) == 1

    await _cog(server).scheduler.stop()  # the process dies: nothing runs while it is down
    await server.env.advance_time(3 * HOUR)  # "while down" falls due meanwhile
    assert len(_announcements(server)) == 1
    await server.env.restart_bot(create_bot())
    await server.env.advance_time(1)
    assert [p.embeds[0].description for p in _announcements(server)] == ["first", "while down"]

    await server.env.advance_time(3 * HOUR)
    texts = [p.embeds[0].description for p in _announcements(server)]
    assert texts == ["first", "while down", "after restart"]


async def test_a_crash_between_posting_and_recording_does_not_post_twice(
        server: Server) -> None:
    await server.announce(message="only once", at="in 1h")
    storage = server.storage

    def crash(*args: object, **kwargs: object) -> None:
        raise asyncio.CancelledError  # the process is killed right after Discord accepted it

    storage.mark_sent = crash  # on this instance only; the restarted bot opens its own
    await server.env.advance_time(HOUR + 1)
    assert len(_announcements(server)) == 1
    ann = storage.scheduled()[0]
    assert (ann.status, ann.attempts) == (AnnouncementStatus.PENDING, 1)  # not recorded

    await server.env.restart_bot(create_bot())
    await server.env.advance_time(1)
    assert len(_announcements(server)) == 1  # found by its #id mark, not posted again
    record = server.storage.announcement(ann.id)
    assert record.status is AnnouncementStatus.SENT
    assert record.message_id == _announcements(server)[0].id


async def test_cancel_from_scheduled(server: Server) -> None:
    await server.announce(message="keep me", at="in 1h")
    await server.announce(message="cancel me", at="in 2h")
    listing = await server.organizer.slash(server.general, "scheduled")
    text = server.reply(listing).description
    assert "keep me" in text and "cancel me" in text
    doomed = next(a for a in server.storage.scheduled() if a.message == "cancel me")
    r = await server.organizer.select(listing.response.message, [str(doomed.id)],
                                      custom_id="organizer:cancel")
    assert f"Cancelled `#{doomed.id}`" in server.reply(r).description
    assert server.storage.announcement(doomed.id).status is AnnouncementStatus.CANCELLED
    await server.env.advance_time(3 * HOUR)
    assert [p.embeds[0].description for p in _announcements(server)] == ["keep me"]


@pytest.mark.parametrize(("at", "why"), [
    ("next blursday", "could not read"),
    ("2025-12-31T10:00", "in the past"),
    ("yesterday 9:00", "in the past"),
    ("2026-03-01", "without a time"),
])
async def test_unparseable_and_past_times_are_refused_and_nothing_is_scheduled(
        server: Server, at: str, why: str) -> None:
    r = await server.announce(message="never", at=at)
    reply = server.reply(r).description
    assert "Nothing was scheduled" in reply and why in reply
    assert server.storage.scheduled() == []
    await server.env.advance_time(HOUR)
    assert _announcements(server) == []


async def test_a_failed_send_is_retried_and_not_lost(server: Server) -> None:
    await server.announce(message="through a 500", at="in 1h")
    server.env.inject_error("POST", f"/channels/{server.announcements.id}/messages", status=500)
    await server.env.advance_time(HOUR + 1)
    assert _announcements(server) == []
    ann = server.storage.scheduled()[0]
    assert ann.attempts == 1 and "500" in (ann.last_error or "")
    listing = await server.organizer.slash(server.general, "scheduled")
    assert "retrying" in server.reply(listing).description
    await server.env.advance_time(31)  # first backoff: 30 s
    assert [p.embeds[0].description for p in _announcements(server)] == ["through a 500"]
    assert server.storage.announcement(ann.id).status is AnnouncementStatus.SENT


async def test_a_send_that_keeps_failing_is_shown_as_failed_and_can_be_retried(
        server: Server) -> None:
    server.env.inject_error("POST", f"/channels/{server.announcements.id}/messages",
                            status=500, times=5)
    r = await server.announce(message="stubborn")
    assert "keep trying" in server.reply(r).description
    await server.env.advance_time(HOUR)  # 30 s + 2 min + 10 min + 30 min of backoff
    assert _announcements(server) == []
    listing = await server.organizer.slash(server.general, "scheduled")
    text = server.reply(listing).description
    assert "**failed** after 5 tries" in text and "stubborn" in text
    failed = server.storage.scheduled()[0]
    retried = await server.organizer.select(listing.response.message, [str(failed.id)],
                                            custom_id="organizer:retry")
    assert "queued again" in server.reply(retried).description
    await server.env.advance_time(1)
    assert [p.embeds[0].description for p in _announcements(server)] == ["stubborn"]


async def test_a_database_error_does_not_stop_the_scheduler(server: Server) -> None:
    storage = server.storage
    real_next_run_at = storage.next_run_at
    failures: list[int] = []

    def flaky_next_run_at():
        if not failures:  # one hiccup (a locked or busy file), then fine again
            failures.append(1)
            raise StorageError(f"database {storage.path}: database is locked")
        return real_next_run_at()

    storage.next_run_at = flaky_next_run_at  # on this instance only
    await server.announce(message="despite a hiccup", at="in 1h")
    await server.env.advance_time(2 * HOUR)
    assert failures == [1]
    assert [p.embeds[0].description for p in _announcements(server)] == ["despite a hiccup"]


async def test_a_reminder_that_keeps_failing_is_shown_as_failed(server: Server) -> None:
    # the 7-day reminder of the submission is due 2026-01-03T12:00Z (see conftest)
    server.env.inject_error("POST", f"/channels/{server.announcements.id}/messages",
                            status=500, times=5)
    await server.env.advance_time((2 * 24 + 13) * HOUR)
    assert server.posts() == []
    listing = await server.organizer.slash(server.general, "scheduled")
    text = server.reply(listing).description
    assert "**failed** after 5 tries" in text and "Reminder: Paper submission" in text
    failed = next(a for a in server.storage.scheduled(kinds=("reminder",))
                  if a.status is AnnouncementStatus.FAILED)
    retried = await server.organizer.select(listing.response.message, [str(failed.id)],
                                            custom_id="organizer:retry")
    assert "queued again" in server.reply(retried).description
    await server.env.advance_time(1)
    assert [p.embeds[0].title for p in server.posts()] == ["Reminder: Paper submission in 7 days"]


async def test_cancel_is_refused_to_someone_who_is_no_longer_an_organizer(
        server: Server) -> None:
    await server.announce(message="still going out", at="in 1h")
    listing = await server.organizer.slash(server.general, "scheduled")
    pending = server.storage.scheduled()[0]
    # the organizer loses the role while their /scheduled reply is still open
    server.env.backend.remove_member_role(server.guild.id, server.organizer.id,
                                          server.organizers_role.id)
    r = await server.organizer.select(listing.response.message, [str(pending.id)],
                                      custom_id="organizer:cancel")
    assert "only organizers" in server.reply(r).description
    assert server.storage.announcement(pending.id).status is AnnouncementStatus.PENDING
    await server.env.advance_time(HOUR + 1)
    assert [p.embeds[0].description for p in _announcements(server)] == ["still going out"]


async def test_a_database_error_while_starting_does_not_stop_the_scheduler(
        server: Server) -> None:
    await server.announce(message="after a bumpy start", at="in 1h")
    bot = create_bot()
    storage = bot.services.storage.sync
    real_mark_missed = storage.mark_missed_reminders
    failures: list[int] = []

    def flaky_mark_missed(now):
        if not failures:
            failures.append(1)
            raise StorageError(f"database {storage.path}: database is locked")
        return real_mark_missed(now)

    storage.mark_missed_reminders = flaky_mark_missed  # on the restarted bot's instance only
    await server.env.restart_bot(bot)
    await server.env.advance_time(2 * HOUR)
    assert failures == [1]
    assert [p.embeds[0].description for p in _announcements(server)] == ["after a bumpy start"]


async def test_a_post_is_found_after_a_crash_even_in_a_busy_channel(server: Server) -> None:
    await server.announce(message="only once, however busy", at="in 1h")
    storage = server.storage

    def crash(*args: object, **kwargs: object) -> None:
        raise asyncio.CancelledError  # killed right after Discord accepted the post

    storage.mark_sent = crash  # on this instance only
    await server.env.advance_time(HOUR + 1)
    assert len(_announcements(server)) == 1
    for i in range(120):  # attendees keep talking while the bot is down
        await server.member.send(server.announcements, f"chatter {i}")

    await server.env.restart_bot(create_bot())
    await server.env.advance_time(1)
    [post] = _announcements(server)  # found beyond the last 100 messages, not posted again
    [record] = [a for a in (server.storage.announcement(i) for i in range(1, 10))
                if a is not None and a.kind == "announcement"]
    assert record.status is AnnouncementStatus.SENT and record.message_id == post.id


async def test_cancel_while_it_is_being_posted_says_so(server: Server) -> None:
    await server.announce(message="on its way", at="in 1h")
    listing = await server.organizer.slash(server.general, "scheduled")
    ann = server.storage.scheduled()[0]
    scheduler = _cog(server).scheduler
    real, answered = scheduler.deliver, asyncio.Event()

    async def slow(announcement):
        await server.env.external_wait(answered.wait(), reason="Discord takes its time")
        return await real(announcement)

    scheduler.deliver = slow
    await server.env.advance_time(HOUR + 1)  # due: the post is on its way
    r = await server.organizer.select(listing.response.message, [str(ann.id)],
                                      custom_id="organizer:cancel")
    text = server.reply(r).description
    assert "Cancelled" not in text and "being posted" in text
    answered.set()
    await server.env.advance_time(1)
    assert [p.embeds[0].description for p in _announcements(server)] == ["on its way"]
    assert server.storage.announcement(ann.id).status is AnnouncementStatus.SENT

    again = await server.organizer.select(listing.response.message, [str(ann.id)],
                                          custom_id="organizer:cancel")
    assert "already posted" in server.reply(again).description


async def test_retrying_a_failed_post_that_reached_discord_does_not_post_twice(
        server: Server) -> None:
    scheduler = _cog(server).scheduler
    real = scheduler.deliver
    tries: list[int] = []

    async def lost_answers(announcement):
        tries.append(announcement.id)
        if len(tries) == 1:
            await real(announcement)  # Discord took it, but its answer never arrived
        raise TimeoutError("no answer from Discord")

    scheduler.deliver = lost_answers
    await server.announce(message="did it go out?")
    await server.env.advance_time(HOUR)  # every backoff
    assert len(tries) == scheduler.max_attempts
    assert len(_announcements(server)) == 1
    failed = server.storage.scheduled()[0]
    assert failed.status is AnnouncementStatus.FAILED

    scheduler.deliver = real
    listing = await server.organizer.slash(server.general, "scheduled")
    retried = await server.organizer.select(listing.response.message, [str(failed.id)],
                                            custom_id="organizer:retry")
    assert "queued again" in server.reply(retried).description
    await server.env.advance_time(1)
    posts = _announcements(server)
    assert len(posts) == 1  # found by its mark, not posted a second time
    record = server.storage.announcement(failed.id)
    assert record.status is AnnouncementStatus.SENT and record.message_id == posts[0].id


async def test_a_retried_reminder_stays_a_reminder(server: Server) -> None:
    server.env.inject_error("POST", f"/channels/{server.announcements.id}/messages",
                            status=500, times=5)
    await server.env.advance_time((2 * 24 + 13) * HOUR)  # the 7-day reminder fails every try
    failed = next(a for a in server.storage.scheduled(kinds=("reminder",))
                  if a.status is AnnouncementStatus.FAILED)
    listing = await server.organizer.slash(server.general, "scheduled")
    await server.organizer.select(listing.response.message, [str(failed.id)],
                                  custom_id="organizer:retry")
    await server.env.advance_time(1)
    [post] = server.posts()
    assert post.embeds[0].footer.text == f"Deadline reminder · #{failed.id}"
    record = server.storage.announcement(failed.id)
    assert (record.kind, record.status) == ("reminder", AnnouncementStatus.SENT)


async def test_a_database_error_does_not_stop_the_daily_purge(server: Server) -> None:
    storage = server.storage
    real_purge = storage.purge
    calls: list[int] = []

    def flaky_purge(now, retention):
        calls.append(1)
        if len(calls) == 1:
            raise StorageError(f"database {storage.path}: database is locked")
        return real_purge(now, retention)

    storage.purge = flaky_purge  # on this instance only
    await server.env.advance_time(24 * HOUR + 60)
    await server.env.advance_time(24 * HOUR + 60)
    assert len(calls) == 2
