"""`workshop-bot chat` in a real (pseudo-)terminal 60 columns wide: wrapping, colours, picks.

Driven with the standard library's pty module (no pexpect needed): the child gets a terminal
as stdin, stdout and stderr, sized with TIOCSWINSZ, exactly as a terminal emulator would.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from bot.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
URL = "https://nips.cc/Conferences/2017/PaperInformation/StyleFiles"
ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _pty_works() -> bool:
    try:
        master, slave = pty.openpty()
    except OSError:
        return False
    os.close(master)
    os.close(slave)
    return True


needs_pty = pytest.mark.skipif(not _pty_works(), reason="no pseudo-terminals here")


class Terminal:
    """A child process on a pseudo-terminal of the given width."""

    def __init__(self, args: list[str], env: dict[str, str], columns: int = 60) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
        self.proc = subprocess.Popen([sys.executable, "-m", "bot.cli.main", *args], cwd=ROOT,
                                     stdin=slave, stdout=slave, stderr=slave, env=env,
                                     start_new_session=True)
        os.close(slave)
        self.seen = b""

    def expect(self, text: str, count: int = 1, timeout: float = 30) -> str:
        """Everything written so far, once ``text`` (plain, escape codes aside) has appeared
        ``count`` times."""
        deadline = time.monotonic() + timeout
        while self.plain().count(text) < count:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{text!r} never came; got:\n{self.plain()}")
            if self._ready(min(left, 0.5)):
                try:
                    self.seen += os.read(self.master, 65536)
                except OSError:  # the child closed the terminal: nothing more will come
                    raise AssertionError(f"{text!r} never came; got:\n{self.plain()}") from None
        return self.seen.decode("utf-8", "replace")

    def _ready(self, timeout: float) -> bool:
        return bool(select.select([self.master], [], [], timeout)[0])

    def plain(self) -> str:
        return ESCAPE.sub("", self.seen.decode("utf-8", "replace")).replace("\r", "")

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\r")

    def close(self) -> int:
        try:
            return self.proc.wait(timeout=30)
        finally:
            os.close(self.master)


def chat_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("COLUMNS", "LINES", "NO_COLOR", "WORKSHOP_BOT_KNOWLEDGE")}
    return {**env, "TERM": "xterm-256color", "WORKSHOP_BOT_HISTORY": str(tmp_path / "hist"),
            **extra}


def session(tmp_path: Path, *questions: str, **env: str) -> tuple[str, str]:
    """Ask each question in a 60-column chat; the raw output and its plain text."""
    term = Terminal(["chat", "--now", "2017-10-15"], chat_env(tmp_path, **env))
    term.expect("you>")
    for n, question in enumerate(questions, 2):
        term.type(question)
        term.expect("you>", count=n)
    term.type("quit")
    raw = term.expect("Bye!")
    assert term.close() == 0
    return raw, term.plain()


@needs_pty
def test_chat_wraps_to_60_columns_and_never_breaks_a_url(tmp_path: Path) -> None:
    raw, text = session(tmp_path, "where can I find the style files?", "who organizes it?",
                        NO_COLOR="1")
    assert URL in text  # whole, on one line
    assert "\x1b" not in raw  # NO_COLOR: no escape codes at all (nor readline's)
    for line in text.split("\n"):
        # only a URL longer than the line may overflow it, alone on its line
        assert len(line) <= 60 or line.strip().rstrip(".") == URL, line
    assert "\n       " + URL in text  # under the hanging indent of its paragraph
    # the long answer was wrapped: a paragraph goes on under a hanging indent
    replies = text.split("bot> ")[1:]
    assert any(re.search(r"\n {7}\S", reply) for reply in replies), text
    assert "Sarah Bird" in text and "Siddhartha Sen" in text


@needs_pty
def test_chat_colours_a_terminal_without_no_color(tmp_path: Path) -> None:
    raw, text = session(tmp_path, "what's the page limit?")
    assert "\x1b[" in raw  # the yardstick: colour is on unless NO_COLOR says otherwise
    assert "6 pages" in text


@needs_pty
def test_a_number_picks_a_did_you_mean_option(tmp_path: Path) -> None:
    _, text = session(tmp_path, "how long", "1", "7", NO_COLOR="1")
    assert re.search(r"1\. The page limit", text), text
    after_pick = text.split("you> 1")[1].split("you> 7")[0]
    assert "6 pages" in after_pick and "not sure" not in after_pick
    after_seven = text.split("you> 7")[1]
    assert "6 pages" not in after_seven  # a number with no option to pick is a question again


def test_chat_says_once_how_to_preview_a_past_workshop(tmp_path: Path) -> None:
    env = chat_env(tmp_path)
    result = subprocess.run([sys.executable, "-m", "bot.cli.main", "chat"], input="quit\n",
                            capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stdout.splitlines() if "--now" in line]
    assert len(notes) == 1
    assert "took place on December 8, 2017" in notes[0]
    assert "workshop-bot chat --now 2017-10-13" in notes[0]
    assert "\x1b" not in result.stdout  # not a terminal: no escape codes


def test_no_preview_note_when_now_is_given(capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115 - closed by the chat
    assert main(["chat", "--now", "2017-10-15"]) == 0
    assert "--now" not in capsys.readouterr().out


def test_preview_note_for_a_workshop_far_ahead_and_none_near_it() -> None:
    from datetime import UTC, datetime

    from bot.cli.options import preview_note
    from bot.core.knowledge.loader import load_knowledge

    second = load_knowledge(ROOT / "tests" / "fixtures" / "second-workshop.yaml")
    far = preview_note(second, datetime(2026, 12, 2, tzinfo=UTC), "chat")
    assert far is not None and far.startswith(f"Note: {second.workshop.name} is on ")
    assert "(in 5 years)" in far and "workshop-bot chat --now 2031-" in far
    assert preview_note(second, datetime(2031, 3, 1, tzinfo=UTC), "chat") is None
    mlsys = load_knowledge()
    assert preview_note(mlsys, datetime(2017, 10, 15, tzinfo=UTC), "chat") is None
    assert "took place" in (preview_note(mlsys, datetime(2017, 12, 10, tzinfo=UTC), "chat") or "")


@needs_pty
def test_ask_wraps_in_a_terminal_and_is_plain_in_a_pipe(tmp_path: Path) -> None:
    args = ["ask", "--now", "2017-10-15", "where can I find the style files?"]
    term = Terminal(args, chat_env(tmp_path))
    term.expect("Style files:")
    term.expect(URL, count=2)
    assert term.close() == 0
    lines = term.plain().split("\n")
    assert "\x1b[1mStyle" in term.seen.decode()  # the title is bold on a colour terminal
    assert all(len(line) <= 60 or line.strip().rstrip(".") == URL for line in lines)
    piped = subprocess.run([sys.executable, "-m", "bot.cli.main", *args], capture_output=True,
                           text=True, timeout=60, cwd=ROOT, env=chat_env(tmp_path))
    assert "\x1b" not in piped.stdout
    assert f"the style files are at {URL}." in piped.stdout  # one line per paragraph: no wrap
