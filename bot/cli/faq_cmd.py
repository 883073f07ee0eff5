"""``workshop-bot faq export``: the organizers' saved answers as ``faq:`` entries.

Saved answers are made in Discord (an organizer answers a handed-off question and presses *Save*);
this prints them as YAML to paste under ``faq:`` in the knowledge file. Once an entry is in the
file, the file's entry wins over the saved answer of the same id, which may then be removed with
``/saved-answers``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import yaml

from bot.settings import DEFAULT_DB  # settings never import discord.py
from bot.storage import Storage, StorageError
from bot.storage.handoffs import SavedAnswer

DB_ENV = "WORKSHOP_BOT_DB"
GUILD_ENV = "WORKSHOP_BOT_GUILD_ID"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("faq", help="the organizers' saved answers (faq export)",
                       description="Work with the answers organizers saved in Discord.")
    actions = p.add_subparsers(dest="faq_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="print the saved answers as faq: entries for the knowledge file",
        description="Print the saved answers as faq: entries (YAML), to merge into the "
                    "knowledge file.")
    export.add_argument("--db", metavar="FILE", default=os.environ.get(DB_ENV) or DEFAULT_DB,
                        help=f"the bot's SQLite database (default: ${DB_ENV} or {DEFAULT_DB})")
    export.add_argument("--guild", metavar="ID", type=int,
                        default=_env_int(GUILD_ENV),
                        help=f"only this server's saved answers (default: ${GUILD_ENV}; "
                             "all when unset)")
    export.add_argument("--output", "-o", metavar="FILE", type=Path,
                        help="write to FILE instead of printing")
    export.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    if not Path(args.db).is_file():
        print(f"{args.db}: no database there (the bot creates it when it runs; "
              f"use --db or ${DB_ENV})", file=sys.stderr)
        return 1
    try:
        with Storage.open(args.db) as storage:
            saved = storage.saved_answers(args.guild)
    except StorageError as exc:
        print(exc, file=sys.stderr)
        return 1
    text = faq_yaml(saved)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"Wrote {len(saved)} faq: entries to {args.output}.", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def faq_yaml(saved: list[SavedAnswer]) -> str:
    """The saved answers as a ``faq:`` list, with a comment saying who saved each."""
    head = ("# Saved answers exported by `workshop-bot faq export`: paste the entries under faq:\n"
            "# in the knowledge file (`workshop-bot check` validates it).\n")
    if not saved:
        return head + "faq: []\n"
    parts = [head + "faq:\n"]
    for s in saved:
        entry = yaml.dump([{"id": s.faq_id, "questions": list(s.questions),
                            "answer": s.answer}], Dumper=_Dumper, allow_unicode=True,
                          sort_keys=False, width=100)
        who = f" by {s.created_by}" if s.created_by else ""
        parts.append(f"  # saved{who} on {s.created_at:%Y-%m-%d}\n")
        parts.append("".join(f"  {line}\n" for line in entry.splitlines()))
    return "".join(parts)


class _Dumper(yaml.SafeDumper):
    """Safe YAML, with a multi-line answer written as a ``|`` block (as a person would)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # list items indented under their key


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _env_int(name: str) -> int | None:
    value = os.environ.get(name, "").strip()
    return int(value) if value.isdigit() else None
