"""Opening the SQLite file: checks, WAL mode, migrations, and short write transactions."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ParamSpec, Self, TypeVar

from bot.storage.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

#: How long a write waits for another connection's lock before giving up, in seconds. Writes run
#: on the storage writer thread (:mod:`bot.storage.offloop`), never on the event loop.
BUSY_TIMEOUT = 5.0
#: How long a read waits: in WAL mode a read does not wait for writers at all, so only a moment.
READ_TIMEOUT = 0.25


class StorageError(Exception):
    """The database cannot be used (unwritable, corrupt, from a newer version, ...)."""


class DatabaseGone(StorageError):
    """The file was deleted or replaced under the running bot: a write would be lost."""


def reads(method: Callable[P, T]) -> Callable[P, T]:
    """Mark a storage method as read-only: off the loop it runs on the reader thread, with the
    reader connection, so it never queues behind a write that waits for a lock."""
    method.storage_reads = True  # type: ignore[attr-defined]
    return method


class Database:
    """Two connections to one SQLite file: one for writes (every write is a transaction of its
    own, checked to land in the file the bot opened) and one for reads.

    The connections may be used from any thread (a lock each serialises access); calls are short.
    The bot calls them through :class:`bot.storage.offloop.OffLoopStorage`, off the event loop.
    """

    def __init__(self, conn: sqlite3.Connection, path: str,
                 reader: sqlite3.Connection | None = None,
                 identity: tuple[int, int] | None = None) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self._reader = reader if reader is not None else conn
        self._read_lock = threading.RLock() if reader is not None else self._lock
        self._identity = identity
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, busy_timeout: float | None = None,
             home_guild_id: int | None = None) -> Self:
        """Open (creating if needed) and migrate the database; :class:`StorageError` if unusable.

        ``busy_timeout``: seconds a write waits while another process holds the file's lock.
        ``home_guild_id``: the workshop's home server; rows that belong to no server yet (from
        before servers were recorded, or direct-message questions asked while no home server was
        set) are given to it.
        """
        name = str(path)
        busy_timeout = BUSY_TIMEOUT if busy_timeout is None else busy_timeout
        conn = _connect(name, busy_timeout)
        reader: sqlite3.Connection | None = None
        try:
            _check_integrity(conn, name)
            _enable_wal(conn, name)
            _migrate(conn, name)
            _check_writable(conn, name)
            if home_guild_id is not None:
                _adopt_orphans(conn, name, home_guild_id)
            identity = _identity(name)
            if name != ":memory:":
                reader = _connect(name, min(busy_timeout, READ_TIMEOUT))
                reader.execute("PRAGMA query_only = ON")
        except BaseException:
            conn.close()
            if reader is not None:
                reader.close()
            raise
        return cls(conn, name, reader, identity)

    def close(self) -> None:
        with self._lock, self._read_lock:
            self._conn.close()
            if self._reader is not self._conn:
                self._reader.close()

    def check_file(self) -> None:
        """:class:`DatabaseGone` when the path no longer leads to the file the bot opened."""
        if self._identity is None:
            return
        if _identity(self.path) != self._identity:
            raise DatabaseGone(
                f"database {self.path} was deleted or replaced while the bot was running: "
                "nothing more can be stored where a restart would find it. Restart the bot "
                "(restore the file from a backup first if it was deleted by mistake).")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed on success, rolled back on any error; it fails with
        :class:`DatabaseGone` unless it went into the file at the database's path."""
        with self._lock:
            self.check_file()
            with _immediate(self._conn,
                            lambda exc: StorageError(f"database {self.path}: {exc}")) as conn:
                yield conn
            self.check_file()  # committed, but into a file a restart would still find?

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._read_lock:
            try:
                yield self._reader
            except sqlite3.Error as exc:
                raise StorageError(f"database {self.path}: {exc}") from exc


@contextmanager
def _immediate(conn: sqlite3.Connection,
               error: Callable[[sqlite3.Error], StorageError]) -> Iterator[sqlite3.Connection]:
    """A write transaction: committed on success, rolled back on any error; an SQLite error
    is raised as ``error(exc)``."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise error(exc) from exc
        raise


def _at_start(name: str, failure: str) -> Callable[[sqlite3.Error], StorageError]:
    """The error for a write at start-up: a locked file is said to be locked, anything else is
    ``failure`` (with ``{exc}``)."""
    def error(exc: sqlite3.Error) -> StorageError:
        if _is_busy(exc):
            return _busy_error(name, exc)
        return StorageError(failure.replace("{exc}", str(exc)))
    return error


def _is_busy(exc: sqlite3.Error) -> bool:
    """The file is locked by another connection (SQLITE_BUSY / SQLITE_LOCKED), not broken."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def _busy_error(name: str, exc: sqlite3.Error) -> StorageError:
    return StorageError(f"database {name} is locked by another process ({exc}): is another "
                        "workshop-bot (or a tool) using the same WORKSHOP_BOT_DB? Stop it or wait "
                        "until it is done, then start again. Do not move or delete the file: it "
                        "holds the pending announcements.")


