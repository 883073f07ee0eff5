"""``workshop-bot chat``: talk to the bot in the terminal, offline (no Discord, no token)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from bot.cli.options import add_knowledge_option, add_now_option, current, knowledge_and_now
from bot.cli.render import as_text

QUIT = {"quit", "exit", ":q", "/quit", "/exit", "bye!"}
HISTORY = Path(os.environ.get("WORKSHOP_BOT_HISTORY", Path.home() / ".workshop_bot_history"))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "chat", help="talk to the bot in the terminal (offline, no Discord needed)",
        description="An interactive, offline conversation with the bot. Type a question and "
                    "press Enter; 'quit', Ctrl-D or Ctrl-C leaves.")
    add_now_option(p)
    add_knowledge_option(p)
    p.set_defaults(func=run)


def _line_editing() -> Callable[[], None]:
    """Turn on line editing and history when a terminal is attached; return a saver."""
    if not sys.stdin.isatty():
        return lambda: None
    try:
        import readline
    except ImportError:  # pragma: no cover - readline is missing on some platforms
        return lambda: None
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.write_history_file(HISTORY)

    return save


def run(args: argparse.Namespace) -> int:
    from bot.core.responder import Responder

    loaded = knowledge_and_now(args)
    if isinstance(loaded, int):
        return loaded
    knowledge, fixed_now = loaded
    responder = Responder(knowledge)
    interactive = sys.stdin.isatty()
    color = sys.stdout.isatty()
    save_history = _line_editing()
    context = None  # the conversation so far, for follow-ups ("and her email?")
    print(f"workshop-bot: ask me about {knowledge.workshop.name}. "
          "Type 'quit' or press Ctrl-D to leave.")
    prompt = "\001\033[36m\002you>\001\033[0m\002 " if color else "you> "
    try:
        while True:
            try:
                line = input(prompt if interactive else "")
            except EOFError:
                print()
                break
            question = line.strip()
            if not question:
                continue
            if question.lower() in QUIT:
                break
            now = current(fixed_now)
            try:
                answer, context = responder.converse(question, now, context)
                text = as_text(answer, color=color)
            except Exception:
                import logging

                logging.getLogger(__name__).exception("failed to answer %r", question)
                text = "Sorry, something went wrong with that one. Please try another question."
            label = "\033[32mbot>\033[0m " if color else "bot> "
            print(label + text.replace("\n", "\n     ") + "\n", flush=True)
    except KeyboardInterrupt:
        print()
    finally:
        save_history()
    print("Bye!")
    return 0
