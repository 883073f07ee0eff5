"""The organizer's core pieces without Discord: times, changes, grouping, reminder plans, and
the scheduler driven by a fake clock."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from organizer_world import knowledge_text

from bot.core.grouping import AskedQuestion, group_questions
from bot.core.knowledge.changes import describe_changes
from bot.core.knowledge.loader import parse_knowledge
from bot.core.reminders import plan_reminders
from bot.core.when import WhenError, parse_when
from bot.organizer.scheduler import Outcome, Scheduler
from bot.storage import AnnouncementStatus, OffLoopStorage, Storage

NOW = datetime(2026, 1, 1, tzinfo=UTC)  # 2025-12-31 18:00 in Chicago
CHICAGO = ZoneInfo("America/Chicago")


@pytest.mark.parametrize(("text", "expected"), [
    ("in 2h", NOW + timedelta(hours=2)),
    ("in 3 days", NOW + timedelta(days=3)),
    ("in 90 minutes", NOW + timedelta(minutes=90)),
    ("in 1 hour 30 minutes", NOW + timedelta(minutes=90)),
    ("in 1h30m", NOW + timedelta(minutes=90)),
    ("in a week", NOW + timedelta(weeks=1)),
    ("tomorrow 9:00", datetime(2026, 1, 1, 9, tzinfo=CHICAGO)),
    ("tomorrow at 9am", datetime(2026, 1, 1, 9, tzinfo=CHICAGO)),
    ("Tomorrow at 5:30 pm", datetime(2026, 1, 1, 17, 30, tzinfo=CHICAGO)),
    ("today 20:15", datetime(2025, 12, 31, 20, 15, tzinfo=CHICAGO)),
    ("2026-03-01T09:00", datetime(2026, 3, 1, 9, tzinfo=CHICAGO)),
    ("2026-03-01 09:00", datetime(2026, 3, 1, 9, tzinfo=CHICAGO)),
    ("2026-03-01T09:00Z", datetime(2026, 3, 1, 9, tzinfo=UTC)),
    ("2026-03-01T09:00+02:00", datetime(2026, 3, 1, 7, tzinfo=UTC)),
])
def test_at_accepts_iso_and_relative_times_in_the_workshop_zone(text: str,
                                                               expected: datetime) -> None:
    assert parse_when(text, NOW, CHICAGO) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("whenever", "could not read"),
    ("in 3 fortnights", "could not read"),
    ("2025-06-01T09:00", "in the past"),
    ("today 9:00", "in the past"),
    ("2026-03-01", "without a time"),
    ("2026-02-30T09:00", "not a real date"),
    ("tomorrow", "needs a time of day"),
    ("in 0 minutes", "longer than zero"),
    ("in 400 days", "more than a year"),
    ("13pm", "1 to 12"),
    ("in 99999999999 days", "more than a year"),
    ("in 10000000000000000000000 minutes", "more than a year"),
    ("in 1" + "a" * 60 + "!", "could not read"),  # no catastrophic backtracking
])
@pytest.mark.timeout(10)
def test_at_refuses_unreadable_and_past_times_clearly(text: str, message: str) -> None:
    with pytest.raises(WhenError, match=message):
        parse_when(text, NOW, CHICAGO)


def test_changes_name_each_moved_fact() -> None:
    old = parse_knowledge(knowledge_text())
    new = parse_knowledge(knowledge_text(submission="2026-01-20T12:00")
                          .replace("page_limit: 4", "page_limit: 6")
                          .replace("reminders: [7d, 1d, 1h]", "reminders: [1d]"))
    assert describe_changes(old, new) == [
        "Paper submission deadline: January 10, 2026, 12:00 PM UTC -> "
        "January 20, 2026, 12:00 PM UTC",
        "Reminders: 7d, 1d, 1h -> 1d",
        "Page limit: 4 -> 6",
    ]
    assert describe_changes(old, old) == []


def test_the_packaged_workshop_change_reads_like_the_issue() -> None:
    text = (Path(__file__).parents[2] / "knowledge" / "mlsys-nips2017.yaml").read_text()
    old = parse_knowledge(text)
    new = parse_knowledge(text.replace("due: 2017-10-20", "due: 2017-10-27"))
    assert describe_changes(old, new) == [
        "Paper submission deadline: October 20, 2017 -> October 27, 2017"]


def test_reminder_plans_use_per_deadline_overrides_and_stable_keys() -> None:
    k = parse_knowledge(knowledge_text())
    plans = plan_reminders(k)
    assert [(p.deadline_id, p.at) for p in plans] == [
        ("submission", datetime(2026, 1, 3, 12, tzinfo=UTC)),
        ("notification", datetime(2026, 1, 4, 23, 59, 59, tzinfo=UTC)),
        ("submission", datetime(2026, 1, 9, 12, tzinfo=UTC)),
        ("submission", datetime(2026, 1, 10, 11, tzinfo=UTC)),
    ]
    moved = plan_reminders(parse_knowledge(knowledge_text(submission="2026-01-11T12:00")))
    assert plans[1].key(1) == moved[1].key(1)  # the notification did not move
    assert plans[0].key(1) != moved[0].key(1)


def test_grouping_puts_near_duplicates_together_most_frequent_first() -> None:
    texts = ["where is the poster session?", "Where's the poster session", "is there wifi",
             "where is poster session", "can I submit a video?", "can i submit a video",
             "is there a dinner"]
    groups = group_questions(AskedQuestion(i, t, "venue" if "poster" in t else None,
                                           NOW + timedelta(minutes=i))
                             for i, t in enumerate(texts))
    assert [g.count for g in groups] == [3, 2, 1, 1]
    assert groups[0].intent == "venue" and groups[0].id == 0
    assert {g.label for g in groups[2:]} == {"is there wifi", "is there a dinner"}


class FakeClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


async def test_the_scheduler_handles_thousands_of_pending_items(tmp_path: Path) -> None:
    storage = Storage.open(tmp_path / "bot.sqlite3")
    for i in range(3000):
        storage.add_announcement(channel_id=1, message=f"m{i}", created_at=NOW,
                                 due_at=NOW + timedelta(days=2, seconds=i))
    sent: list[int] = []

    async def deliver(ann) -> int:
        sent.append(ann.id)
        return ann.id

    clock = FakeClock()
    scheduler = Scheduler(OffLoopStorage(storage), deliver, clock)
    scheduler.start()
    await asyncio.wait_for(scheduler.started.wait(), 5)
    assert sent == [] and scheduler.wakeups == 1  # one indexed look-up, then sleep
    clock.now = NOW + timedelta(days=3)
    scheduler.wake()
    for _ in range(3000):  # real time: the storage runs on its own threads
        await asyncio.sleep(0.01)
        # (each post is recorded just after it is sent: stopping between the two is safe, the
        # deliverer finds the post on the next start, but this test counts the records)
        if len(sent) == 3000 and storage.count_pending() == 0:
            break
    await scheduler.stop()
    assert sent == sorted(sent) and len(set(sent)) == 3000
    assert storage.count_pending() == 0
    storage.close()


async def test_the_scheduler_retries_then_marks_failed(tmp_path: Path) -> None:
    storage = Storage.open(tmp_path / "bot.sqlite3")
    ann_id = storage.add_announcement(channel_id=1, message="x", due_at=NOW, created_at=NOW)
    tries: list[datetime] = []
    clock = FakeClock()

    async def deliver(ann) -> int:
        tries.append(clock())
        raise ConnectionError("discord is down")

    scheduler = Scheduler(OffLoopStorage(storage), deliver, clock,
                          backoff=(timedelta(minutes=1), timedelta(minutes=5)))
    result = await scheduler.deliver_now(ann_id)
    assert result.outcome is Outcome.RETRYING
    clock.now += timedelta(minutes=1)
    assert (await scheduler.deliver_now(ann_id)).outcome is Outcome.RETRYING
    assert storage.next_run_at() == clock.now + timedelta(minutes=5)
    result = await scheduler.deliver_now(ann_id)
    assert result.outcome is Outcome.FAILED and "discord is down" in result.error
    record = storage.announcement(ann_id)
    assert record.status is AnnouncementStatus.FAILED and record.attempts == 3
    assert (await scheduler.deliver_now(ann_id)).outcome is Outcome.SKIPPED
    assert len(tries) == 3
    storage.close()


async def test_posting_now_what_the_loop_is_already_posting_reports_the_loop_s_outcome(
        tmp_path: Path) -> None:
    storage = Storage.open(tmp_path / "bot.sqlite3")
    ann_id = storage.add_announcement(channel_id=1, message="x", due_at=NOW, created_at=NOW)
    answered = asyncio.Event()
    calls: list[int] = []

    async def deliver(ann) -> int:
        calls.append(ann.id)
        await answered.wait()
        return 4242

    scheduler = Scheduler(OffLoopStorage(storage), deliver, FakeClock())
    scheduler.start()  # the loop finds it due and starts posting it
    for _ in range(500):
        await asyncio.sleep(0.01)
        if calls:
            break
    assert calls == [ann_id]
    now = asyncio.create_task(scheduler.deliver_now(ann_id))  # /announce, a moment later
    await asyncio.sleep(0)
    answered.set()
    result = await asyncio.wait_for(now, 5)
    assert (result.outcome, result.message_id) == (Outcome.SENT, 4242)
    assert calls == [ann_id]  # posted once
    again = await scheduler.deliver_now(ann_id)  # and if the loop had already finished
    assert (again.outcome, again.message_id) == (Outcome.SENT, 4242)
    await scheduler.stop()
    storage.close()
