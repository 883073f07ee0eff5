"""``workshop-bot sync``: log in, sync the application commands now, and exit."""

from __future__ import annotations

import argparse

from bot.cli.run_cmd import add_logging_options, prepare


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sync",
        help="sync the slash commands with Discord now (needs DISCORD_TOKEN)",
        description="Log in with DISCORD_TOKEN and sync the application commands, changed or "
        "not: to WORKSHOP_BOT_GUILD_ID when set, otherwise globally. `workshop-bot run` "
        "already syncs by itself whenever the command definitions changed.",
    )
    add_logging_options(parser)
    parser.set_defaults(func=sync)


def sync(args: argparse.Namespace) -> int:
    prepared = prepare("sync", args.verbose, args.log_file)
    if isinstance(prepared, int):
        return prepared
    settings, token = prepared

    import asyncio

    from bot.discord_ui.launch import sync_once

    return asyncio.run(sync_once(settings, token))
