"""A premise said before the question ("since it's non-archival, can I ...") is not what is
asked; the authors' names on the paper ask the anonymity rule, whatever else is listed with
them ("our names and lab")."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder

REAL = Path(__file__).parents[1] / "fixtures" / "real"


@pytest.mark.parametrize(("fixture", "now", "question"), [
    ("mlsb-2025", "2025-09-01T12:00-12:00",
     "since it's non-archival can I leave our names on the pdf?"),
    ("llm4ma-2025", "2025-07-20T12:00+09:00",
     "my advisor wants our names and lab on the pdf, is that ok for submission?"),
    ("mlsb-2025", "2025-09-01T12:00-12:00", "our names and affiliations in the paper ok?"),
])
def test_names_on_the_paper_ask_the_anonymity_rule(fixture: str, now: str,
                                                   question: str) -> None:
    bot = Responder(load_knowledge(REAL / f"{fixture}.yaml"))
    answer = bot.respond(question, datetime.fromisoformat(now))
    text = answer.plain_text().lower()
    assert answer.answered and "anonymi" in text, text
    assert "proceedings" not in text, text  # not the archival status of the premise


@pytest.mark.parametrize(("question", "lead"), [
    ("will the deadline get extended? cmt has been slow", ""),
    ("is it on cmt?", "yes: "), ("do we submit on cmt", "yes: "),
    ("is submission through openreview?", "no: "),
])
def test_only_a_check_of_the_platform_gets_a_yes_or_no(question: str, lead: str) -> None:
    bot = Responder(load_knowledge(REAL / "mlsb-2025.yaml"))
    text = bot.respond(question, datetime.fromisoformat("2025-09-01T12:00-12:00"))\
        .plain_text().lower()
    assert "submit your paper at https://cmt3" in text, text
    assert f"{lead}submit your paper" in text, text
    assert lead or not any(f"{w}: submit" in text for w in ("yes", "no")), text


@pytest.mark.parametrize(("question", "lead"), [
    ("how do I submit?", "what the call says: "),
    ("where do I send my paper", "what the call says: "),
    ("is there an easychair or PCS link for submissions?", "no: the call says: "),
])
def test_how_to_submit_said_only_in_a_deadlines_note(question: str, lead: str) -> None:
    bot = Responder(load_knowledge(REAL / "cuichi-2023.yaml"))
    answer = bot.respond(question, datetime.fromisoformat("2023-02-06T12:00-12:00"))
    text = answer.plain_text().lower()
    assert answer.answered and text.startswith(lead), text
    assert "by email to jaisie sin" in text, text
