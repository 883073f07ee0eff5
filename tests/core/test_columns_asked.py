""""Single column or double column?" asks about the template: the style answer, and the file
format when that is where the call says the layout."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder
from tests.core.conftest import ask_real


@pytest.mark.parametrize("question", ["is it single column or double column",
                                      "single or two column format?"])
def test_columns_are_the_template(question: str) -> None:
    answered, text = ask_real("dmkg-2026", "2026-06-22T12:00-12:00", question)
    assert answered and "ceurart" in text and "single column" in text, text


def test_the_file_format_says_the_layout() -> None:
    path = Path(__file__).parents[1] / "fixtures" / "eighth-workshop.yaml"
    r = Responder(load_knowledge(path))
    a = r.respond("Single-column or two-column ACM?", datetime.fromisoformat(
        "2026-03-01T12:00+00:00"))
    assert a.answered and "single-column" in a.plain_text().lower(), a.plain_text()
