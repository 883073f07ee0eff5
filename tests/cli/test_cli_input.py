"""Odd input to `ask`: bad bytes, line-breaking characters, moments out of range (issue 7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def run_bytes(*args: str | bytes, stdin: bytes = b"",
              encoding: str = "utf-8:strict") -> subprocess.CompletedProcess[bytes]:
    # A strict UTF-8 stdin, as in an en_US.UTF-8 terminal (the C locale would be lenient).
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "bot.cli.main", *args], input=stdin,
                          capture_output=True, timeout=60, cwd=ROOT, env=env)


def test_bad_bytes_on_stdin_are_replaced_and_every_line_is_answered() -> None:
    stdin = b"when is the deadline?\n\xff\xfe bad \xc3 bytes\r\nhow many pages\n\n\xe2\x82"
    result = run_bytes("ask", "--json", "--now", "2017-10-15", stdin=stdin)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode("utf-8")  # strict: the output is valid UTF-8
    rows = [json.loads(line) for line in out.split("\n") if line]
    assert [r["question"] for r in rows] == [
        "when is the deadline?", "\ufffd\ufffd bad \ufffd bytes", "how many pages", "",
        "\ufffd"]
    assert "October 20, 2017" in rows[0]["answer"] and "6 pages" in rows[2]["answer"]
    assert rows[1]["answered"] is False
    assert b"Traceback" not in result.stderr


def test_bad_bytes_in_the_question_argument_are_replaced() -> None:
    result = run_bytes("ask", "--json", "--now", "2017-10-15", b"how many pa\xffges")
    assert result.returncode == 0, result.stderr.decode()
    row = json.loads(result.stdout.decode("utf-8"))
    assert row["question"] == "how many pa\ufffdges"


def test_json_lines_escape_unicode_line_breakers() -> None:
    question = "how\u2028many\u2029pages\u0085is\u000bit?\u00e9"
    stdin = (question + "\nwhen is the deadline?\n").encode()
    result = run_bytes("ask", "--json", "--now", "2017-10-15", stdin=stdin)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode("utf-8")
    for breaker in ("\u2028", "\u2029", "\u0085", "\u000b", "\r"):
        assert breaker not in out
    lines = out.splitlines()  # splits on all of them: still exactly one line per question
    assert len(lines) == 2
    assert json.loads(lines[0])["question"] == question
    assert "\u00e9" in lines[0]  # other text stays readable, not \u-escaped


def test_json_is_ascii_when_the_output_cannot_take_utf8() -> None:
    result = run_bytes("ask", "--json", "--now", "2017-10-15", "o\u00f9 est-ce ?",
                       encoding="ascii:strict")
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout.decode("ascii"))["question"] == "o\u00f9 est-ce ?"


@pytest.mark.parametrize("moment", ["9999-12-31", "9999-12-31T23:59:59-12:00", "0001-01-01",
                                    "0001-01-01T00:00+14:00", "1969-12-31", "2201-01-01"])
def test_now_outside_the_supported_years_is_a_clear_error(
        moment: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "--now", moment, "when is the deadline?"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"--now: '{moment}' is outside the years the bot can answer for (1970 to 2200)" in (
        captured.err)


def test_now_at_the_edges_of_the_range_answers(capsys: pytest.CaptureFixture[str]) -> None:
    for moment in ("1970-01-01T00:00+00:00", "2200-12-31T23:59"):
        assert main(["ask", "--json", "--now", moment, "when is the deadline?"]) == 0
        row = json.loads(capsys.readouterr().out)
        assert row["answered"] is True and "October 20, 2017" in row["answer"]


@pytest.mark.parametrize("command", ["chat", "eval"])
def test_now_out_of_range_in_chat_and_eval_is_the_same_error(
        command: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = [command, "--now", "9999-12-31"] + (["tests/eval/mlsys-extra.yaml"] * (
        command == "eval"))
    assert main(args) == 2
    assert "outside the years" in capsys.readouterr().err


@pytest.mark.timeout(60)
def test_each_line_is_answered_as_it_arrives() -> None:
    # a program can keep `ask --json` open and ask one question at a time
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli.main", "ask", "--json", "--now",
                             "2017-10-15"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            cwd=ROOT)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for question, intent in (("how many pages", "page_limit"),
                                 ("when is the deadline?", "deadline")):
            proc.stdin.write(question.encode() + b"\n")
            proc.stdin.flush()
            assert json.loads(proc.stdout.readline())["intent"] == intent
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
