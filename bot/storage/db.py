"""The :class:`Storage` facade: one object for everything the bot keeps in SQLite."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.storage.announcements import AnnouncementStore
from bot.storage.connection import StorageError, reads
from bot.storage.handoffs import HandoffStore
from bot.storage.personal_reminders import PersonalReminderStore
from bot.storage.phrasings import PhrasingStore
from bot.storage.questions import QuestionStore
from bot.storage.stamps import to_db

log = logging.getLogger(__name__)

#: How long questions (and votes) and finished announcements are kept: 90 days.
DEFAULT_RETENTION = timedelta(days=90)

__all__ = ["DEFAULT_RETENTION", "Storage", "StorageError"]


class Storage(QuestionStore, AnnouncementStore, HandoffStore, PersonalReminderStore,
              PhrasingStore):
    """SQLite storage. ``Storage.open(path)``; :class:`StorageError` if it cannot be used.

    Synchronous (each call is one short transaction): the command line and tests call it
    directly; the bot calls it off the event loop, through
    :class:`bot.storage.offloop.OffLoopStorage`.
    """

    @reads
    def get_meta(self, key: str) -> str | None:
        with self._read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._tx() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def purge(self, now: datetime, retention: timedelta = DEFAULT_RETENTION) -> int:
        """Delete questions (with their votes) older than ``retention``, and announcements that
        finished (sent, cancelled, failed, missed) longer ago than that. Returns rows deleted."""
        cutoff = to_db(now - retention)
        with self._tx() as conn:
            questions = conn.execute("DELETE FROM questions WHERE at < ?", (cutoff,)).rowcount
            posts = conn.execute("DELETE FROM announcements WHERE status != 'pending' "
                                 "AND finished_at IS NOT NULL AND finished_at < ?",
                                 (cutoff,)).rowcount
            # the attendees' loop: hand-offs (they hold whom to answer) and finished reminders
            conn.execute("DELETE FROM handoffs WHERE created_at < ?", (cutoff,))
            conn.execute("DELETE FROM personal_reminders WHERE status NOT IN "
                         "('pending', 'sending') AND finished_at < ?", (cutoff,))
        if questions or posts:
            log.info("retention: deleted %d questions and %d finished announcements older "
                     "than %d days", questions, posts, retention.days)
        return questions + posts
