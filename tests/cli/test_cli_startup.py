"""Fast start: the offline commands import only what they use (every module loaded by the
command, read from ``sys.modules`` when it ends)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[2]
# Neither Discord, the settings, the storage layer nor an event loop is needed to answer.
FORBIDDEN = {"discord", "pydantic_settings", "dotenv", "sqlite3", "_sqlite3", "asyncio", "ssl",
             "bot.settings", "bot.storage", "bot.discord_ui", "bot.organizer", "bot.app"}


# The console script's own two lines, then every module loaded, after a marker on stderr.
TRACE = """\
import sys
from bot.cli.main import main
try:
    code = main(sys.argv[1:])
finally:
    print("--modules--", *sorted(sys.modules), sep="\\n", file=sys.stderr)
sys.exit(code)
"""


def imported_modules(*args: str, stdin: str = "") -> set[str]:
    """Every module the command imported, in a fresh interpreter."""
    result = subprocess.run([sys.executable, "-c", TRACE, *args], input=stdin,
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    _, marker, listing = result.stderr.partition("--modules--\n")
    assert marker, result.stderr[-2000:]
    names = set(listing.split())
    assert "bot.core.responder" in names or args[0] != "ask", result.stderr[-2000:]
    return names


def forbidden(names: set[str]) -> set[str]:
    return {n for n in names if n in FORBIDDEN or n.split(".")[0] in FORBIDDEN}


def test_ask_json_imports_no_discord_settings_storage_or_asyncio() -> None:
    names = imported_modules("ask", "--json", "--now", "2017-10-15", "when is the deadline?")
    assert "bot.cli.ask_cmd" in names
    assert not forbidden(names)
    # only the chosen subcommand's module is loaded
    assert not {"bot.cli.run_cmd", "bot.cli.unanswered_cmd", "bot.cli.chat_cmd"} & names


def test_ask_batch_from_stdin_imports_none_either() -> None:
    names = imported_modules("ask", "--json", "--now", "2017-10-15",
                             stdin="when is the deadline?\nhow many pages\n")
    assert not forbidden(names)


@pytest.mark.parametrize("args", [("check",), ("chat", "--now", "2017-10-15"),
                                  ("eval", "tests/eval/mlsys-extra.yaml", "--now", "2017-10-01")])
def test_check_chat_and_eval_import_none_either(args: tuple[str, ...]) -> None:
    names = imported_modules(*args, stdin="how many pages\n")
    assert not forbidden(names)


def test_the_trace_would_see_a_forbidden_import() -> None:
    # the yardstick: `run` does load the settings (so the check above can fail)
    names = imported_modules("run", "--help") | {"bot.core.responder"}
    assert "pydantic_settings" in forbidden(names)


def test_a_missing_subcommand_module_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_main, "SUBCOMMANDS", (*cli_main.SUBCOMMANDS, "nonexistent"))
    with pytest.raises(ModuleNotFoundError):
        cli_main.build_parser()
    with pytest.raises(ModuleNotFoundError):
        cli_main.main(["nonexistent"])


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_:
        cli_main.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"workshop-bot {version('workshop-bot')}"


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli_main.main(["--help"])
    out = capsys.readouterr().out
    assert all(name in out for name in cli_main.SUBCOMMANDS)


def test_unknown_command_lists_the_real_ones(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli_main.main(["aks", "when?"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'aks'" in err and "'ask'" in err and "'run'" in err
