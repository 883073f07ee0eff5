"""Classes seen in first-look rounds 60 to 63: whether a deadline falls on a weekend; the days
between two steps; a numbered program item said with a word left out; speakers partly
announced; a deadline said outright over an entry on the program's time zones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge, parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Aligning Bandit Theorists
  conference: ICML 2036
  timezone: AoE
  date: 2036-07-25
  location: Vienna, Austria
deadlines:
  - id: submission
    name: Submission deadline
    due: 2036-05-30
  - id: camera-ready
    name: Camera-ready
    due: 2036-07-12
"""
NOW = datetime(2036, 5, 8, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "lead"), [
    ("is the submission deadline on a weekend?", "No: it falls on a Friday"),
    ("does the camera-ready deadline fall on a weekend", "Yes: it falls on a Saturday"),
])
def test_whether_a_deadline_falls_on_a_weekend(question: str, lead: str) -> None:
    responder = Responder(parse_knowledge(WORKSHOP))
    text = responder.respond(question, NOW).plain_text()
    assert text.startswith(lead), text


STEPS = """
workshop:
  name: Clinical Text Workshop
  timezone: AoE
  date: 2036-06-21
  location: Mexico City, Mexico
deadlines:
  - id: results
    name: Shared task release of official results
    due: 2036-04-01
  - id: notification
    name: Notification of acceptance
    due: 2036-04-18
  - id: camera-ready
    name: Final versions of papers due
    due: 2036-04-24T23:59
"""


def test_the_days_between_two_steps() -> None:
    responder = Responder(parse_knowledge(STEPS))
    text = responder.respond("how many days between notification and camera ready",
                             datetime(2036, 2, 26, 12, tzinfo=UTC)).plain_text()
    assert text.startswith("6 days from Notification of acceptance to Final versions"), text
    assert "April 1," not in text, text


PROGRAM = """
workshop:
  name: Vision-Language Learning Workshop
  timezone: Asia/Ho_Chi_Minh
  date: 2036-12-08
  location: Hanoi, Vietnam
deadlines:
  - id: paper
    name: Paper submission deadline
    due: 2036-09-30
  - id: report
    name: "Challenge: written report submission deadline"
    due: 2036-10-15
program:
  - title: "Keynote Talk 1: Reasoning with Large Models"
    start: 2036-12-08T13:40
    end: 2036-12-08T14:40
    speakers: [Asim Example]
  - title: "Keynote Talk 2: Attacks on Vision-Language Models"
    start: 2036-12-08T15:50
    end: 2036-12-08T16:40
    speakers: [April Sample]
"""


@pytest.mark.parametrize(("question", "right", "wrong"), [
    ("who gives keynote 2?", "April Sample", "Asim Example"),  # ("Keynote Talk 2")
    ("when is the writeup for the challenge due", "October 15", "September 30"),
])
def test_a_numbered_item_and_a_writeup(question: str, right: str, wrong: str) -> None:
    responder = Responder(parse_knowledge(PROGRAM))
    text = responder.respond(question, datetime(2036, 9, 9, 12, tzinfo=UTC)).plain_text()
    assert right in text and wrong not in text, text



def test_speakers_partly_announced_are_the_entry_that_names_them() -> None:
    # (the real call that showed it: three morning talks "speaker to be announced")
    k = load_knowledge(Path(__file__).parents[1] / "fixtures" / "real" / "ai4math-2026.yaml")
    text = Responder(k).respond("who are the invited speakers",
                                datetime(2026, 5, 4, 12, tzinfo=UTC)).plain_text()
    assert "Dawn Song" in text and "to be announced) (HALL D1)" not in text, text


@pytest.mark.parametrize("question", ["im in india, what time is the deadline for me",
                                      "what time exactly on the deadline day"])
def test_a_deadline_said_outright_is_not_the_entry_on_program_time_zones(question: str) -> None:
    # (round 63: an entry on the program's time zones that never speaks of deadlines)
    k = load_knowledge(Path(__file__).parents[1] / "fixtures" / "real" / "enssys-2021.yaml")
    text = Responder(k).respond(question, datetime(2021, 9, 3, 12, tzinfo=UTC)).plain_text()
    assert "September 24" in text and "15:00-18:30 WET" not in text, text


def test_a_deadline_for_entries_is_what_entrants_send_in() -> None:
    # (round 63: "Competition submission deadline" beside "Competition evaluations performed
    # by", whose note speaks of every competition entry)
    k = load_knowledge(Path(__file__).parents[1] / "fixtures" / "real" / "haet-2022.yaml")
    text = Responder(k).respond("competition entry ddl in pacific time?",
                                datetime(2022, 5, 9, 12, tzinfo=UTC)).plain_text()
    assert "Competition submission deadline: May 30" in text and "June 15" not in text, text


SITE = """
workshop:
  name: Search-Based Testing Workshop
  timezone: AoE
  date: 2037-04-14
  location: Rio de Janeiro, Brazil
deadlines:
  - id: paper
    name: Paper submission
    due: 2037-07-27
  - id: camera-ready
    name: Publication-ready submission due
    due: 2037-09-11
submission:
  submission_url: https://icse2037-sbft.hotcrp.com
"""
SITE_NOW = datetime(2037, 7, 6, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "lead"), [
    # (round 64) another host on the same platform is not the site
    ("is the submission site sbft2037.hotcrp.com?", "No"),
    ("is the submission site icse2037-sbft.hotcrp.com?", "Yes"),
    # "<step> is <day>?" checks that step's day, not whether that day is in time
    ("camera ready is september 4 yeah?", "No"),
    ("camera ready is september 11 right?", "Yes"),
    ("what day of the week is the paper deadline", "It falls on a Monday"),
])
def test_checks_of_a_site_a_day_and_a_weekday(question: str, lead: str) -> None:
    text = Responder(parse_knowledge(SITE)).respond(question, SITE_NOW).plain_text()
    assert text.startswith(lead), text


@pytest.mark.parametrize(("question", "lead"), [
    ("is it on hotcrp at [sbft2037.hotcrp.com?", "No"),  # (no URL to parse: no crash)
    ("is it https://icse2037-sbft.hotcrp.com/paper/new ?", "Yes"),
])
def test_a_host_written_any_way(question: str, lead: str) -> None:
    text = Responder(parse_knowledge(SITE)).respond(question, SITE_NOW).plain_text()
    assert text.startswith(lead), text
