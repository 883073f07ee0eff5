"""Nothing blocks the event loop (issue 7): storage and knowledge-file parsing run on other
threads, and a database locked by another process costs a log line, never an answer."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from organizer_world import Server, knowledge_text

import bot.core.knowledge.source as source_module
import bot.storage.connection as connection
from bot.app import create_bot
from bot.organizer.knowledge_watch import KnowledgeWatch
from bot.storage import Storage

_LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('held', 'by another process')")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def _spy_on_storage(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every Storage method call from now on, with the thread it ran on."""
    calls: list[tuple[str, int]] = []
    for name in dir(Storage):
        method = getattr(Storage, name)
        if name.startswith("_") or not callable(method) or name == "open":
            continue

        def spy(*args, __method=method, __name=name, **kwargs):
            calls.append((__name, threading.get_ident()))
            return __method(*args, **kwargs)

        monkeypatch.setattr(Storage, name, spy)
    return calls


async def test_no_storage_call_or_file_parse_runs_on_the_event_loop(
        server: Server, knowledge_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loop_thread = threading.get_ident()  # the test runs on the bot's loop
    calls = _spy_on_storage(monkeypatch)
    parses: list[int] = []
    real_load = source_module.load_responder

    def load(path):
        parses.append(threading.get_ident())
        return real_load(path)

    monkeypatch.setattr(source_module, "load_responder", load)
    mention = server.env.bot.user.mention
    await server.member.send(server.general, f"{mention} is there a vegan lunch?")
    reply = server.general.last_message
    await server.member.click(reply, label="Not helpful")
    await server.member.send_dm("when is the paper due?")
    await server.member.slash(server.general, "ask", question="how many pages?")
    for command in ("unanswered", "stats", "scheduled"):
        await server.organizer.slash(server.general, command)
    await server.announce(message="now")
    await server.announce(message="later", at="in 2 hours")
    knowledge_file.write_text(knowledge_text(submission="2026-01-20T12:00"), encoding="utf-8")
    await server.organizer.slash(server.general, "reload")
    knowledge_file.write_text(knowledge_text(submission="2026-01-25T12:00"), encoding="utf-8")
    await server.env.advance_time(3600 + 3 * KnowledgeWatch.quiet_seconds)  # the file watcher
    assert server.env.bot.services.source.knowledge.deadline("submission").due.day == 25
    assert len(parses) == 2
    used = {name for name, _ in calls}
    assert {"log_question", "record_vote", "unanswered_questions", "questions_between",
            "scheduled", "add_announcement", "mark_sent", "reminder_states"} <= used
    on_loop = sorted({name for name, thread in calls if thread == loop_thread})
    assert on_loop == []
    assert parses and loop_thread not in parses


@pytest.fixture
def simcord_bot(tmp_path: Path, knowledge_file: Path, monkeypatch: pytest.MonkeyPatch,
                file_watch: None):
    for name in ("WORKSHOP_BOT_GUILD_ID", "WORKSHOP_BOT_QA_CHANNELS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WORKSHOP_BOT_DB", str(tmp_path / "bot.sqlite3"))
    monkeypatch.setenv("WORKSHOP_BOT_KNOWLEDGE", str(knowledge_file))
    monkeypatch.setattr(connection, "BUSY_TIMEOUT", 0.2)  # keep the test quick
    return create_bot()


async def test_a_question_is_answered_while_another_process_holds_the_lock(
        server: Server, caplog: pytest.LogCaptureFixture) -> None:
    path = server.env.bot.services.storage.path
    locker = subprocess.Popen([sys.executable, "-c", _LOCKER, path], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        with caplog.at_level(logging.WARNING):
            reply = await server.member.send(server.general,
                                             f"{server.env.bot.user.mention} how many pages?")
            answer = server.general.last_message
        assert answer.id != reply.id and "4 pages" in answer.embeds[0].description
        assert any("was not stored" in r.getMessage() for r in caplog.records)
        scheduled = await server.organizer.slash(server.general, "scheduled")  # reads work
        assert scheduled.response.embeds
    finally:
        assert locker.stdin is not None
        locker.stdin.write("\n")
        locker.stdin.close()
        locker.wait(timeout=30)
    await server.member.send(server.general, f"{server.env.bot.user.mention} how many pages?")
    assert any(q.question == "how many pages?"
               for q in server.storage.questions_between())  # stored again once it is free
