"""The :class:`Responder` of a knowledge file, from the on-disk cache when it holds one.

Building a responder means validating the knowledge and building the understanding of it
(indexes, speller vocabulary, ...), which takes most of a start-up with a large knowledge file.
The responder is cached whole, as it was built (the validated knowledge included), under a key
made of

- the knowledge file's text,
- the package version and this Python (version and build),
- the version of pydantic, whose objects the knowledge is made of, and the distributions
  installed beside it (their names and versions, as ``*.dist-info`` folders name them), since
  the understanding may hold objects of any of its dependencies,
- a fingerprint of the package's own core: the content of every file under ``bot/core`` (its
  code, the understanding's data files, the word list),

so a changed file, package, interpreter or understanding is a miss and a fresh build, never an
old reading. See :mod:`bot.core.disk_cache` for where it is kept and why a file is trusted.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache
from pathlib import Path

from bot import __version__
from bot.core.disk_cache import DiskCache, remembered
from bot.core.knowledge.loader import default_path, parse_knowledge, read_text
from bot.core.responder import Responder

CORE = Path(__file__).resolve().parent  # bot/core
KIND = b"responder-1"  # what is stored: change it when the stored shape changes


def load_responder(path: str | os.PathLike[str] | None = None,
                   disk: DiskCache | bool = True) -> Responder:
    """The responder of the knowledge file at ``path`` (default: the one in use), built or from
    the cache. Raises :class:`~bot.core.knowledge.loader.KnowledgeError` for a broken file, as
    :func:`~bot.core.knowledge.loader.load_knowledge` does. ``disk``: True for the default
    cache directory (:func:`~bot.core.disk_cache.cache_dir`), False for none, or a cache."""
    file = Path(path) if path is not None else default_path()
    text = read_text(file)
    store = DiskCache.open(kind="responder") if disk is True else (disk or None)
    key = cache_key(text) if store is not None else b""
    return remembered(store, key, lambda: Responder(parse_knowledge(text, str(file))),
                      valid=lambda found: isinstance(found, Responder))


def cache_key(text: str) -> bytes:
    """The key of the responder built from the knowledge ``text`` by this code."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    return b"\n".join([KIND, runtime_fingerprint(), digest.digest()])


@cache
def runtime_fingerprint() -> bytes:
    """What a stored responder depends on besides the knowledge: package, Python, pydantic and
    the other installed distributions, and the content of every file of the core (read once per
    process)."""
    from pydantic.version import VERSION as PYDANTIC

    digest = hashlib.sha256()
    for part in (__version__, sys.version, sys.implementation.cache_tag or "", PYDANTIC,
                 *_distributions()):
        digest.update(part.encode() + b"\0")
    for file in _core_files():
        digest.update(str(file.relative_to(CORE)).encode() + b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.digest()


def _distributions() -> list[str]:
    """The installed distributions with their versions (``rapidfuzz-3.9.7.dist-info``), as the
    folders of the import path name them: a listing, cheaper than reading their metadata."""
    out = set()
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as found:
                out.update(f.name for f in found if f.name.endswith((".dist-info", ".egg-info")))
        except OSError:
            continue
    return sorted(out)


def _core_files() -> list[Path]:
    out = []
    for folder, dirs, files in os.walk(CORE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        out += [Path(folder) / f for f in files
                if f.endswith((".py", ".yaml", ".txt")) and not f.startswith(".")]
    return sorted(out)
