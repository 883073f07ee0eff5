"""Knowledge file version 2 (CONTRACT 1.1): the new fields load, version-1 files mean the same, and
everything that reads deadlines copes with one that is still to be announced."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.answers.calendar import build_calendar
from bot.core.knowledge.changes import describe_changes
from bot.core.knowledge.loader import KnowledgeError, load_knowledge, parse_knowledge
from bot.core.reminders import plan_reminders
from bot.core.responder import Responder

ROOT = Path(__file__).resolve().parents[2]
V2 = ROOT / "tests" / "fixtures" / "v2"
V1_FILES = sorted([*ROOT.glob("tests/fixtures/*.yaml"), *ROOT.glob("knowledge/*.yaml"),
                   ROOT / "tests" / "discord" / "data" / "workshop.yaml"])


def v2(name: str):
    return load_knowledge(V2 / f"{name}.yaml")


@pytest.mark.parametrize("path", sorted(V2.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_v2_fixture_loads(path: Path) -> None:
    assert load_knowledge(path).workshop.name == "Workshop on Reliable Learning Systems"


@pytest.mark.parametrize("path", V1_FILES, ids=lambda p: p.stem)
def test_version_1_files_have_no_version_2_facts(path: Path) -> None:
    k = load_knowledge(path)
    ws, sub = k.workshop, k.submission
    assert (ws.contact, ws.mode, ws.stream_url) == (None, None, None)
    assert (sub.archival, sub.dual_submission, sub.tracks) == (None, None, [])
    assert k.program == []
    assert all(not d.tba and d.extended_from is None for d in k.deadlines)
    assert [d.id for d in k.deadlines_in_order()] == [
        d.id for d in sorted(k.deadlines, key=lambda d: d.due_at(k.tz))]


def test_the_fixture_with_every_field_has_each_one() -> None:
    k = v2("all-fields")
    assert k.workshop.contact == "chairs@rls.example.net"
    assert k.workshop.mode == "hybrid" and k.workshop.stream_url.endswith("/live")
    sub = k.submission
    assert sub.archival is False and sub.dual_submission is True
    assert [t.id for t in sub.tracks] == ["short", "long", "abstract"]
    assert k.deadline("camera-ready").tba
    assert k.deadline("submission").extended_from.isoformat() == "2031-04-02"
    assert len(k.program) == 8 and k.program[1].kind == "keynote"


def test_a_track_falls_back_to_the_submission_wide_rules() -> None:
    sub = v2("tracks").submission
    short, long_, abstract = sub.tracks
    assert sub.rule("page_limit", short) == 4
    assert sub.rule("references_count", short) is False  # submission-wide
    assert sub.rule("references_count", long_) is True  # its own
    assert sub.rule("file_format", abstract) == "PDF"
    assert sub.rule("archival", abstract) is False and sub.rule("archival", short) is None


def test_a_tba_deadline_has_no_moment_no_reminder_and_comes_last() -> None:
    k = v2("tba")
    ready = k.deadline("camera-ready")
    assert ready.tba and ready.due_at(k.tz) is None and not ready.date_only
    assert k.reminder_offsets(ready) == []
    assert "camera-ready" not in {r.deadline_id for r in plan_reminders(k)}
    assert len(plan_reminders(k)) == 4  # two deadlines x [7d, 1d]
    assert [d.id for d in k.deadlines_in_order()][-1] == "camera-ready"
    assert "camera-ready" not in [d.id for d in k.dated_deadlines()]


def test_tba_is_read_in_any_case() -> None:
    k = parse_knowledge(V2.joinpath("tba.yaml").read_text().replace("due: TBA", "due: tba"))
    assert k.deadline("camera-ready").tba


def test_the_calendar_leaves_out_a_tba_deadline_and_holds_the_program() -> None:
    now = datetime(2031, 3, 1, tzinfo=UTC)
    ics = build_calendar(v2("tba"), now).decode()
    assert "Paper submission" in ics and "Camera-ready" not in ics
    program = build_calendar(v2("program"), now).decode()
    assert program.count("BEGIN:VEVENT") == 1 + 3 + 8
    assert "SUMMARY:Keynote: Systems for learning at scale" in program
    assert "DTSTART:20310614T071500Z" in program  # 09:15 in Berlin (CEST)
    assert "LOCATION:Hall A\\, Berlin\\, Germany" in program


def test_answers_cope_with_a_tba_deadline() -> None:
    k = v2("tba")
    r = Responder(k)
    now = datetime(2031, 3, 1, tzinfo=UTC)
    listing = r.answer("deadlines", now).plain_text()
    assert listing.index("Paper submission") < listing.index("Camera-ready version")
    assert "Camera-ready version: to be announced" in listing
    one = r.answer("deadline", now, entity="camera-ready").plain_text()
    assert "to be announced" in one and "2031" not in one.split("to be announced")[0]
    assert r.answer("timezone", now, entity="camera-ready").plain_text()
    assert "to be announced" in r.respond("when is the camera ready due?", now).plain_text()


def test_changes_describe_tba_to_a_date_and_an_extension() -> None:
    tba, base, ext = v2("tba"), v2("base"), v2("extended")
    assert "Camera-ready version deadline: TBA -> May 31, 2031" in describe_changes(tba, base)
    assert "Camera-ready version deadline: May 31, 2031 -> TBA" in describe_changes(base, tba)
    moved = describe_changes(base, ext)
    assert moved == ["Paper submission deadline extended (it was April 2, 2031)"]


def test_changes_name_new_v2_facts() -> None:
    base = v2("base")
    assert describe_changes(base, v2("contact")) == [
        "Contact address: (not set) -> chairs@rls.example.net"]
    assert describe_changes(base, v2("archival")) == ["Archival (proceedings): (not set) -> no"]
    assert describe_changes(base, v2("tracks")) == [
        "Paper type added: Short paper", "Paper type added: Full paper",
        "Paper type added: Extended abstract"]
    added = describe_changes(base, v2("program"))
    assert added[0] == "Program added: Opening remarks (June 14, 2031, 9:00 AM CEST)"
    assert len(added) == 8


def bad(text: str) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        parse_knowledge(textwrap.dedent(text), "v.yaml")
    return [str(p) for p in info.value.problems]


HEAD = """\
workshop:
  name: W
  timezone: UTC
  date: 2031-06-14
"""


def test_v2_mistakes_are_reported_with_their_line() -> None:
    found = bad(HEAD + """\
  mode: online
deadlines:
  - id: a
    name: A
    due: 2031-04-02
    extended_from: 2031-04-09
submission:
  tracks:
    - id: short
      name: Short
    - id: short
      name: Again
program:
  - title: Talk
    start: 2031-06-14T10:00
    end: 2031-06-14T09:00
  - title: Day
    start: 2031-06-14
    kind: lecture
""")
    text = "\n".join(found)
    assert "v.yaml:5: workshop.mode:" in text
    assert "v.yaml:10: deadlines[0].extended_from: must be before due:" in text
    assert "v.yaml:15: submission.tracks[1].id: duplicate id 'short'" in text
    assert "v.yaml:20: program[0].end: must be after start:" in text
    assert "v.yaml:22: program[1].start: must be a date and a time of day" in text
    assert "v.yaml:23: program[1].kind:" in text
