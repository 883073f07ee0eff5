"""``workshop-bot ask``: answer one question, or one per line of standard input."""

from __future__ import annotations

import argparse
import io
import logging
import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

from bot.cli.options import add_knowledge_option, add_now_option, current, responder_and_now
from bot.cli.render import Style, as_json, as_text
from bot.core.answers.answer import Answer, Kind

log = logging.getLogger(__name__)
SORRY = "Sorry, something went wrong with that question. Please try asking it another way."


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ask", help="answer one question (or one per line of stdin) and exit",
        description="Answer a question about the workshop. Without QUESTION, read one question "
                    "per line from standard input and answer each, in order.")
    p.add_argument("question", nargs="*", metavar="QUESTION", help="the question to answer")
    p.add_argument("--json", action="store_true",
                   help="print one JSON object per question instead of text")
    p.add_argument("--explain", action="store_true",
                   help="also print how the question was understood (parts, intents, entities, "
                        "and the examples and rules that decided)")
    add_now_option(p)
    add_knowledge_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    loaded = responder_and_now(args)
    if isinstance(loaded, int):
        return loaded
    responder, fixed_now = loaded
    now = current(fixed_now)
    if args.question:
        questions: Iterable[str] = [readable(" ".join(args.question))]
    else:
        if sys.stdin.isatty():
            print("Type one question per line; end with Ctrl-D.", file=sys.stderr)
        questions = input_lines(sys.stdin)
    style = Style.for_stream(sys.stdout)
    ascii_only = not (sys.stdout.encoding or "").lower().replace("-", "").startswith("utf")
    failed = False
    for i, question in enumerate(questions):
        try:
            answer = responder.respond(question, now)
        except Exception:  # one question must not cost the others their answers
            log.exception("could not answer %r", question)
            answer, failed = Answer(Kind.UNKNOWN, "", SORRY), True
        if args.json:
            # --explain adds a key: the contract's keys stay as they are
            extra = {"explain": responder.explain(question)} if args.explain else None
            print(as_json(question, answer, ascii_only=ascii_only, extra=extra), flush=True)
        else:
            if i:
                print()
            print(as_text(answer, style), flush=True)
            if args.explain:
                print("\n" + responder.explain(question), flush=True)
    return 1 if failed else 0


def input_lines(stream: TextIO) -> Iterator[str]:
    """One question per line of ``stream``, read as UTF-8 with invalid bytes replaced (U+FFFD),
    so one bad byte costs nothing but itself. Only ``\n`` ends a line (``\r\n`` too): the
    Unicode line separators inside a line stay in its question."""
    binary = getattr(stream, "buffer", None)
    text = (io.TextIOWrapper(binary, encoding="utf-8", errors="replace", newline="\n")
            if binary is not None else stream)
    for line in text:
        yield readable(line.removesuffix("\n").removesuffix("\r"))


def readable(text: str) -> str:
    """``text`` with any undecodable bytes (surrogate escapes from the command line) replaced."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
