"""Read a knowledge file: YAML in, a validated :class:`Knowledge` out, or every problem at once.

Each problem is reported as ``FILE:LINE: message`` so an organizer can jump straight to it.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from bot.core.knowledge.model import Knowledge

if TYPE_CHECKING:  # the YAML reader is imported when a file is parsed
    from bot.core.knowledge.yaml_tree import Path_, Tree

log = logging.getLogger(__name__)

PACKAGED_FILE = "mlsys-nips2017.yaml"
ENV_VAR = "WORKSHOP_BOT_KNOWLEDGE"


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        # line 0: the whole file (missing, unreadable)
        return f"{self.file}:{self.line}: {self.message}" if self.line else \
            f"{self.file}: {self.message}"


class KnowledgeError(Exception):
    """A knowledge file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def default_path() -> Path:
    """The knowledge file in use: ``WORKSHOP_BOT_KNOWLEDGE`` or the packaged workshop."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    try:
        return Path(str(resources.files("bot.knowledge").joinpath(PACKAGED_FILE)))
    except ModuleNotFoundError:
        # running from a source checkout without installing: knowledge/ is beside bot/
        # (this file is bot/core/knowledge/loader.py)
        return Path(__file__).resolve().parents[3] / "knowledge" / PACKAGED_FILE


MAX_BYTES = 2 * 1024 * 1024  # a knowledge file with a thousand FAQ entries is ~0.5 MB


def load_knowledge(path: str | os.PathLike[str] | None = None) -> Knowledge:
    """Load and validate a knowledge file; raise :class:`KnowledgeError` listing every problem."""
    file = Path(path) if path is not None else default_path()
    name = str(file)
    return parse_knowledge(read_text(file), name)


def read_text(file: Path) -> str:
    """The file's text, refusing what is not a regular file of a sensible size before reading.

    A FIFO, a device (``/dev/zero``) or a directory is refused without reading a byte (the file
    is opened without blocking, so a FIFO cannot stall us either); a file larger than
    :data:`MAX_BYTES` is refused from its size.
    """
    name = str(file)
    try:
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise KnowledgeError([Problem(name, 0, "file not found")]) from None
    except IsADirectoryError:
        raise KnowledgeError([Problem(name, 0, "this is a folder, not a knowledge file")]) \
            from None
    except OSError as exc:
        raise KnowledgeError([Problem(name, 0, f"cannot open the file: {exc.strerror}")]) \
            from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise KnowledgeError([Problem(name, 0, "not a regular file (a pipe, a device or a "
                                                   "folder); give the path of a .yaml file")])
        if info.st_size > MAX_BYTES:
            raise KnowledgeError([Problem(name, 0, _too_big(info.st_size))])
        with os.fdopen(fd, "rb", closefd=False) as stream:
            raw = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise KnowledgeError([Problem(name, 0, f"cannot read the file: {exc.strerror}")]) \
            from None
    finally:
        os.close(fd)
    if len(raw) > MAX_BYTES:  # it grew while we looked
        raise KnowledgeError([Problem(name, 0, _too_big(len(raw)))])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise KnowledgeError([Problem(name, line, "cannot read the file: it is not UTF-8 text "
                                                  f"(byte 0x{raw[exc.start]:02x}); save it "
                                                  "as UTF-8")]) from None


def _too_big(size: int) -> str:
    return (f"the file is {size / 1e6:.1f} MB; a knowledge file is at most "
            f"{MAX_BYTES // (1024 * 1024)} MB")


@dataclass(frozen=True)
class Parsed:
    """A valid knowledge file: the knowledge, and the line of every key and item."""

    knowledge: Knowledge
    lines: dict[Path_, int]
    data: dict[str, Any]  # the plain YAML data it was made from

    def line(self, *path: str | int) -> int:
        return _line_for(tuple(path), self.lines)


def load_document(path: str | os.PathLike[str]) -> Parsed:
    """Like :func:`load_knowledge`, keeping the lines (for ``check``'s warnings)."""
    return parse_document(read_text(Path(path)), str(path))


def parse_knowledge(text: str, name: str = "<knowledge>") -> Knowledge:
    """Validate knowledge given as YAML text."""
    return parse_document(text, name).knowledge


def parse_document(text: str, name: str = "<knowledge>") -> Parsed:
    """Validate knowledge given as YAML text; :class:`KnowledgeError` lists every problem."""
    from bot.core.knowledge.yaml_tree import TreeError, read_tree

    try:
        tree = read_tree(text)
    except TreeError as exc:
        raise KnowledgeError([Problem(name, exc.problem.line, exc.problem.message)]) from None
    root = tree.data
    if root is None:
        raise KnowledgeError([Problem(name, 1, "the file is empty; it needs a workshop: section")])
    if not isinstance(root, dict):
        raise KnowledgeError([Problem(name, tree.root_line,
                                      "the file must be a mapping with a workshop: section")])
    lines = tree.lines
    problems = [Problem(name, p.line, p.message) for p in tree.problems]
    problems.extend(_duplicate_ids(root, lines, name))
    knowledge = None
    hidden = 0  # problems found but not explained one by one
    try:
        knowledge = Knowledge.model_validate(root)
    except ValidationError as exc:
        explained, hidden = _validation_problems(exc, tree, name)
        problems.extend(explained)
    if problems:
        problems.sort(key=lambda p: p.line)
        hidden += max(0, len(problems) - MAX_PROBLEMS)
        problems = problems[:MAX_PROBLEMS]
        if hidden:
            more = f"... and {hidden:,} more problems like these; fix the ones above first"
            problems.append(Problem(name, problems[-1].line, more))
        raise KnowledgeError(problems)
    assert knowledge is not None
    return Parsed(knowledge, lines, root)


def _line_for(path: Path_, lines: dict[Path_, int]) -> int:
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get((), 1)


MAX_PROBLEMS = 100  # listed one by one; the rest are counted


def _validation_problems(exc: ValidationError, tree: Tree, name: str
                         ) -> tuple[list[Problem], int]:
    """The first :data:`MAX_PROBLEMS` errors in plain words, and how many more there are."""
    from bot.core.knowledge.messages import explain

    out: list[Problem] = []
    seen: set[tuple[int, str]] = set()
    errors = exc.errors(include_url=False)
    for n, err in enumerate(errors):
        if len(out) >= MAX_PROBLEMS:
            return out, len(errors) - n
        loc = tuple(p for p in err["loc"] if not _is_union_tag(p))
        if any(loc[:n] in tree.refused for n in range(1, len(loc) + 1)):
            continue  # the reader has said why this value was left out
        msg = explain(dict(err), loc, tree.raw.get(loc))
        line = _line_for(loc, tree.lines)
        if (line, msg) not in seen:
            seen.add((line, msg))
            out.append(Problem(name, line, msg))
    return out, 0


def _is_union_tag(part: str | int) -> bool:
    # pydantic may add a union member's type to a location (e.g. "function-after[...]")
    return isinstance(part, str) and "[" in part


def _duplicate_ids(data: Any, lines: dict[Path_, int], name: str) -> list[Problem]:
    from bot.core.knowledge.yaml_tree import dotted

    out = []
    for section in (("deadlines",), ("faq",), ("submission", "tracks")):
        items: Any = data
        for part in section:
            items = items.get(part) if isinstance(items, dict) else None
        seen: set[str] = set()
        for i, item in enumerate(items if isinstance(items, list) else []):
            ident = item.get("id") if isinstance(item, dict) else None
            if not isinstance(ident, str):
                continue
            if ident in seen:
                line = _line_for((*section, i, "id"), lines)
                out.append(Problem(name, line, f"{dotted((*section, i))}.id: duplicate id "
                                               f"'{ident}'"))
            seen.add(ident)
    return out
