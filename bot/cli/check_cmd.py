"""``workshop-bot check``: validate a knowledge file, list every problem, then the warnings."""

from __future__ import annotations

import argparse

from bot.cli.options import add_now_option, current, knowledge_path, parse_now
from bot.core.knowledge.loader import KnowledgeError, default_path, load_document


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check", help="validate a knowledge file (exit 0 when valid, 1 otherwise)",
        description="Validate a knowledge file. Every problem is listed as FILE:LINE: message; "
                    "warnings (FILE:LINE: warning: ...) point at facts that are allowed but "
                    "probably not meant, and do not make the check fail.")
    p.add_argument("file", nargs="?", metavar="FILE",
                   help="the file to check (default: $WORKSHOP_BOT_KNOWLEDGE or the packaged one)")
    add_now_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.core.knowledge.advice import warnings

    path = args.file or knowledge_path(None) or str(default_path())  # .env as ask reads it
    try:
        parsed = load_document(path)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem)
        n = len(exc.problems)
        print(f"{path}: {n} problem{'s' if n != 1 else ''}")
        return 1
    k = parsed.knowledge
    try:
        now = parse_now(args.now, k.tz) if getattr(args, "now", None) else current(None)
    except ValueError as exc:
        print(exc)
        return 2
    found = warnings(parsed, path, now)
    for warning in found:
        print(warning)
    extra = f", {_count(found, 'warning')}" if found else ""
    print(f"{path}: OK: {k.workshop.name}, {_count(k.deadlines, 'deadline')}, "
          f"{_count(k.organizers, 'organizer')}, {_count(k.faq, 'FAQ entry', 'FAQ entries')}"
          f"{extra}")
    return 0


def _count(items: list[object], one: str, many: str | None = None) -> str:
    return f"{len(items)} {one if len(items) == 1 else many or one + 's'}"
