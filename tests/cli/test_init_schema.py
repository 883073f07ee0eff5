"""An organizer's first ten minutes: init -> check -> ask, the schema for editors, and check
messages that say what to write."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.core.knowledge.yaml_tree import read_tree

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli.main", *args], capture_output=True,
                          text=True, timeout=60, cwd=cwd, env=None)


def test_init_then_check_then_ask(tmp_path: Path) -> None:
    made = run("init", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    path = tmp_path / "workshop.yaml"
    text = path.read_text()
    assert text.startswith("# yaml-language-server: $schema=workshop.schema.json\n")
    # in the order an organizer fills it in
    order = [text.index(k) for k in ("workshop:", "deadlines:", "reminders:", "submission:",
                                     "organizers:", "# program:", "# faq:")]
    assert order == sorted(order)
    checked = run("check", "workshop.yaml", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout
    assert "workshop.yaml: OK: Example Workshop on Learning Systems, 3 deadlines" in checked.stdout
    assert "warning: workshop.contact: 'chairs@example.org' looks like a placeholder" in \
        checked.stdout
    year = int(text.split("date: ")[1][:4])
    asked = run("ask", "--json", "--knowledge", "workshop.yaml", "--now", f"{year}-03-01",
                "when is the paper due?", cwd=tmp_path)
    answer = json.loads(asked.stdout)
    assert answer["answered"] and f"April 2, {year}" in answer["answer"]
    tba = json.loads(run("ask", "--json", "--knowledge", "workshop.yaml", "--now",
                         f"{year}-03-01", "when is the camera-ready due?", cwd=tmp_path).stdout)
    assert "to be announced" in tba["answer"] and f"{year}-" not in tba["answer"]


def test_init_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("workshop: {name: Mine, timezone: UTC}\n")
    assert main(["init", str(mine)]) == 1
    assert "already exists; not overwritten" in capsys.readouterr().out
    assert mine.read_text() == "workshop: {name: Mine, timezone: UTC}\n"
    assert main(["init", str(tmp_path / "no" / "such" / "dir.yaml")]) == 1
    assert "cannot write it" in capsys.readouterr().out


def test_schema_is_json_with_a_description_for_every_field(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"workshop", "deadlines", "program", "submission"} <= set(schema["properties"])
    for name, model in schema["$defs"].items():
        assert model.get("description"), name
        assert model["additionalProperties"] is False, name
        for field, spec in model["properties"].items():
            assert spec.get("description"), f"{name}.{field}"
    assert schema["$defs"]["Workshop"]["properties"]["mode"]["anyOf"][0]["enum"] == [
        "in-person", "virtual", "hybrid"]


FILES = sorted([*ROOT.glob("tests/fixtures/*.yaml"), *ROOT.glob("tests/fixtures/v2/*.yaml"),
                *ROOT.glob("tests/fixtures/real/*.yaml"),
                *ROOT.glob("knowledge/*.yaml")])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_valid_file_is_valid_for_the_schema(path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    main(["schema"])
    schema = json.loads(capsys.readouterr().out)
    jsonschema.validate(read_tree(path.read_text()).data, schema)


def test_the_schema_catches_what_check_catches(capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    main(["schema"])
    schema = json.loads(capsys.readouterr().out)
    bad = read_tree("workshop:\n  name: W\n  timezone: UTC\n  mode: online\n  citty: X\n").data
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(bad))
    assert len(errors) == 2


THREE_MISTAKES = """\
workshop:
  name: Tiny Workshop
  timezone: Europe/Zurch
  date: 2031-06-14
deadlines:
  - id: submission
    name: Paper submission
    due: 2031-04-02
    reminders: [1 week, 1 day]
organisers:
  - name: Ada Example
faq:
  - id: free
    questions: [is it free]
    answer: yes
"""


def test_check_on_a_file_with_three_mistakes(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "three.yaml"
    path.write_text(THREE_MISTAKES)
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:3: workshop.timezone: unknown time zone 'Europe/Zurch' (did you mean "
        "Europe/Zurich?)",
        f"{path}:10: organisers: unknown key (did you mean 'organizers'?)",
        f"{path}:15: faq[0].answer: must be text; YAML reads an unquoted yes as true, not as "
        "text; put it in quotes: \"yes\"",
        f"{path}: 3 problems",
    ]
    fixed = THREE_MISTAKES.replace("Zurch", "Zurich").replace("organisers", "organizers") \
        .replace("answer: yes", 'answer: "yes"')
    path.write_text(fixed)
    assert main(["check", str(path), "--now", "2031-01-01"]) == 0
    assert capsys.readouterr().out.strip().endswith("OK: Tiny Workshop, 1 deadline, "
                                                    "1 organizer, 1 FAQ entry")


def test_check_warnings_do_not_fail_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text("""\
workshop:
  name: Odd Workshop
  website: https://...
  timezone: UTC
  date: 2031-06-14
deadlines:
  - id: submission
    name: Paper submission
    due: 2031-05-01
  - id: notification
    name: Author notification
    due: 2031-04-01
  - id: camera-ready
    name: Camera-ready
    due: 2032-06-01
""")
    assert main(["check", str(path), "--now", "2031-01-01"]) == 0
    out = capsys.readouterr().out
    assert f"{path}:3: warning: workshop.website: 'https://...' looks like a placeholder" in out
    assert (f"{path}:12: warning: deadlines[1].due: the author notification comes before the "
            "paper submission deadline it answers (May 1, 2031)") in out
    assert f"{path}:15: warning: deadlines[2].due: the camera-ready deadline is after the " \
           "workshop" in out
    assert "took place" not in out
    assert main(["check", str(path), "--now", "2032-01-01"]) == 0
    assert f"{path}:5: warning: workshop.date: the workshop took place June 14, 2031" in \
        capsys.readouterr().out


def test_reminders_read_like_announce_at(tmp_path: Path) -> None:
    from datetime import timedelta

    from bot.core.knowledge.model import parse_duration
    from bot.core.when import parse_span

    for text in ("1 week", "in a week", "7d", "36h", "1h30m", "2 weeks", "90 minutes"):
        assert parse_duration(text) == parse_span(text) > timedelta(0)


def test_program_days_are_judged_where_the_session_takes_place(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "offsets.yaml"
    path.write_text("""\
workshop:
  name: Offset Workshop
  timezone: AoE
  date: 2031-11-09
  location: Suzhou, China
program:
  - title: Closing remarks
    start: 2031-11-09T17:30+08:00
  - title: Welcome drinks the night before
    start: 2031-11-08T19:00+08:00
""")
    assert main(["check", str(path), "--now", "2031-01-01"]) == 0
    out = capsys.readouterr().out
    # 17:30 in Suzhou is still November 8 under AoE: the session is on the day all the same
    assert "Closing remarks" not in out
    assert "'Welcome drinks the night before' is on November 8, 2031" in out
