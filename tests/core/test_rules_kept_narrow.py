"""Rules that find another venue, the workshop's short name, an affiliation's initials or a
subject of their own stay within what they mean: a month with a year is no venue, a host
conference in brackets is no short name of ours, "from my phone" asks for no phone number,
"USB-C" names no university, and the words of one subject do not catch its neighbours."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime(2031, 3, 1, 12, tzinfo=UTC)
BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Heart Models (ICML 2031)
  timezone: AoE
  date: 2031-07-20
  location: Vienna, Austria
  contact: hearts@example.org
  website: https://hearts.example.org
deadlines:
  - {id: paper, name: Paper submission, due: 2031-05-01}
  - {id: notification, name: Notification of acceptance, due: 2031-06-01}
submission:
  page_limit: 4
  dual_submission: false
organizers:
  - {name: Yao Example, role: co-chair, affiliation: UC Santa Barbara}
  - {name: Ada Sample, role: session chair (paper session), affiliation: Example Lab}
program:
  - {title: Opening, start: "2031-07-20T09:00:00+02:00", end: "2031-07-20T09:10:00+02:00"}
faq:
  - id: presentations
    questions: ["how long are the talks of accepted papers?"]
    answer: Accepted papers get a 10-minute talk.
""", "hearts.yaml"))


@pytest.mark.parametrize(("question", "must", "must_not"), [
    # a month with a year is a date, not a venue
    ("will I know if my paper is accepted by june 2031?", "June 1", "dual submission"),
    ("is the deadline in may 2031?", "May 1", "outside what I can help with"),
    ("is the deadline still in apr 2031?", "May 1", "outside what I can help with"),
    # the address to write to is no building
    ("what address do I send my questions to?", "hearts@example.org", "building"),
    ("what's the length of the accepted paper presentations?", "10-minute", "4 pages"),
])
def test_a_rule_keeps_to_what_it_means(question: str, must: str, must_not: str) -> None:
    text = BOT.respond(question, NOW).plain_text()
    assert must in text and must_not not in text, text


@pytest.mark.parametrize(("question", "must_not"), [
    ("can I join the workshop from my phone?", "phone number"),
    ("what's the profile of the typical attendee?", "accounts"),
    ("is the schedule on the workshop website?", "accepted papers are posted"),
    ("who can lend me a USB-C adapter?", "Yao Example"),
    ("who chairs the best paper committee?", "Ada Sample"),
])
def test_a_neighbouring_subject_is_not_caught(question: str, must_not: str) -> None:
    text = BOT.respond(question, NOW).plain_text()
    assert must_not not in text, text


def test_the_host_in_the_names_brackets_is_no_short_name_of_ours() -> None:
    names = BOT.matcher.self_names(BOT.knowledge)
    assert "icml" not in names and "icml 2031" not in names, names
    assert "heart models" in names, names
