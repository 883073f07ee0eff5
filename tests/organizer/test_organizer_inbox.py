"""/unanswered, /stats and `workshop-bot unanswered`: what organizers learn from the questions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml
from organizer_world import Server

from bot.cli.main import main
from bot.storage import Storage

T0 = datetime(2026, 1, 1, tzinfo=UTC)

POSTER = ["where is the poster session?", "Where's the poster session", "where is poster session"]
GUEST = ["can I bring a guest?", "can i bring a guest"]


def _fill(storage: Storage, at: datetime = T0 - timedelta(hours=1),
          guild_id: int | None = None) -> dict[str, int]:
    """Questions of server ``guild_id`` (the questions of no server are nobody's to see)."""
    ids = {}
    for i, text in enumerate(POSTER):
        ids[text] = storage.log_question(question=text, intent="venue", answered=False,
                                         confidence=0.3, source="mention",
                                         at=at - timedelta(days=i), guild_id=guild_id)
    for text in GUEST:
        ids[text] = storage.log_question(question=text, intent=None, answered=False,
                                         confidence=0.1, source="dm", at=at, guild_id=guild_id)
    disliked = storage.log_question(question="how many pages?", intent="page_limit",
                                    answered=True, confidence=0.9, source="slash", at=at,
                                    guild_id=guild_id)
    storage.record_vote(question_id=disliked, helpful=False, voter=1, at=at)
    storage.record_vote(question_id=disliked, helpful=False, voter=2, at=at)
    liked = storage.log_question(question="when is the deadline?", intent="deadline",
                                 answered=True, confidence=0.95, source="mention", at=at,
                                 guild_id=guild_id)
    storage.record_vote(question_id=liked, helpful=True, voter=1, at=at)
    return ids


async def test_unanswered_groups_near_duplicates_and_marks_a_group_handled(
        server: Server) -> None:
    _fill(server.storage, guild_id=server.guild.id)
    r = await server.organizer.slash(server.general, "unanswered")
    assert r.ephemeral
    text = server.reply(r).description
    lines = [line for line in text.splitlines() if line.startswith("**")]
    assert lines[0].startswith("**3×**") and "poster session" in lines[0]
    assert "closest: `venue`" in lines[0]
    assert lines[1].startswith("**2×**") and "guest" in lines[1]
    assert lines[2].startswith("**1×**") and "how many pages" in lines[2]
    assert "when is the deadline" not in text  # answered and voted helpful

    poster_group = min(q.id for q in server.storage.unanswered_questions()
                       if "poster" in q.question.lower())
    done = await server.organizer.select(r.response.message, [str(poster_group)],
                                         custom_id="organizer:handled")
    refreshed = server.reply(done).description
    assert "Marked handled" in refreshed and "(3 questions)" in refreshed
    remaining = {q.question for q in server.storage.unanswered_questions()}
    assert remaining == {*GUEST, "how many pages?"}
    again = await server.organizer.slash(server.general, "unanswered")
    assert "poster" not in server.reply(again).description


async def test_stats_counts_days_answers_intents_and_votes(server: Server) -> None:
    _fill(server.storage, guild_id=server.guild.id)
    server.storage.log_question(question="old one", intent="deadline", answered=True,
                                confidence=0.9, source="dm", at=T0 - timedelta(days=30),
                                guild_id=server.guild.id)
    r = await server.organizer.slash(server.general, "stats")
    fields = {f.name: f.value for f in server.reply(r).fields}
    assert fields["Questions"] == "7"  # the 30-day-old one is outside the 14 days shown
    assert fields["Answered"] == "2 (29%)"
    assert fields["Votes"] == "👍 1 · 👎 2"
    assert fields["Top intents"].splitlines()[0] == "`venue`: 3"
    per_day = fields["Per day"].splitlines()
    assert sum(int(line.rsplit(": ", 1)[1]) for line in per_day) == 7
    assert len(per_day) == 3  # Dec 29, 30 and 31 (the poster questions are a day apart)


def test_the_command_line_prints_the_groups_and_writes_faq_stubs(
        tmp_path: Path, capsys) -> None:
    db = tmp_path / "bot.sqlite3"
    with Storage.open(db) as storage:
        _fill(storage)
    stubs = tmp_path / "stubs.yaml"
    assert main(["unanswered", "--db", str(db), "--faq-stubs", str(stubs)]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "x  " in line]
    assert lines[0].strip().startswith("3x") and "poster" in lines[0] and "venue" in lines[0]
    assert lines[1].strip().startswith("2x") and "guest" in lines[1]
    entries = yaml.safe_load(stubs.read_text(encoding="utf-8"))["faq"]
    assert [len(e["questions"]) for e in entries] == [3, 1, 1]  # distinct wordings only
    assert entries[0]["id"] == "where-is-poster-session"  # the wording asked first
    assert all(e["answer"] == "" for e in entries)


def test_the_command_line_refuses_a_missing_database(tmp_path: Path, capsys) -> None:
    assert main(["unanswered", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "no database" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()


def test_the_command_line_shows_one_servers_inbox_with_suggested_phrasings(
        tmp_path: Path, capsys, monkeypatch) -> None:
    db = tmp_path / "bot.sqlite3"
    with Storage.open(db) as storage:
        ids = _fill(storage, guild_id=7)
        storage.log_question(question="secret question of another server", intent=None,
                             answered=False, confidence=0.1, source="mention", at=T0,
                             guild_id=8)
        storage.add_phrasing(question_id=ids["where is the poster session?"], kind="pick",
                             text="Where the workshop takes place", intent="location",
                             at=T0, guild_id=7)
    monkeypatch.setenv("WORKSHOP_BOT_GUILD_ID", "7")  # the home server, as the bot reads it
    assert main(["unanswered", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert 'suggested phrasing: picked "Where the workshop takes place" (location)' in out
    assert "secret question" not in out
    assert main(["unanswered", "--db", str(db), "--guild", "8"]) == 0
    out = capsys.readouterr().out
    assert "secret question" in out and "poster" not in out
