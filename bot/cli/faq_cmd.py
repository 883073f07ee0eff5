"""``workshop-bot faq export``: the organizers' saved answers as ``faq:`` entries.

Saved answers are made in Discord (an organizer answers a handed-off question and presses *Save*);
this prints them as YAML to paste under ``faq:`` in the knowledge file. Once an entry is in the
file, the file's entry wins over the saved answer of the same id, which may then be removed with
``/saved-answers``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from bot.cli.database import add_database_options, read_database
from bot.storage.handoffs import SavedAnswer


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("faq", help="the organizers' saved answers (faq export)",
                       description="Work with the answers organizers saved in Discord.")
    actions = p.add_subparsers(dest="faq_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="print the saved answers as faq: entries for the knowledge file",
        description="Print the saved answers as faq: entries (YAML), to merge into the "
                    "knowledge file.")
    add_database_options(export, "saved answers")
    export.add_argument("--output", "-o", metavar="FILE", type=Path,
                        help="write to FILE instead of printing")
    export.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    saved = read_database(args, lambda storage, guild: storage.saved_answers(guild))
    if saved is None:
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

