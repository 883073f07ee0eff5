"""Questions handed to the organizers, their answers, and the answers organizers saved."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from bot.storage.connection import Database, reads
from bot.storage.stamps import from_db, maybe_from_db, to_db


@dataclass(frozen=True)
class Handoff:
    id: int
    guild_id: int
    question_id: int | None
    question: str
    asker_id: int
    asker_name: str | None
    channel_id: int
    message_id: int | None
    where_asked: str
    post_channel_id: int | None
    post_id: int | None
    answer: str | None
    answered_by: str | None
    answered_at: datetime | None
    saved_id: int | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Handoff:
        return cls(
            id=row["id"], guild_id=row["guild_id"], question_id=row["question_id"],
            question=row["question"], asker_id=row["asker_id"], asker_name=row["asker_name"],
            channel_id=row["channel_id"],
            message_id=row["message_id"], where_asked=row["where_asked"],
            post_channel_id=row["post_channel_id"], post_id=row["post_id"],
            answer=row["answer"], answered_by=row["answered_by"],
            answered_at=maybe_from_db(row["answered_at"]), saved_id=row["saved_id"],
            created_at=from_db(row["created_at"]))


@dataclass(frozen=True)
class SavedAnswer:
    id: int
    guild_id: int
    questions: tuple[str, ...]
    answer: str
    created_by: str | None
    created_at: datetime

    @property
    def faq_id(self) -> str:
        """Its id as a ``faq:`` entry (``saved-<n>``)."""
        return f"saved-{self.id}"

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> SavedAnswer:
        return cls(id=row["id"], guild_id=row["guild_id"],
                   questions=tuple(json.loads(row["questions"])), answer=row["answer"],
                   created_by=row["created_by"], created_at=from_db(row["created_at"]))


class HandoffStore(Database):
    def add_handoff(self, *, guild_id: int, question_id: int | None, question: str,
                    asker_id: int, channel_id: int, message_id: int | None, where_asked: str,
                    at: datetime, asker_name: str | None = None) -> int | None:
        """Record a hand-off; None when this question was already handed off."""
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO handoffs(guild_id, question_id, question, asker_id, "
                "asker_name, channel_id, message_id, where_asked, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (guild_id, question_id, question, asker_id, asker_name, channel_id, message_id,
                 where_asked, to_db(at)))
            return int(cur.lastrowid) if cur.rowcount == 1 and cur.lastrowid else None

    def forget_handoff(self, handoff_id: int) -> None:
        """Undo a hand-off whose post could not be made (so the asker may try again)."""
        with self._tx() as conn:
            conn.execute("DELETE FROM handoffs WHERE id = ? AND post_id IS NULL", (handoff_id,))

    def set_handoff_post(self, handoff_id: int, *, channel_id: int, post_id: int) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE handoffs SET post_channel_id = ?, post_id = ? WHERE id = ?",
                         (channel_id, post_id, handoff_id))

    @reads
    def handoff(self, handoff_id: int) -> Handoff | None:
        with self._read() as conn:
            row = conn.execute("SELECT * FROM handoffs WHERE id = ?", (handoff_id,)).fetchone()
        return Handoff.from_row(row) if row else None

    def answer_handoff(self, handoff_id: int, *, answer: str, by: str, at: datetime) -> bool:
        """Store the organizers' answer; False if it was answered already (first one wins)."""
        with self._tx() as conn:
            return conn.execute(
                "UPDATE handoffs SET answer = ?, answered_by = ?, answered_at = ? "
                "WHERE id = ? AND answer IS NULL",
                (answer, by, to_db(at), handoff_id)).rowcount == 1

    @reads
    def handoff_states(self, question_ids: list[int]) -> dict[int, bool]:
        """question id -> whether its hand-off was answered, for the handed-off ones."""
        out: dict[int, bool] = {}
        with self._read() as conn:
            for start in range(0, len(question_ids), 500):
                chunk = question_ids[start:start + 500]
                rows = conn.execute(
                    f"SELECT question_id, answer IS NOT NULL FROM handoffs WHERE question_id IN "
                    f"({','.join('?' * len(chunk))})", chunk).fetchall()
                out.update({r[0]: bool(r[1]) for r in rows})
        return out

    # ------------------------------------------------------------------ saved answers

    def save_answer(self, handoff_id: int, *, by: str, at: datetime) -> SavedAnswer | None:
        """Keep an answered hand-off as a saved answer (once); None if unanswered or gone."""
        with self._tx() as conn:
            row = conn.execute("SELECT * FROM handoffs WHERE id = ?", (handoff_id,)).fetchone()
            if row is None or row["answer"] is None:
                return None
            if row["saved_id"] is not None:
                saved = conn.execute("SELECT * FROM saved_answers WHERE id = ?",
                                     (row["saved_id"],)).fetchone()
                if saved is not None:
                    return SavedAnswer.from_row(saved)
            cur = conn.execute(
                "INSERT INTO saved_answers(guild_id, questions, answer, created_by, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (row["guild_id"], json.dumps([row["question"]]), row["answer"], by, to_db(at)))
            conn.execute("UPDATE handoffs SET saved_id = ? WHERE id = ?",
                         (cur.lastrowid, handoff_id))
            saved = conn.execute("SELECT * FROM saved_answers WHERE id = ?",
                                 (cur.lastrowid,)).fetchone()
            return SavedAnswer.from_row(saved)

    @reads
    def saved_answers(self, guild_id: int | None = None) -> list[SavedAnswer]:
        """The saved answers of one server (all when ``guild_id`` is None), oldest first."""
        sql = "SELECT * FROM saved_answers"
        params: tuple[object, ...] = ()
        if guild_id is not None:
            sql += " WHERE guild_id = ?"
            params = (guild_id,)
        with self._read() as conn:
            rows = conn.execute(sql + " ORDER BY id", params).fetchall()
        return [SavedAnswer.from_row(r) for r in rows]

    def delete_saved_answer(self, saved_id: int, guild_id: int) -> bool:
        with self._tx() as conn:
            conn.execute("UPDATE handoffs SET saved_id = NULL WHERE saved_id = ?", (saved_id,))
            return conn.execute("DELETE FROM saved_answers WHERE id = ? AND guild_id = ?",
                                (saved_id, guild_id)).rowcount == 1
