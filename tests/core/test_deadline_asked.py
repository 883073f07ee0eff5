"""A subject that is also a word of a deadline's name ("proceedings" in "Final proceedings") names
that deadline only when the question asks for a date."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder
from bot.core.understanding.deadline_finder import asks_a_date

WORKSHOP = """
workshop:
  name: Workshop on Frugal Retrieval
  timezone: AoE
deadlines:
  - id: submission
    name: Paper submission
    due: 2033-04-10
  - id: final-proceedings
    name: Shared task final proceedings
    due: 2033-06-20
submission:
  archival: true
"""

NOW = datetime(2033, 3, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP, "frugal.yaml"))


@pytest.mark.parametrize("question", ["is this non-archival?", "will there be proceedings?"])
def test_a_subject_without_a_date_asked_is_not_the_deadline(bot: Responder, question: str) -> None:
    a = bot.respond(question, NOW)
    text = a.plain_text()
    assert a.answered and "archival" in text.lower(), text
    assert "June 20" not in text


def test_the_deadline_is_named_when_a_date_is_asked(bot: Responder) -> None:
    text = bot.respond("when are the final proceedings due?", NOW).plain_text()
    assert "June 20" in text and "April 10" not in text, text


def test_what_asks_a_date() -> None:
    assert asks_a_date("when does the eval phase start")
    assert asks_a_date("papers have to be in")
    assert not asks_a_date("is this non-archival")


TRACKS = """
workshop:
  name: Workshop on Loud Bandits
  timezone: AoE
deadlines:
  - id: submission
    name: Paper submission (research track and idea track)
    due: 2033-04-10
  - id: special
    name: Special deadline for Datasets & Benchmarks authors
    due: 2033-05-02
  - id: report
    name: Challenge report
    due: 2033-05-20
submission:
  tracks:
    - {id: research, name: Research track, page_limit: 9}
    - {id: idea, name: Idea track, page_limit: 4}
    - {id: report, name: Challenge report, page_limit: 2}
"""


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("benchmarks track?", "May 2", "April 10"),
    ("challenge report?", "May 20", "April 10"),
])
def test_a_few_words_of_a_deadline_name_it(question: str, must: str, must_not: str) -> None:
    bot = Responder(parse_knowledge(TRACKS, "bandits.yaml"))
    text = bot.respond(question, NOW).plain_text()
    assert must in text and must_not not in text, text


def test_a_paper_type_alone_is_not_the_deadline_it_shares() -> None:
    bot = Responder(parse_knowledge(TRACKS, "bandits.yaml"))
    text = bot.respond("the idea track", NOW).plain_text()
    assert "April 10" not in text, text


SEVERAL = """
workshop:
  name: Workshop on Honest Chatbots
  timezone: America/Los_Angeles
deadlines:
  - id: direct
    name: Workshop paper due date (direct submission)
    due: 2034-03-05
  - id: fast
    name: Workshop paper due date (fast-track)
    due: 2034-04-10
    note: For papers already reviewed at ARR.
  - id: arr
    name: Submission of already reviewed ARR papers
    due: 2034-04-12
  - id: camera-ready
    name: Camera-ready papers due
    due: 2034-05-12
  - id: video
    name: Pre-recorded video due
    due: 2034-06-04
"""


@pytest.fixture(scope="module")
def several() -> Responder:
    return Responder(parse_knowledge(SEVERAL, "honest.yaml"))


@pytest.mark.parametrize("question", ["when's the paper deadline?", "when is the paper due",
                                      "¿cuándo es la fecha límite para enviar el artículo?"])
def test_the_paper_deadline_is_not_a_special_one(several: Responder, question: str) -> None:
    """"papers" in a special deadline's note or name ("for papers already reviewed") is as
    generic as "paper": the paper deadline is the direct one (with its twin of the same name,
    told apart by its brackets, given beside it and named: "(fast-track)"), never the ARR
    commitment alone."""
    text = several.respond(question, NOW).plain_text()
    assert "(direct submission): March 5" in text, text
    assert "April 12" not in text and (
        "April 10" not in text or "(fast-track): April 10" in text), text


def test_by_when_after_a_part_naming_a_deadline_asks_its_date(several: Responder) -> None:
    text = several.respond("do we have to send a recorded talk? by when", NOW).plain_text()
    assert "June 4" in text and "March 5" not in text, text


def test_before_or_after_another_deadline_gives_both(several: Responder) -> None:
    text = several.respond("is the video due after the camera ready?", NOW).plain_text()
    assert "June 4" in text and "May 12" in text, text


def test_the_final_version_in_chinese(several: Responder) -> None:
    text = several.respond("终稿什么时候截止？", NOW).plain_text()
    assert "May 12" in text and "March 5" not in text, text


EXTENDED = """
workshop:
  name: Workshop on Slow Graphs
  timezone: AoE
deadlines:
  - id: paper
    name: Paper submission
    due: 2033-06-18
    extended_from: 2033-06-12
  - id: notification
    name: Author notification
    due: 2033-07-12
