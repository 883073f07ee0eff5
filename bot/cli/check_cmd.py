"""``workshop-bot check``: validate a knowledge file and list every problem."""

from __future__ import annotations

import argparse

from bot.core.knowledge.loader import KnowledgeError, default_path, load_knowledge


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check", help="validate a knowledge file (exit 0 when valid, 1 otherwise)",
        description="Validate a knowledge file. Every problem is listed as FILE:LINE: message.")
    p.add_argument("file", nargs="?", metavar="FILE",
                   help="the file to check (default: $WORKSHOP_BOT_KNOWLEDGE or the packaged one)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = args.file or str(default_path())
    try:
        k = load_knowledge(path)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem)
        n = len(exc.problems)
        print(f"{path}: {n} problem{'s' if n != 1 else ''}")
        return 1
    print(f"{path}: OK: {k.workshop.name}, {_count(k.deadlines, 'deadline')}, "
          f"{_count(k.organizers, 'organizer')}, {_count(k.faq, 'FAQ entry', 'FAQ entries')}")
    return 0


def _count(items: list[object], one: str, many: str | None = None) -> str:
    return f"{len(items)} {one if len(items) == 1 else many or one + 's'}"
