"""`check` is a gate: every hostile file gets exit 1 and a clear message, never a traceback or a
hang; whatever passes loads and answers. The hostile files are generated here (small ones)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from bot.cli.main import main
from bot.core.answers.calendar import build_calendar
from bot.core.knowledge import yaml_tree
from bot.core.knowledge.loader import KnowledgeError, load_knowledge, parse_knowledge
from bot.core.reminders import plan_reminders
from bot.core.responder import Responder

pytestmark = pytest.mark.timeout(30)  # a hang fails the test instead of stalling the suite

BASE = "workshop:\n  name: W\n  timezone: UTC\n  date: 2030-05-02\n"
LAUGHS = "".join(
    f"{c}: &{c} [{', '.join([f'*{p}'] * 9) if p else ', '.join(['lol'] * 9)}]\n"
    for p, c in zip(["", *"abcdefgh"], "abcdefghi", strict=True))

HOSTILE = {
    # name: (file text, what the message must say)
    "billion-laughs": (LAUGHS, ":6: the file expands to more than 250,000 values"),
    "self-alias": ("a: &a [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n",
                   ":1: the alias *a is inside the value it refers to"),
    "self-alias-mapping": ("workshop: &w\n  name: W\n  again: *w\n",
                           ":3: the alias *w is inside the value it refers to"),
    "unknown-alias": (BASE + "  venue: *nowhere\n", ":5: the alias *nowhere refers to no anchor"),
    "many-aliases": ("a: &a x\nb: [" + ", ".join(["*a"] * 101) + "]\n", ":2: more than 100 "
                     "aliases"),
    "deep-flow": ("workshop: " + "[" * 5000 + "]" * 5000 + "\n", ":1: "),  # ours or libyaml's
    "deep-block": (BASE + "".join("  " * i + f"k{i}:\n" for i in range(60)),
                   "nested more than 32 levels deep"),
    "huge-integer": (BASE + "submission:\n  page_limit: " + "9" * 5000 + "\n",
                     ":6: submission.page_limit: the number 999999999999... is far too long "
                     "(5,000 characters)"),
    "huge-float": (BASE + "submission:\n  page_limit: 1." + "9" * 5000 + "\n",
                   ":6: submission.page_limit: the number"),
    "huge-string": (BASE + "  description: " + "a" * 30_000 + "\n",
                    ":5: workshop.description: the text is 30,000 characters long"),
    "duration-days": (BASE + "reminders: [99999999999d]\n",
                      ":5: reminders[0]: '99999999999d' is more than a year"),
    "duration-weeks": (BASE + "deadlines:\n  - id: a\n    name: A\n    due: 2030-01-01\n"
                       "    reminders: [1000000w]\n",
                       ":9: deadlines[0].reminders[0]: '1000000w' is more than a year"),
    "year-9999": (BASE.replace("2030-05-02", "9999-12-31"),
                  ":4: workshop.date: '9999-12-31' is in the year 9999; the bot handles dates "
                  "from 1970 to 2200"),
    "year-0001": (BASE + "deadlines:\n  - id: a\n    name: A\n    due: 0001-01-01T00:00\n",
                  ":8: deadlines[0].due: '0001-01-01T00:00' is in the year 1"),
    "marker-in-faq": (BASE + "faq:\n  - id: x\n    questions: [q]\n"
                      "    answer: \"a \\ue0000\\ue001\"\n",
                      ":8: faq[0].answer: contains the character U+E000, which the bot reserves"),
    "marker-in-name": (BASE.replace("name: W", "name: W \ue001"),
                       ":2: workshop.name: contains the character U+E001"),
    "python-tag": (BASE + "  venue: !!python/object/apply:os.system [ls]\n",
                   ":5: workshop.venue: the tag tag:yaml.org,2002:python/object/apply:os.system "
                   "is not supported"),
    "two-documents": (BASE + "---\n" + BASE, ":5: the file holds more than one YAML document"),
    "list-as-key": (BASE + "  [a, b]: c\n", ":5: workshop: a key must be plain text"),
}


def check(path: Path | str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["check", str(path)])
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_file_is_refused_with_a_line(case: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    text, expected = HOSTILE[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(text, encoding="utf-8")
    code, out = check(path, capsys)
    assert code == 1
    assert (f"{path}{expected}" if expected.startswith(":") else expected) in out
    assert "Traceback" not in out and "Error:" not in out


@pytest.mark.parametrize("case", ["billion-laughs", "self-alias", "deep-flow", "deep-block",
                                  "huge-integer", "marker-in-faq", "two-documents"])
def test_the_pure_python_parser_refuses_them_too(case: str, monkeypatch: pytest.MonkeyPatch
                                                  ) -> None:
    monkeypatch.setattr(yaml_tree, "_Parser", yaml.SafeLoader)
    text, expected = HOSTILE[case]
    with pytest.raises(KnowledgeError) as info:
        parse_knowledge(text, "f.yaml")
    if case == "deep-flow":  # libyaml stops at its own depth limit; ours comes first here
        expected = "nested more than 32 levels deep"
    assert expected.lstrip(":") in str(info.value)


def test_the_c_parser_is_used_when_pyyaml_has_it() -> None:
    expected = "CSafeLoader" if yaml.__with_libyaml__ else "SafeLoader"
    assert expected == yaml_tree.PARSER


def test_a_large_file_is_refused_from_its_size(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as f:
        f.truncate(5 * 1024 * 1024)  # 5 MB of nothing: never read
    code, out = check(path, capsys)
    assert code == 1 and f"{path}: the file is 5.2 MB; a knowledge file is at most 2 MB" in out


def test_a_device_is_refused_without_reading(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = check("/dev/zero", capsys)
    assert code == 1 and "/dev/zero: not a regular file" in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    code, out = check(path, capsys)
    assert code == 1 and f"{path}: not a regular file" in out


def test_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = check(tmp_path, capsys)
    assert code == 1 and "folder" in out


def test_a_bad_byte_names_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(BASE.encode() + b"  venue: Z\xfcrich\n")
    code, out = check(path, capsys)
    assert code == 1 and f"{path}:5: cannot read the file: it is not UTF-8 text (byte 0xfc)" in out


def test_a_one_megabyte_file_of_faq_entries_passes(tmp_path: Path) -> None:
    entries = "".join(f"  - id: f{i}\n    questions: [question number {i}]\n"
                      f"    answer: The answer to question {i}, in a few plain words.\n"
                      for i in range(11_000))
    path = tmp_path / "large.yaml"
    path.write_text(BASE + "faq:\n" + entries, encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    k = load_knowledge(path)
    assert len(k.faq) == 11_000 and k.faq[-1].id == "f10999"


def test_a_few_aliases_still_work() -> None:
    k = parse_knowledge(BASE + "  location: &city Lyon, France\n  venue: *city\n")
    assert k.workshop.venue == k.workshop.location == "Lyon, France"


EDGES = """\
workshop:
  name: Edge Workshop
  timezone: AoE
  start: 2200-12-30
  end: 2200-12-31
