"""The bot's database for the offline commands (``unanswered``, ``faq export``): which file, which
server, and reading it with one clear message when it is missing or unreadable."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from bot.cli.options import setting
from bot.settings import DEFAULT_DB  # settings never import discord.py
from bot.storage import Storage, StorageError

DB_ENV = "WORKSHOP_BOT_DB"
GUILD_ENV = "WORKSHOP_BOT_GUILD_ID"
T = TypeVar("T")


def add_database_options(parser: argparse.ArgumentParser, what: str) -> None:
    """``--db`` and ``--guild`` (``what``: what the server filter selects, for the help)."""
    parser.add_argument("--db", metavar="FILE",
                        help=f"the bot's SQLite database (default: ${DB_ENV}, also from a .env "
                             f"file, or {DEFAULT_DB})")
    parser.add_argument("--guild", metavar="ID", type=int,
                        help=f"only this server's {what} (default: ${GUILD_ENV}, the home "
                             "server; every server when unset)")


def read_database(args: argparse.Namespace, read: Callable[[Storage, int | None], T]) -> T | None:
    """``read(storage, guild_id)`` on the database of ``args``; None after saying what is wrong."""
    db = args.db or setting(DB_ENV) or DEFAULT_DB
    guild = args.guild if args.guild is not None else _as_id(setting(GUILD_ENV))
    if not Path(db).is_file():
        print(f"{db}: no database there (the bot creates it when it runs; use --db or "
              f"${DB_ENV})", file=sys.stderr)
        return None
    try:
        with Storage.open(db) as storage:
            return read(storage, guild)
    except StorageError as exc:
        print(exc, file=sys.stderr)
        return None


def _as_id(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None
