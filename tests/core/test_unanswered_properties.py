"""A property of something the file knows, that the file does not give: whether reviews are
public (not the anonymity rule), copyright forms and indexing (not the archival status), a
conference's checklist; and Word files, which the file format still answers."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime.fromisoformat("2031-03-01T12:00+00:00")
WORKSHOP = """
workshop: {name: Workshop on Quiet Rivers, conference: NeurIPS 2031, timezone: AoE}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-05-01}
submission: {anonymized: true, archival: true, file_format: PDF, page_limit: 8}
"""


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP, "rivers.yaml"))


@pytest.mark.parametrize(("question", "must_not"), [
    ("will the reviews be public?", "anonymized"),
    ("are the reviews published publicly", "archival"),
    ("do proceedings papers need a copyright form?", "archival"),
    ("will the proceedings be indexed in pubmed?", "archival"),
    ("do we need to include the neurips paper checklist", "NeurIPS 2031"),
])
def test_a_property_the_file_does_not_give_is_unknown(bot: Responder, question: str,
                                                      must_not: str) -> None:
    a = bot.respond(question, NOW)
    assert not a.answered and must_not not in a.plain_text(), a.plain_text()


def test_a_word_file_is_still_the_file_format(bot: Responder) -> None:
    a = bot.respond("Can I send a Word file?", NOW)
    assert a.answered and "PDF" in a.plain_text(), a.plain_text()


@pytest.mark.parametrize("question", ["what are the margins and font size requirements",
                                      "max pdf file size on the submission site?"])
def test_margins_fonts_and_file_size_are_not_the_format(bot: Responder, question: str) -> None:
    a = bot.respond(question, NOW)
    assert not a.answered and "8 pages" not in a.plain_text(), a.plain_text()


def test_a_file_size_the_call_states_is_quoted() -> None:
    said = WORKSHOP.replace("file_format: PDF,", "file_format: 'PDF, file size at most 10 MB',")
    a = Responder(parse_knowledge(said, "rivers.yaml")).respond("max pdf file size?", NOW)
    assert a.answered and "10 MB" in a.plain_text(), a.plain_text()
