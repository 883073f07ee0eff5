"""Storage for issue 7: rows owned by a server, the migration to that, the voter salt outside
the database, a deleted or replaced file, and start-up advice that never discards work."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.storage import DatabaseGone, Storage, VoteOutcome
from bot.storage.schema import MIGRATIONS
from bot.storage.stamps import to_db

T0 = datetime(2026, 1, 1, tzinfo=UTC)
HOME, OTHER = 111, 222


def _ask(db: Storage, text: str, guild_id: int | None = None) -> int:
    where = {} if guild_id is None else {"guild_id": guild_id}
    return db.log_question(question=text, intent=None, answered=False, confidence=0.1,
                           source="mention", at=T0, **where)


def _second_version(path: Path) -> None:
    """A database as the previous release left it: schema 2, rows without a server."""
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + MIGRATIONS[1] + "PRAGMA user_version = 2;")
    conn.execute("INSERT INTO questions(question, intent, answered, confidence, source, at) "
                 "VALUES ('my email is ada@example.org, where is it?', NULL, 0, 0.1, 'dm', ?)",
                 (to_db(T0),))
    conn.execute("INSERT INTO announcements(channel_id, message, due_at, run_at, created_at) "
                 "VALUES (1, 'later', ?, ?, ?)", (to_db(T0 + timedelta(days=1)),) * 3)
    conn.commit()
    conn.close()


def test_the_migration_gives_old_rows_to_the_home_server(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    _second_version(path)
    with Storage.open(path, home_guild_id=HOME) as db:
        [question] = db.unanswered_questions(guild_id=HOME)
        assert question.guild_id == HOME and "ada@example.org" in question.question
        assert db.unanswered_questions(guild_id=OTHER) == []
        assert [a.message for a in db.scheduled(guild_id=HOME)] == ["later"]
        assert db.scheduled(guild_id=OTHER) == []


def test_rows_of_no_server_are_shown_to_no_server(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    _second_version(path)
    with Storage.open(path) as db:  # no home server set: nobody's
        assert db.unanswered_questions(guild_id=OTHER) == []
        assert db.questions_between(guild_id=OTHER) == []
        assert db.scheduled(guild_id=OTHER) == []  # not "or no server" either
    with Storage.open(path, home_guild_id=HOME) as db:  # set later: the home server's
        assert len(db.unanswered_questions(guild_id=HOME)) == 1


def test_each_server_reads_and_marks_only_its_own_questions(tmp_path: Path) -> None:
    with Storage.open(tmp_path / "bot.sqlite3") as db:
        ours = _ask(db, "where is the poster session?", HOME)
        theirs = _ask(db, "where is the party?", OTHER)
        assert [q.id for q in db.unanswered_questions(guild_id=HOME)] == [ours]
        assert [q.id for q in db.questions_between(guild_id=OTHER)] == [theirs]
        assert db.mark_handled([ours, theirs], T0, guild_id=OTHER) == 1
        assert [q.id for q in db.unanswered_questions(guild_id=HOME)] == [ours]


def test_the_voter_salt_lives_in_a_private_file_beside_the_database(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    with Storage.open(path) as db:
        qid = _ask(db, "when?")
        assert db.record_vote(question_id=qid, helpful=True, voter=42, at=T0) \
            is VoteOutcome.STORED
        assert db.get_meta("voter_salt") is None
    salt = tmp_path / "bot.sqlite3.voter-salt"
    assert stat.S_IMODE(salt.stat().st_mode) == 0o600
    assert salt.read_text().strip() and salt.read_text().strip().encode() not in \
        path.read_bytes()
    with Storage.open(path) as again:  # the same salt after a restart: still one vote each
        assert again.record_vote(question_id=qid, helpful=False, voter=42, at=T0) \
            is VoteOutcome.ALREADY


def test_a_salt_kept_in_the_database_by_an_older_version_is_moved_out(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    with Storage.open(path) as db:
        qid = _ask(db, "when?")
        db.set_meta("voter_salt", "00" * 16)
        db.record_vote(question_id=qid, helpful=True, voter=42, at=T0)
        assert db.get_meta("voter_salt") is None
    assert (tmp_path / "bot.sqlite3.voter-salt").read_text().strip() == "00" * 16


def test_a_vote_on_a_purged_question_is_not_called_a_second_vote(tmp_path: Path) -> None:
    with Storage.open(tmp_path / "bot.sqlite3") as db:
        qid = _ask(db, "when?")
        db.purge(T0 + timedelta(days=91))
        assert db.record_vote(question_id=qid, helpful=True, voter=42, at=T0) is VoteOutcome.GONE


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_deleted_or_replaced_file_refuses_writes(tmp_path: Path, how: str) -> None:
    path = tmp_path / "bot.sqlite3"
    db = Storage.open(path)
    try:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        if how == "replaced":
            Storage.open(path).close()  # someone started a fresh one at the same path
        with pytest.raises(DatabaseGone, match="deleted or replaced"):
            db.add_announcement(channel_id=1, message="x", due_at=T0, created_at=T0)
    finally:
        db.close()


_OPEN = """
import sys
from bot.storage import Storage, StorageError
try:
    Storage.open(sys.argv[1]).close()
except StorageError as exc:
    print(exc)
    sys.exit(3)
"""


def test_a_read_only_folder_is_never_advised_away(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "bot.sqlite3"
    with Storage.open(path) as db:
        db.add_announcement(channel_id=1, message="pending post", due_at=T0, created_at=T0)
    folder.chmod(0o555)
    setpriv = shutil.which("setpriv")
    prefix = [setpriv or "setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
    try:
        if setpriv is None or subprocess.run([*prefix, "true"], capture_output=True).returncode:
            pytest.skip("setpriv cannot drop the capability that lets root write anyway")
        before = path.read_bytes()
        opened = subprocess.run([*prefix, sys.executable, "-c", _OPEN, str(path)],
                                capture_output=True, text=True, timeout=60,
                                cwd=Path(__file__).parents[2])
    finally:
        folder.chmod(0o755)
    assert opened.returncode == 3, opened.stderr
    advice = opened.stdout
    assert "writable" in advice and "Do not move or delete" in advice
    assert "aside" not in advice and "start a new one" not in advice
    assert path.read_bytes() == before
