"""Options shared by the offline commands: which knowledge file, and what "now" is."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core.knowledge.loader import ENV_VAR, KnowledgeError
from bot.core.knowledge.model import FIRST_YEAR, LAST_YEAR, Knowledge

if TYPE_CHECKING:
    from bot.core.responder import Responder

# --now must leave room for every date the answers compute from it (spans of years, reminders
# weeks before a deadline): outside the years a knowledge file may use, it is refused rather
# than overflowing (FIRST_YEAR, LAST_YEAR come from the model).
ENV_FILE = ".env"
FAR_AHEAD = timedelta(days=365)
PREVIEW_BEFORE = timedelta(days=7)


def add_knowledge_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--knowledge", metavar="FILE",
        help="knowledge file to use (default: $WORKSHOP_BOT_KNOWLEDGE or the packaged workshop)")


def add_now_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--now", metavar="ISO8601",
        help="answer as if it were this moment: a date (read as noon) or a date-time; "
             "without an offset it is in the workshop's time zone "
             f"(years {FIRST_YEAR} to {LAST_YEAR})")


def knowledge_path(option: str | None) -> str | None:
    """The knowledge file to load: ``--knowledge``, else ``WORKSHOP_BOT_KNOWLEDGE`` (see
    :func:`setting`), else None (the packaged workshop)."""
    return option or setting(ENV_VAR)


def setting(name: str) -> str | None:
    """A variable of the environment or, when it is unset or empty there, of a ``.env`` file in
    the current directory (the same file ``workshop-bot run`` reads); None when neither has it."""
    if os.environ.get(name) or not Path(ENV_FILE).is_file():
        return os.environ.get(name) or None
    from dotenv import dotenv_values  # only when there is a .env file to read

    try:
        return dotenv_values(ENV_FILE).get(name) or None
    except (OSError, UnicodeDecodeError) as exc:
        print(f"workshop-bot: cannot read {ENV_FILE} ({exc}); {name} is not set",
              file=sys.stderr)
        return None


def responder_or_report(path: str | None) -> Responder | None:
    """The responder of the knowledge file (from the on-disk cache when it holds it), or None
    after printing every problem of the file to stderr."""
    from bot.core.responder_cache import load_responder

    try:
        return load_responder(path)
    except KnowledgeError as exc:
        _report(exc)
        return None


def _report(exc: KnowledgeError) -> None:
    print("The knowledge file has problems:", file=sys.stderr)
    for problem in exc.problems:
        print(f"  {problem}", file=sys.stderr)


def responder_and_now(args: argparse.Namespace) -> tuple[Responder, datetime | None] | int:
    """The responder of the knowledge (``responder.knowledge``) and ``--now`` (None when not
    given: the real time, read when needed), or an exit code after a message: 1 for a broken
    knowledge file, 2 for a bad ``--now``."""
    responder = responder_or_report(knowledge_path(args.knowledge))
    if responder is None:
        return 1
    try:
        return responder, parse_now(args.now, responder.knowledge.tz) if args.now else None
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
            moment = datetime.combine(date.fromisoformat(value), time(12))
        else:
            moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"--now: '{text}' is not a date (2017-10-20) or date-time "
                         "(2017-10-20T09:30, optionally with an offset such as -07:00)") from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValueError(f"--now: '{text}' is outside the years the bot can answer for "
                         f"({FIRST_YEAR} to {LAST_YEAR})")
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def preview_note(knowledge: Knowledge, now: datetime, command: str) -> str | None:
    """One line when the workshop is over or more than a year away as of ``now``, saying how to
    hear the bot as of another moment (a week before the first deadline, or a month before the
    workshop when there is none); None when ``now`` is a useful moment already."""
    from bot.core.answers.timefmt import relative_day, written_date

    start, end = knowledge.workshop_start(), knowledge.workshop_end()
    if start is None or end is None:
        return None
    name, local = knowledge.workshop.name, now.astimezone(knowledge.tz)
    if local > end:
        verb = "took place on" if start.date() == end.date() else "ended on"
        state = f"{verb} {written_date(end.date())} ({relative_day(local, end.date())})"
    elif start - local > FAR_AHEAD:
        state = f"is on {written_date(start.date())} ({relative_day(local, start.date())})"
    else:
        return None
    dues = [d.due_at(knowledge.tz) for d in knowledge.deadlines if _dated(d.due)]
    preview = (min(dues) - PREVIEW_BEFORE) if dues else start - timedelta(days=30)
    return (f"Note: {name} {state}. To hear what the bot says at another moment, add --now, "
            f"e.g. workshop-bot {command} --now {preview.date().isoformat()}")


def _dated(due: object) -> bool:
    return isinstance(due, date)
