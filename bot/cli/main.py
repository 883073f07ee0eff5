"""``workshop-bot``: the command line. Each subcommand lives in its own module of this package.

Only the ``run`` and ``sync`` subcommands import discord.py, and only when they are used.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each name is a module ``bot.cli.<name>_cmd`` with ``register(subparsers)``, which adds a parser
# whose ``func`` (args -> exit code) runs the command. Registering only touches argparse; heavy
# imports (discord.py above all) happen inside ``func``.
SUBCOMMANDS = ("chat", "ask", "check", "init", "schema", "eval", "unanswered", "faq", "run",
               "sync")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workshop-bot",
        description="Answer questions about an academic workshop, in the terminal or on Discord.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"bot.cli.{name}_cmd")
        except ModuleNotFoundError:
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
