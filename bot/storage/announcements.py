"""Announcements and reminders waiting to be posted, and what became of each."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from bot.storage.connection import Database, reads
from bot.storage.records import Announcement, AnnouncementStatus
from bot.storage.stamps import from_db, to_db

PENDING = AnnouncementStatus.PENDING.value


class AnnouncementStore(Database):
    def add_announcement(self, *, channel_id: int, message: str, due_at: datetime,
                         created_at: datetime, guild_id: int | None = None,
                         title: str | None = None, author: str | None = None,
                         role_id: int | None = None, kind: str = "announcement",
                         key: str | None = None, failed: str | None = None) -> int | None:
        """Queue a post; returns its id, or None when ``key`` is already queued (reminders).

        ``failed``: a post that cannot be scheduled at all (its moment is out of range) is
        stored as failed with this reason, so /scheduled shows it rather than nothing.
        """
        status = AnnouncementStatus.FAILED.value if failed else PENDING
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO announcements(kind, key, guild_id, channel_id, title, "
                "message, author, role_id, due_at, run_at, created_at, status, last_error, "
                "finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (kind, key, guild_id, channel_id, title, message, author, role_id,
                 to_db(due_at), to_db(due_at), to_db(created_at), status,
                 failed[:500] if failed else None, to_db(created_at) if failed else None))
            return int(cur.lastrowid) if cur.rowcount == 1 and cur.lastrowid else None

    @reads
    def announcement(self, announcement_id: int) -> Announcement | None:
        with self._read() as conn:
            row = conn.execute("SELECT * FROM announcements WHERE id = ?",
                               (announcement_id,)).fetchone()
        return Announcement.from_row(row) if row else None

    @reads
    def next_run_at(self) -> datetime | None:
        """When the earliest pending post is due (one index lookup)."""
        with self._read() as conn:
            row = conn.execute("SELECT run_at FROM announcements WHERE status = ? "
                               "ORDER BY run_at LIMIT 1", (PENDING,)).fetchone()
        return from_db(row[0]) if row else None

    @reads
    def due_announcements(self, now: datetime, limit: int = 50) -> list[Announcement]:
        """Pending posts whose (next) try is due at ``now``, earliest first."""
        with self._read() as conn:
            rows = conn.execute("SELECT * FROM announcements WHERE status = ? AND run_at <= ? "
                                "ORDER BY run_at, id LIMIT ?",
                                (PENDING, to_db(now), limit)).fetchall()
        return [Announcement.from_row(r) for r in rows]

    @reads
    def scheduled(self, *, guild_id: int | None = None, kinds: Iterable[str] = ("announcement",),
                  include_failed: bool = True, limit: int = 100) -> list[Announcement]:
        """What /scheduled shows: pending posts (and failed ones), earliest first."""
        statuses = [PENDING] + ([AnnouncementStatus.FAILED.value] if include_failed else [])
        kinds = list(kinds)
        sql = (f"SELECT * FROM announcements WHERE status IN ({','.join('?' * len(statuses))}) "
               f"AND kind IN ({','.join('?' * len(kinds))})")
        params: list[object] = [*statuses, *kinds]
        if guild_id is not None:  # a server sees its own posts only (None: every server)
            sql += " AND guild_id = ?"
            params.append(guild_id)
        sql += " ORDER BY status = 'failed' DESC, due_at, id LIMIT ?"
        params.append(limit)
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [Announcement.from_row(r) for r in rows]

    @reads
    def count_pending(self) -> int:
        with self._read() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM announcements WHERE status = ?",
                                    (PENDING,)).fetchone()[0])

    def begin_attempt(self, announcement_id: int, at: datetime) -> int:
        """Count a try before posting (so after a crash we know to look for the post first);
        the first try's time is kept, to know from when to look.

        Returns the attempt number (1 for the first try).
        """
        with self._tx() as conn:
            conn.execute("UPDATE announcements SET attempts = attempts + 1, "
                         "first_try_at = COALESCE(first_try_at, ?) WHERE id = ?",
                         (to_db(at), announcement_id))
            row = conn.execute("SELECT attempts FROM announcements WHERE id = ?",
                               (announcement_id,)).fetchone()
            return int(row[0]) if row else 0

    def mark_sent(self, announcement_id: int, *, message_id: int | None, at: datetime) -> None:
        self._finish(announcement_id, AnnouncementStatus.SENT, at, message_id=message_id)

    def mark_failed(self, announcement_id: int, *, error: str, at: datetime) -> None:
        self._finish(announcement_id, AnnouncementStatus.FAILED, at, error=error)

    def _finish(self, announcement_id: int, status: AnnouncementStatus, at: datetime, *,
                message_id: int | None = None, error: str | None = None) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE announcements SET status = ?, finished_at = ?, "
                         "message_id = COALESCE(?, message_id), "
                         "last_error = COALESCE(?, last_error) WHERE id = ?",
                         (status.value, to_db(at), message_id,
                          error[:500] if error else None, announcement_id))

    def retry_later(self, announcement_id: int, *, run_at: datetime, error: str) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE announcements SET run_at = ?, last_error = ? "
                         "WHERE id = ? AND status = ?",
                         (to_db(run_at), error[:500], announcement_id, PENDING))

    def retry_failed(self, announcement_id: int, at: datetime) -> bool:
        """Queue a failed post again, as it was (same id and kind), for a new round of tries.

        Its first try's time stays: the next try looks for an earlier one that reached Discord.
        """
        with self._tx() as conn:
            return conn.execute(
                "UPDATE announcements SET status = ?, run_at = ?, attempts = 0, "
                "finished_at = NULL WHERE id = ? AND status = 'failed'",
                (PENDING, to_db(at), announcement_id)).rowcount == 1

    def cancel(self, announcement_id: int, at: datetime) -> bool:
        """Cancel a pending (or failed) post; False if it is already sent, cancelled or unknown."""
        with self._tx() as conn:
            cur = conn.execute(
                "UPDATE announcements SET status = 'cancelled', finished_at = ? "
                "WHERE id = ? AND status IN ('pending', 'failed')", (to_db(at), announcement_id))
            return cur.rowcount == 1

    @reads
    def reminder_states(self) -> dict[str, tuple[int, AnnouncementStatus]]:
        """key -> (id, status) of every reminder ever queued."""
        with self._read() as conn:
            rows = conn.execute("SELECT key, id, status FROM announcements "
                                "WHERE kind = 'reminder'").fetchall()
        return {r[0]: (r[1], AnnouncementStatus(r[2])) for r in rows}

    def revive_reminder(self, announcement_id: int, *, title: str | None, message: str) -> bool:
        """Queue a cancelled reminder again (its deadline moved back to where it was)."""
        with self._tx() as conn:
            return conn.execute(
                "UPDATE announcements SET status = 'pending', run_at = due_at, attempts = 0, "
                "finished_at = NULL, last_error = NULL, title = ?, message = ? "
                "WHERE id = ? AND status = 'cancelled'",
                (title, message, announcement_id)).rowcount == 1

    def update_pending_text(self, announcement_id: int, *, title: str | None,
                            message: str) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE announcements SET title = ?, message = ? "
                         "WHERE id = ? AND status = ?", (title, message, announcement_id, PENDING))

    def cancel_many(self, announcement_ids: Iterable[int], at: datetime) -> int:
        ids = list(announcement_ids)
        with self._tx() as conn:
            n = 0
            for aid in ids:
                n += conn.execute("UPDATE announcements SET status = 'cancelled', "
                                  "finished_at = ? WHERE id = ? AND status = ?",
                                  (to_db(at), aid, PENDING)).rowcount
            return n

    def mark_missed_reminders(self, now: datetime) -> int:
        """Pending reminders whose moment already passed when the bot starts: never posted."""
        with self._tx() as conn:
            return conn.execute(
                "UPDATE announcements SET status = 'missed', finished_at = ? "
                "WHERE kind = 'reminder' AND status = ? AND due_at <= ?",
                (to_db(now), PENDING, to_db(now))).rowcount
