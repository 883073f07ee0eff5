"""Options shared by the offline commands: which knowledge file, and what "now" is."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, time, tzinfo

from bot.core.knowledge.loader import KnowledgeError, load_knowledge
from bot.core.knowledge.model import Knowledge


def add_knowledge_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--knowledge", metavar="FILE",
        help="knowledge file to use (default: $WORKSHOP_BOT_KNOWLEDGE or the packaged workshop)")


def add_now_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--now", metavar="ISO8601",
        help="answer as if it were this moment: a date (read as noon) or a date-time; "
             "without an offset it is in the workshop's time zone")


def load_or_report(path: str | None) -> Knowledge | None:
    """The knowledge, or None after printing every problem to stderr."""
    try:
        return load_knowledge(path)
    except KnowledgeError as exc:
        print("The knowledge file has problems:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return None


def knowledge_and_now(args: argparse.Namespace) -> tuple[Knowledge, datetime | None] | int:
    """The knowledge and ``--now`` (None when not given: the real time, read when needed), or
    an exit code after a message: 1 for a broken knowledge file, 2 for a bad ``--now``."""
    knowledge = load_or_report(args.knowledge)
    if knowledge is None:
        return 1
    try:
        return knowledge, parse_now(args.now, knowledge.tz) if args.now else None
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2


def current(fixed: datetime | None) -> datetime:
    """``--now`` when it was given, else the real time."""
    return fixed or datetime.now(UTC)


def parse_now(text: str | None, tz: tzinfo) -> datetime:
    """``--now``: a date or date-time; naive values are read in ``tz``. Default: the real now."""
    if not text:
        return datetime.now(UTC)
    value = text.strip()
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), time(12), tzinfo=tz)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"--now: '{text}' is not a date (2017-10-20) or date-time "
                         "(2017-10-20T09:30, optionally with an offset such as -07:00)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)
