"""Classes seen in first-look round 67: an entry on "what happens at the workshop" (a full-day
one) does not answer when it happens, nor one on its format a page limit; a role that ends in
"member"; how many hold a role; the workshop's own name is no word of a role; "when + where do
I submit" asks of sending in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Edge Inference at Speed
  short_name: GEOEDGE 2033
  conference: CPS-IoT Week 2033
  timezone: America/Los_Angeles
  date: 2033-05-06
  location: Irvine, CA, USA
deadlines:
  - id: paper
    name: Paper submission
    due: 2033-02-10T23:59:00-12:00
  - id: notification
    name: Notification
    due: 2033-03-01
submission:
  page_limit: 6
  references_count: true
  submission_url: https://hotcrp.example.org/geoedge33
organizers:
  - name: Ada Okafor
    role: Chair (Technical Program Committee Co-Chair)
  - name: Bruno Keller
    role: Steering Committee Member
  - name: Chen Wei
    role: Steering Committee Member
  - name: Dana Ruiz
    role: Steering Committee (also a reviewer)
  - name: Emil Novak
    role: workshop co-chair (community around computational geo-sciences)
  - name: Fay Lind
    role: publicity chair; steering committee member; program committee member
faq:
  - id: workshop-format
    questions: ["what is the workshop format", "is it a full day or half day",
                "what happens at the workshop"]
    answer: >-
      It is a full-day workshop with paper talks, invited talks and an open discussion with the
      audience.
"""
NOW = datetime(2033, 1, 20, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


def test_when_it_happens_is_the_date(responder: Responder) -> None:
    text = responder.respond("when is geoedge 2033 happening?", NOW).plain_text()
    assert "May 6, 2033" in text, text
    assert "open discussion" not in text, text


def test_what_happens_is_still_the_entry(responder: Responder) -> None:
    text = responder.respond("what happens at the workshop?", NOW).plain_text()
    assert "open discussion" in text, text


def test_a_page_limit_over_an_entry_on_the_format(responder: Responder) -> None:
    text = responder.respond("qual é o limite de páginas e o formato?", NOW).plain_text()
    assert "6 pages" in text, text


def test_a_role_ending_in_member(responder: Responder) -> None:
    text = responder.respond("who is on the steering committee", NOW).plain_text()
    # (also one who holds it among other roles)
    assert all(n in text for n in ("Bruno Keller", "Chen Wei", "Dana Ruiz", "Fay Lind")), text
    assert "Ada Okafor" not in text, text


def test_how_many_hold_a_role(responder: Responder) -> None:
    text = responder.respond("how many people are on the steering committee", NOW).plain_text()
    assert text.startswith("4 people"), text


def test_the_workshops_name_is_no_word_of_a_role(responder: Responder) -> None:
    text = responder.respond("who's organizing geoedge", NOW).plain_text()
    assert "Ada Okafor" in text and "Bruno Keller" in text, text


@pytest.mark.parametrize("question", ["when + where do i submit", "when and where do i submit?"])
def test_when_and_where_to_submit(responder: Responder, question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "February 10" in text and "hotcrp.example.org" in text, text
    assert "May 6" not in text, text


def test_when_and_where_alone_is_the_workshop(responder: Responder) -> None:
    text = responder.respond("when and where?", NOW).plain_text()
    assert "May 6" in text and "Irvine" in text, text


@pytest.mark.parametrize("question", ["DEADLINE IN FEBRUARY 2033?",
                                      "IS IT STILL OPEN IN JANUARY 2033?"])
def test_a_month_in_capitals_is_no_other_event(responder: Responder, question: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert "outside what I can help with" not in text, text
    if "FEBRUARY" in question:
        assert "February 10" in text, text


def test_a_question_mark_ends_a_question_before_any_join(responder: Responder) -> None:
    text = responder.respond("what is the difference between a full paper? when is the deadline?",
                             NOW).plain_text()
    assert "February 10" in text, text
