"""Starting the bot for real (``workshop-bot run`` / ``sync``): login, signals, clean stop.

The token is passed to discord.py and nowhere else: never printed, never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

import discord

from bot.app import WorkshopBot, create_bot
from bot.core.knowledge.loader import KnowledgeError
from bot.discord_ui.replies import describe_http_error
from bot.settings import Settings
from bot.storage import StorageError

log = logging.getLogger(__name__)

INTENT_HELP = (
    "Discord refused the message-content intent, which WORKSHOP_BOT_QA_CHANNELS needs. "
    "Either enable it (Developer Portal → your application → Bot → Privileged Gateway "
    "Intents → Message Content Intent) or unset WORKSHOP_BOT_QA_CHANNELS."
)
NETWORK_HELP = (
    "cannot reach Discord ({error}). Check the machine's internet connection (and any proxy or "
    "firewall), then try again."
)
LOGIN_HELP = (
    "Discord rejected DISCORD_TOKEN. Reset it (Developer Portal → your application → Bot → "
    "Reset Token) and set the new one."
)


def _build(settings: Settings, sync: str) -> WorkshopBot | int:
    try:
        return create_bot(settings, sync=sync)  # type: ignore[arg-type]
    except KnowledgeError as exc:
        print(f"workshop-bot: the knowledge file has problems:\n{exc}", file=sys.stderr)
    except StorageError as exc:
        print(f"workshop-bot: {exc}", file=sys.stderr)
    return 1


async def serve(settings: Settings, token: str) -> int:
    """Run until Ctrl-C / SIGTERM (clean close) or a fatal login problem."""
    bot = _build(settings, "auto")
    if isinstance(bot, int):
        return bot
    loop = asyncio.get_running_loop()
    closing: list[asyncio.Task[None]] = []

    def request_stop(name: str) -> None:
        if not closing:
            log.info("%s received: closing the connection", name)
            closing.append(loop.create_task(bot.close()))

    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # e.g. Windows
            loop.add_signal_handler(sig, request_stop, sig.name)
    try:
        async with bot:
            await bot.start(token)
    except CONNECT_ERRORS as exc:
        print(f"workshop-bot: {_connect_failure(exc, 'connecting')}", file=sys.stderr)
        return 1
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
        if closing:
            await asyncio.gather(*closing, return_exceptions=True)
    log.info("stopped")
    return 0


# what logging in or connecting can fail with, each explained by _connect_failure
CONNECT_ERRORS = (discord.LoginFailure, discord.PrivilegedIntentsRequired, discord.HTTPException,
                  TimeoutError, OSError)


def _connect_failure(exc: BaseException, doing: str) -> str:
    """What to tell whoever started the bot when logging in or connecting failed."""
    if isinstance(exc, discord.LoginFailure):
        return LOGIN_HELP
    if isinstance(exc, discord.PrivilegedIntentsRequired):
        return INTENT_HELP
    if isinstance(exc, discord.HTTPException):
        return f"{doing} failed: {describe_http_error(exc)}"
    return NETWORK_HELP.format(error=type(exc).__name__)  # DNS, refused connection, no route


async def sync_once(settings: Settings, token: str) -> int:
    """Log in (which runs setup_hook with a forced sync), report, and close."""
    bot = _build(settings, "force")
    if isinstance(bot, int):
        return bot
    try:
        async with bot:
            await bot.login(token)
    except CONNECT_ERRORS as exc:
        print(f"workshop-bot: {_connect_failure(exc, 'the sync')}", file=sys.stderr)
        return 1
    names = ", ".join(f"/{c.name}" for c in bot.synced or [])
    target = f"server {settings.guild_id}" if settings.guild_id else "all servers (global)"
    print(f"synced {len(bot.synced or [])} commands to {target}: {names}")
    return 0
