"""A small on-disk store of built objects, for a fast start: never trusted, never in the way.

Objects are pickled into a user-private directory (``$WORKSHOP_BOT_CACHE_DIR``, else
``$XDG_CACHE_HOME/workshop-bot``, else ``~/.cache/workshop-bot``; created 0700). Unpickling runs
code, so a file is only unpickled when

- the directory is a real directory owned by this user that nobody else may enter or write, and
- the file carries a valid HMAC-SHA256, made with a random key kept in that directory (``key``,
  0600) over the file's cache key and its contents: a file written by anyone without the key,
  a file copied over from another key, or one truncated or damaged on disk never matches.

Anything wrong (a missing, unreadable or foreign directory, a damaged, truncated or stale file,
an object that fails to unpickle) is a miss: the caller builds the object again, and a write that
fails is skipped. Writes are atomic (a temporary file renamed into place), so a reader never sees
half a file. Setting ``WORKSHOP_BOT_CACHE_DIR`` to an empty value turns the cache off.

Pickling handles ``functools.lru_cache`` wrappers (of bound methods, as objects keep for their
own memoization) by writing the function and its cache size, so the object comes back with an
empty cache of the same size.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import inspect
import io
import logging
import os
import pickle
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)

ENV_VAR = "WORKSHOP_BOT_CACHE_DIR"
APP = "workshop-bot"
MAGIC = b"wsbot-cache-1\n"
KEY_FILE = "key"
KEY_BYTES = 32
SUFFIX = ".pickle"
KEEP = 8  # cache files kept of each kind; the least recently used ones beyond are removed
KEEP_OF_KIND = {"data": 64}  # one per data table of the package, and room for more
MAX_FILE = 256 * 1024 * 1024  # bytes: a cache file larger than this is not read

_LRU_WRAPPER = type(functools.lru_cache(maxsize=1)(lambda: None))


def cache_dir() -> Path | None:
    """The cache directory to use (not yet checked or created); None when turned off."""
    override = os.environ.get(ENV_VAR)
    if override is not None:
        return Path(override).expanduser() if override.strip() else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / APP
    home = os.path.expanduser("~")
    return Path(home) / ".cache" / APP if home != "~" else None


class DiskCache:
    """The objects of one kind (a word: ``responder``) stored in one private directory, each
    under a key (bytes)."""

    def __init__(self, directory: Path, secret: bytes, kind: str = "objects") -> None:
        self.directory = directory
        self.kind = kind
        self._secret = secret

    @classmethod
    def open(cls, directory: Path | None = None, kind: str = "objects") -> DiskCache | None:
        """The cache of ``kind`` in ``directory`` (default: :func:`cache_dir`), created if
        needed; None when it is turned off or cannot be used safely."""
        directory = directory if directory is not None else cache_dir()
        if directory is None or not hasattr(os, "geteuid"):  # no owners to check: no cache
            return None
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not _private_dir(directory):
                log.warning("not using the cache in %s: it is not a directory of this user's "
                         "that only this user may enter", directory)
                return None
            secret = _secret(directory)
        except OSError as exc:
            log.info("not using the cache in %s: %s", directory, exc)
            return None
        return cls(directory, secret, kind) if secret is not None else None

    def path(self, key: bytes) -> Path:
        return self.directory / f"{self.kind}-{hashlib.sha256(key).hexdigest()[:40]}{SUFFIX}"

    def get(self, key: bytes) -> Any | None:
        """The object stored under ``key``; None when there is none that can be trusted."""
        file = self.path(key)
        try:
            with open(file, "rb") as stream:
                info = os.fstat(stream.fileno())
                if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE:
                    return None
                raw = stream.read(MAX_FILE + 1)
        except OSError:
            return None
        head = len(MAGIC) + hashlib.sha256().digest_size
        if len(raw) < head or not raw.startswith(MAGIC):
            log.info("ignoring the cache file %s: not one of ours", file)
            return None
        seal, body = raw[len(MAGIC):head], raw[head:]
        if not hmac.compare_digest(seal, self._seal(key, body)):
            log.info("ignoring the cache file %s: damaged, truncated or not written here", file)
            return None
        try:
            value = pickle.loads(body)
        except Exception as exc:  # written by other code (sealed, yet no longer readable)
            log.info("ignoring the cache file %s: %s: %s", file, type(exc).__name__, exc)
            return None
        with contextlib.suppress(OSError):
            os.utime(file)  # recently used: kept by the pruning
        return value

    def put(self, key: bytes, value: Any) -> bool:
        """Store ``value`` under ``key`` atomically; False (and nothing written) when it cannot
        be done."""
        try:
            body = _dumps(value)
        except Exception as exc:  # an object that cannot be pickled: just no cache
            log.info("not caching a %s: %s: %s", type(value).__name__, type(exc).__name__, exc)
            return False
        file = self.path(key)
        try:
            _write_atomically(file, MAGIC + self._seal(key, body) + body)
        except OSError as exc:
            log.info("could not write the cache file %s: %s", file, exc)
            return False
        self._prune(keep=file)
        return True

    def _seal(self, key: bytes, body: bytes) -> bytes:
        mac = hmac.new(self._secret, digestmod=hashlib.sha256)
        for part in (self.kind.encode(), key):
            mac.update(len(part).to_bytes(8, "big"))
            mac.update(part)
        mac.update(body)
        return mac.digest()

    def _prune(self, keep: Path) -> None:
        """Remove the least recently used cache files of this kind beyond :data:`KEEP` (or
        :data:`KEEP_OF_KIND`)."""
        prefix = f"{self.kind}-"
        try:
            files = [(entry.stat().st_mtime, Path(entry.path))
                     for entry in os.scandir(self.directory)
                     if entry.name.startswith(prefix) and entry.name.endswith(SUFFIX)
                     and entry.is_file(follow_symlinks=False)]
        except OSError:
            return
        files.sort(reverse=True)
        for _, old in files[KEEP_OF_KIND.get(self.kind, KEEP):]:
            if old != keep:
                with contextlib.suppress(OSError):
                    old.unlink()


T = TypeVar("T")


def remembered(store: DiskCache | None, key: bytes, build: Callable[[], T],
               valid: Callable[[Any], bool] = lambda found: True) -> T:
    """What ``store`` holds under ``key`` (when ``valid``), else ``build()``, then stored:
    the one way a value is read back from the cache or made and kept (no store: built)."""
    if store is not None:
        found = store.get(key)
        if found is not None and valid(found):
            return found  # type: ignore[no-any-return]
    value = build()
    if store is not None:
        store.put(key, value)
    return value


def _private_dir(directory: Path) -> bool:
    """Whether ``directory`` is a directory (not a link to one) of this user's that no one else
    may write or enter."""
    info = os.lstat(directory)
    return (stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid()
            and not info.st_mode & 0o077)


def _secret(directory: Path) -> bytes | None:
    """The directory's HMAC key, made on first use; None when the file there is not one this
    user alone could have written."""
    file = directory / KEY_FILE
    try:
        fresh = os.urandom(KEY_BYTES)
        _write_atomically(file, fresh, replace=False)
        return fresh
    except FileExistsError:
        pass
    fd = os.open(file, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid() or \
                info.st_mode & 0o077 or info.st_size != KEY_BYTES:
            log.warning("not using the cache in %s: its key file is not private", directory)
            return None
        secret = os.read(fd, KEY_BYTES + 1)
    finally:
        os.close(fd)
    return secret if len(secret) == KEY_BYTES else None


def _write_atomically(file: Path, data: bytes, replace: bool = True) -> None:
    """Write ``data`` to a new private file beside ``file``, then move it into place (with
    ``replace=False``, :class:`FileExistsError` when ``file`` exists)."""
    temp = file.with_name(f".{file.name}.{os.getpid()}.{os.urandom(6).hex()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                 0o600)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        if replace:
            os.replace(temp, file)
        else:
            os.link(temp, file)  # never over an existing file
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def _rewrap(func: Callable[..., Any], maxsize: int | None, typed: bool) -> Callable[..., Any]:
    return functools.lru_cache(maxsize=maxsize, typed=typed)(func)


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        # a cache on a method (``lru_cache(maxsize=...)(self.method)``) is stored as the method
        # with a fresh empty cache; a module-level cached function pickles by its name
        if type(obj) is _LRU_WRAPPER and inspect.ismethod(obj.__wrapped__):
            params = obj.cache_parameters()
            return _rewrap, (obj.__wrapped__, params["maxsize"], params["typed"])
        return NotImplemented


def _dumps(value: Any) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()
