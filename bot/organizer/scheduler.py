"""The post scheduler: sleeps until the next due announcement or reminder, posts it, records it.

No discord.py import here: posting is a callable handed in (see :mod:`bot.organizer.delivery`),
and "now" comes from a clock handed in (``discord.utils.utcnow`` on Discord, so SimCord's
simulated time drives it in tests).

Guarantees:

- Pending posts live in SQLite; at start the scheduler simply looks for the earliest one, so an
  item that fell due while the bot was down goes out at once, and thousands of pending items cost
  one indexed query, not a timer each.
- Each try is counted (and the first one's time kept) in the database *before* posting. A post
  whose earlier try may have reached Discord is first looked for (the deliverer searches the
  channel from that first try on for the announcement's id in the embed footer), so a crash
  between posting and recording, or an organizer's retry, never posts twice.
- A post being sent cannot be cancelled (:meth:`Scheduler.cancel` says so), and ``/announce``
  asking for a post the loop is sending at that moment gets the loop's outcome.
- One item that cannot be posted at all (a bug, a moment out of range) is marked failed with
  the reason; it never stops the others.
- A failed post is retried with backoff (30 s, 2 min, 10 min, 30 min); after the last try it is
  marked failed, which ``/scheduled`` shows. Nothing is dropped silently.
- Between items it sleeps until the next one is due (at most :data:`MAX_SLEEP`, a guard against
  clock jumps), and is woken early when an earlier item is added: no polling.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.storage import Announcement, AnnouncementStatus, OffLoopStorage, StorageError

log = logging.getLogger(__name__)

BACKOFF: tuple[timedelta, ...] = (
    timedelta(seconds=30), timedelta(minutes=2), timedelta(minutes=10), timedelta(minutes=30))
MAX_SLEEP = timedelta(hours=1)
EARLY = timedelta(milliseconds=5)  # a timer may fire a hair early; treat that as on time
BATCH = 50

Clock = Callable[[], datetime]
# Posts one announcement; returns the message id. Raises on failure (any exception = retry).
Deliver = Callable[[Announcement], Awaitable[int | None]]


class Outcome(StrEnum):
    SENT = "sent"
    RETRYING = "retrying"
    FAILED = "failed"
    SKIPPED = "skipped"  # not pending any more (cancelled, already sent) or already in flight


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    message_id: int | None = None
    error: str | None = None


class Scheduler:
    def __init__(self, storage: OffLoopStorage, deliver: Deliver, clock: Clock, *,
                 backoff: tuple[timedelta, ...] = BACKOFF, max_sleep: timedelta = MAX_SLEEP,
                 ready: Callable[[], Awaitable[object]] | None = None) -> None:
        self.storage = storage
        self.deliver = deliver
        self.clock = clock
        self.backoff = backoff
        self.max_sleep = max_sleep
        self._ready = ready
        self._task: asyncio.Task[None] | None = None
        self._sleeper: asyncio.Future[None] | None = None
        self._sleep_until: datetime | None = None
        # announcement id -> the outcome of the try being made now
        self._in_flight: dict[int, asyncio.Future[Result]] = {}
        self.wakeups = 0  # how many times the loop woke up (for the benchmark)
        self.started = asyncio.Event()  # set once the first pass over due items is done

    @property
    def max_attempts(self) -> int:
        return len(self.backoff) + 1

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="workshop-bot scheduler")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def wake(self, due: datetime | None = None) -> None:
        """Re-plan now (an item was added or cancelled); ``due`` lets a later item not wake it."""
        if self._sleeper is None or self._sleeper.done():
            return
        if due is not None and self._sleep_until is not None and due >= self._sleep_until:
            return
        self._sleeper.cancel()

    def is_posting(self, announcement_id: int) -> bool:
        return announcement_id in self._in_flight

    async def cancel(self, announcement_id: int, at: datetime) -> bool:
        """Cancel a pending or failed post, unless it is being posted at this moment."""
        if self.is_posting(announcement_id):
            return False
        return await self.storage.cancel(announcement_id, at)

    async def deliver_now(self, announcement_id: int) -> Result:
        """Try one post at once (``/announce`` without ``at``); retries stay scheduled.

        If the loop got to it first, its outcome is the answer (it is not posted twice).
        """
        running = self._in_flight.get(announcement_id)
        if running is not None:
            return await asyncio.shield(running)
        ann = await self.storage.announcement(announcement_id)
        if ann is None:
            return Result(Outcome.SKIPPED, error="unknown announcement")
        if ann.status is AnnouncementStatus.SENT:
            return Result(Outcome.SENT, message_id=ann.message_id)
        result = await self._attempt(ann)
        if result.outcome is Outcome.RETRYING:
            self.wake()
        return result

    async def _run(self) -> None:
        while self._ready is not None:
            try:
                await self._ready()  # e.g. set aside reminders that fell due while down
                break
            except Exception:  # the database is busy, say: try again, never skip it
                log.exception("scheduler: preparing failed; trying again in a minute")
                await self._sleep(timedelta(minutes=1))
        while True:
            self.wakeups += 1
            try:
                await self._deliver_due()
                self.started.set()
                upcoming = await self.storage.next_run_at()
            except Exception as exc:
                # A database hiccup (or a bug) must not end the task: nothing would be posted
                # again until a restart, and nobody would notice.
                kind = "database error" if isinstance(exc, StorageError) else "unexpected error"
                log.exception("scheduler: %s; trying again in a minute", kind)
                await self._sleep(timedelta(minutes=1))
                continue
            now = self.clock()
            delay = self.max_sleep if upcoming is None else min(upcoming - now, self.max_sleep)
            await self._sleep(delay)

    async def _sleep(self, delay: timedelta) -> None:
        seconds = max(delay.total_seconds(), 0.0)
        self._sleep_until = self.clock() + delay
        self._sleeper = asyncio.ensure_future(asyncio.sleep(seconds))
        try:
            await asyncio.wait([self._sleeper])  # returns when woken (cancelled) too
        finally:
            if not self._sleeper.done():
                self._sleeper.cancel()
            self._sleeper = None
            self._sleep_until = None

    async def _deliver_due(self) -> None:
        tried: set[int] = set()  # one try per item and pass: a stuck item cannot spin the loop
        while True:
            due = await self.storage.due_announcements(self.clock() + EARLY, limit=BATCH)
            due = [a for a in due if a.id not in self._in_flight and a.id not in tried]
            if not due:
                return
            for ann in due:
                tried.add(ann.id)
                try:
                    await self._attempt(ann)
                except (asyncio.CancelledError, StorageError):
                    raise  # the database itself: the whole loop waits and tries again
                except Exception as exc:  # this item only (a bug, a date out of range...)
                    await self._give_up(ann, exc)

    async def _give_up(self, ann: Announcement, exc: Exception) -> None:
        """One item that cannot be posted is marked failed with the reason; the others go on."""
        error = f"cannot be posted: {_describe(exc)}"
        log.error("%s #%d %s", ann.kind, ann.id, error, exc_info=exc)
        try:
            await self.storage.mark_failed(ann.id, error=error, at=self.clock())
        except StorageError:
            log.exception("%s #%d could not be marked failed", ann.kind, ann.id)

    async def _attempt(self, ann: Announcement) -> Result:
        running = self._in_flight.get(ann.id)
        if running is not None:  # the other path (loop or /announce) is on it: its outcome
            return await asyncio.shield(running)
        # registered before the first await: nobody else starts this post meanwhile
        done: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._in_flight[ann.id] = done
        result = Result(Outcome.SKIPPED, error="interrupted; it stays queued")
        try:
            current = await self.storage.announcement(ann.id)
            if current is None or current.status != "pending":
                result = Result(Outcome.SKIPPED, error="not pending")
                return result
            result = await self._post(current)
            return result
        finally:
            del self._in_flight[ann.id]
            done.set_result(result)

    async def _post(self, ann: Announcement) -> Result:
        attempt = await self.storage.begin_attempt(ann.id, self.clock())
        try:
            message_id = await self.deliver(ann)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # any failure is retried, then reported; never dropped
            return await self._failed(ann, attempt, exc)
        await self.storage.mark_sent(ann.id, message_id=message_id, at=self.clock())
        log.info("posted %s #%d (try %d)", ann.kind, ann.id, attempt)
        return Result(Outcome.SENT, message_id=message_id)

    async def _failed(self, ann: Announcement, attempt: int, exc: Exception) -> Result:
        error = _describe(exc)
        now = self.clock()
        if attempt >= self.max_attempts:
            await self.storage.mark_failed(ann.id, error=error, at=now)
            log.error("%s #%d failed after %d tries, giving up: %s", ann.kind, ann.id, attempt,
                      error)
            return Result(Outcome.FAILED, error=error)
        retry_at = now + self.backoff[attempt - 1]
        await self.storage.retry_later(ann.id, run_at=retry_at, error=error)
        log.warning("%s #%d: try %d failed (%s); next try at %s", ann.kind, ann.id, attempt,
                    error, retry_at.isoformat())
        return Result(Outcome.RETRYING, error=error)


def _describe(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:300] if text else type(exc).__name__
