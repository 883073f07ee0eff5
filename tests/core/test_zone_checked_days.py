"""A deadline's day checked in the zone the question names ("so it's midnight pacific on feb
16?": in Pacific time it is February 17), and an extended-abstract deadline asked of a call
that has none is not the paper deadline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Genome Looms
  timezone: AoE
  date: 2031-04-27
deadlines:
  - id: submission
    name: Paper submission
    due: 2031-02-16T23:59
""", "w.yaml"))
NOW = datetime(2031, 1, 27, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "lead"), [
    ("so the deadline is midnight pacific on feb 16?", "No."),
    ("is the deadline feb 16 at 11:59pm PST?", "No."),
    ("is the deadline feb 17 in PST?", "Yes."),
    ("is the deadline 11:59pm AoE on feb 16?", "Yes."),
])
def test_the_day_in_the_zone_named(question: str, lead: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and a.plain_text().startswith(lead), a.plain_text()
    assert "February 16" in a.plain_text()


def test_no_extended_abstract_deadline_is_not_the_paper_deadline() -> None:
    a = BOT.respond("when is the extended abstract deadline?", NOW)
    assert not a.answered and "February 16" not in a.plain_text(), a.plain_text()


@pytest.mark.parametrize(("question", "lead", "wrong"), [
    # Feb 16, 23:59 AoE is Feb 17, 12:59 in Berlin and Feb 17, 03:59 in Pacific time
    ("if i submit at 9am berlin time on feb 17 am i still ok?", "Yes, that's before",
     "after the deadline"),
    ("is it ok if i submit at 10pm pst on feb 16?", "Yes, that's before", "after the deadline"),
    ("can i submit at 2pm berlin time on feb 17", "No, that's after", "before the deadline"),
    ("is it ok if i submit at 11pm on feb 16?", "Yes, that's before", "after the deadline"),
    ("can i still submit on feb 17 if i'm in berlin?", "On that day, only until 12:59",
     "after the deadline"),
])
def test_a_moment_to_submit_is_checked_in_the_zone_named(
        question: str, lead: str, wrong: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and a.plain_text().startswith(lead), a.plain_text()
    assert wrong not in a.plain_text()


def test_aoe_asked_is_explained() -> None:
    text = BOT.respond("what does AoE mean", NOW).plain_text()
    assert "Anywhere on Earth" in text and "February 16" in text, text


@pytest.mark.parametrize(("question", "zone"), [
    ("paper deadline in italian time?", "Europe/Rome"),
    ("whats the deadline in german time", "Europe/Berlin"),
    # (another zone named last: the city the asker is in)
    ("deadline in italian time pls (i'm in rome)", "Europe/Rome"),
    ("deadline in german time? i'm in munich", "Europe/Berlin"),
])
def test_a_nationality_time_is_a_zone_not_a_language(question: str, zone: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and zone in a.plain_text() and "February 16" in a.plain_text(), \
        a.plain_text()


@pytest.mark.parametrize(("question", "lead"), [
    ("is it ok if i submit at 11pm aoe on feb 16?", "Yes, that's before"),
    # (a zone the finder does not know: not the workshop's to assume, nor a yes by the day)
    ("is it ok if i submit at 10pm eastern on feb 16?", "That depends on the time zone"),
])
def test_a_moment_in_aoe_or_an_unknown_zone(question: str, lead: str) -> None:
    text = BOT.respond(question, NOW).plain_text()
    assert text.startswith(lead), text
