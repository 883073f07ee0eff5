"""How questions are understood: one behaviour per test, in phrasings of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder
from tests.core.conftest import at

NOW = at("2017-10-10T12:00")


def reply(r: Responder, q: str) -> tuple[bool, str | None, str]:
    a = r.respond(q, NOW)
    return a.answered, a.intent, a.plain_text()


@pytest.mark.parametrize("q", ["wen is teh dedline", "submision deadine??", "ddl pls",
                               "DEADLINE?!", "deadline for papers, when"])
def test_typos_slang_and_shouting(mlsys: Responder, q: str) -> None:
    ok, intent, said = reply(mlsys, q)
    assert ok and intent == "deadline" and "October 20, 2017" in said


def test_question_buried_in_a_longer_message(mlsys: Responder) -> None:
    ok, _, said = reply(mlsys, "hi all! long time lurker here, my advisor asked me to check "
                               "something: do references count toward the page limit? thx")
    assert ok and "not counting references" in said


def test_compound_question_answers_every_part(mlsys: Responder) -> None:
    ok, intent, said = reply(mlsys, "where is it, when is it, and is it double blind?")
    assert ok and intent == "location+date+anonymity"
    assert "Long Beach" in said and "December 8, 2017" in said
    assert "No: Submissions do not need to be anonymized" in said


def test_wrong_premises_are_corrected(mlsys: Responder) -> None:
    assert reply(mlsys, "the deadline is oct 27 right?")[2].startswith("No. ")
    assert reply(mlsys, "is the limit 8 pages?")[2].startswith("No: ")
    assert reply(mlsys, "can I send a .docx?")[2].startswith("No: ")
    assert reply(mlsys, "this is an ICML workshop, right?")[2].startswith("No. ")
    assert reply(mlsys, "is the workshop on dec 8?")[2].startswith("Yes. ")


def test_organizer_by_surname_first_name_possessive_and_typo(mlsys: Responder) -> None:
    assert "crankshaw@cs.berkeley.edu" in reply(mlsys, "Crankshaw email")[2]
    assert "Microsoft Research" in reply(mlsys, "where's siddhartha from")[2]
    assert "aparnal@fb.com" in reply(mlsys, "lakshmiratn's address?")[2]
    said = reply(mlsys, "who's at stanford")[2]
    assert "Christopher Re" in said and "Crankshaw" not in said


def test_common_words_that_are_names_need_context(mlsys: Responder) -> None:
    ok, intent, _ = reply(mlsys, "is there an early bird discount?")
    assert not ok and intent != "organizer"


def test_unknown_topics_are_honest_and_point_to_organizers(mlsys: Responder) -> None:
    for q in ("when's the camera ready due", "will there be a livestream",
              "is there a poster session", "do I need a visa letter"):
        ok, _, said = reply(mlsys, q)
        assert not ok, q
        assert said.startswith("I don't know") and "slbird@fb.com" in said


def test_who_to_ask_about_an_unknown_topic_gives_contacts(mlsys: Responder) -> None:
    ok, intent, said = reply(mlsys, "who should I ask about visa letters?")
    assert ok and intent == "contact"
    assert "says nothing about visas" in said and "sidsen@microsoft.com" in said


def test_other_events_are_not_answered_with_this_workshop(mlsys: Responder) -> None:
    for q in ("when is the iclr deadline", "what's the page limit for cvpr",
              "my grant deadline is tomorrow ugh", "who organized the party last night"):
        assert not reply(mlsys, q)[0], q


def test_off_topic_and_small_talk(mlsys: Responder) -> None:
    assert reply(mlsys, "my cuda build keeps failing, any tips")[0] is False
    ok, intent, said = reply(mlsys, "are you a real person?")
    assert not ok and intent == "identity" and "bot" in said


def test_did_you_mean_offers_both_readings(mlsys: Responder) -> None:
    a = mlsys.respond("how long", NOW)
    assert not a.answered
    assert [(s.intent, s.label) for s in a.suggestions] == [
        ("page_limit", "The page limit"), ("deadline", "The paper submission deadline")]
    picked = mlsys.answer(a.suggestions[1].intent, NOW, a.suggestions[1].entity)
    assert picked.answered and "October 20, 2017" in picked.plain_text()


def test_other_languages(mlsys: Responder) -> None:
    assert "Long Beach" in reply(mlsys, "ワークショップはどこですか")[2]
    assert "October 20, 2017" in reply(mlsys, "¿cuál es la fecha límite?")[2]
    assert "6 pages" in reply(mlsys, "페이지 제한이 몇 페이지인가요?")[2]
    assert not reply(mlsys, "海报尺寸是多少？")[0]


FAQ_WORKSHOP = """\
workshop:
  name: Tiny Workshop
  timezone: Europe/Paris
  date: 2030-05-02
