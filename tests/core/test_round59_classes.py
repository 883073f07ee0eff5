"""Classes seen in first-look round 59: an entry that only asks "can I submit?" does not answer
"where do I submit?"; a word two names share names the one to beat when a deadline is asked
("mentee deadline?": the application, not the match notification); of notifications asked about
equally, the papers' one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge, parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Tackling Floods with Machine Learning
  conference: NeurIPS 2034
  timezone: AoE
  date: 2034-12-08
  location: Online
deadlines:
  - id: mentorship-application
    name: Mentorship program application deadline (mentees and mentors)
    due: 2034-08-15T23:59
  - id: tutorial-proposal
    name: Tutorial proposal submission deadline
    due: 2034-08-15T23:59
  - id: mentor-match
    name: Mentor-Mentee match notification
    due: 2034-08-18T23:59
  - id: tutorial-notification
    name: Notification of accepted tutorials
    due: 2034-08-22T23:59
  - id: submission
    name: Paper/Proposal submission deadline
    due: 2034-09-18T23:59
  - id: notification
    name: Notification of accepted papers/proposals
    due: 2034-10-23
submission:
  submission_url: https://cmt.example.org/floods2034
faq:
  - id: non-ml-background
    questions: ["i'm not in machine learning can I submit", "non ML background"]
    answer: >-
      Yes, submissions from many fields are welcome. Most attendees have a machine learning
      background, so introduce other fields with enough context.
"""
NOW = datetime(2034, 7, 26, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def responder() -> Responder:
    return Responder(parse_knowledge(WORKSHOP))


def test_where_to_submit_is_not_whether_one_may(responder: Responder) -> None:
    text = responder.respond("where do i submit", NOW).plain_text()
    assert "cmt.example.org" in text and "many fields" not in text, text


def test_a_word_two_names_share_names_the_one_to_beat(responder: Responder) -> None:
    text = responder.respond("mentee deadline?", NOW).plain_text()
    assert "August 15" in text and "August 18" not in text, text


@pytest.mark.parametrize(("question", "lead"), [
    ("notification is oct 31 i think?", "No"),
    ("when do we hear back on papers", ""),
])
def test_of_notifications_asked_equally_the_papers_one(responder: Responder, question: str,
                                                       lead: str) -> None:
    text = responder.respond(question, NOW).plain_text()
    assert text.startswith(lead) and "October 23" in text, text
    assert "August 22" not in text and "August 18" not in text, text


CHALLENGE = """
workshop:
  name: LLM Judges in Search
  conference: WSDM 2035
  timezone: AoE
  date: 2035-03-14
  location: Hannover, Germany
deadlines:
  - id: submission
    name: Paper submission deadline
    due: 2035-01-30T23:59
  - id: llmjudge-submission
    name: LLMJudge challenge submission deadline
    due: 2035-02-10T23:59
  - id: notification
    name: Acceptance notifications
    due: 2035-02-25T23:59
faq:
  - id: llmjudge-task
    questions: ["what is the llmjudge challenge", "what is the shared task about"]
    answer: >-
      LLMJudge is a relevance judgment challenge: given a query and a passage, an LLM gives a
      relevance score on a four-point scale.
"""
CHALLENGE_NOW = datetime(2035, 1, 8, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def challenge() -> Responder:
    return Responder(parse_knowledge(CHALLENGE))


def test_the_time_left_for_a_named_step(challenge: Responder) -> None:
    text = challenge.respond("how long do we have left for the llmjudge runs",
                             CHALLENGE_NOW).plain_text()
    assert "February 10" in text and "January 30" not in text, text


def test_what_a_named_step_is_is_not_its_date(challenge: Responder) -> None:
    text = challenge.respond("what is llmjudge", CHALLENGE_NOW).plain_text()
    assert "four-point scale" in text and "February 10" not in text, text


def test_a_deadline_asked_outright_beats_an_entry_silent_on_deadlines() -> None:
    # (round 60: "how long until the deadline?" is not the entry "how long is the workshop")
    k = load_knowledge(Path(__file__).parents[1] / "fixtures" / "real" / "hiai-2024.yaml")
    text = Responder(k).respond("how long until the deadline?",
                                datetime(2024, 5, 27, 12, tzinfo=UTC)).plain_text()
    assert "June 14" in text and "half-day" not in text, text


def test_which_papers_got_accepted_is_not_when() -> None:
    knowledge = parse_knowledge(CHALLENGE.replace("faq:\n", """faq:
  - id: accepted-papers
    questions: ["which papers were accepted"]
    answer: "Accepted papers: Judging Relevance with Small Models; Cheap Labels for Search."
"""))
    text = Responder(knowledge).respond("which papers got accepted",
                                        CHALLENGE_NOW).plain_text()
    assert "Cheap Labels for Search" in text and "February 25" not in text, text
