"""Deadlines that come in parallel, one per paper type (each type with its own submission,
notification and camera-ready), and notes that mention another deadline's subject."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime.fromisoformat("2031-03-01T12:00+00:00")
WORKSHOP = """
workshop: {name: Workshop on Tidal Kites, short_name: TIDE 2031, timezone: AoE}
deadlines:
  - {id: vision-papers, name: Vision papers submission, due: 2031-04-02T23:59}
  - {id: sensor-logs, name: Sensor logs submission, due: 2031-04-09T23:59}
  - {id: vision-notification, name: Vision papers notification, due: 2031-04-20}
  - id: field-papers
    name: Field papers submission
    due: 2031-04-23T23:59
    note: Only teams that uploaded sensor logs may send a field paper; pick the proceedings
      track or the poster track when submitting.
  - {id: vision-camera-ready, name: Camera ready (vision papers), due: 2031-05-04}
  - {id: field-notification, name: Field papers notification, due: 2031-05-11}
  - {id: field-camera-ready, name: Camera ready (field papers), due: 2031-05-18}
submission:
  tracks:
    - {id: vision, name: Vision paper, page_limit: 4, archival: false}
    - {id: field, name: Field paper, page_limit: 8, archival: true}
"""
LOGS, FIELD = "april 9", "april 23"
VISION_NOTE, FIELD_NOTE = "april 20", "may 11"
VISION_CR, FIELD_CR = "may 4", "may 18"


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP, "tide.yaml"))


def text_of(bot: Responder, question: str) -> str:
    answer = bot.respond(question, NOW)
    assert answer.answered, question
    return answer.plain_text().lower()


@pytest.mark.parametrize(("question", "must", "must_not"), [
    # a note that mentions "sensor logs" does not make the field papers the logs' deadline
    ("when are the sensor logs due", [LOGS], [FIELD]),
    ("sensor log deadline?", [LOGS], [FIELD]),
    # one kind, one deadline per paper type, nothing to choose between them: each of them
    ("when are notifications sent?", [VISION_NOTE, FIELD_NOTE], [VISION_CR, FIELD_CR]),
    ("when is the camera ready due?", [VISION_CR, FIELD_CR], [VISION_NOTE, FIELD_NOTE]),
    # ...and the one named when a type is named, also after the question
    ("when is the camera ready for field papers due?", [FIELD_CR], [VISION_CR]),
    ("when do we hear back? (field papers)", [FIELD_NOTE], [VISION_NOTE]),
])
def test_parallel_deadlines(bot: Responder, question: str, must: list[str],
                            must_not: list[str]) -> None:
    text = text_of(bot, question)
    for m in must:
        assert m in text, (question, text)
    for m in must_not:
        assert m not in text, (question, text)


def test_a_policy_mentioned_in_a_deadline_note_is_not_that_deadline(bot: Responder) -> None:
    """"Pick the proceedings track when submitting" in the note: "is it archival?" is asked of
    the paper types, not of that deadline."""
    text = text_of(bot, "is the workshop archival?")
    assert "archival" in text and FIELD not in text, text


def test_a_list_item_after_a_question_is_not_a_qualifier(bot: Responder) -> None:
    """"(open, close, field)": the last item of a list is not a paper type qualifying the rest."""
    text = text_of(bot, "what are the dates for vision papers, sensor logs, field papers?")
    assert "april 2" in text and LOGS in text, text


def test_the_final_version_of_a_type_is_its_camera_ready(bot: Responder) -> None:
    """"final version ... paper due": the camera-ready of that type, not its submission."""
    text = text_of(bot, "when's the final version of the field paper due")
    assert FIELD_CR in text and FIELD not in text and VISION_CR not in text, text


def test_what_is_due_on_a_day_is_every_deadline_of_that_day() -> None:
    two = Responder(parse_knowledge(WORKSHOP.replace("due: 2031-04-23T23:59",
                                                     "due: 2031-04-20T23:59"), "tide.yaml"))
    text = text_of(two, "what's due on april 20?")
    assert "vision papers notification" in text and "field papers submission" in text, text
    assert not text.startswith("no"), text


SHARED_TASK = """
workshop: {name: Workshop on Old Scripts, timezone: AoE, date: 2031-07-01}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-04-01}
  - {id: reviews, name: Reviews due, due: 2031-04-20}
  - {id: task-data, name: "Task B (Emotion Polarity): test data available", due: 2031-02-12}
  - {id: task-runs, name: "Task B (Emotion Polarity): system results due", due: 2031-02-19}
  - {id: report-review, name: Task short report review deadline, due: 2031-04-22}
