"""The package's own YAML data files (the understanding's tables), parsed once and then read
back from the on-disk cache: unpickling plain data is many times quicker than parsing YAML, and
on a start from the cache PyYAML is not even imported.

The cache key is the text itself (with the Python version), so an edited file is parsed again.
See :mod:`bot.core.disk_cache` for where it is kept and why a file is trusted.
"""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from pathlib import Path
from typing import Any

from bot.core.disk_cache import DiskCache, cache_dir, remembered

KIND = "data"


def parse_data(text: str) -> Any:
    """The YAML ``text`` (a data file shipped with the package) as plain Python data."""
    key = b"\n".join([b"yaml-data-1", sys.version.encode(), hashlib.sha256(
        text.encode("utf-8", "surrogatepass")).digest()])
    return remembered(_store(cache_dir()), key, lambda: _parse(text))


def _parse(text: str) -> Any:
    import yaml  # only when the cache does not hold it

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def _store(directory: Path | None) -> DiskCache | None:
    """One cache per directory and process (the data files are read one after the other)."""
    return DiskCache.open(directory, KIND) if directory is not None else None
