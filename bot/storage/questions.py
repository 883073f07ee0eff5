"""Questions attendees asked, their votes, and the organizers' "handled" marks."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from collections.abc import Iterable
from datetime import datetime

from bot.storage.connection import Database
from bot.storage.records import QuestionRecord
from bot.storage.stamps import to_db

_SALT_KEY = "voter_salt"

# A question counts as "not helpful" when it has more not-helpful than helpful votes.
_VOTE_COUNTS = """
    SELECT q.*,
           COALESCE(SUM(v.helpful = 1), 0) AS helpful,
           COALESCE(SUM(v.helpful = 0), 0) AS unhelpful
    FROM questions q LEFT JOIN votes v ON v.question_id = q.id
"""


class QuestionStore(Database):
    def log_question(self, *, question: str, intent: str | None, answered: bool,
                     confidence: float, source: str, at: datetime) -> int:
        """Store one question (no user names); returns its id for votes."""
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT INTO questions(question, intent, answered, confidence, source, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (question, intent, int(bool(answered)), float(confidence), source, to_db(at)))
            return int(cur.lastrowid or 0)

    def record_vote(self, *, question_id: int, helpful: bool, voter: int | str,
                    at: datetime) -> bool:
        """Store a helpful / not helpful vote; False when this voter already voted on it.

        ``voter`` (a Discord user id) is kept only as a salted hash.
        """
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO votes(question_id, voter, helpful, at) "
                "SELECT id, ?, ?, ? FROM questions WHERE id = ?",
                (self._voter_hash(conn, voter), int(bool(helpful)), to_db(at), question_id))
            return cur.rowcount == 1

    def _voter_hash(self, conn: sqlite3.Connection, voter: int | str) -> str:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (_SALT_KEY,)).fetchone()
        if row is None:
            salt = secrets.token_hex(16)
            conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (_SALT_KEY, salt))
        else:
            salt = row[0]
        return hmac.new(salt.encode(), str(voter).encode(), hashlib.sha256).hexdigest()

    def question(self, question_id: int) -> QuestionRecord | None:
        with self._read() as conn:
            row = conn.execute(_VOTE_COUNTS + " WHERE q.id = ? GROUP BY q.id",
                               (question_id,)).fetchone()
        return QuestionRecord.from_row(row) if row else None

    def unanswered_questions(self, since: datetime | None = None) -> list[QuestionRecord]:
        """Open questions the bot could not answer, or that were voted not helpful."""
        where = "WHERE q.handled_at IS NULL" + (" AND q.at >= ?" if since else "")
        sql = (_VOTE_COUNTS + f" {where} GROUP BY q.id "
               "HAVING q.answered = 0 OR unhelpful > helpful ORDER BY q.at")
        with self._read() as conn:
            rows = conn.execute(sql, (to_db(since),) if since else ()).fetchall()
        return [QuestionRecord.from_row(r) for r in rows]

    def mark_handled(self, question_ids: Iterable[int], at: datetime) -> int:
        """Mark questions handled (they leave /unanswered); returns how many changed."""
        ids = list(question_ids)
        if not ids:
            return 0
        with self._tx() as conn:
            changed = 0
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                cur = conn.execute(
                    f"UPDATE questions SET handled_at = ? WHERE handled_at IS NULL "
                    f"AND id IN ({marks})", (to_db(at), *chunk))
                changed += cur.rowcount
            return changed

    def questions_between(self, start: datetime | None = None,
                          end: datetime | None = None) -> list[QuestionRecord]:
        """Every stored question in [start, end), with vote counts, oldest first (for /stats)."""
        clauses, params = [], []
        if start is not None:
            clauses.append("q.at >= ?")
            params.append(to_db(start))
        if end is not None:
            clauses.append("q.at < ?")
            params.append(to_db(end))
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._read() as conn:
            rows = conn.execute(_VOTE_COUNTS + f" {where} GROUP BY q.id ORDER BY q.at",
                                params).fetchall()
        return [QuestionRecord.from_row(r) for r in rows]