deadlines:
  - id: early
    name: Early bird
    due: 1970-01-01T00:00+14:00
  - id: late
    name: Late bird
    due: 2200-12-31
    reminders: [52w, 366d]
reminders: [1w]
"""


def test_what_passes_at_the_edges_of_the_window_answers_and_schedules() -> None:
    k = parse_knowledge(EDGES)
    r = Responder(k)
    for now in (datetime(1970, 1, 1, tzinfo=UTC), datetime(2200, 12, 31, 23, tzinfo=UTC)):
        for question in ("when is the workshop?", "what are the deadlines?",
                         "when is the late bird deadline?"):
            assert r.respond(question, now).plain_text()
        assert build_calendar(k, now).startswith(b"BEGIN:VCALENDAR")
    plans = plan_reminders(k)
    assert len(plans) == 3 and plans[0].at.year == 1969


MARKED = ["\ue000", "\ue001", "\ue0007\ue001", "when is the deadline? \ue0000\ue001",
          "\ue001\ue000"]


@pytest.mark.parametrize("typed", MARKED)
def test_marker_characters_typed_by_a_user_never_crash_a_reply(typed: str) -> None:
    r = Responder(load_knowledge())
    now = datetime(2017, 10, 1, tzinfo=UTC)
    for answer in (r.respond(typed, now), r.answer("contact", now, entity=typed),
                   r.answer("organizer", now, entity=typed),
                   r.answer("deadline", now, entity=typed)):
        text = answer.plain_text()
        assert "\ue000" not in text and "\ue001" not in text
    assert r.deadline_choices(typed) is not None and r.organizer_choices(typed) is not None
