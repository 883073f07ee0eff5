"""``workshop-bot run``: connect to Discord and serve until Ctrl-C or SIGTERM.

Only settings are read here; discord.py is imported when the command actually runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from bot.cli.logs import configure_logging
from bot.settings import ENV_FILE, Settings

NO_TOKEN_HELP = """\
DISCORD_TOKEN is not set. To get a token:
  1. open https://discord.com/developers/applications and pick (or create) your application;
  2. go to Bot and press Reset Token, then copy the token (Discord shows it once);
  3. set it in the environment, e.g.  export DISCORD_TOKEN='paste-it-here'
     (keep it secret: anyone with the token controls the bot).
Then run `workshop-bot {command}` again. The README ("On Discord") walks through inviting the
bot."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run",
        help="connect to Discord and answer attendees (needs DISCORD_TOKEN)",
        description="Connect to Discord with DISCORD_TOKEN and serve until stopped "
        "(Ctrl-C or SIGTERM). Settings come from the WORKSHOP_BOT_* environment variables.",
    )
    add_logging_options(parser)
    parser.set_defaults(func=run)


def add_logging_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    parser.add_argument(
        "--log-file", metavar="FILE", type=Path,
        help="also log to FILE, rotated at 5 MB with 5 old files kept "
             "(default: $WORKSHOP_BOT_LOG_FILE; none: stderr only)")


def prepare(command: str, verbose: bool = False,
            log_file: Path | None = None) -> tuple[Settings, str] | int:
    """Settings and the token, or an exit code after explaining what is missing."""
    try:
        settings = Settings()
    except (OSError, UnicodeDecodeError) as exc:  # the .env file exists but cannot be read
        print(f"workshop-bot: cannot read {ENV_FILE}: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        print(f"workshop-bot: invalid settings in the environment or {ENV_FILE}:",
              file=sys.stderr)
        for error in exc.errors(include_input=False, include_url=False):
            where = ".".join(str(p) for p in error["loc"]) or "settings"
            print(f"  {where}: {error['msg']}", file=sys.stderr)
        return 2
    token = settings.token()
    if not token or not token.strip():
        print(f"workshop-bot: {NO_TOKEN_HELP.format(command=command)}", file=sys.stderr)
        return 2
    log_file = log_file or settings.log_file
    try:
        configure_logging(verbose, log_file)
    except OSError as exc:
        print(f"workshop-bot: cannot write the log file {log_file}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    return settings, token.strip()


def run(args: argparse.Namespace) -> int:
    prepared = prepare("run", args.verbose, args.log_file)
    if isinstance(prepared, int):
        return prepared
    settings, token = prepared

    import asyncio

    from bot.discord_ui.launch import serve

    return asyncio.run(serve(settings, token))
