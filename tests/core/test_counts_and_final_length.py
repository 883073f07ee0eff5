"""What an organizer's number counts is the words right by it: "how many papers are accepted?" is
not answered by "full papers may grow to 8 pages", nor "how many reviewers?" by "a single-blind
review", while "reviewed by at least three members" and "at least 2 anonymous peer reviews" do
count reviewers. The camera-ready's length, when the call gives only the submission limit, is
"I don't know" with that limit; "how much space" asks for pages, not money."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime(2031, 2, 1, 12, tzinfo=UTC)


def _bot(faq: str) -> Responder:
    return Responder(parse_knowledge(f"""
workshop: {{name: Workshop on Quiet Hardware, timezone: AoE, date: 2031-05-09,
           contact: quiet@example.org}}
deadlines:
  - {{id: submission, name: Paper submission, due: 2031-03-01}}
  - {{id: camera, name: Camera-ready, due: 2031-04-10}}
submission: {{page_limit: 6, references_count: false}}
faq:
{faq}
""", "quiet.yaml"))


GROW = _bot("""
  - id: final-pages
    questions: ["how many pages for the accepted version?", "can I buy extra pages?"]
    answer: >-
      After acceptance, full papers may grow to 8 pages (excluding references). Please do not
      buy extra pages.
  - id: reviewing
    questions: ["how is my paper reviewed?"]
    answer: Every submission gets a single-blind peer review by the program committee.
""")


@pytest.mark.parametrize(("question", "must_not"), [
    ("how many papers do you usually accept", "8 pages"),
    ("how many reviewers per paper?", "single-blind"),
])
def test_a_number_does_not_count_a_word_further_off(question: str, must_not: str) -> None:
    a = GROW.respond(question, NOW)
    assert not a.answered and must_not not in a.plain_text(), a.plain_text()


def test_the_final_version_entry_still_answers_its_own_question() -> None:
    a = GROW.respond("how many pages can the accepted version have?", NOW)
    assert a.answered and "8 pages" in a.plain_text(), a.plain_text()


@pytest.mark.parametrize("answer", [
    "Every submission is reviewed by at least three members of the program committee.",
    "Each paper gets at least 3 anonymous peer reviews from the program committee.",
])
def test_a_count_of_reviewers_said_around_its_number_answers(answer: str) -> None:
    bot = _bot(f"""
  - id: reviewing
    questions: ["is there a rebuttal?", "how many reviews will my paper get?"]
    answer: {answer}
""")
    a = bot.respond("how many reviewers look at each submission", NOW)
    assert a.answered and "three" in a.plain_text().replace("3", "three"), a.plain_text()


def test_the_camera_ready_length_the_call_does_not_give_is_unknown() -> None:
    a = _bot("  []").respond("how many pages is the camera-ready allowed to have?", NOW)
    text = a.plain_text()
    assert not a.answered and "camera-ready" in text, text
    assert "6 pages" in text, text  # what it does say, of submissions


def test_how_much_space_asks_for_pages_not_money() -> None:
    a = GROW.respond("how much space do I get in the accepted version?", NOW)
    text = a.plain_text()
    assert "fees" not in text and "cost" not in text, text


def test_an_appendix_beyond_the_limit_is_not_the_entry_on_extra_final_pages() -> None:
    a = GROW.respond("can we add an appendix or supplementary material beyond the page limit",
                     NOW)
    assert "8 pages" not in a.plain_text(), a.plain_text()
    assert not a.answered, a.plain_text()