"""


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("what was the original deadline before they pushed it back", "June 12", "July 12"),
    ("old deadline?", "June 12", "July 12"),
    ("wann bekommt man bescheid ob das paper angenommen wurde?", "July 12", "June 18"),
])
def test_the_date_before_an_extension(question: str, must: str, must_not: str) -> None:
    """"the original deadline" is ours (before it moved), not another event's."""
    bot = Responder(parse_knowledge(EXTENDED, "slow.yaml"))
    a = bot.respond(question, NOW)
    assert a.answered and must in a.plain_text() and must_not not in a.plain_text(), \
        a.plain_text()


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("so the ddl got pushed to jun 18 right?", "June 18", "nothing about changes"),
    ("heard the submission deadline got pushed back a week, true?", "June 12",
     "nothing about changes"),
])
def test_a_move_asked_about_is_the_extension(question: str, must: str, must_not: str) -> None:
    bot = Responder(parse_knowledge(EXTENDED, "slow.yaml"))
    a = bot.respond(question, NOW)
    assert a.answered and must in a.plain_text() and must_not not in a.plain_text(), \
        a.plain_text()


@pytest.mark.parametrize("question", ["when will the list of accepted papers be posted?",
                                      "what are the review criteria?",
                                      "what's the conflict of interest policy for reviewing?"])
def test_a_neighbour_of_a_deadline_is_not_its_date(question: str) -> None:
    bot = Responder(parse_knowledge(EXTENDED, "slow.yaml"))
    a = bot.respond(question, NOW)
    assert not a.answered and "July 12" not in a.plain_text() and "June 18" not in \
        a.plain_text(), a.plain_text()


def test_the_zone_asked_in_not_the_zone_stated() -> None:
    bot = Responder(parse_knowledge(EXTENDED, "slow.yaml"))
    text = bot.respond("paper deadline is 7pm EST, what's that in CET?", NOW).plain_text()
    assert "Europe/Berlin" in text and "New_York" not in text, text


def test_a_bare_deadline_after_an_unknown_subject_is_that_subjects() -> None:
    bot = Responder(parse_knowledge(EXTENDED, "slow.yaml"))
    a = bot.respond("can I sign up to be a reviewer? deadline?", NOW)
    assert not a.answered and "June 18" not in a.plain_text(), a.plain_text()
    # ...but after a part that names no subject, it is the paper deadline
    a = bot.respond("hi! deadline?", NOW)
    assert a.answered and "June 18" in a.plain_text(), a.plain_text()


JOINT = """
workshop: {name: Workshop on Clinical Words, timezone: AoE}
deadlines:
  - {id: mwe-track, name: Joint MWE track submission, due: 2033-02-20}
  - {id: shared-task-results, name: Shared task release of official results, due: 2033-03-31}
  - {id: submission, name: Paper submission deadline (general and shared task papers),
     due: 2033-05-04}
  - {id: notification, name: Notification of acceptance, due: 2033-05-29}
"""


@pytest.mark.parametrize("question", ["when's the paper deadline?", "ddl?",
                                      "¿cuál es la fecha límite para enviar artículos?"])
def test_the_deadline_is_the_one_that_says_paper_not_an_earlier_joint_track(question: str) -> None:
    bot = Responder(parse_knowledge(JOINT, "clinical.yaml"))
    text = bot.respond(question, NOW).plain_text()
    assert "May 4" in text and "February 20" not in text, text


def test_hearing_back_is_the_plain_notification_not_a_shared_task_release() -> None:
    bot = Responder(parse_knowledge(JOINT, "clinical.yaml"))
    text = bot.respond("when do we hear back", NOW).plain_text()
    assert "May 29" in text and "March 31" not in text, text


@pytest.mark.parametrize("question", ["论文会被收录到论文集里吗？", "论文会出版吗？"])
def test_proceedings_asked_in_chinese(bot: Responder, question: str) -> None:
    a = bot.respond(question, NOW)
    text = a.plain_text()
    assert a.answered and "archival" in text.lower(), text
    assert "June 20" not in text and "April 10" not in text, text


@pytest.mark.parametrize("question", ["will papers be in the ACM DL?",
                                      "do accepted papers end up in the ACM digital library?"])
def test_the_acm_dl_is_a_library_not_a_deadline(bot: Responder, question: str) -> None:
    a = bot.respond(question, NOW)
    text = a.plain_text()
    assert a.answered and "archival" in text.lower(), text
    assert "June 20" not in text and "April 10" not in text, text


CHALLENGE = Responder(parse_knowledge("""
workshop:
  name: Workshop on Frugal Retrieval
  timezone: AoE
deadlines:
  - {id: submission, name: Paper submission, due: 2033-04-10}
  - {id: notification, name: Notification, due: 2033-05-01}
  - {id: dev, name: Challenge development phase start, due: 2033-04-17}
  - {id: portal, name: Challenge submission portal opens, due: 2033-04-19}
  - {id: end, name: Challenge test phase end (last day to submit results), due: 2033-06-14}
  - {id: shared, name: Shared task results, due: 2033-06-20}
""", "frugal.yaml"))


@pytest.mark.parametrize("question", ["challenge ddl?", "when does the challenge close?",
                                      "挑战赛截止日期是什么时候？"])
def test_a_word_naming_a_group_of_deadlines_is_the_one_that_closes(question: str) -> None:
    text = CHALLENGE.respond(question, NOW).plain_text()
    assert "June 14" in text, text
    assert "April 10" not in text and "April 17" not in text and "April 19" not in text, text



def test_a_numbered_name_is_the_one_with_that_number() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Frugal Retrieval
  timezone: AoE
deadlines:
  - {id: submission, name: Paper submission, due: 2033-04-10}
  - {id: t1, name: Challenge Track 1 test phase start, due: 2033-05-01}
  - {id: t2, name: Challenge Track 2 test phase start, due: 2033-05-04}
""", "frugal.yaml"))
    text = bot.respond("track 2 test phase start date?", NOW).plain_text()
    assert "May 4" in text and "May 1," not in text, text
