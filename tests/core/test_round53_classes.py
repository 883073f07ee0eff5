"""Classes seen in first-look round 53: an entry matched by its words that never speaks of a
subject the question names (money for "does the award come with cash?") does not answer it; a
break is given with the time it ends ("when's lunch?"); "what time does it start and end?"
gives both."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Robots Outdoors
  timezone: America/New_York
  date: 2031-05-19
faq:
  - id: awards
    questions: ["are there awards", "is there a best paper award"]
    answer: The workshop lists a Best Paper Award and a Best Poster Award.
  - id: prizes
    questions: ["what does the challenge winner get"]
    answer: The challenge winner gets $1,000 and a certificate.
program:
  - title: Welcome
    start: 2031-05-19T08:50:00-04:00
    end: 2031-05-19T09:00:00-04:00
  - title: Keynote on field robots
    kind: keynote
    speakers: [Ada Example]
    start: 2031-05-19T09:00:00-04:00
    end: 2031-05-19T10:00:00-04:00
  - title: Lunch
    kind: break
    start: 2031-05-19T12:25:00-04:00
    end: 2031-05-19T13:40:00-04:00
  - title: Concluding remarks
    start: 2031-05-19T16:45:00-04:00
    end: 2031-05-19T17:00:00-04:00
"""
NOW = datetime(2031, 3, 25, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


def test_an_entry_silent_on_money_does_not_say_whether_there_is_cash(
        responder: Responder) -> None:
    a = responder.respond("does the best paper award come with cash", NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "Best Poster Award" not in text


def test_an_entry_giving_a_price_speaks_of_money(responder: Responder) -> None:
    text = responder.respond("is there cash for the challenge winner?", NOW).plain_text()
    assert "$1,000" in text


def test_a_break_is_given_with_its_end(responder: Responder) -> None:
    text = responder.respond("when's lunch", NOW).plain_text()
    assert "12:25 PM" in text and "until 1:40 PM" in text


def test_a_talk_is_given_with_its_length_only(responder: Responder) -> None:
    text = responder.respond("when is ada example's keynote", NOW).plain_text()
    assert "for 1 hour" in text and "until" not in text


@pytest.mark.parametrize("question", ["what time does it start and end",
                                      "what time does it start and finish?"])
def test_start_and_end_of_the_day(responder: Responder, question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "8:50 AM" in text and "5:00 PM" in text, text


def test_start_alone_is_the_start(responder: Responder) -> None:
    text = responder.respond("what time does it start", NOW).plain_text()
    assert "8:50 AM" in text and "5:00 PM" not in text

