"""Running as a service: settings from a .env file, a rotating log file."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import logs
from bot.cli.main import main
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SECOND = ROOT / "tests" / "fixtures" / "second-workshop.yaml"
VARIABLES = ("DISCORD_TOKEN", "WORKSHOP_BOT_KNOWLEDGE", "WORKSHOP_BOT_DB",
             "WORKSHOP_BOT_ORGANIZER_ROLE", "WORKSHOP_BOT_ANNOUNCE_CHANNEL",
             "WORKSHOP_BOT_GUILD_ID", "WORKSHOP_BOT_QA_CHANNELS", "WORKSHOP_BOT_LOG_FILE")


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean environment, working in an empty directory."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def our_handlers() -> Iterator[None]:
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == logs._OURS]:
        root.removeHandler(handler)
        handler.close()


def test_settings_come_from_a_dotenv_file_and_the_environment_wins(
        here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (here / ".env").write_text(
        "# the bot's settings\nDISCORD_TOKEN=token-from-file\n"
        "WORKSHOP_BOT_ORGANIZER_ROLE=Chairs\nWORKSHOP_BOT_DB=from-file.sqlite3\n"
        "WORKSHOP_BOT_LOG_FILE=logs/bot.log\nSOMETHING_ELSE=ignored\n", encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_BOT_ORGANIZER_ROLE", "Staff")
    settings = Settings()
    assert settings.token() == "token-from-file"
    assert settings.organizer_role == "Staff"  # the real environment wins
    assert settings.db == Path("from-file.sqlite3")
    assert settings.log_file == Path("logs/bot.log")


def test_without_a_dotenv_file_the_defaults_hold(here: Path) -> None:
    settings = Settings()
    assert settings.token() is None and settings.log_file is None


def test_ask_takes_the_knowledge_file_from_dotenv(here: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (here / ".env").write_text(f"WORKSHOP_BOT_KNOWLEDGE={SECOND}\n", encoding="utf-8")
    assert main(["ask", "--json", "--now", "2031-04-01", "what is the workshop called?"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert "Robust Edge Inference" in row["answer"]
    assert "ML Systems" not in row["answer"]


def test_ask_prefers_the_environment_to_dotenv(here: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (here / ".env").write_text("WORKSHOP_BOT_KNOWLEDGE=missing.yaml\n", encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_BOT_KNOWLEDGE", str(SECOND))
    assert main(["ask", "--json", "--now", "2031-04-01", "what is the workshop called?"]) == 0
    assert "Robust Edge Inference" in json.loads(capsys.readouterr().out)["answer"]


def test_log_file_is_written_and_rotated(here: Path, monkeypatch: pytest.MonkeyPatch,
                                         our_handlers: None) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 400)
    log_file = here / "logs" / "bot.log"
    logs.configure_logging(log_file=log_file)
    for n in range(40):
        logging.getLogger("bot.test").info("line %d of the log", n)
    kept = sorted(p.name for p in log_file.parent.iterdir())
    assert kept == ["bot.log", *(f"bot.log.{i}" for i in range(1, logs.BACKUPS + 1))]
    assert "line 39 of the log" in log_file.read_text(encoding="utf-8")
    assert all(p.stat().st_size <= 400 for p in log_file.parent.iterdir())
    logs.configure_logging(log_file=log_file)  # a second set-up replaces, never doubles
    assert sum(h.get_name() == logs._OURS for h in logging.getLogger().handlers) == 1


def test_run_logs_to_the_file_given(here: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str], our_handlers: None) -> None:
    from bot.app import WorkshopBot

    async def unreachable(self, *args, **kwargs):
        raise OSError("Cannot connect to host discord.com:443")

    monkeypatch.setattr(WorkshopBot, "start", unreachable)
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token-value")
    monkeypatch.setenv("WORKSHOP_BOT_LOG_FILE", str(here / "from-env.log"))
    assert main(["run", "--log-file", str(here / "bot.log")]) == 1
    assert "cannot reach Discord" in capsys.readouterr().err
    logging.getLogger("bot.test").warning("after the run")
    assert "after the run" in (here / "bot.log").read_text(encoding="utf-8")
    assert not (here / "from-env.log").exists()  # the option wins over the variable


def test_an_unwritable_log_file_is_a_clear_error(here: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (here / "a-file").write_text("")
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token-value")
    assert main(["run", "--log-file", str(here / "a-file" / "bot.log")]) == 2
    err = capsys.readouterr().err
    assert "cannot write the log file" in err and "Traceback" not in err


def test_unanswered_finds_the_database_named_in_dotenv(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.storage import Storage

    (here / ".env").write_text("WORKSHOP_BOT_DB=inbox.sqlite3\n", encoding="utf-8")
    assert main(["unanswered"]) == 1
    assert "inbox.sqlite3: no database there" in capsys.readouterr().err
    Storage.open(here / "inbox.sqlite3").close()
    assert main(["unanswered"]) == 0
    assert "No open unanswered questions." in capsys.readouterr().out


def test_an_unreadable_dotenv_is_a_clear_message(here: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    (here / ".env").write_bytes(b"DISCORD_TOKEN=abc\nWORKSHOP_BOT_KNOWLEDGE=\xff\xfe.yaml\n")
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert "cannot read .env" in err and "Traceback" not in err
    assert main(["ask", "--json", "--now", "2017-10-15", "how many pages"]) == 0
    captured = capsys.readouterr()
    assert "cannot read .env" in captured.err and "WORKSHOP_BOT_KNOWLEDGE is not set" in (
        captured.err)
    assert "6 pages" in json.loads(captured.out)["answer"]


def test_check_takes_the_knowledge_file_from_dotenv(here: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (here / ".env").write_text(f"WORKSHOP_BOT_KNOWLEDGE={SECOND}\n", encoding="utf-8")
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Robust Edge Inference" in out and "ML Systems" not in out
