"""``workshop-bot``: the command line. Each subcommand lives in its own module of this package.

Start-up is lazy: when the command line names a subcommand, only that subcommand's module is
imported (``ask`` never loads the settings, the storage layer, asyncio or discord.py). The full
parser, with every subcommand, is built only for help and for mistakes (an unknown command).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each name is a module ``bot.cli.<name>_cmd`` with ``register(subparsers)``, which adds a parser
# whose ``func`` (args -> exit code) runs the command. Registering only touches argparse; heavy
# imports (discord.py above all) happen inside ``func``. A missing module is an error, never
# skipped: a subcommand must not disappear silently.
SUBCOMMANDS = ("chat", "ask", "check", "init", "schema", "eval", "unanswered", "faq", "run",
               "sync")
PACKAGE = "workshop-bot"


class _VersionAction(argparse.Action):
    """``--version``: the installed package's version, looked up only when asked for."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"{parser.prog} {package_version()}")
        parser.exit()


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(PACKAGE)
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every subcommand, or with ``only`` that one (fast start)."""
    parser = argparse.ArgumentParser(
        prog="workshop-bot",
        description="Answer questions about an academic workshop, in the terminal or on Discord.",
    )
    parser.add_argument("--version", action=_VersionAction, help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        if only is None or name == only:
            importlib.import_module(f"bot.cli.{name}_cmd").register(sub)
    return parser


def chosen_command(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line, when it is a known one (the first word that is
    not an option: the top-level options take no value)."""
    first = next((a for a in argv if not a.startswith("-")), None)
    return first if first in SUBCOMMANDS else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(chosen_command(argv))
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
