"""What a question turned out to mean: "did you mean" picks and rephrasings after a 👎."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.storage.connection import Database, reads
from bot.storage.stamps import to_db


@dataclass(frozen=True)
class Phrasing:
    question_id: int
    kind: str  # "pick" or "rephrase"
    text: str
    intent: str | None


class PhrasingStore(Database):
    def add_phrasing(self, *, question_id: int, kind: str, text: str, intent: str | None,
                     at: datetime, guild_id: int = 0) -> bool:
        """Store one (False when the question is unknown, e.g. purged)."""
        with self._tx() as conn:
            return conn.execute(
                "INSERT INTO phrasings(guild_id, question_id, kind, text, intent, at) "
                "SELECT ?, id, ?, ?, ?, ? FROM questions WHERE id = ?",
                (guild_id, kind, text, intent, to_db(at), question_id)).rowcount == 1

    @reads
    def phrasings_for(self, question_ids: list[int]) -> dict[int, list[Phrasing]]:
        out: dict[int, list[Phrasing]] = defaultdict(list)
        with self._read() as conn:
            for start in range(0, len(question_ids), 500):
                chunk = question_ids[start:start + 500]
                rows = conn.execute(
                    f"SELECT question_id, kind, text, intent FROM phrasings WHERE question_id "
                    f"IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk).fetchall()
                for r in rows:
                    out[r[0]].append(Phrasing(r[0], r[1], r[2], r[3]))
        return dict(out)


def distinct_phrasings(question_ids: Iterable[int],
                       phrasings: Mapping[int, list[Phrasing]]) -> list[Phrasing]:
    """The phrasings of these questions (from :meth:`PhrasingStore.phrasings_for`), each
    (kind, text, intent) once, in the order they were stored."""
    seen: dict[tuple[str, str, str | None], Phrasing] = {}
    for qid in question_ids:
        for p in phrasings.get(qid, ()):
            seen.setdefault((p.kind, p.text, p.intent), p)
    return list(seen.values())