deadlines:
  - id: camera-ready
    name: Camera-ready version
    due: 2030-04-01T12:00
faq:
  - id: posters
    questions: ["how big can my poster be", "poster size"]
    answer: Posters are A0, portrait.
"""


def test_faq_and_deadlines_take_over_from_unknown_topics() -> None:
    r = Responder(parse_knowledge(FAQ_WORKSHOP))
    now = datetime.fromisoformat("2030-03-01T10:00+01:00")
    a = r.respond("my poster is A1, will that fit the size?", now)
    assert a.answered and a.intent == "faq:posters" and "A0" in a.plain_text()
    a = r.respond("is there a poster printing service?", now)
    assert not a.answered
    assert not r.respond("is there a poster session?", now).answered
    a = r.respond("when is the camera ready due?", now)
    assert a.answered and "Camera-ready version: April 1, 2030, 12:00 PM" in a.plain_text()
    # with only a camera-ready deadline, "the deadline" is that one
    assert "Camera-ready version" in r.respond("what's the deadline?", now).plain_text()


def test_nonsense_never_crashes(mlsys: Responder) -> None:
    for q in ("", " ", "?" * 500, "\x00\x01", "🦄🦄🦄", "a" * 10_000, "<@&123> @everyone",
              "SELECT * FROM users; --", "((((", "\\b(?:"):
        a = mlsys.respond(q, NOW)
        assert a.plain_text()


def test_the_time_of_a_deadline_is_not_the_schedule(mlsys: Responder) -> None:
    ok, intent, said = reply(mlsys, "what time is the notification?")
    # (the day decisions go out is known, the hour they go out at is not)
    assert not ok and intent == "timezone"
    assert "November 1, 2017" in said and "no time of day" in said


def test_questions_about_other_events_are_off_topic(mlsys: Responder) -> None:
    a = mlsys.respond("when is the ICLR deadline?", NOW)
    assert a.kind.value == "offtopic" and not a.suggestions


def test_what_follows_if_not_is_still_asked(mlsys: Responder) -> None:
    ok, _, said = reply(mlsys, "can talks be given over video? if not, where is it held "
                               "exactly?")
    assert ok and "Long Beach" in said


def test_bulleted_checklist_of_questions(mlsys: Responder) -> None:
    ok, intent, said = reply(mlsys, "- deadline\n- page count\n- double blind y/n")
    assert ok and intent == "deadline+page_limit+anonymity"
    assert "October 20, 2017" in said and "6 pages" in said


def test_a_missed_deadline_is_checked_not_the_workshop_day(mlsys: Responder) -> None:
    ok, intent, said = reply(mlsys, "we slipped a day, would oct 21 still be fine?")
    assert ok and intent == "deadline" and "after the deadline" in said
    assert reply(mlsys, "is dec 9 still ok for the workshop?")[2].startswith("No. ")


def test_another_conferences_template_asks_about_ours(mlsys: Responder) -> None:
    ok, intent, said = reply(mlsys, "is it fine to use the ICML 2017 template?")
    assert ok and intent == "style" and said.startswith("No. ") and "NIPS 2017" in said


def test_short_fact_checks_of_the_workshop_day(mlsys: Responder) -> None:
    assert reply(mlsys, "workshop on the 7th?")[2].startswith("No. ")
    assert reply(mlsys, "workshop dec 8, correct?")[2].startswith("Yes. ")
    ok, intent, _ = reply(mlsys, "workshop date")
    assert ok and intent == "date"


THREE_DEADLINES = """\
workshop:
  name: Tiny Workshop
  timezone: Europe/Paris
  date: 2030-05-02
deadlines:
  - id: papers
    name: Paper submission
    due: 2030-03-01
  - id: demos
    name: Demo proposals
    due: 2030-03-15
