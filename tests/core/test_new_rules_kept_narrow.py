"""The rules of rounds 29 to 31 kept to what they mean (cases a second read found): a day said
to ask whether it is in time is not a check of the deadline's day; a clock time in another
zone is not confirmed by its day alone; "accepted" before registering asks the registration;
an entry saying what the fee includes answers; "the host 2031 conference" is ours; a LaTeX
macro of the template is the template's; "what is a <type> allowed to include?" is the entry."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder
from tests.core.conftest import ask_real

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Narrow Looms
  conference: SANER 2031
  timezone: AoE
  date: 2031-03-12
deadlines:
  - id: abstract
    name: Submission of abstracts
    due: 2030-11-13T23:59
  - id: notification
    name: Notification
    due: 2030-12-08
  - id: registration
    name: Registration deadline
    due: 2031-01-20T23:59
  - id: camera-ready
    name: Camera-ready version
    due: 2031-01-12T23:59
submission:
  tracks:
    - id: full
      name: Full paper
      page_limit: 8
    - id: wip
      name: Work in Progress paper
      description: Preliminary work.
      page_limit: 4
faq:
  - id: fee-includes
    questions: ["what does the registration fee include?"]
    answer: The registration fee includes lunch on all days and the conference dinner.
  - id: latex
    questions: ["how do I set the workshop title in latex?"]
    answer: Set the workshop title with the \\\\workshoptitle macro of the template.
  - id: prior-work
    questions: ["can I submit work that was already presented?"]
    answer: Work in Progress papers may include parts of already presented work.
""", "w.yaml"))
NOW = datetime(2030, 10, 20, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "starts", "must"), [
    ("is nov 12 ok for the abstract submission?", "Yes, that's before", "November 13"),
    ("is jan 14 too late for the camera ready?", "Yes, too late: that's after", "January 12"),
    ("is the abstract deadline 5pm pacific time on nov 14?", "The day is right", "November 13"),
    ("when should accepted speakers register?", "", "January 20"),
    ("does the price include the dinner?", "", "conference dinner"),
    ("which latex macro sets the workshop title?", "", "workshoptitle"),
    ("what is a work in progress paper allowed to include?", "", "already presented"),
])
def test_kept_to_what_it_means(question: str, starts: str, must: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and a.plain_text().startswith(starts) and must in a.plain_text(), \
        a.plain_text()


def test_the_host_conference_with_its_year_is_ours() -> None:
    a = BOT.respond("where is the host 2031 conference held?", NOW)
    assert not a.plain_text().startswith("No."), a.plain_text()


@pytest.mark.parametrize(("name", "now", "question", "right", "wrong"), [
    # the host's main conference only when a step or rule of it is asked
    ("roegen-2024", "2024-08-15T12:00+00:00", "is it held in the main recsys conference venue?",
     "in conjunction", "outside what i can help"),
    # "how long until": a day, not a length
    ("dashsys-2026", "2026-05-01T12:00-12:00", "how long until the test set release?",
     "may 27", "i don't know"),
    # "submit two days late" is no count of papers
    ("roegen-2024", "2024-08-15T12:00+00:00", "can I submit two days late?", "september 7",
     "how many papers"),
])
def test_round_36_rules_keep_to_their_class(name: str, now: str, question: str, right: str,
                                            wrong: str) -> None:
    _, text = ask_real(name, now, question)
    assert right in text and wrong not in text, text


def test_the_latest_date_to_get_a_poster_printed_is_no_deadline() -> None:
    answered, text = ask_real("roegen-2024", "2024-08-15T12:00+00:00",
                              "what's the latest date to get my poster printed?")
    assert not answered and "september 7" not in text, text
