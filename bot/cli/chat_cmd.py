"""``workshop-bot chat``: talk to the bot in the terminal, offline (no Discord, no token)."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli.options import (
    add_knowledge_option,
    add_now_option,
    current,
    preview_note,
    responder_and_now,
)
from bot.cli.render import CYAN, GREEN, RESET, Style, as_text, wrap
from bot.core.answers.answer import Answer, Kind, Suggestion

if TYPE_CHECKING:
    from bot.core.responder import Responder
    from bot.core.understanding.conversation import Conversation

log = logging.getLogger(__name__)
QUIT = {"quit", "exit", ":q", "/quit", "/exit", "bye!"}
HISTORY = Path(os.environ.get("WORKSHOP_BOT_HISTORY", Path.home() / ".workshop_bot_history"))
BOT, YOU = "bot> ", "you> "
SORRY = "Sorry, something went wrong with that one. Please try another question."


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "chat", help="talk to the bot in the terminal (offline, no Discord needed)",
        description="An interactive, offline conversation with the bot. Type a question and "
                    "press Enter; when the bot asks back, type the number of an option to "
                    "pick it. 'quit', Ctrl-D or Ctrl-C leaves.")
    add_now_option(p)
    add_knowledge_option(p)
    p.set_defaults(func=run)


class Chat:
    """One conversation: the bot's reply to each line typed, and the options it last offered
    (a number typed next picks one of them)."""

    def __init__(self, responder: Responder, fixed_now: datetime | None, style: Style) -> None:
        self.responder, self.fixed_now, self.style = responder, fixed_now, style
        self.options: list[Suggestion] = []
        self.context: Conversation | None = None  # the conversation so far, for follow-ups

    def reply(self, line: str) -> str:
        """The bot's reply to one line, ready to print (wrapped, after the ``bot>`` label)."""
        now = current(self.fixed_now)
        try:
            answer = self._answer(line.strip(), now)
            text = as_text(answer, self.style, numbered=True, indent=" " * len(BOT), first=BOT)
        except Exception:
            log.exception("failed to answer %r", line)
            answer, text = Answer(Kind.UNKNOWN, "", SORRY), BOT + SORRY
        self.options = list(answer.suggestions)
        return self.style.paint(BOT.rstrip(), GREEN) + text[len(BOT) - 1:]

    def _answer(self, question: str, now: datetime) -> Answer:
        if question.isdecimal() and self.options:
            pick = int(question)
            if 1 <= pick <= len(self.options):
                chosen = self.options[pick - 1]
                return self.responder.answer(chosen.intent, now, chosen.entity)
        answer, self.context = self.responder.converse(question, now, self.context)
        return answer


def _line_editing(style: Style) -> Callable[[], None]:
    """Turn on line editing and history when a terminal is attached; return a saver."""
    if not sys.stdin.isatty():
        return lambda: None
    try:
        import readline
    except ImportError:  # pragma: no cover - readline is missing on some platforms
        return lambda: None
    if not style.color and "libedit" not in (readline.__doc__ or ""):
        # GNU readline: no terminal control codes at all without colour
        readline.parse_and_bind("set enable-bracketed-paste off")
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.write_history_file(HISTORY)

    return save


def run(args: argparse.Namespace) -> int:
    loaded = responder_and_now(args)
    if isinstance(loaded, int):
        return loaded
    responder, fixed_now = loaded
    knowledge = responder.knowledge
    style = Style.for_stream(sys.stdout)
    chat = Chat(responder, fixed_now, style)
    interactive = sys.stdin.isatty()
    save_history = _line_editing(style)
    print(wrap(f"workshop-bot: ask me about {knowledge.workshop.name}. "
               "Type 'quit' or press Ctrl-D to leave.", style.width))
    note = None if fixed_now else preview_note(knowledge, current(None), "chat")
    if note:
        print(wrap(note, style.width))
    # \001 and \002 tell readline that the colour codes take no room on the line
    prompt = f"\001{CYAN}\002{YOU.rstrip()}\001{RESET}\002 " if style.color else YOU
    try:
        while True:
            try:
                line = input(prompt if interactive else "")
            except EOFError:
                print()
                break
            if not line.strip():
                continue
            if line.strip().lower() in QUIT:
                break
            print(chat.reply(line) + "\n", flush=True)
    except KeyboardInterrupt:
        print()
    finally:
        save_history()
    print("Bye!")
    return 0