"""


@pytest.mark.parametrize(("question", "must", "must_not"), [
    # words of a shared task's deadlines, though no name is said in full: those deadlines, not
    # the paper deadline nor the workshop's date
    ("when do I have to send my emotion polarity runs", ["february 19"], ["april 1", "july 1"]),
    ("emotion polarity test set release date?", ["february 12"], ["july 1", "april 1"]),
    # a name saying every word of the question's own, not one saying a few
    ("when's the short report review deadline", ["april 22"], ["april 20"]),
])
def test_deadlines_named_in_part(question: str, must: list[str], must_not: list[str]) -> None:
    text = text_of(Responder(parse_knowledge(SHARED_TASK, "scripts.yaml")), question)
    for m in must:
        assert m in text, (question, text)
    for m in must_not:
        assert m not in text, (question, text)



ROUNDS = """
workshop: {name: Workshop on Old Scripts, timezone: AoE}
deadlines:
  - {id: draft, name: Mentorship track first-round (draft) submission, due: 2031-03-01}
  - {id: runs, name: Shared task run submission deadline, due: 2031-03-17}
  - {id: paper, name: Archival track final submission deadline (both general and task papers),
     due: 2031-04-02}
"""


@pytest.mark.parametrize("question", ["when's the paper due?",
                                      "my labmate said submissions close april 24, right?"])
def test_the_main_deadline_is_no_draft_round_nor_a_shorter_name(question: str) -> None:
    text = text_of(Responder(parse_knowledge(ROUNDS, "scripts.yaml")), question)
    assert "april 2" in text and "march 1," not in text and "march 17" not in text, text


def test_the_last_possible_date_to_submit_is_the_latest_submission() -> None:
    late = ROUNDS + "  - {id: short, name: Non-archival track final submission, due: 2031-05-01}\n"
    text = text_of(Responder(parse_knowledge(late, "scripts.yaml")),
                   "when's the last possible date i can still submit something here?")
    assert "may 1, 2031" in text and "april 2" not in text, text


MENTORING = """
workshop: {name: Workshop on Old Scripts, timezone: AoE}
deadlines:
  - {id: mentee, name: Mentee application (mentorship program), due: 2031-02-17}
  - {id: pairing, name: Mentorship program notification (pairing), due: 2031-02-24}
  - {id: abstract, name: Abstract deadline, due: 2031-03-18}
  - {id: paper, name: Paper submission deadline, due: 2031-03-25}
  - {id: notification, name: Author notification, due: 2031-04-22}
"""


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("mentorship notification date pls", ["february 24"], ["april 22"]),
    ("摘要截止日期是什么时候？", ["march 18"], ["march 25"]),
])
def test_a_qualified_kind_and_another_language(question: str, must: list[str],
                                               must_not: list[str]) -> None:
    text = text_of(Responder(parse_knowledge(MENTORING, "scripts.yaml")), question)
    for m in must:
        assert m in text, (question, text)
    for m in must_not:
        assert m not in text, (question, text)


def test_a_day_is_the_workshops_only_as_a_whole_date() -> None:
    """"what's due on june 8?" with the workshop on December 8: June 8 is a deadline's day."""
    k = parse_knowledge("""
workshop: {name: Workshop on Old Scripts, timezone: AoE, date: 2031-12-08}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-06-08}
  - {id: camera, name: Camera-ready, due: 2031-09-08}
""", "scripts.yaml")
    text = text_of(Responder(k), "what's due on june 8?")
    assert "paper submission" in text and "camera" not in text, text


