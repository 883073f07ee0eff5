"""Drawing an :class:`Answer` in the terminal, and as one JSON line."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import textwrap
from dataclasses import dataclass
from typing import TextIO

from bot.core.answers.answer import Answer, Kind

BOLD, CYAN, GREEN, RESET = "\033[1m", "\033[36m", "\033[32m", "\033[0m"
# Characters that split a line for some readers (str.splitlines, JavaScript, many log viewers)
# and that json.dumps leaves alone with ensure_ascii=False: the C1 controls (NEL U+0085 among
# them; U+009B is a terminal escape) and the Unicode line and paragraph separators.
_JSON_LINE_BREAKERS = {c: f"\\u{c:04x}" for c in [*range(0x80, 0xA0), 0x2028, 0x2029]}
HANG = 2  # extra indent of a paragraph's continuation lines
MIN_WIDTH = 30


@dataclass(frozen=True)
class Style:
    """How the terminal output looks: colours or not, and the width to wrap to (0 = none)."""

    color: bool = False
    width: int = 0

    @classmethod
    def for_stream(cls, stream: TextIO) -> Style:
        """Colour and wrapping only on a terminal; no colour when ``NO_COLOR`` is set (any
        non-empty value, see no-color.org) or the terminal is ``dumb``."""
        terminal = _isatty(stream)
        color = (terminal and not os.environ.get("NO_COLOR")
                 and os.environ.get("TERM", "") != "dumb")
        width = shutil.get_terminal_size().columns if terminal else 0
        return cls(color=bool(color), width=max(width, MIN_WIDTH) if width else 0)

    def paint(self, text: str, code: str) -> str:
        return f"{code}{text}{RESET}" if self.color and text else text


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # replaced or closed streams
        return False


def wrap(text: str, width: int, indent: str = "", first: str | None = None) -> str:
    """``text`` wrapped to ``width`` columns, one paragraph per line of ``text``. Each paragraph
    starts at ``indent`` (the very first line at ``first``, e.g. a prompt label of the same
    length) and its continuation lines hang ``HANG`` columns further in; a bullet's continuation
    lines line up with the text after the bullet. Words are never broken: a URL longer than the
    line stays whole on a line of its own. ``width`` 0 only adds the indents."""
    out: list[str] = []
    for n, paragraph in enumerate(text.split("\n")):
        lead = first if n == 0 and first is not None else indent
        if not paragraph.strip():
            out.append(lead.rstrip() if n else lead)
            continue
        body = paragraph.lstrip()
        bullet = len(paragraph) - len(body) + (2 if body[:2] in ("• ", "- ", "* ") else 0)
        hang = indent + " " * (bullet or HANG)
        if not width:
            out.append(lead + paragraph)
            continue
        out.append(textwrap.fill(
            paragraph, width=width, initial_indent=lead, subsequent_indent=hang,
            break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def as_text(answer: Answer, style: Style | None = None, *, numbered: bool = False,
            indent: str = "", first: str | None = None) -> str:
    """The answer as a person reads it, wrapped to ``style.width`` (see :func:`wrap` for
    ``indent`` and ``first``): its title (bold on a colour terminal) and text. With
    ``numbered``, "did you mean" options are a numbered list to pick from."""
    style = style or Style()
    shown = dataclasses.replace(answer, suggestions=[]) if numbered else answer
    body = shown.plain_text()
    if numbered and answer.suggestions:
        options = [f"  {i}. {s.label}" for i, s in enumerate(answer.suggestions, 1)]
        n = len(answer.suggestions)
        pick = "Type 1 to pick it." if n == 1 else f"Type a number (1-{n}) to pick one."
        body = "\n".join([body, *options, pick])
    title = answer.title if answer.kind is Kind.ANSWER else ""
    text = wrap(f"{title}\n{body}" if title else body, style.width, indent, first)
    lead = indent if first is None else first
    if title and style.color and text.startswith(lead + title + "\n"):
        # painted after wrapping, so that escape codes never count as columns
        text = lead + style.paint(title, BOLD) + text[len(lead + title):]
    return text


def as_json(question: str, answer: Answer, *, ascii_only: bool = False,
            extra: dict[str, object] | None = None) -> str:
    """One line of JSON (CONTRACT section 2), with ``extra`` keys added after the contract's.
    Nothing in it can split the line for a reader: newlines are escaped by JSON itself, the other
    line breakers here."""
    line = json.dumps({
        "question": question,
        "answered": answer.answered,
        "intent": answer.intent,
        "confidence": round(float(answer.confidence), 3),
        "answer": answer.plain_text(),
        "suggestions": [s.label for s in answer.suggestions],
        **(extra or {}),
    }, ensure_ascii=ascii_only)
    return line if ascii_only else line.translate(_JSON_LINE_BREAKERS)
