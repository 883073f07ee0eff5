"""Benchmark the post scheduler: start-up time with many pending announcements, and idle
wake-ups per hour. Run on demand (not part of the tests):

    python scripts/bench_scheduler.py [--pending 10000] [--hours 24] [--json]

Measured through SimCord (the real discord.py client against an in-memory Discord, simulated
clock), with the real bot from ``bot.app.create_bot`` and a database pre-filled with ``--pending``
announcements due a week ahead:

- ``startup_s``: from entering ``simcord.run(bot)`` (login, READY, command sync) until the
  scheduler has finished its first pass; ``startup_empty_s`` is the same with an empty database,
  so the difference is what the pending items cost.
- ``scheduler_first_pass_ms``: the scheduler alone (no Discord) from ``start()`` to its first
  sleep, over the same database.
- ``idle_wakeups_per_hour``: scheduler loop iterations per simulated hour while nothing is due
  (``--hours`` simulated with ``env.advance_time``); ``file_checks_per_hour`` is the separate
  knowledge-file mtime check.

``measure()`` returns the same figures as a dict, for a benchmark harness.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

START = datetime(2026, 1, 1, tzinfo=UTC)  # SimCord's clock starts here


def _fill(db: Path, pending: int) -> None:
    from bot.storage import Storage

    with Storage.open(db) as storage:
        due = START + timedelta(days=7)
        with storage._tx() as conn:  # one transaction: filling is not what we measure
            conn.executemany(
                "INSERT INTO announcements(kind, channel_id, message, due_at, run_at, created_at)"
                " VALUES ('announcement', 1, ?, ?, ?, ?)",
                [(f"pending {i}", *(_stamp(due + timedelta(seconds=i)),) * 2, _stamp(START))
                 for i in range(pending)])


def _stamp(at: datetime) -> str:
    from bot.storage.stamps import to_db

    return to_db(at)


async def _bot_run(db: Path, hours: float) -> dict[str, float]:
    import simcord

    from bot.app import create_bot

    os.environ["WORKSHOP_BOT_DB"] = str(db)
    bot = create_bot()
    began = time.perf_counter()
    async with simcord.run(bot) as env:
        cog = env.bot.get_cog("OrganizerCog")
        await asyncio.wait_for(cog.scheduler.started.wait(), 60)
        startup = time.perf_counter() - began
        wakeups, checks = cog.scheduler.wakeups, 0
        original = cog._signature

        def counting() -> tuple[int, int] | None:
            nonlocal checks
            checks += 1
            return original()

        cog._signature = counting
        real = time.perf_counter()
        await env.advance_time(hours * 3600)
        simulated_real_s = time.perf_counter() - real
        idle = cog.scheduler.wakeups - wakeups
    return {"startup_s": startup, "idle_wakeups_per_hour": idle / hours,
            "file_checks_per_hour": checks / hours, "advance_real_s": simulated_real_s}


async def _scheduler_only(db: Path) -> float:
    from bot.organizer.scheduler import Scheduler
    from bot.storage import OffLoopStorage, Storage

    async def deliver(ann: object) -> int:
        raise AssertionError("nothing is due")

    storage = OffLoopStorage(Storage.open(db))
    scheduler = Scheduler(storage, deliver, lambda: START)
    began = time.perf_counter()
    scheduler.start()
    await scheduler.started.wait()
    elapsed = time.perf_counter() - began
    await scheduler.stop()
    await storage.close()
    return elapsed


def measure(pending: int = 10_000, hours: float = 24.0) -> dict[str, float]:
    os.environ.pop("WORKSHOP_BOT_GUILD_ID", None)
    with tempfile.TemporaryDirectory() as tmp:
        empty_db, full_db = Path(tmp) / "empty.sqlite3", Path(tmp) / "full.sqlite3"
        _fill(full_db, pending)
        asyncio.run(_bot_run(Path(tmp) / "warm-up.sqlite3", 1))  # imports, first-use costs
        empty = asyncio.run(_bot_run(empty_db, hours))
        full = asyncio.run(_bot_run(full_db, hours))
        first_pass = asyncio.run(_scheduler_only(full_db))
    return {
        "pending": pending,
        "startup_s": round(full["startup_s"], 4),
        "startup_empty_s": round(empty["startup_s"], 4),
        "scheduler_first_pass_ms": round(first_pass * 1000, 3),
        "idle_wakeups_per_hour": round(full["idle_wakeups_per_hour"], 3),
        "idle_wakeups_per_hour_empty": round(empty["idle_wakeups_per_hour"], 3),
        "file_checks_per_hour": round(full["file_checks_per_hour"], 3),
        "simulated_hours": hours,
        "real_s_to_simulate": round(full["advance_real_s"], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pending", type=int, default=10_000)
    parser.add_argument("--hours", type=float, default=24.0)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    figures = measure(args.pending, args.hours)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>30}: {value}")


if __name__ == "__main__":
    main()
