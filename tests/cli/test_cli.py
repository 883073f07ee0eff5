"""The command line as organizers use it: ask, check, chat, eval (no Discord anywhere)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.storage import Storage

ROOT = Path(__file__).resolve().parents[2]
SECOND = ROOT / "tests" / "fixtures" / "second-workshop.yaml"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli.main", *args], input=stdin,
                          capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_ask_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "--now", "2017-10-15", "when is the paper due?"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"question", "answered", "intent", "confidence", "answer", "suggestions"}
    assert out["question"] == "when is the paper due?"
    assert out["answered"] is True and out["intent"] == "deadline"
    assert 0 <= out["confidence"] <= 1
    assert "October 20, 2017" in out["answer"] and "in 5 days" in out["answer"]
    assert out["suggestions"] == []


def test_ask_batch_from_stdin_keeps_order() -> None:
    questions = ["hi", "how many pages?", "how much is registration?", "where is it?"]
    result = run("ask", "--json", "--now", "2017-10-01", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == questions
    assert [r["answered"] for r in rows] == [False, True, False, True]


def test_ask_never_imports_discord(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    code = ("import sys; from bot.cli.main import main; main(['ask', 'when?']); "
            f"main(['check']); main(['unanswered', '--db', {str(db)!r}]); "
            "sys.exit(1 if 'discord' in sys.modules else 0)")
    Storage.open(db).close()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, cwd=ROOT)
    assert result.returncode == 0, "discord.py was imported by ask/check/unanswered"


def test_ask_with_other_knowledge_and_naive_now(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--knowledge", str(SECOND), "--now", "2031-04-30T16:00",
                 "paper deadline?"]) == 0
    out = capsys.readouterr().out
    assert "Full paper submission: April 30, 2031, 5:00 PM AoE (that's in 1 hour)" in out


def test_ask_bad_now_is_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--now", "next tuesday", "deadline?"]) == 2
    assert "is not a date" in capsys.readouterr().err


def test_ask_with_broken_knowledge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("workshop:\n  name: X\n  timezone: Nowhere/Here\n")
    assert main(["ask", "--knowledge", str(bad), "deadline?"]) == 1
    assert f"{bad}:3: workshop.timezone: unknown time zone" in capsys.readouterr().err


def test_check_valid_and_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "OK: ML Systems Workshop" in capsys.readouterr().out
    assert main(["check", str(SECOND)]) == 0
    assert "4 deadlines, 3 organizers, 3 FAQ entries" in capsys.readouterr().out
    tiny = tmp_path / "tiny.yaml"
    tiny.write_text("workshop: {name: T, timezone: UTC}\ndeadlines: [{id: a, name: A, "
                    "due: 2031-01-01}]\nfaq: [{id: f, questions: [q], answer: a}]\n")
    assert main(["check", str(tiny)]) == 0
    assert "1 deadline, 0 organizers, 1 FAQ entry" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text("workshop:\n  name: X\n  timezone: UTC\n  deadlnes: []\n  date: 2031-02-30\n")
    assert main(["check", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-3].startswith(f"{bad}:4: workshop.deadlnes: unknown key")
    assert out[-2].startswith(f"{bad}:5: workshop.date:")
    assert out[-1] == f"{bad}: 2 problems"


def test_check_env_var_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("WORKSHOP_BOT_KNOWLEDGE", str(SECOND))
    assert main(["check"]) == 0
    assert "Workshop on Robust Edge Inference" in capsys.readouterr().out


def test_chat_session_survives_odd_input_and_quits() -> None:
    lines = ["hello", "", "💥💥💥", "x" * 5000, "\x00\x1b[31m", "when is the deadline?", "quit",
             "never read"]
    result = run("chat", "--now", "2017-10-15", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "October 20, 2017" in result.stdout
    assert result.stdout.rstrip().endswith("Bye!")
    assert result.stdout.count("bot>") == 5


def test_chat_ends_on_eof() -> None:
    result = run("chat", stdin="how many pages\n")
    assert result.returncode == 0
    assert "6 pages" in result.stdout and result.stdout.rstrip().endswith("Bye!")


def test_eval_reports_per_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    qs = tmp_path / "qs.yaml"
    qs.write_text(
        "- q: when is the workshop\n  kind: answer\n  must: ['december 8']\n"
        "- q: is there a rebuttal\n  kind: unknown\n"
        "- q: how many pages\n  kind: answer\n  must: ['\\b9 pages']\n")
    assert main(["eval", str(qs), "--now", "2017-10-01"]) == 1
    out = capsys.readouterr().out
    assert "answer         1 / 2" in out and "unknown        1 / 1" in out
    assert "FAIL [answer] how many pages" in out and "missing /\\b9 pages/" in out


def test_eval_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    qs = tmp_path / "qs.yaml"
    qs.write_text("q: not a list\n")
    assert main(["eval", str(qs)]) == 2
    assert "must be a YAML list" in capsys.readouterr().err
