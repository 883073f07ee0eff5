"""The bot's storage, off the event loop.

Every call of :class:`OffLoopStorage` runs the same-named :class:`~bot.storage.db.Storage` method
on a storage thread and is awaited, so a slow disk or another process holding SQLite's write lock
never stops the event loop (gateway heartbeats, answers, buttons):

- writes run one at a time on the *writer* thread (SQLite allows one writer anyway), with the
  writer connection, which waits for another process's lock at most ``BUSY_TIMEOUT``;
- reads (methods marked :func:`~bot.storage.connection.reads`) run on the *reader* thread with the
  reader connection: in WAL mode they never wait for a writer, so they never queue behind a write
  that is waiting for a lock;
- :meth:`OffLoopStorage.run` runs a function of the storage (several calls as one job) on the
  writer thread;
- :meth:`OffLoopStorage.soon` queues a write nobody waits for (storing a question): it is
  dropped, with a log line, if the writer could not start it within ``max_delay``.

Usage: ``await services.storage.scheduled(guild_id=...)``. Tests and tools that want the plain
synchronous object use :attr:`OffLoopStorage.sync`.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Concatenate, ParamSpec, TypeVar

from bot.storage.db import Storage, StorageError

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

#: A queued write nobody waits for is dropped if it could not start within this many seconds.
SOON_MAX_DELAY = 30.0


class OffLoopStorage:
    """``await storage.<method>(...)`` for every :class:`Storage` method, off the event loop."""

    def __init__(self, storage: Storage) -> None:
        self.sync = storage
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="workshop-bot-db-write")
        self._reader = ThreadPoolExecutor(1, thread_name_prefix="workshop-bot-db-read")
        self._closed = False

    @property
    def path(self) -> str:
        return self.sync.path

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        if name.startswith("_"):
            raise AttributeError(name)
        method = getattr(self.sync, name)  # looked up per call: a test may replace it
        if not callable(method):
            raise AttributeError(name)
        on_reader = getattr(getattr(type(self.sync), name, None), "storage_reads", False)
        executor = self._reader if on_reader else self._writer

        async def call(*args: Any, **kwargs: Any) -> Any:
            return await self._submit(executor, functools.partial(method, *args, **kwargs))

        call.__name__ = name
        return call

    async def run(self, fn: Callable[Concatenate[Storage, P], T], *args: P.args,
                  **kwargs: P.kwargs) -> T:
        """``fn(storage, *args, **kwargs)`` on the writer thread (a job of several calls)."""
        return await self._submit(self._writer, functools.partial(fn, self.sync, *args,
                                                                  **kwargs))

    def soon(self, name: str, *args: Any, max_delay: float = SOON_MAX_DELAY,
             what: str = "a write", **kwargs: Any) -> asyncio.Future[Any]:
        """Queue the write ``name(*args, **kwargs)`` without waiting for it. A failure, or a
        write that could not start within ``max_delay`` s (the database stayed locked), is
        logged, never raised."""
        method = getattr(self.sync, name)
        queued = time.monotonic()

        def job() -> Any:
            if time.monotonic() - queued > max_delay:
                log.warning("%s was not stored: the database was busy for over %.0f s", what,
                            max_delay)
                return None
            return method(*args, **kwargs)

        future = asyncio.get_running_loop().run_in_executor(self._writer, job)
        future.add_done_callback(functools.partial(_log_failure, what))
        return future

    async def _submit(self, executor: ThreadPoolExecutor, job: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(executor, job)

    async def close(self) -> None:
        """Finish the queued writes, then close the connections (off the loop)."""
        if self._closed:
            return
        self._closed = True
        await asyncio.get_running_loop().run_in_executor(None, self.close_now)

    def close_now(self) -> None:
        self._closed = True
        self._writer.shutdown(wait=True)
        self._reader.shutdown(wait=True)
        self.sync.close()


def _log_failure(what: str, future: asyncio.Future[Any]) -> None:
    if future.cancelled():
        return
    error = future.exception()
    if isinstance(error, StorageError):  # busy, gone, full: the reason says it all
        log.warning("%s was not stored: %s", what, error)
    elif error is not None:
        log.error("%s was not stored: %s", what, error, exc_info=error)
