"""When something opens or is released, as against when it closes: the call's deadline is not
the day submissions open, and a release happens on its day (not "before the deadline")."""

from __future__ import annotations

from datetime import datetime

from bot.core.answers.answer import Kind
from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime.fromisoformat("2031-03-01T12:00+00:00")
CLOSING_ONLY = """
workshop: {name: Workshop on Salt Marshes, timezone: AoE}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-05-01}
submission: {submission_url: "https://openreview.net/group?id=marsh"}
"""
WITH_RELEASE = """
workshop: {name: Workshop on Salt Marshes, timezone: AoE}
deadlines:
  - {id: data, name: Challenge dataset release, due: 2031-04-11}
  - {id: paper, name: Paper submission, due: 2031-05-01}
"""


def test_when_submissions_open_is_not_when_they_close() -> None:
    bot = Responder(parse_knowledge(CLOSING_ONLY, "marsh.yaml"))
    a = bot.respond("when does the openreview submission open?", NOW)
    assert a.kind is Kind.UNKNOWN and "when submissions open" in a.plain_text(), a.plain_text()
    assert "May 1" not in a.plain_text()


def test_still_open_until_when_is_the_deadline() -> None:
    bot = Responder(parse_knowledge(CLOSING_ONLY, "marsh.yaml"))
    text = bot.respond("is paper submission still open?", NOW).plain_text()
    assert "May 1, 2031" in text, text


def test_a_release_on_another_day_is_a_no() -> None:
    bot = Responder(parse_knowledge(WITH_RELEASE, "marsh.yaml"))
    text = bot.respond("is the challenge dataset released on april 7?", NOW).plain_text()
    assert text.startswith("No") and "April 11, 2031" in text, text
    assert not text.startswith("Yes")


def test_a_release_on_its_day_is_a_yes() -> None:
    bot = Responder(parse_knowledge(WITH_RELEASE, "marsh.yaml"))
    text = bot.respond("is the challenge dataset released on april 11?", NOW).plain_text()
    assert text.startswith("Yes") and "April 11, 2031" in text, text


EXTENDED = """
workshop: {name: Workshop on Salt Marshes, timezone: AoE}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-05-08, extended_from: 2031-05-01}
"""


def test_whether_a_deadline_will_be_extended_is_unknown_with_what_was() -> None:
    bot = Responder(parse_knowledge(EXTENDED, "marsh.yaml"))
    a = bot.respond("will the deadline be extended again?", NOW)
    assert a.kind is Kind.UNKNOWN, a.plain_text()
    assert "May 8, 2031" in a.plain_text() and "May 1, 2031" in a.plain_text(), a.plain_text()
    was = bot.respond("was the deadline extended?", NOW)
    assert was.answered and "May 8, 2031" in was.plain_text(), was.plain_text()
    plain = Responder(parse_knowledge(CLOSING_ONLY, "marsh.yaml"))
    assert not plain.respond("will the deadline be extended?", NOW).answered
