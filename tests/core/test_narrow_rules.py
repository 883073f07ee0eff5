"""Rules added for one class of question kept narrow (each found too broad on a second read):
an affiliation's two-letter acronym is no name ("who runs it?"), a place in an FAQ answer is
that entry only when a person is asked about, the host conference is its short name, a page
count over the limit is a No only for the paper itself, "single-blind or double-blind?" asks
which, "the 2nd day" is no date, "submitted already" and "accepted at the workshop" are not a
paper elsewhere, "can I submit already published work?" is not whether submissions are open,
"take into account" is no account, a prize in dollars is no fee, an advisor as co-author is
not an AI tool, a poster presentation's length is the program's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime(2031, 1, 10, 12, tzinfo=UTC)
BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Code Models (CoMo 2031)
  conference: RecSys 2031 (ACM Conference on Recommender Systems)
  timezone: AoE
  location: San Diego, USA
deadlines:
  - {id: paper, name: Paper submission, due: 2031-02-10}
  - {id: camera, name: Camera-ready version, due: 2031-03-20}
submission:
  anonymized: true
  references_count: false
  tracks:
    - {id: long, name: Long paper, page_limit: 8}
    - {id: short, name: Short paper, page_limit: 4}
organizers:
  - {name: Luca Example, affiliation: "CENTAI, Turin, Italy"}
  - {name: Anna Example, affiliation: IT University of Copenhagen}
  - {name: Bo Example, affiliation: TU Wien}
faq:
  - id: keynotes
    questions: ["who are the keynote speakers?"]
    answer: The keynote is by Loubna Example (Hugging Face).
  - id: city
    questions: ["anything fun in town?"]
    answer: The Comic Con runs that week in San Diego.
  - id: awards
    questions: ["are there any awards?"]
    answer: A best paper award of 500 dollars is given.
""", "como.yaml"))


def ask(question: str) -> str:
    return BOT.respond(question, NOW).plain_text()


def test_a_two_letter_acronym_names_no_affiliation() -> None:
    text = ask("who organizes it?")
    assert all(n in text for n in ("Luca Example", "Anna Example", "Bo Example")), text


def test_a_place_in_an_faq_answer_needs_a_person_asked() -> None:
    assert "Comic Con" not in ask("how far is the venue from San Diego airport?")
    assert "Loubna Example" in ask("is someone from hugging face speaking?")


def test_the_host_conference_is_its_short_name() -> None:
    text = ask("when is the deadline for recommender research papers?")
    assert "February 10" in text, text
    assert "February 10" not in ask("recsys research track deadline?")


@pytest.mark.parametrize("question", ["can I have 10 pages of references?",
                                      "can accepted long papers be 9 pages?"])
def test_more_pages_of_something_else_is_no_no(question: str) -> None:
    assert not ask(question).startswith("No"), ask(question)


def test_single_or_double_blind_asks_which() -> None:
    text = ask("is the review single blind or double blind?")
    assert not text.startswith(("No", "Yes")) and "double-blind" in text, text


def test_the_second_day_is_no_date() -> None:
    from bot.core.understanding.program_finder import day_said as _day_said

    assert _day_said("when does the 2nd day end?") is None
    assert _day_said("when does it start on july 29?") == (7, 29)


@pytest.mark.parametrize("question", ["I submitted already, can I still update my paper?",
                                      "My paper has been accepted at the workshop, when is the "
                                      "camera-ready due?"])
def test_submitted_or_accepted_here_is_no_paper_elsewhere(question: str) -> None:
    assert "dual submission" not in ask(question), ask(question)


def test_a_paper_accepted_here_is_a_condition_not_the_notification() -> None:
    text = ask("my paper was accepted, when is the camera ready due?")
    assert "March 20" in text and "February 10" not in text, text


def test_submit_already_published_work_is_not_whether_submissions_opened() -> None:
    from bot.core.understanding.text import expand

    assert "open" not in expand("can I submit already published work?")
    assert "open" in expand("can we submit yet?")


def test_taking_into_account_is_no_account() -> None:
    assert "accounts" not in ask("does the page limit take into account the references?")


def test_a_prize_in_dollars_is_no_fee() -> None:
    text = ask("is the prize 500 dollars?")
    assert "fees" not in text and "500 dollars" in text, text


def test_an_advisor_as_coauthor_is_no_ai_tool() -> None:
    assert "generative AI" not in ask("Can my advisor be listed as a co-author?")


MORE = Responder(parse_knowledge("""
workshop: {name: Workshop on Music Archives, timezone: AoE, date: 2031-07-29}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-02-10}
submission:
  references_count: false
  tracks:
    - {id: long, name: Long paper, page_limit: 8}
program:
  - {title: Welcome, start: "2031-07-29T09:00", end: "2031-07-29T09:15"}
faq:
  - id: fee
    questions: ["how much does registration cost?"]
    answer: Registration is 140 EUR.
  - id: awards
    questions: ["are there awards?"]
    answer: The best paper award is USD 1,000.
  - id: attend
    questions: ["can I attend without submitting a paper?"]
    answer: Yes, anyone may register and attend.
  - id: workshop-only
    questions: ["do I need to register for the whole conference?"]
    answer: No, a workshop-only registration is enough.
""", "musa.yaml"))


@pytest.mark.parametrize(("question", "must"), [
    ("how many euros is registration?", "140 EUR"),
    ("how many dollars is the best paper award?", "USD 1,000"),
    ("can I attend without presenting?", "anyone may register"),
    ("can my long paper be 12 pages excluding references?", "No: "),
    ("can a 12 page long paper be accepted?", "No: "),
    ("when does it start on june 29?", "9:00 AM"),
    ("is the review single-blind, or do I need to anonymize?", "I don't know"),
])
def test_mends_of_the_second_read_keep_what_was_answered(question: str, must: str) -> None:
    text = MORE.respond(question, NOW).plain_text()
    assert must in text, (question, text)


def test_attend_only_the_workshop_is_not_attending_without_a_paper() -> None:
    text = MORE.respond("can I attend only the workshop?", NOW).plain_text()
    assert "without a paper" not in text, text
