"""Caches of what is read off one text (its runs of words, the deadline kinds it names, the zone
it names): the parts that read a clause look the same text up several times in a row.
``clear_text_caches()`` empties them all (the speed benchmark does, so that every question is
timed as new)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_CACHES: list[Any] = []


def text_cache(maxsize: int = 128) -> Callable[[F], F]:
    """``lru_cache`` for a function of a text, registered so it can be emptied. Small: it only
    serves the parts that read the same clause in a row, and a message may be 2,000
    characters (a few thousand such texts held would be hundreds of megabytes)."""
    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]
    return wrap


def clear_text_caches() -> None:
    for cached in _CACHES:
        cached.cache_clear()