def _connect(name: str, busy_timeout: float) -> sqlite3.Connection:
    if name != ":memory:":
        file = Path(name)
        if file.is_dir():
            raise StorageError(f"database {name}: is a directory, not a file "
                               "(set WORKSHOP_BOT_DB to a file path)")
        if not file.parent.is_dir():
            raise StorageError(f"database {name}: the directory {file.parent} does not exist "
                               "(create it, or set WORKSHOP_BOT_DB elsewhere)")
    try:
        conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False,
                               timeout=busy_timeout)
    except sqlite3.Error as exc:
        raise StorageError(f"database {name}: cannot open it ({exc}); check that the path "
                           "is writable") from exc
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    except sqlite3.Error as exc:
        conn.close()
        raise StorageError(f"database {name}: {exc}") from exc
    return conn


def _check_integrity(conn: sqlite3.Connection, name: str) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if _is_busy(exc):
            raise _busy_error(name, exc) from exc
        if _not_writable(name) or not _is_not_a_database(exc):
            # a read-only folder or file: the database may hold pending posts; never discard it
            raise StorageError(f"database {name} cannot be opened for writing ({exc}); make the "
                               "file and its directory writable by the bot (SQLite also writes "
                               f"{Path(name).name}-wal and -shm beside it), then start again. "
                               "Do not move or delete the file: it may hold pending "
                               "announcements.") from exc
        raise StorageError(f"database {name} is not a usable SQLite database ({exc}); set "
                           "WORKSHOP_BOT_DB to the right file, or restore a backup, or rename "
                           "this one (keep it: a repair may still recover it) and the bot will "
                           "start a new one") from exc
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        raise StorageError(f"database {name} is corrupt: {'; '.join(problems[:5])}; move it "
                           "aside or restore a backup")


def _enable_wal(conn: sqlite3.Connection, name: str) -> None:
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.Error as exc:
        if _is_busy(exc):
            raise _busy_error(name, exc) from exc
        raise StorageError(f"database {name}: cannot use it ({exc}); check that the file and "
                           "its directory are writable") from exc
    if mode.lower() != "wal" and name != ":memory:":
        log.warning("database %s: WAL mode unavailable, using %s journal", name, mode)
    conn.execute("PRAGMA synchronous = NORMAL")


def _migrate(conn: sqlite3.Connection, name: str) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StorageError(f"database {name} has schema version {version}, newer than this "
                           f"workshop-bot understands ({SCHEMA_VERSION}); upgrade workshop-bot")
    for number in range(version, SCHEMA_VERSION):
        failed = f"database {name}: migration to schema version {number + 1} failed ({{exc}})"
        with _immediate(conn, _at_start(name, failed)):
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
        log.info("database %s: migrated to schema version %d", name, number + 1)


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit on its own)."""
    out: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(
            ln.strip().startswith("--") or not ln.strip() for ln in buffer.splitlines()):
        out.append(buffer.strip())
    return out


def _not_writable(name: str) -> bool:
    if name == ":memory:":
        return False
    file = Path(name)
    return not os.access(file.parent, os.W_OK) or (file.exists() and not os.access(file, os.W_OK))


def _is_not_a_database(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)
    return "not a database" in str(exc) or "malformed" in str(exc)


def _identity(name: str) -> tuple[int, int] | None:
    """(device, inode) of the file at ``name``; None for an in-memory database or no file."""
    if name == ":memory:":
        return None
    try:
        stat = os.stat(name)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _adopt_orphans(conn: sqlite3.Connection, name: str, guild_id: int) -> None:
    failed = f"database {name}: giving rows to the home server failed ({{exc}})"
    with _immediate(conn, _at_start(name, failed)):
        moved = sum(conn.execute(f"UPDATE {table} SET guild_id = ? WHERE guild_id IS NULL",
                                 (guild_id,)).rowcount
                    for table in ("questions", "announcements"))
    if moved:
        log.info("database %s: %d rows without a server now belong to the home server %d",
                 name, moved, guild_id)


def _check_writable(conn: sqlite3.Connection, name: str) -> None:
    """Write once now, so a read-only file fails at start rather than at the first vote."""
    failed = (f"database {name} is not writable ({{exc}}); check the permissions of the file "
              "and its directory")
    with _immediate(conn, _at_start(name, failed)):
        conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (str(SCHEMA_VERSION),))
