"""Read a knowledge file: YAML in, a validated :class:`Knowledge` out, or every problem at once.

Each problem is reported as ``FILE:LINE: message`` so an organizer can jump straight to it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.core.knowledge.model import Knowledge

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


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text (so bad dates become our errors, with a line)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

Path_ = tuple[str | int, ...]


def default_path() -> Path:
    """The knowledge file in use: ``WORKSHOP_BOT_KNOWLEDGE`` or the packaged workshop."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    try:
        return Path(str(resources.files("bot.knowledge").joinpath(PACKAGED_FILE)))
    except ModuleNotFoundError:
        # running from a source checkout without installing: knowledge/ is beside bot/
        return Path(__file__).resolve().parents[3] / "knowledge" / PACKAGED_FILE


def load_knowledge(path: str | os.PathLike[str] | None = None) -> Knowledge:
    """Load and validate a knowledge file; raise :class:`KnowledgeError` listing every problem."""
    file = Path(path) if path is not None else default_path()
    name = str(file)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError([Problem(name, 0, "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError([Problem(name, 0, f"cannot read the file: {exc}")]) from None
    return parse_knowledge(text, name)


def parse_knowledge(text: str, name: str = "<knowledge>") -> Knowledge:
    """Validate knowledge given as YAML text."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        problem = exc.problem or str(exc)
        raise KnowledgeError([Problem(name, line, f"YAML syntax error: {problem}")]) from None
    except yaml.YAMLError as exc:
        raise KnowledgeError([Problem(name, 0, f"YAML error: {exc}")]) from None
    if root is None:
        raise KnowledgeError([Problem(name, 1, "the file is empty; it needs a workshop: section")])
    if not isinstance(root, yaml.MappingNode):
        raise KnowledgeError([Problem(name, root.start_mark.line + 1,
                                      "the file must be a mapping with a workshop: section")])

    lines: dict[Path_, int] = {}
    problems: list[Problem] = []
    data = _to_python(root, (), lines, problems, name)
    problems.extend(_duplicate_ids(data, lines, name))
    knowledge = None
    try:
        knowledge = Knowledge.model_validate(data)
    except ValidationError as exc:
        problems.extend(_validation_problems(exc, lines, name))
    if problems:
        problems.sort(key=lambda p: p.line)
        raise KnowledgeError(problems)
    assert knowledge is not None
    return knowledge


def _to_python(node: yaml.Node, path: Path_, lines: dict[Path_, int],
               problems: list[Problem], name: str) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _Loader.construct_scalar(_Loader(""), key_node) \
                if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            key = str(key)
            if key in out:
                problems.append(Problem(name, key_node.start_mark.line + 1,
                                        f"{_dotted((*path, key))}: duplicate key"))
                continue
            lines[(*path, key)] = key_node.start_mark.line + 1
            out[key] = _to_python(value_node, (*path, key), lines, problems, name)
            # a nested mapping or list records its own first line under this path; the key's
            # line is the one to report
            lines[(*path, key)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*path, i), lines, problems, name)
                for i, item in enumerate(node.value)]
    loader = _Loader("")
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        problems.append(Problem(name, node.start_mark.line + 1, f"{_dotted(path)}: {exc}"))
        return None


def _dotted(path: Iterable[str | int]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or "(top level)"


def _line_for(path: Path_, lines: dict[Path_, int]) -> int:
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get((), 1)


def _validation_problems(exc: ValidationError, lines: dict[Path_, int],
                         name: str) -> list[Problem]:
    out = []
    seen: set[tuple[int, str]] = set()
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not _is_union_tag(p))
        field = _dotted(loc)
        kind = err["type"]
        if kind == "extra_forbidden":
            msg = f"{field}: unknown key (check the spelling; see the knowledge file format)"
        elif kind == "missing":
            msg = f"{field}: required field is missing"
        else:
            text = err["msg"].removeprefix("Value error, ")
            msg = f"{field}: {text}"
        line = _line_for(loc, lines)
        if (line, msg) not in seen:
            seen.add((line, msg))
            out.append(Problem(name, line, msg))
    return out


def _is_union_tag(part: str | int) -> bool:
    # pydantic may add a union member's type to a location (e.g. "function-after[...]")
    return isinstance(part, str) and "[" in part


def _duplicate_ids(data: Any, lines: dict[Path_, int], name: str) -> list[Problem]:
    out = []
    for section in ("deadlines", "faq"):
        items = data.get(section) if isinstance(data, dict) else None
        seen: set[str] = set()
        for i, item in enumerate(items if isinstance(items, list) else []):
            ident = item.get("id") if isinstance(item, dict) else None
            if not isinstance(ident, str):
                continue
            if ident in seen:
                line = _line_for((section, i, "id"), lines)
                out.append(Problem(name, line, f"{section}[{i}].id: duplicate id '{ident}'"))
            seen.add(ident)
    return out
