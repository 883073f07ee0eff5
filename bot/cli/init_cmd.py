"""``workshop-bot init``: write a commented starting knowledge file; never overwrite one."""

from __future__ import annotations

import argparse
from datetime import date
from importlib import resources
from pathlib import Path

TEMPLATE = "workshop-template.yaml"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "init", help="write a commented starting knowledge file (never overwrites)",
        description="Write a commented starting knowledge file, in the order an organizer fills "
                    "it in. It passes `workshop-bot check` as written; its example values are "
                    "flagged as warnings until you replace them. An existing file is never "
                    "overwritten.")
    p.add_argument("file", nargs="?", default="workshop.yaml", metavar="FILE",
                   help="where to write it (default: workshop.yaml)")
    p.set_defaults(func=run)


def template_text(today: date) -> str:
    """The starting file, its example dates in the year after ``today``'s."""
    text = resources.files("bot.cli").joinpath(TEMPLATE).read_text(encoding="utf-8")
    return text.replace("{YEAR}", str(today.year + 1))


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        with path.open("x", encoding="utf-8") as out:  # "x": fails if it exists
            out.write(template_text(date.today()))
    except FileExistsError:
        print(f"{path}: already exists; not overwritten (give another FILE, or remove it first)")
        return 1
    except OSError as exc:
        print(f"{path}: cannot write it: {exc.strerror}")
        return 1
    print(f"Wrote {path}. Next:\n"
          f"  1. fill it in from your call for papers (the comments say what each field means)\n"
          f"  2. workshop-bot check {path}        (lists mistakes and leftover examples)\n"
          f"  3. workshop-bot ask --knowledge {path} \"when is the deadline?\"\n"
          f"  For completion in your editor: workshop-bot schema > "
          f"{path.parent / 'workshop.schema.json'}")
    return 0
