"""One item the scheduler cannot handle (issue 7) is marked failed with the reason; the others
are still posted."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from bot.organizer.scheduler import Scheduler
from bot.storage import AnnouncementStatus, OffLoopStorage, Storage

NOW = datetime(2026, 1, 1, tzinfo=UTC)


async def test_an_item_that_cannot_be_handled_does_not_stop_the_others(tmp_path: Path) -> None:
    storage = Storage.open(tmp_path / "bot.sqlite3")
    bad = storage.add_announcement(channel_id=1, message="bad", due_at=NOW, created_at=NOW)
    good = storage.add_announcement(channel_id=1, message="good", due_at=NOW, created_at=NOW)
    real_begin = storage.begin_attempt

    def begin_attempt(announcement_id: int, at: datetime) -> int:
        if announcement_id == bad:
            raise OverflowError("date value out of range")
        return real_begin(announcement_id, at)

    storage.begin_attempt = begin_attempt  # on this instance only
    sent: list[int] = []

    async def deliver(ann) -> int:
        sent.append(ann.id)
        return 1000 + ann.id

    scheduler = Scheduler(OffLoopStorage(storage), deliver, lambda: NOW)
    scheduler.start()
    await asyncio.wait_for(scheduler.started.wait(), 10)
    await scheduler.stop()
    assert sent == [good]
    failed = storage.announcement(bad)
    assert failed is not None and failed.status is AnnouncementStatus.FAILED
    assert "cannot be posted" in (failed.last_error or "") and "OverflowError" in failed.last_error
    assert storage.announcement(good).status is AnnouncementStatus.SENT
    storage.close()
