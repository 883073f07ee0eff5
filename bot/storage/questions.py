"""Questions attendees asked, their votes, and the organizers' "handled" marks.

Every question belongs to a server (``guild_id``); what an organizer reads or changes is asked
for with their server's id. ``guild_id=None`` means every server: only the command line, run by
whoever holds the database file, asks that way.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from bot.storage.connection import Database, reads
from bot.storage.records import QuestionRecord
from bot.storage.stamps import to_db

_SALT_KEY = "voter_salt"  # where older versions kept the salt (moved out to the salt file)
SALT_SUFFIX = ".voter-salt"

# A question counts as "not helpful" when it has more not-helpful than helpful votes.
_VOTE_COUNTS = """
    SELECT q.*,
           COALESCE(SUM(v.helpful = 1), 0) AS helpful,
           COALESCE(SUM(v.helpful = 0), 0) AS unhelpful
    FROM questions q LEFT JOIN votes v ON v.question_id = q.id
"""


class VoteOutcome(StrEnum):
    STORED = "stored"
    ALREADY = "already"  # this voter already voted on this answer
    GONE = "gone"  # no such question any more (purged after the retention period, or never stored)


def new_question_id() -> int:
    """A random id for a question about to be stored: the reply (and its vote buttons) need not
    wait for the database."""
    return secrets.randbelow(2**53 - 1) + 1


def salt_path(db_path: str) -> Path | None:
    return None if db_path == ":memory:" else Path(db_path + SALT_SUFFIX)


class QuestionStore(Database):
    _memory_salt: str | None = None

    def log_question(self, *, question: str, intent: str | None, answered: bool,
                     confidence: float, source: str, at: datetime,
                     guild_id: int | None = None, question_id: int | None = None) -> int:
        """Store one question (no user names) of server ``guild_id`` (None: no server, a direct
        message while no home server is set); returns its id for votes."""
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT INTO questions(id, question, intent, answered, confidence, source, at, "
                "guild_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (question_id, question, intent, int(bool(answered)), float(confidence), source,
                 to_db(at), guild_id))
            return int(cur.lastrowid or 0)

    def record_vote(self, *, question_id: int, helpful: bool, voter: int | str,
                    at: datetime) -> VoteOutcome:
        """Store a helpful / not helpful vote, once per voter and question.

        ``voter`` (a Discord user id) is kept only as a keyed hash (HMAC-SHA256) whose key, the
        salt, lives in a file beside the database (see :func:`salt_path`), not in it.
        """
        voter_hash = self._voter_hash(voter)
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO votes(question_id, voter, helpful, at) "
                "SELECT id, ?, ?, ? FROM questions WHERE id = ?",
                (voter_hash, int(bool(helpful)), to_db(at), question_id))
            if cur.rowcount == 1:
                return VoteOutcome.STORED
            exists = conn.execute("SELECT 1 FROM questions WHERE id = ?",
                                  (question_id,)).fetchone()
            return VoteOutcome.ALREADY if exists else VoteOutcome.GONE

    def _voter_hash(self, voter: int | str) -> str:
        salt = self._salt()
        return hmac.new(salt.encode(), str(voter).encode(), hashlib.sha256).hexdigest()

    def _salt(self) -> str:
        """The salt, from the file beside the database (created 0600 on first use; a salt that
        an older version kept in the database is moved there, so its hashes stay valid)."""
        file = salt_path(self.path)
        if file is None:
            if self._memory_salt is None:
                self._memory_salt = secrets.token_hex(16)
            return self._memory_salt
        try:
            return file.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            pass
        with self._tx() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (_SALT_KEY,)).fetchone()
            salt = row[0] if row else secrets.token_hex(16)
            try:
                fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:  # another process made it first
                return file.read_text(encoding="ascii").strip()
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(salt + "\n")
            conn.execute("DELETE FROM meta WHERE key = ?", (_SALT_KEY,))
        return salt

    @reads
    def question(self, question_id: int) -> QuestionRecord | None:
        with self._read() as conn:
            row = conn.execute(_VOTE_COUNTS + " WHERE q.id = ? GROUP BY q.id",
                               (question_id,)).fetchone()
        return QuestionRecord.from_row(row) if row else None

    @reads
    def unanswered_questions(self, since: datetime | None = None, *,
                             guild_id: int | None = None) -> list[QuestionRecord]:
        """Open questions the bot could not answer, or that were voted not helpful, of server
        ``guild_id`` (None: every server)."""
        clauses, params = _where(guild_id, start=since)
        where = " AND ".join(["q.handled_at IS NULL", *clauses])
        sql = (_VOTE_COUNTS + f" WHERE {where} GROUP BY q.id "
               "HAVING q.answered = 0 OR unhelpful > helpful ORDER BY q.at")
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [QuestionRecord.from_row(r) for r in rows]

    def mark_handled(self, question_ids: Iterable[int], at: datetime, *,
                     guild_id: int | None = None) -> int:
        """Mark questions handled (they leave /unanswered); returns how many changed. With
        ``guild_id``, only that server's questions change."""
        ids = list(question_ids)
        if not ids:
            return 0
        own = "" if guild_id is None else " AND guild_id = ?"
        extra: tuple[int, ...] = () if guild_id is None else (guild_id,)
        with self._tx() as conn:
            changed = 0
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                cur = conn.execute(
                    f"UPDATE questions SET handled_at = ? WHERE handled_at IS NULL "
                    f"AND id IN ({marks}){own}", (to_db(at), *chunk, *extra))
                changed += cur.rowcount
            return changed

    @reads
    def questions_between(self, start: datetime | None = None, end: datetime | None = None, *,
                          guild_id: int | None = None) -> list[QuestionRecord]:
        """Every stored question in [start, end) of server ``guild_id`` (None: every server),
        with vote counts, oldest first (for /stats)."""
        clauses, params = _where(guild_id, start=start, end=end)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._read() as conn:
            rows = conn.execute(_VOTE_COUNTS + f" {where} GROUP BY q.id ORDER BY q.at",
                                params).fetchall()
        return [QuestionRecord.from_row(r) for r in rows]


def _where(guild_id: int | None, *, start: datetime | None = None,
           end: datetime | None = None) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if guild_id is not None:
        clauses.append("q.guild_id = ?")
        params.append(guild_id)
    if start is not None:
        clauses.append("q.at >= ?")
        params.append(to_db(start))
    if end is not None:
        clauses.append("q.at < ?")
        params.append(to_db(end))
    return clauses, params


__all__ = ["QuestionStore", "VoteOutcome", "new_question_id", "salt_path"]
