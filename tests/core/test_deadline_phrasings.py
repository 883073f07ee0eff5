"""Deadline phrasings of first-look round 9: a word form of a kind ("rebut"), "every important
date", and kinds of papers when the call lists paper types."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge, parse_knowledge
from bot.core.responder import Responder

NOW = datetime.fromisoformat("2031-03-01T12:00+00:00")
WORKSHOP = """
workshop: {name: Workshop on Tall Ships, timezone: AoE}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-05-01}
  - {id: response, name: Author response, due: 2031-05-20}
  - {id: notification, name: Notification of acceptance, due: 2031-05-25}
  - {id: camera, name: Camera-ready, due: 2031-06-10}
submission:
  tracks:
    - {id: long, name: Long paper, page_limit: 8}
    - {id: short, name: Short paper, page_limit: 4}
"""


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP, "ships.yaml"))


def test_rebut_is_the_author_response(bot: Responder) -> None:
    text = bot.respond("can i rebut the reviews?", NOW).plain_text()
    assert "May 20, 2031" in text and "May 1, 2031" not in text, text


def test_every_important_date(bot: Responder) -> None:
    text = bot.respond("can you list every important date?", NOW).plain_text()
    assert all(d in text for d in ("May 1, 2031", "May 20, 2031", "May 25, 2031",
                                   "June 10, 2031")), text


@pytest.mark.parametrize("question", ["what kind of submissions do you take?",
                                      "what kinds of papers can we submit?"])
def test_kinds_of_papers_are_the_paper_types(bot: Responder, question: str) -> None:
    text = bot.respond(question, NOW).plain_text()
    assert "Long paper" in text and "Short paper" in text, text


@pytest.mark.parametrize("question", ["are demos accepted?", "is a poster-only paper allowed?"])
def test_whether_something_is_accepted_is_not_the_notification(bot: Responder,
                                                               question: str) -> None:
    text = bot.respond(question, NOW).plain_text()
    assert "May 25, 2031" not in text and "May 1, 2031" not in text, text


def test_how_to_do_a_thing_is_not_its_date(bot: Responder) -> None:
    text = bot.respond("how exactly do we submit the camera-ready?", NOW).plain_text()
    assert "June 10, 2031" not in text, text


def test_how_to_with_a_note_that_says_how_keeps_the_deadline() -> None:
    bot = Responder(parse_knowledge(WORKSHOP.replace(
        "name: Camera-ready, due: 2031-06-10}",
        "name: Camera-ready, due: 2031-06-10, note: Upload it on OpenReview.}"),
        "ships.yaml"))
    text = bot.respond("how exactly do we submit the camera-ready?", NOW).plain_text()
    assert "OpenReview" in text and "June 10, 2031" in text, text


def test_the_language_of_papers_is_quoted_from_the_file_format() -> None:
    bot = Responder(parse_knowledge(WORKSHOP.replace(
        "submission:\n", "submission:\n  file_format: PDF (papers must be in English)\n"),
        "ships.yaml"))
    a = bot.respond("do submissions have to be in english?", NOW)
    assert a.answered and "must be in English" in a.plain_text(), a.plain_text()
    assert "May 1, 2031" not in a.plain_text()
    plain = Responder(parse_knowledge(WORKSHOP, "ships.yaml"))
    assert not plain.respond("can I write the paper in spanish?", NOW).answered


def test_the_language_of_papers_is_quoted_from_an_faq_answer_too() -> None:
    bot = Responder(parse_knowledge(WORKSHOP + """faq:
  - id: review
    questions: ["how are papers reviewed"]
    answer: Each paper gets two reviews. Submissions must be in English.
