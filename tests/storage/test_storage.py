"""Storage: migrations, refusing unusable files at open, votes, retention, the post queue."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.storage import DEFAULT_RETENTION, AnnouncementStatus, Storage, StorageError, VoteOutcome
from bot.storage.schema import MIGRATIONS, SCHEMA_VERSION
from bot.storage.stamps import to_db

T0 = datetime(2026, 1, 1, tzinfo=UTC)
STORED, ALREADY = VoteOutcome.STORED, VoteOutcome.ALREADY


@pytest.fixture
def db(tmp_path: Path) -> Storage:
    storage = Storage.open(tmp_path / "bot.sqlite3")
    yield storage
    storage.close()


def _ask(db: Storage, text: str = "where is it?", *, answered: bool = False,
         at: datetime = T0) -> int:
    return db.log_question(question=text, intent="location", answered=answered, confidence=0.4,
                           source="mention", at=at)


def test_migrates_an_empty_file_to_the_current_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with Storage.open(path) as db:
        db.set_meta("k", "v")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meta", "questions", "votes", "announcements"} <= tables
    conn.close()
    with Storage.open(path) as again:  # reopening does not migrate twice or lose data
        assert again.get_meta("k") == "v"


def test_a_first_version_database_is_migrated_with_its_pending_posts(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    conn.execute("INSERT INTO announcements(channel_id, message, due_at, run_at, created_at, "
                 "attempts) VALUES (1, 'tried once', ?, ?, ?, 1)", (to_db(T0),) * 3)
    conn.commit()
    conn.close()
    with Storage.open(path) as db:
        [ann] = db.scheduled()
        assert (ann.message, ann.attempts, ann.first_try_at) == ("tried once", 1, None)
        assert db.begin_attempt(ann.id, T0 + timedelta(hours=1)) == 2
        assert db.announcement(ann.id).first_try_at == T0 + timedelta(hours=1)


def test_a_corrupt_file_is_a_clear_error_at_open(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    path.write_bytes(b"this is not a database, just some text that fills a page " * 100)
    with pytest.raises(StorageError, match="not a usable SQLite database"):
        Storage.open(path)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer"):
        Storage.open(path)


@pytest.mark.parametrize("where", ["missing-dir", "is-a-dir", "under-a-file"])
def test_an_unwritable_path_is_a_clear_error_at_open(tmp_path: Path, where: str) -> None:
    if where == "missing-dir":
        path = tmp_path / "nope" / "bot.sqlite3"
    elif where == "is-a-dir":
        path = tmp_path
    else:
        (tmp_path / "file").write_text("x")
        path = tmp_path / "file" / "bot.sqlite3"
    with pytest.raises(StorageError, match=r"directory|writable"):
        Storage.open(path)


def test_a_read_only_database_is_refused_at_open(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    Storage.open(path).close()
    uri = f"file:{path}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    from bot.storage.connection import _check_writable  # the write probe that open() runs

    with pytest.raises(StorageError, match="not writable"):
        _check_writable(conn, str(path))
    conn.close()


_OPEN = """
import sys
from bot.storage import Storage, StorageError
try:
    Storage.open(sys.argv[1]).close()
except StorageError as exc:
    print(exc)
    sys.exit(3)
