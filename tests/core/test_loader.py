"""Loading and validating knowledge files: every problem reported as FILE:LINE, all at once."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot.core.knowledge.loader import KnowledgeError, load_knowledge, parse_knowledge

VALID = """\
workshop:
  name: Tiny Workshop
  timezone: Europe/Paris
  date: 2030-05-02
deadlines:
  - id: submission
    name: Paper submission
    due: 2030-03-01
"""


def problems(text: str) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        parse_knowledge(textwrap.dedent(text), "w.yaml")
    return [str(p) for p in info.value.problems]


def test_valid_minimal_file_loads() -> None:
    k = parse_knowledge(VALID, "w.yaml")
    assert k.workshop.name == "Tiny Workshop"
    assert k.deadlines[0].due_at(k.tz).isoformat() == "2030-03-01T23:59:59+01:00"


def test_packaged_workshop_loads_from_any_directory(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WORKSHOP_BOT_KNOWLEDGE", raising=False)
    k = load_knowledge()
    assert k.workshop.name == "ML Systems Workshop"
    assert [d.id for d in k.deadlines] == ["submission", "notification"]


def test_yaml_syntax_error_names_the_line() -> None:
    found = problems("workshop:\n  name: [unclosed\n  timezone: UTC\n")
    assert len(found) == 1
    assert found[0].startswith("w.yaml:3: YAML syntax error")


def test_empty_file() -> None:
    assert problems("") == ["w.yaml:1: the file is empty; it needs a workshop: section"]
    assert problems("# only a comment\n")[0].startswith("w.yaml:1: the file is empty")


def test_file_that_is_not_a_mapping() -> None:
    assert problems("- a\n- b\n") == ["w.yaml:1: the file must be a mapping with a workshop: "
                                      "section"]
    assert "must be a mapping" in problems("just text\n")[0]


def test_unknown_key_is_an_error_with_its_line() -> None:
    text = VALID + "deadlnes:\n  - id: x\n"
    assert problems(text) == ["w.yaml:9: deadlnes: unknown key (did you mean 'deadlines'?)"]


def test_nested_unknown_key() -> None:
    found = problems(VALID.replace("  date: 2030-05-02", "  date: 2030-05-02\n  citty: Paris"))
    assert found == ["w.yaml:5: workshop.citty: unknown key (did you mean 'city'?)"] or \
        found[0].startswith("w.yaml:5: workshop.citty: unknown key (the keys in workshop are: ")


def test_missing_required_fields() -> None:
    found = problems("workshop:\n  date: 2030-05-02\ndeadlines:\n  - id: a\n    due: 2030-01-01\n")
    assert "w.yaml:1: workshop.name: required field is missing (the workshop's full name)" \
        in found
    assert any(p.startswith("w.yaml:1: workshop.timezone: required field is missing (IANA")
               for p in found)
    assert any(p.startswith("w.yaml:4: deadlines[0].name: required field is missing")
               for p in found)


def test_wrong_types() -> None:
    found = problems(VALID + "submission:\n  page_limit: six\n  anonymized: maybe\n"
                             "organizers: {name: x}\n")
    assert any(p.startswith("w.yaml:10: submission.page_limit:") for p in found)
    assert any(p.startswith("w.yaml:11: submission.anonymized:") for p in found)
    assert any(p.startswith("w.yaml:12: organizers:") for p in found)


def test_impossible_dates() -> None:
    found = problems(VALID.replace("2030-05-02", "2030-02-30").replace("2030-03-01",
                                                                         "2030-13-01"))
    assert found[0].startswith("w.yaml:4: workshop.date: '2030-02-30' is not a real date")
    assert found[1].startswith("w.yaml:8: deadlines[0].due: '2030-13-01' is not a real date")


def test_unknown_time_zone() -> None:
    found = problems(VALID.replace("Europe/Paris", "Mars/Olympus_Mons"))
    assert found == ["w.yaml:3: workshop.timezone: unknown time zone 'Mars/Olympus_Mons' (use an "
                     "IANA name such as America/Los_Angeles, or AoE)"]


def test_aoe_is_accepted() -> None:
    k = parse_knowledge(VALID.replace("Europe/Paris", "AoE"))
    assert k.deadlines[0].due_at(k.tz).isoformat() == "2030-03-01T23:59:59-12:00"


def test_duplicate_ids_and_keys() -> None:
    text = VALID + "  - id: submission\n    name: Again\n    due: 2030-03-02\n"
    assert problems(text) == ["w.yaml:9: deadlines[1].id: duplicate id 'submission'"]
    twice = VALID.replace("  date: 2030-05-02", "  date: 2030-05-02\n  date: 2030-05-03")
    dup_key = problems(twice)
    assert dup_key == ["w.yaml:5: workshop.date: duplicate key"]


def test_every_problem_is_reported_at_once() -> None:
    text = """\
    workshop:
      name: X
      timezone: Nowhere/City
      date: 2030-02-31
    deadlines:
      - id: a
        name: A
        due: tomorrow
      - id: a
        name: B
        due: 2030-01-01
    reminders: [7 dayz]
    organizers:
      - name: Y
        email: not-an-email
    faq:
      - id: f
        questions: []
        answer: hi
    """
    found = problems(text)
    lines = [int(p.split(":")[1]) for p in found]
    assert lines == sorted(lines)
    assert {3, 4, 8, 9, 12, 15, 18} <= set(lines)


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(tmp_path / "nope.yaml")
    assert str(info.value.problems[0]) == f"{tmp_path / 'nope.yaml'}: file not found"


def test_undecodable_file(tmp_path: Path) -> None:
    path = tmp_path / "bin.yaml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(path)
    assert "cannot read the file" in str(info.value)


def test_an_offset_out_of_range_is_explained_plainly() -> None:
    found = problems(VALID.replace("due: 2030-03-01", "due: 2030-03-01T17:00+25:00"))
    assert found == ["w.yaml:8: deadlines[0].due: '2030-03-01T17:00+25:00' is not a real date or "
                     "date-time (its UTC offset must be between -23:59 and +23:59)"]