faq:
  - id: student-rate
    questions: ["is there a student discount", "student registration rate"]
    answer: Yes. Students pay half the registration fee.
  - id: appendix
    questions: ["can I add an appendix", "is supplementary material allowed"]
    answer: Yes, after the references in the same PDF; reviewers may skip it.
"""


def test_which_of_two_deadlines_comes_first() -> None:
    r = Responder(parse_knowledge(THREE_DEADLINES))
    a = r.respond("which one is due first, demos or papers?",
                  datetime.fromisoformat("2030-01-10T10:00+01:00"))
    assert "March 1, 2030" in a.plain_text() and "March 15, 2030" in a.plain_text()


def test_faq_entries_without_a_date_do_not_answer_when() -> None:
    r = Responder(parse_knowledge(THREE_DEADLINES))
    now = datetime.fromisoformat("2030-01-10T10:00+01:00")
    assert not r.respond("when does registration close?", now).answered
    # a "how much" question is not answered with the entry's "Yes."
    a = r.respond("how much is the student registration rate?", now)
    assert a.answered and a.plain_text().startswith("Students pay half")


def test_a_narrow_subject_in_the_entrys_own_words_is_enough() -> None:
    r = Responder(parse_knowledge(THREE_DEADLINES))
    now = datetime.fromisoformat("2030-01-10T10:00+01:00")
    a = r.respond("may our lengthy proofs live in an appendix?", now)
    assert a.answered and a.intent == "faq:appendix"
    # ...but it does not say when the appendix is due
    assert not r.respond("when is the appendix due?", now).answered


def test_mentions_and_quoted_replies_are_not_the_question(mlsys: Responder) -> None:
    ok, intent, said = reply(mlsys, "<@123456> @someone deadline??")
    assert ok and intent == "deadline" and "October 20, 2017" in said
    ok, intent, said = reply(mlsys, "> what's the page limit\nsame q, anyone?")
    assert ok and "6 pages" in said


TWO_STEP = """\
workshop:
  name: Tiny Workshop
  conference: ROBO 2030
  timezone: Europe/Lisbon
  date: 2030-11-06
deadlines:
  - id: abstract
    name: Abstract registration
    due: 2030-08-22
  - id: paper
    name: Full paper submission
    due: 2030-08-29
"""


def test_the_condition_does_not_pick_the_deadline() -> None:
    r = Responder(parse_knowledge(TWO_STEP))
    now = datetime.fromisoformat("2030-06-20T10:00+01:00")
    said = r.respond("may I upload the full paper on sept 2 if we registered the abstract?",
                     now).plain_text()
    assert "after the deadline" in said and "Full paper submission" in said
    assert "Abstract registration" in r.respond("what is due next?", now).plain_text()
    # attendee registration is not "Abstract registration"
    assert not r.respond("do I have to register for ROBO to come to the workshop?",
                         now).answered
    # the conference's own deadlines are not the workshop's
    a = r.respond("when is the ROBO main track deadline?", now)
    assert not a.answered and "August" not in a.plain_text()


def test_a_part_already_said_by_another_is_not_repeated(mlsys: Responder) -> None:
    ok, _, said = reply(mlsys, "ugh, missed the deadline by two days. would oct 22 still be fine?")
    assert ok and said.count("October 20, 2017") == 1 and "after the deadline" in said


AFTER = at("2017-10-26T09:00")


@pytest.mark.parametrize(("q", "said"), [
    ("has the submission deadline passed already?", "closed"),
    ("is it too late to get our paper in?", "closed"),
    ("how long till the workshop now?", "December 8, 2017"),
    ("did we miss the workshop??", "December 8, 2017"),
    ("decisions come out on oct 30, right?", "November 1, 2017"),
])
def test_time_aware_questions_after_the_deadline(mlsys: Responder, q: str, said: str) -> None:
    a = mlsys.respond(q, AFTER)
    assert a.answered and said in a.plain_text() and not a.plain_text().startswith("Yes")


def test_only_real_month_names_are_checked(mlsys: Responder) -> None:
    said = reply(mlsys, "is the workshop date in decent time for me?")[2]
    assert not said.startswith(("Yes", "No"))
    assert reply(mlsys, "is the workshop on december 8th?")[2].startswith("Yes. ")
    assert reply(mlsys, "is the workshop on the 1st of dec?")[2].startswith("No. ")