"""


def test_a_read_only_file_is_refused_at_open(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    with Storage.open(path) as db:
        db.set_meta("k", "v")
    path.chmod(0o444)
    try:
        path.open("r+b").close()
    except PermissionError:
        prefix: list[str] = []  # file permissions stop this user: open it as is
    else:
        # root (or CAP_DAC_OVERRIDE) writes through file permissions: open it in a child
        # process that has given that power up, or skip.
        setpriv = shutil.which("setpriv")
        prefix = [setpriv or "setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
        if setpriv is None or subprocess.run([*prefix, "true"], capture_output=True).returncode:
            pytest.skip("file permissions do not stop this user (root), and setpriv cannot "
                        "drop the capability that lets it write anyway")
    before = path.read_bytes()
    opened = subprocess.run([*prefix, sys.executable, "-c", _OPEN, str(path)],
                            capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).parents[2])
    assert opened.returncode == 3, opened.stderr
    assert "not writable" in opened.stdout and "permissions" in opened.stdout
    assert path.read_bytes() == before


@pytest.mark.parametrize(("journal", "lock"), [("delete", "EXCLUSIVE"), ("wal", "IMMEDIATE")])
def test_a_database_locked_by_another_process_is_not_called_broken(
        tmp_path: Path, journal: str, lock: str) -> None:
    path = tmp_path / "bot.sqlite3"
    with Storage.open(path) as db:
        db.set_meta("k", "v")
    other = sqlite3.connect(path, isolation_level=None)  # say, a second bot on the same file
    other.execute(f"PRAGMA journal_mode = {journal}")
    other.execute(f"BEGIN {lock}")
    try:
        with pytest.raises(StorageError) as caught:
            Storage.open(path, busy_timeout=0.05)
    finally:
        other.execute("ROLLBACK")
        other.close()
    text = str(caught.value)
    assert "locked by another process" in text
    assert "aside" not in text and "corrupt" not in text and "permissions" not in text
    with Storage.open(path) as again:  # nothing was lost
        assert again.get_meta("k") == "v"


def test_meta_round_trip(db: Storage) -> None:
    assert db.get_meta("commands_hash") is None
    db.set_meta("commands_hash", "abc")
    db.set_meta("commands_hash", "def")
    assert db.get_meta("commands_hash") == "def"


def test_votes_are_once_per_voter_and_never_store_the_id(db: Storage, tmp_path: Path) -> None:
    qid = _ask(db, answered=True)
    assert db.record_vote(question_id=qid, helpful=False, voter=4242424242, at=T0) is STORED
    assert db.record_vote(question_id=qid, helpful=True, voter=4242424242, at=T0) is ALREADY
    assert db.record_vote(question_id=qid, helpful=True, voter=77, at=T0) is STORED
    assert db.record_vote(question_id=999, helpful=True, voter=77, at=T0) is VoteOutcome.GONE
    record = db.question(qid)
    assert record is not None
    assert (record.helpful_votes, record.unhelpful_votes) == (1, 1)
    raw = (tmp_path / "bot.sqlite3").read_bytes() + (tmp_path / "bot.sqlite3-wal").read_bytes()
    assert b"4242424242" not in raw


def test_unanswered_includes_voted_not_helpful_and_skips_handled(db: Storage) -> None:
    unknown = _ask(db, "is there a poster session?")
    fine = _ask(db, "when is it?", answered=True)
    disliked = _ask(db, "where is it?", answered=True)
    db.record_vote(question_id=disliked, helpful=False, voter=1, at=T0)
    db.record_vote(question_id=fine, helpful=True, voter=1, at=T0)
    assert [q.id for q in db.unanswered_questions()] == [unknown, disliked]
    assert db.mark_handled([unknown], T0) == 1
    assert db.mark_handled([unknown], T0) == 0
    assert [q.id for q in db.unanswered_questions()] == [disliked]


def test_retention_purges_old_questions_votes_and_finished_posts(db: Storage) -> None:
    assert timedelta(days=90) == DEFAULT_RETENTION
    old = _ask(db, "old", at=T0)
    db.record_vote(question_id=old, helpful=False, voter=1, at=T0)
    recent = _ask(db, "recent", at=T0 + timedelta(days=60))
    sent = db.add_announcement(channel_id=1, message="done", due_at=T0, created_at=T0)
    pending = db.add_announcement(channel_id=1, message="later", due_at=T0, created_at=T0)
    assert sent and pending
    db.mark_sent(sent, message_id=5, at=T0)
    now = T0 + timedelta(days=91)
    assert db.purge(now) == 2
    assert db.question(old) is None and db.question(recent) is not None
    assert db.announcement(sent) is None
    assert db.announcement(pending) is not None  # pending posts are never purged
    assert db.purge(now) == 0


def test_queue_order_retry_fail_cancel(db: Storage) -> None:
    later = db.add_announcement(channel_id=1, message="b", due_at=T0 + timedelta(hours=2),
                                created_at=T0)
    sooner = db.add_announcement(channel_id=1, message="a", due_at=T0 + timedelta(hours=1),
                                 created_at=T0)
    assert db.next_run_at() == T0 + timedelta(hours=1)
    assert [a.id for a in db.due_announcements(T0 + timedelta(hours=3))] == [sooner, later]
    assert db.begin_attempt(sooner, T0) == 1
    db.retry_later(sooner, run_at=T0 + timedelta(hours=5), error="500")
    assert db.next_run_at() == T0 + timedelta(hours=2)
    db.mark_failed(sooner, error="500 again", at=T0)
    assert db.cancel(later, T0)
    assert not db.cancel(later, T0)
    assert db.next_run_at() is None
    shown = db.scheduled()
    assert [(a.id, a.status) for a in shown] == [(sooner, AnnouncementStatus.FAILED)]
    assert shown[0].last_error == "500 again"


def test_reminder_keys_are_unique_and_past_ones_are_missed(db: Storage) -> None:
    first = db.add_announcement(channel_id=1, message="r", due_at=T0, created_at=T0,
                                kind="reminder", key="k1")
    assert first is not None
    assert db.add_announcement(channel_id=1, message="r", due_at=T0, created_at=T0,
                               kind="reminder", key="k1") is None
    assert db.reminder_states() == {"k1": (first, AnnouncementStatus.PENDING)}
    assert db.mark_missed_reminders(T0 + timedelta(seconds=1)) == 1
    assert db.reminder_states() == {"k1": (first, AnnouncementStatus.MISSED)}
    assert not db.revive_reminder(first, title=None, message="r")  # only cancelled ones revive


def test_naive_datetimes_are_refused(db: Storage) -> None:
    with pytest.raises(ValueError, match="naive"):
        _ask(db, at=datetime(2026, 1, 1))
