"""``/remind``: personal direct-message reminders before a deadline, each sent at most once.

A reminder is claimed (``sending``) in the database before its message goes out, so a crash or a
restart in between never sends it twice: a claimed one found at start is marked failed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.storage.connection import Database, reads
from bot.storage.stamps import from_db, maybe_from_db, to_db


@dataclass(frozen=True)
class PersonalReminder:
    id: int
    guild_id: int
    user_id: int
    deadline_id: str
    before_text: str
    before: timedelta
    run_at: datetime
    status: str  # pending sending sent failed cancelled missed
    attempts: int
    last_error: str | None
    created_at: datetime
    finished_at: datetime | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> PersonalReminder:
        return cls(id=row["id"], guild_id=row["guild_id"], user_id=row["user_id"],
                   deadline_id=row["deadline_id"], before_text=row["before_text"],
                   before=timedelta(seconds=row["before_s"]), run_at=from_db(row["run_at"]),
                   status=row["status"], attempts=row["attempts"], last_error=row["last_error"],
                   created_at=from_db(row["created_at"]),
                   finished_at=maybe_from_db(row["finished_at"]))


class PersonalReminderStore(Database):
    def add_personal_reminder(self, *, guild_id: int, user_id: int, deadline_id: str,
                              before_text: str, before: timedelta, run_at: datetime,
                              at: datetime) -> tuple[int, bool]:
        """Subscribe; (id, True) when new, (id of the pending one, False) when already there
        (its moment is set to ``run_at``)."""
        seconds = int(before.total_seconds())
        with self._tx() as conn:
            row = conn.execute(
                "SELECT id FROM personal_reminders WHERE user_id = ? AND deadline_id = ? "
                "AND before_s = ? AND status = 'pending'",
                (user_id, deadline_id, seconds)).fetchone()
            if row is not None:
                conn.execute("UPDATE personal_reminders SET run_at = ? WHERE id = ?",
                             (to_db(run_at), row[0]))
                return int(row[0]), False
            cur = conn.execute(
                "INSERT INTO personal_reminders(guild_id, user_id, deadline_id, before_text, "
                "before_s, run_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (guild_id, user_id, deadline_id, before_text, seconds, to_db(run_at),
                 to_db(at)))
            return int(cur.lastrowid or 0), True

    @reads
    def personal_reminder(self, reminder_id: int) -> PersonalReminder | None:
        with self._read() as conn:
            row = conn.execute("SELECT * FROM personal_reminders WHERE id = ?",
                               (reminder_id,)).fetchone()
        return PersonalReminder.from_row(row) if row else None

    @reads
    def personal_reminders_of(self, user_id: int) -> list[PersonalReminder]:
        """A member's pending reminders, soonest first."""
        with self._read() as conn:
            rows = conn.execute("SELECT * FROM personal_reminders WHERE user_id = ? AND "
                                "status = 'pending' ORDER BY run_at, id", (user_id,)).fetchall()
        return [PersonalReminder.from_row(r) for r in rows]

    @reads
    def pending_personal_reminders(self) -> list[PersonalReminder]:
        with self._read() as conn:
            rows = conn.execute("SELECT * FROM personal_reminders WHERE status = 'pending' "
                                "ORDER BY run_at, id").fetchall()
        return [PersonalReminder.from_row(r) for r in rows]

    @reads
    def next_personal_reminder_at(self) -> datetime | None:
        with self._read() as conn:
            row = conn.execute("SELECT run_at FROM personal_reminders WHERE status = 'pending' "
                               "ORDER BY run_at LIMIT 1").fetchone()
        return from_db(row[0]) if row else None

    def claim_due_personal_reminders(self, now: datetime,
                                     limit: int = 50) -> list[PersonalReminder]:
        """Due reminders, marked ``sending`` (and counted) in the same transaction."""
        with self._tx() as conn:
            rows = conn.execute("SELECT * FROM personal_reminders WHERE status = 'pending' AND "
                                "run_at <= ? ORDER BY run_at, id LIMIT ?",
                                (to_db(now), limit)).fetchall()
            for row in rows:
                conn.execute("UPDATE personal_reminders SET status = 'sending', "
                             "attempts = attempts + 1 WHERE id = ?", (row["id"],))
        return [PersonalReminder.from_row(r) for r in rows]

    def finish_personal_reminder(self, reminder_id: int, *, status: str, at: datetime,
                                 error: str | None = None) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE personal_reminders SET status = ?, finished_at = ?, "
                         "last_error = COALESCE(?, last_error) WHERE id = ?",
                         (status, to_db(at), error[:500] if error else None, reminder_id))

    def fail_interrupted_personal_reminders(self, at: datetime) -> int:
        """At start: a reminder claimed but never recorded sent may have gone out; it is not
        sent again (marked failed, logged)."""
        with self._tx() as conn:
            return conn.execute(
                "UPDATE personal_reminders SET status = 'failed', finished_at = ?, last_error = "
                "'interrupted while sending; not sent again' WHERE status = 'sending'",
                (to_db(at),)).rowcount

    def cancel_personal_reminder(self, reminder_id: int, user_id: int, at: datetime) -> bool:
        """Cancel one of the member's own pending reminders."""
        with self._tx() as conn:
            return conn.execute(
                "UPDATE personal_reminders SET status = 'cancelled', finished_at = ? "
                "WHERE id = ? AND user_id = ? AND status = 'pending'",
                (to_db(at), reminder_id, user_id)).rowcount == 1

    def move_personal_reminder(self, reminder_id: int, run_at: datetime) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE personal_reminders SET run_at = ? WHERE id = ? AND "
                         "status = 'pending'", (to_db(run_at), reminder_id))

    def retry_personal_reminder(self, reminder_id: int, *, run_at: datetime,
                                error: str) -> None:
        """A try failed for a passing reason (a Discord outage): pending again, later."""
        with self._tx() as conn:
            conn.execute("UPDATE personal_reminders SET status = 'pending', run_at = ?, "
                         "last_error = ? WHERE id = ? AND status = 'sending'",
                         (to_db(run_at), error[:500], reminder_id))

    def drop_personal_reminder(self, reminder_id: int, *, reason: str, at: datetime,
                               status: str = "cancelled") -> None:
        """End a pending (or claimed) reminder that is not to be sent: its deadline is gone or
        no longer dated (cancelled), or already passed (missed)."""
        with self._tx() as conn:
            conn.execute("UPDATE personal_reminders SET status = ?, finished_at = ?, "
                         "last_error = ? WHERE id = ? AND status IN ('pending', 'sending')",
                         (status, to_db(at), reason[:500], reminder_id))