""", "ships.yaml"))
    text = bot.respond("must the paper be written in english", NOW).plain_text()
    assert "Submissions must be in English." in text, text


@pytest.mark.parametrize(("venue", "answered"), [
    ("Hawaii Convention Center", False), ("Hawaii Convention Center, Room 316A", True),
    ("Garnet 218-219, Singapore EXPO", True), ("1801 Kalakaua Ave, Honolulu", False)])
def test_which_room_needs_a_venue_that_names_one(venue: str, answered: bool) -> None:
    bot = Responder(parse_knowledge(WORKSHOP.replace(
        "timezone: AoE}", f"timezone: AoE, venue: '{venue}'}}"), "ships.yaml"))
    a = bot.respond("what room is it in?", NOW)
    assert a.answered is answered, a.plain_text()


def test_the_paper_type_of_the_part_before_is_the_one_whose_limit_is_asked(bot: Responder) -> None:
    text = bot.respond("I have a draft, does it go in as a short paper and what's the limit "
                       "again?", NOW).plain_text()
    assert "4 pages" in text and "8 pages" not in text, text


def test_the_workshops_own_name_in_a_note_names_no_deadline() -> None:
    named = WORKSHOP.replace("name: Workshop on Tall Ships,",
                             "name: Workshop on Tall Ships, short_name: SHIPS,").replace(
        "name: Camera-ready, due: 2031-06-10}",
        "name: Camera-ready, due: 2031-06-10, note: Use the ships_2031 style.}")
    text = Responder(parse_knowledge(named, "ships.yaml")).respond("ddl for ships?", NOW)
    assert "June 10" not in text.plain_text(), text.plain_text()


@pytest.mark.parametrize("question", ["can I submit early results / a preliminary idea?",
                                      "can I submit a negative results paper?",
                                      "im a phd student with preliminary results, is it fine?"])
def test_research_results_are_not_the_notification(bot: Responder, question: str) -> None:
    text = bot.respond(question, NOW).plain_text()
    assert "May 25, 2031" not in text, text


def test_the_results_of_the_review_are_still_the_notification(bot: Responder) -> None:
    text = bot.respond("when do the results come out?", NOW).plain_text()
    assert "May 25, 2031" in text, text


def test_a_date_put_to_be_confirmed_is_checked_as_that_date(bot: Responder) -> None:
    """"camera ready is june 7 right?" checks the date ("No"); "can I submit on april 28,
    right?" asks whether that day is in time ("Yes, before the deadline")."""
    checked = bot.respond("camera ready is june 7 right?", NOW).plain_text()
    assert checked.startswith("No") and "June 10, 2031" in checked, checked
    in_time = bot.respond("can I submit on april 28, right?", NOW).plain_text()
    assert in_time.startswith("Yes") and "May 1, 2031" in in_time, in_time


def test_a_mentorship_round_is_not_the_paper_deadline() -> None:
    # "Early submission (mentorship track)" then "Final workshop submission": the paper is due
    # at the latter
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                   / "diffcvgp-2020.yaml"))
    now = datetime.fromisoformat("2020-09-01T12:00-04:00")
    for question in ("when's the paper due?", "submission ddl??"):
        text = bot.respond(question, now).plain_text().lower()
        assert "october 15" in text and "september 25" not in text, text
    text = bot.respond("when is the mentorship deadline?", now).plain_text().lower()
    assert "september 25" in text, text
    one = bot.respond("is it short papers only or can we send full papers too", now)
    assert one.answered and "up to 4 pages" in one.plain_text(), one.plain_text()


@pytest.mark.parametrize("question", ["I'm in NYC - latest I can hit submit on openreview?",
                                      "latest time to submit in EST?",
                                      "last possible moment to submit?"])
def test_the_latest_one_can_submit_is_the_deadline(question: str) -> None:
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures/real/mathai-2025.yaml"))
    a = bot.respond(question, datetime.fromisoformat("2025-09-05T12:00+00:00"))
    assert a.answered and "September 26" in a.plain_text(), a.plain_text()
    assert not a.plain_text().startswith("Paper submission deadline: August"), a.plain_text()
