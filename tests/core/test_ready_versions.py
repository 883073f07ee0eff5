"""Final versions named "<something>-ready paper" ("Workshop-ready paper", "Proceeding-ready
paper") are camera-ready deadlines: "proceeding-ready paper deadline?" is that one, never the
paper submission; "the final version for the proceedings" names it without being a question on
whether the workshop is archival; and "is it archival?" is answered by the field, not by an
entry that mentions the proceedings version in passing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge, parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Atlases of the Heart (ATH 2031)
  timezone: AoE
  date: 2031-10-10
deadlines:
  - {id: paper, name: Paper submission, due: 2031-06-30}
  - {id: notification, name: Notification, due: 2031-07-15}
  - {id: workshop-ready, name: Workshop-ready paper, due: 2031-08-15}
  - {id: proceeding-ready, name: Proceeding-ready paper, due: 2031-11-10,
     note: Version for the LNCS proceedings.}
submission:
  page_limit: 8
  archival: true
faq:
  - id: final-length
    questions: ["how many pages can the final version have",
                "page limit for the camera-ready / proceedings version"]
    answer: The final versions can be up to 12 pages.
""", "ath.yaml"))
NOW = datetime(2031, 6, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("proceeding-ready paper deadline?", "November 10", "June 30"),
    ("when do we submit the final version for the proceedings", "November 10", "is archival"),
    ("workshop-ready deadline?", "August 15", "June 30"),
    ("camera ready??", "August 15", "June 30"),
])
def test_a_ready_paper_is_a_final_version_deadline(question: str, must: str,
                                                   must_not: str) -> None:
    a = BOT.respond(question, NOW)
    text = a.plain_text()
    assert a.answered and must in text and must_not not in text, text


def test_is_it_archival_is_the_fields_answer() -> None:
    text = BOT.respond("is it archival", NOW).plain_text()
    assert "archival" in text and "12 pages" not in text, text


def test_the_submitted_versions_length_is_not_the_final_versions_entry() -> None:
    text = BOT.respond("is it 12 pages for the submitted version?", NOW).plain_text()
    assert text.startswith("No") and "8 pages" in text, text
    text = BOT.respond("how many pages can the final version have?", NOW).plain_text()
    assert "12 pages" in text, text


def test_the_final_version_for_the_proceedings_asks_its_deadline() -> None:
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                   / "claramas-2026.yaml"))
    now = datetime.fromisoformat("2026-02-16T12:00+02:00")
    for question in ("is there a deadline for the final version for the springer proceedings?",
                     "when is the final version for the springer proceedings due?"):
        text = bot.respond(question, now).plain_text().lower()
        assert "to be announced" in text and "is archival" not in text, text
    text = bot.respond("are papers in the springer proceedings?", now).plain_text().lower()
    assert "archival" in text, text