def test_two_rounds_of_one_deadline_are_both_given() -> None:
    from datetime import UTC, datetime

    from bot.core.knowledge.loader import parse_knowledge
    from bot.core.responder import Responder
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Planning Abstractions, timezone: Asia/Seoul, date: 2031-09-27}
deadlines:
  - {id: early, name: Paper submission deadline (early), due: 2031-08-20,
     note: For authors who need a quick decision.}
  - {id: late, name: Paper submission deadline (late), due: 2031-09-05}
  - {id: shared, name: Shared task paper submission, due: 2031-09-10}
  - {id: notification, name: Author notification, due: 2031-09-12}
""", "leap.yaml"))
    now = datetime(2031, 7, 25, tzinfo=UTC)
    text = bot.respond("when is the paper due?", now).plain_text()
    assert "August 20" in text and "September 5" in text and "September 10" not in text, text
    text = bot.respond("when is the early deadline?", now).plain_text()
    assert "August 20" in text and "September 5" not in text, text
    # a day checked against the rounds: the round on that day
    text = bot.respond("my advisor says the last day to submit is september 5th, right?",
                       now).plain_text()
    assert text.startswith("Yes, for Paper submission deadline (late)"), text


def test_a_deadline_named_by_its_subject_alone_is_what_must_be_sent() -> None:
    from datetime import UTC, datetime

    from bot.core.knowledge.loader import parse_knowledge
    from bot.core.responder import Responder
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Systems, timezone: Asia/Tokyo, date: 2031-09-04}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-05-02}
  - {id: poster, name: Poster extended abstract submission, due: 2031-07-24}
  - {id: poster-notification, name: Poster notification, due: 2031-07-26}
""", "sys.yaml"))
    now = datetime(2031, 4, 5, tzinfo=UTC)
    text = bot.respond("when is the poster deadline", now).plain_text()
    assert text.startswith("Poster extended abstract submission: July 24"), text
    text = bot.respond("when do posters get notified?", now).plain_text()
    assert "July 26" in text and "July 24" not in text, text


def test_research_results_are_not_the_notification() -> None:
    from datetime import UTC, datetime

    from bot.core.knowledge.loader import parse_knowledge
    from bot.core.responder import Responder
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Systems, timezone: Asia/Tokyo, date: 2031-09-04}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-05-02}
  - {id: notification, name: Notification to authors, due: 2031-07-01}
""", "sys.yaml"))
    now = datetime(2031, 4, 5, tzinfo=UTC)
    for question in ("can I submit a position paper rather than results?",
                     "can I submit preliminary results?"):
        text = bot.respond(question, now).plain_text()
        assert "July 1" not in text, (question, text)
    text = bot.respond("when are results out?", now).plain_text()
    assert "July 1" in text, text


def test_an_extension_is_not_an_extended_abstract() -> None:
    from datetime import UTC, datetime

    from bot.core.knowledge.loader import parse_knowledge
    from bot.core.responder import Responder
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Systems, timezone: Asia/Tokyo, date: 2031-09-04}
deadlines:
  - {id: abstract, name: Abstract submission, due: 2031-04-25}
  - {id: paper, name: Paper submission, due: 2031-05-02}
  - {id: poster, name: Poster extended abstract submission, due: 2031-07-24,
     extended_from: 2031-07-19}
""", "sys.yaml"))
    now = datetime(2031, 4, 5, tzinfo=UTC)
    a = bot.respond("will the paper deadline get extended?", now)
    assert not a.answered and not a.plain_text().startswith("Poster"), a.plain_text()
    text = bot.respond("when is the extended abstract due?", now).plain_text()
    assert text.startswith("Poster extended abstract submission: July 24"), text
    text = bot.respond("when is the abstract due?", now).plain_text()
    assert text.startswith("Abstract submission: April 25"), text
