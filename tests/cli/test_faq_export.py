"""`workshop-bot faq export`: saved answers printed as faq: entries the loader accepts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import yaml

from bot.cli.main import main
from bot.core.knowledge.loader import load_knowledge
from bot.storage import Storage

T0 = datetime(2026, 1, 1, tzinfo=UTC)
HOME, OTHER = 111, 222


def _save(storage: Storage, guild: int, question: str, answer: str) -> None:
    qid = storage.log_question(question=question, intent=None, answered=False, confidence=0.1,
                               source="mention", at=T0, guild_id=guild)
    hid = storage.add_handoff(guild_id=guild, question_id=qid, question=question, asker_id=5,
                              channel_id=6, message_id=7, where_asked="mention", at=T0)
    storage.answer_handoff(hid, answer=answer, by="olga", at=T0)
    storage.save_answer(hid, by="olga", at=T0)


def test_export_prints_the_home_servers_saved_answers_as_faq_entries(
        tmp_path: Path, capsys) -> None:
    db = tmp_path / "bot.sqlite3"
    with Storage.open(db) as storage:
        _save(storage, HOME, 'is there a "vegan" lunch: yes or no?',
              "Yes: ask at the desk.\nIt's free.")
        _save(storage, OTHER, "another server's question", "not ours")
    assert main(["faq", "export", "--db", str(db), "--guild", str(HOME)]) == 0
    out = capsys.readouterr().out
    assert "another server" not in out and "not ours" not in out  # must not: other servers
    entries = yaml.safe_load(out)["faq"]
    assert entries == [{"id": "saved-1", "questions": ['is there a "vegan" lunch: yes or no?'],
                        "answer": "Yes: ask at the desk.\nIt's free."}]

    # pasted under faq: of a knowledge file, it loads
    base = (Path(__file__).parents[1] / "discord" / "data" / "workshop.yaml").read_text()
    merged = tmp_path / "merged.yaml"
    entries_text = out.split("\nfaq:\n", 1)[1]  # the entries, as printed (indented list items)
    merged.write_text(base.rstrip("\n") + "\n" + entries_text, encoding="utf-8")
    knowledge = load_knowledge(merged)
    assert knowledge.faq[-1].id == "saved-1"


def test_export_without_a_database_says_so(tmp_path: Path, capsys) -> None:
    assert main(["faq", "export", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "no database" in capsys.readouterr().err
