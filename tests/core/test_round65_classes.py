"""Classes seen in first-look round 65: a kind word that is part of a paper type's name ("the
WIP abstracts"); a numbered session said without the words another title puts before its
number; another venue written in capitals with a year ("FAST 2031"); a short form the call
writes beside what it stands for ("WIP"); "the difference between" two paper types; a limit
of one page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Cold Storage Tiers
  short_name: COLDS'31
  conference: EuroSys 2031
  timezone: AoE
  date: 2031-04-28
  location: Lisbon, Portugal
deadlines:
  - id: abstract
    name: Abstract registration
    due: 2031-01-20
  - id: paper
    name: Paper submission
    due: 2031-01-27
  - id: wip
    name: Work in Progress (WIP) submissions due
    due: 2031-03-14T23:59
    extended_from: 2031-03-07T23:59
    note: A one-page abstract, sent by email to the program chairs.
  - id: wip-notification
    name: WIP notification
    due: 2031-03-21
submission:
  submission_url: https://colds31.hotcrp.com/
  tracks:
    - id: full
      name: Full paper
      page_limit: 6
      references_count: false
    - id: wip
      name: Work in Progress (WIP) abstract
      page_limit: 1
      archival: false
faq:
  - id: wip
    questions: ["what is the WIP session", "how do I submit a work in progress"]
    answer: >-
      Work in progress gets five-minute talks. Send a one-page abstract by email to the program
      chairs; it is not published in the proceedings.
program:
  - title: "Session 2 (chair: Ines Duarte) - Erasure codes on tape"
    start: 2031-04-28T11:00+01:00
    end: 2031-04-28T11:30+01:00
    kind: talk
  - title: "Invited session 2 (chair: Tomas Berg) - Glass as a medium"
    start: 2031-04-28T16:00+01:00
    end: 2031-04-28T16:30+01:00
    kind: talk
"""
NOW = datetime(2031, 1, 5, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


@pytest.mark.parametrize(("question", "must", "must_not"), [
    # "abstract" is part of the type's name here, not the abstract registration
    ("work in progress abstracts due march 7?", "March 14", "January 20"),
    ("when is the abstract for the wip due", "March 14", "January 20"),
    ("when are the WIP abstracts due", "March 14", "January 20"),
    # ...but said alone, it is the registration of every paper's abstract
    ("abstract deadline pls", "January 20", "March 14"),
    # the call writes "WIP" itself: its steps keep their name
    ("wip notification?", "March 21", "March 14"),
])
def test_a_kind_word_in_a_type_name(responder: Responder, question: str, must: str,
                                    must_not: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert must in text, text
    assert must_not not in text, text


def test_a_short_form_asks_the_entry_that_writes_it_out(responder: Responder) -> None:
    """"how do I submit a WIP" is the entry on submitting a work in progress (by email), not
    the submission site every paper uses."""
    a = responder.respond("how do i submit a WIP", NOW)
    text = a.plain_text()
    assert a.answered and "email" in text, text
    assert "hotcrp" not in text, text


@pytest.mark.parametrize("question", ["who chairs session 2", "session 2 chair?"])
def test_a_numbered_session_without_another_titles_words(responder: Responder,
                                                         question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "Ines Duarte" in text, text
    assert "Tomas Berg" not in text, text


def test_another_venue_in_capitals_with_a_year(responder: Responder) -> None:
    a = responder.respond("when is the FAST 2031 paper deadline", NOW)
    assert not a.answered, a.plain_text()
    assert "January 27" not in a.plain_text()


def test_the_difference_between_two_types(responder: Responder) -> None:
    text = responder.respond("whats the difference between a full paper and a WIP abstract",
                             NOW).plain_text()
    assert "up to 6 pages" in text and "up to 1 page," in text, text


def test_one_page_is_singular(responder: Responder) -> None:
    text = responder.respond("how long can the wip abstract be", NOW).plain_text()
    assert "up to 1 page" in text and "1 pages" not in text, text
