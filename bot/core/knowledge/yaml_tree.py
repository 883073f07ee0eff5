"""YAML text to plain Python data, with a line number for every key and item, within limits.

A knowledge file is small and flat, so anything far beyond that shape is refused before it can
cost time or memory: deep nesting, many aliases, an alias that expands into millions of nodes
("billion laughs"), an alias that contains itself, huge numbers and huge strings. Every refusal is
a :class:`TreeProblem` with the line it happened on, never an exception from PyYAML.

Parsing uses libyaml (PyYAML's C parser) when PyYAML was built with it, else PyYAML's pure-Python
parser; both give the same events with the same marks. The tree is built here from those events,
iteratively (no recursion, so no depth can exhaust the stack), rather than by PyYAML's composer and
constructor, so that the limits apply while the tree grows and not after.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

# What a knowledge file may hold. A real one has a depth of 4, no aliases and a few thousand
# nodes; a 1 MB file of FAQ entries has well under 100,000.
MAX_DEPTH = 32
MAX_ALIASES = 100
MAX_NODES = 250_000  # counting every alias as the nodes it stands for
MAX_STRING = 20_000  # characters in one value (Discord shows at most 4,096 of it)
MAX_NUMBER = 20  # characters in a number

# Characters the bot itself uses inside answer text (date markers, bot.core.answers.answer.MARK)
RESERVED = {"\ue000": "U+E000", "\ue001": "U+E001"}

try:  # libyaml, about ten times faster
    from yaml import CSafeLoader as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

PARSER = _Parser.__name__

Path_ = tuple[str | int, ...]
_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_SCALAR_TAGS = {
    _STR, "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}


# What the most common YAML syntax errors usually mean, for someone who does not know YAML
_SYNTAX_HINTS = {
    "mapping values are not allowed": " (a value that contains ': ' must be in quotes, e.g. "
                                      "answer: \"Note: bring a poster\"; or the line is "
                                      "indented more than it should be)",
    "cannot start any token": " (YAML indents with spaces, never tabs; a value starting with "
                              "@, ` or % must be in quotes)",
    "could not find expected ':'": " (each line is 'key: value' or '- item'; a quote may be "
                                   "left open)",
    "expected <block end>": " (the indentation does not line up with the lines above)",
    "did not find expected key": " (the indentation does not line up with the lines above)",
    "did not find expected '-'": " (the items of a list must all start with '- ' at the "
                                 "same indentation)",
    "found unexpected end of stream": " (a quote or bracket is opened and never closed)",
    "while scanning a quoted scalar": " (a quote is opened and never closed)",
    "expected ',' or ']'": " (a [list] is not closed, or an item in it needs quotes)",
    "expected ',' or '}'": " (a {mapping} is not closed, or an item in it needs quotes)",
}


class _KeepDates(Resolver):
    """YAML 1.1 resolution, but dates stay text: the model reads them (with its own messages)."""


_KeepDates.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in Resolver.yaml_implicit_resolvers.items()
}
_RESOLVER = _KeepDates()
_CONSTRUCTOR = SafeConstructor()


@dataclass(frozen=True)
class TreeProblem:
    line: int  # 1-based; 0 for the whole file
    message: str


class TreeError(Exception):
    """The text cannot be made into a tree at all (syntax error, or a limit was passed)."""

    def __init__(self, problem: TreeProblem) -> None:
        self.problem = problem
        super().__init__(problem.message)


@dataclass
class Tree:
    data: Any  # None for an empty document
    lines: dict[Path_, int] = field(default_factory=dict)
    problems: list[TreeProblem] = field(default_factory=list)  # values that were left out
    refused: set[Path_] = field(default_factory=set)  # their paths (already reported)
    raw: dict[Path_, str] = field(default_factory=dict)  # as written, where YAML made a non-text
    root_line: int = 1


@dataclass
class _Open:
    """A mapping or sequence being built."""

    value: dict[str, Any] | list[Any]
    path: Path_
    anchor: str | None
    line: int
    weight: int = 1
    key: str | None = None  # mapping: the key waiting for its value
    key_line: int = 0
    skip_value: bool = False  # mapping: the waiting key was refused, drop its value


def read_tree(text: str) -> Tree:
    """Build the tree of ``text``; :class:`TreeError` when it cannot be done safely."""
    parser = _Parser(text)
    try:
        return _build(parser)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = str(exc.problem or exc)
        hint = next((h for key, h in _SYNTAX_HINTS.items() if key in problem), "")
        raise TreeError(TreeProblem(mark.line + 1 if mark else 0,
                                    f"YAML syntax error: {problem}{hint}")) from None
    except yaml.YAMLError as exc:
        raise TreeError(TreeProblem(0, f"YAML error: {exc}")) from None
    finally:
        parser.dispose()


def _build(parser: Any) -> Tree:
    tree = Tree(None)
    stack: list[_Open] = []
    anchors: dict[str, tuple[Any, int]] = {}  # anchor -> (value, weight)
    open_anchors: set[str] = set()
    aliases = 0
    total = 0
    documents = 0

    def place(value: Any, weight: int, line: int, anchor: str | None) -> None:
        nonlocal total
        total += weight
        if total > MAX_NODES:
            raise TreeError(TreeProblem(line, f"the file expands to more than {MAX_NODES:,} "
                                              "values (aliases repeating aliases?); a knowledge "
                                              "file is far smaller"))
        if anchor is not None:
            anchors[anchor] = (value, weight)
        if not stack:
            tree.data = value
            tree.root_line = line
            tree.lines[()] = line
            return
        top = stack[-1]
        top.weight += weight
        if isinstance(top.value, list):
            path = (*top.path, len(top.value))
            tree.lines.setdefault(path, line)
            top.value.append(value)
            return
        if top.key is None:  # this value is a key
            _take_key(top, value, line, tree)
            return
        if not top.skip_value:
            top.value[top.key] = value
        top.key = None
        top.skip_value = False

    while True:
        event = parser.get_event()
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.StreamEndEvent):
            break
        if isinstance(event, yaml.StreamStartEvent | yaml.DocumentEndEvent):
            continue
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise TreeError(TreeProblem(line, "the file holds more than one YAML document "
                                                  "(a second '---'); keep everything in one"))
            continue
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise TreeError(TreeProblem(line, f"more than {MAX_ALIASES} aliases (*name); "
                                                  "write the values out instead"))
            if event.anchor in open_anchors:
                raise TreeError(TreeProblem(line, f"the alias *{event.anchor} is inside the "
                                                  "value it refers to (it would never end)"))
            if event.anchor not in anchors:
                raise TreeError(TreeProblem(line, f"the alias *{event.anchor} refers to no "
                                                  f"anchor &{event.anchor} above it"))
            value, weight = anchors[event.anchor]
            place(value, weight, line, None)
            continue
        if isinstance(event, yaml.ScalarEvent):
            value = _scalar(event, line, _path_here(stack), tree)
            place(value, 1, line, event.anchor)
            continue
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            if len(stack) >= MAX_DEPTH:
                raise TreeError(TreeProblem(line, f"values are nested more than {MAX_DEPTH} "
                                                  "levels deep; a knowledge file needs 4"))
            is_map = isinstance(event, yaml.MappingStartEvent)
            wanted = _MAP if is_map else _SEQ
            if event.tag not in (None, "!", wanted):
                tree.problems.append(TreeProblem(line, f"{_dotted(_path_here(stack))}: the tag "
                                                       f"{event.tag} is not supported here"))
            path = _path_here(stack)
            if stack and isinstance(stack[-1].value, dict) and stack[-1].key is None:
                raise TreeError(TreeProblem(line, f"{_dotted(path)}: a key must be plain text, "
                                                  "not a list or a mapping"))
            if event.anchor is not None:
                open_anchors.add(event.anchor)
            stack.append(_Open({} if is_map else [], path, event.anchor, line))
            continue
        if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            done = stack.pop()
            if done.anchor is not None:
                open_anchors.discard(done.anchor)
            total -= done.weight - 1  # its children were counted as they came
            place(done.value, done.weight, done.line, done.anchor)
            continue
    return tree


def _path_here(stack: list[_Open]) -> Path_:
    """The path of the value that comes next."""
    if not stack:
        return ()
    top = stack[-1]
    if isinstance(top.value, list):
        return (*top.path, len(top.value))
    return (*top.path, top.key) if top.key is not None else top.path


def _take_key(top: _Open, key: Any, line: int, tree: Tree) -> None:
    assert isinstance(top.value, dict)
    if isinstance(key, dict | list):
        raise TreeError(TreeProblem(line, f"{_dotted(top.path)}: a key must be plain text, "
                                          "not an alias of a list or a mapping"))
    # "yes:" or "1:" as a key: the model's keys are words, so say what YAML made of it
    text = _shown(key)
    path = (*top.path, text)
    top.key = text
    top.key_line = line
    if text in top.value:
        tree.problems.append(TreeProblem(line, f"{_dotted(path)}: duplicate key"))
        top.skip_value = True
        return
    tree.lines[path] = line


def _shown(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _scalar(event: Any, line: int, path: Path_, tree: Tree) -> Any:
    value = _scalar_value(event, line, path, tree)
    if value is _REFUSED:
        tree.refused.add(path)
        return None
    return value


_REFUSED = object()


def _scalar_value(event: Any, line: int, path: Path_, tree: Tree) -> Any:
    text: str = event.value
    for char, name in RESERVED.items():
        if char in text:
            tree.problems.append(TreeProblem(line, f"{_dotted(path)}: contains the character "
                                                   f"{name}, which the bot reserves for its own "
                                                   "use; remove it"))
            return _REFUSED
    if event.tag not in (None, "!") and event.tag not in _SCALAR_TAGS:
        tree.problems.append(TreeProblem(line, f"{_dotted(path)}: the tag {event.tag} is not "
                                               "supported; write the value without it"))
        return _REFUSED
    tag = event.tag if event.tag not in (None, "!") else _RESOLVER.resolve(
        yaml.ScalarNode, text, event.implicit)
    if tag == _STR:
        if len(text) > MAX_STRING:
            tree.problems.append(TreeProblem(line, f"{_dotted(path)}: the text is "
                                                   f"{len(text):,} characters long; keep each "
                                                   f"value under {MAX_STRING:,}"))
            return _REFUSED
        return text
    if tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float") and len(text) > MAX_NUMBER:
        tree.problems.append(TreeProblem(line, f"{_dotted(path)}: the number {text[:12]}... is "
                                               f"far too long ({len(text):,} characters)"))
        return _REFUSED
    tree.raw[path] = text
    node = yaml.ScalarNode(tag, text, event.start_mark, event.end_mark, event.style)
    try:
        return _CONSTRUCTOR.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError) as exc:
        tree.problems.append(TreeProblem(line, f"{_dotted(path)}: cannot read '{text[:40]}' as "
                                               f"{tag.rsplit(':', 1)[-1]} ({exc})"))
        return _REFUSED


def _dotted(path: Path_) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or "(top level)"
