"""People asked about by role or committee: "the chairs" are those whose role is a chair, a role
word may be said longer ("website" for the web chair) but not as another word ("publication" is
not "publicity"), a role no one holds is "I don't know" (not a subject its words name), "PC" is
the program committee, and someone not among the organizers but named in an FAQ answer (the
program committee list) is shown there."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

KNOWLEDGE = parse_knowledge("""
workshop:
  name: Workshop on Quiet Compilers
  timezone: UTC
  date: 2031-07-02
  location: Lyon, France
deadlines:
  - {id: submission, name: Paper submission, due: 2031-04-01}
submission:
  archival: true
  page_limit: 6
organizers:
  - {name: Ada Quist, role: co-chair, affiliation: Example University}
  - {name: Bo Lindgren, role: co-chair, affiliation: Example Labs}
  - {name: Cy Moreau, role: publicity and web chair, affiliation: Example Institute}
  - {name: Dee Okafor, role: organizing committee, affiliation: Example College}
  - {name: Gus Varga, role: steering committee, affiliation: Institute for Quiet Systems}
faq:
  - id: reviewing
    questions: ["how are papers reviewed?", "how many papers will be accepted?"]
    answer: "Each submission gets three reviews; about 8-10 papers are accepted."
  - id: attending
    questions: ["does an author have to attend?"]
    answer: "Yes, one author of each accepted paper must attend and present it."
  - id: registering
    questions: ["how do I register?"]
    answer: "Registration goes through the main conference's page."

  - id: pc
    questions: ["who is on the program committee?"]
    answer: "The program committee: Eli Brandt (Example Tech), Fay Ng (Example State)."
""")
BOT = Responder(KNOWLEDGE)
NOW = datetime(2031, 3, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("who are the chairs", ["Ada Quist", "Bo Lindgren"], ["Dee Okafor"]),
    # (a file with no web address: the organizers are named as whom to ask, not as the answer)
    ("who runs the website", ["Cy Moreau (publicity and web chair)"],
     ["Ada Quist (co-chair)", "Dee Okafor (organizing"]),
    ("who's on the PC?", ["Eli Brandt", "Fay Ng"], ["Dee Okafor"]),
    ("is fay ng one of the organizers?", ["program committee", "Fay Ng"], ["^No"]),
    # an organizer named: that person's place, not the committee list
    ("is gus varga one of the PC chairs?", ["Gus Varga (steering committee)"], ["Eli Brandt"]),
    # a committee asked about with no one named: the list ("for" is no affiliation)
    ("are you looking for PC members?", ["Eli Brandt"], ["Gus Varga"]),
])


def test_people_asked_by_role_or_committee(question: str, must: list[str],
                                           must_not: list[str]) -> None:
    a = BOT.respond(question, NOW)
    text = a.plain_text()
    assert a.answered, (question, text)
    for m in must:
        assert m in text, (question, m, text)
    for m in must_not:
        assert not (text.startswith(m[1:]) if m.startswith("^") else m in text), (question, text)


@pytest.mark.parametrize("question", ["who is the publication chair this year?",
                                      "who is the sponsorship chair?"])
def test_a_role_no_one_holds_is_not_answered(question: str) -> None:
    a = BOT.respond(question, NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "publicity and web" not in text and "archival" not in text, text
    assert "proceedings" not in text, text


def test_a_person_named_then_asked_about_in_a_second_part() -> None:
    text = BOT.respond("Bo Lindgren — which university?", NOW).plain_text()
    assert "Bo Lindgren (co-chair), Example Labs" in text, text
    assert "Ada Quist" not in text, text


def test_an_organizer_named_in_a_session_title_is_asked_about_as_an_organizer() -> None:
    bot = Responder(KNOWLEDGE.model_copy(update={"program": parse_knowledge('''
workshop: {name: x, timezone: UTC}
program:
  - {title: "Session 2: Parsing (chair: Bo Lindgren)", start: 2031-07-02T10:00,
     end: 2031-07-02T11:00, kind: talk}
''', "x.yaml").program}))
    text = bot.respond("which uni is bo lindgren at", NOW).plain_text()
    assert "Example Labs" in text and "Parsing" not in text, text


def test_someone_not_listed_checked_against_the_workshops_organizers() -> None:
    a = BOT.respond("is zed brown one of the qcw organizers?", NOW)
    assert a.plain_text().startswith("No: Zed Brown is not among"), a.plain_text()


def test_a_number_alone_does_not_pick_an_faq_entry() -> None:
    text = BOT.respond("can I submit a 10 page paper?", NOW).plain_text()
    assert "8-10 papers" not in text, text


def test_a_pc_that_is_a_computer_is_no_committee() -> None:
    text = BOT.respond("my pc crashed, can I get an extension?", NOW).plain_text()
    assert "Eli Brandt" not in text, text


def test_a_person_named_with_a_role_to_check_is_that_person() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Kernel Bypass, timezone: AoE}
organizers:
  - {name: Dongsu Han, role: workshop chair}
  - {name: Hongqiang Liu, role: workshop chair}
  - {name: Yibo Zhu, role: program committee member}
""", "kb.yaml"))
    now = datetime(2031, 1, 10, tzinfo=UTC)
    text = bot.respond("is Yibo Zhu one of the workshop chairs?", now).plain_text()
    # (a no, with who the workshop chairs are)
    assert text.startswith("No: Yibo Zhu is listed as program committee member"), text
    assert "Dongsu Han (workshop chair)" in text, text
    text = bot.respond("who are the workshop chairs?", now).plain_text()
    assert "Dongsu Han" in text and "Hongqiang Liu" in text and "Yibo" not in text, text


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("which organizers are from MIT?", "Andreea Example", "Chen Example"),
    ("which organizers are at upenn", "Ignacio Example", "Andreea Example"),
])
def test_an_affiliation_named_by_its_acronym_or_nickname(question: str, must: str,
                                                         must_not: str) -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Robot Learning, timezone: AoE}
organizers:
  - {name: Chen Example, affiliation: UT Austin}
  - {name: Andreea Example, affiliation: MIT}
  - {name: Ignacio Example, affiliation: University of Pennsylvania}
""", "rl.yaml"))
    text = bot.respond(question, datetime(2031, 1, 10, tzinfo=UTC)).plain_text()
    assert must in text and must_not not in text, text


def test_a_name_with_an_initial_is_one_question() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on AI and Law, timezone: AoE, contact: law@example.org}
organizers:
  - {name: Katherine Example, email: kate@example.org}
  - {name: A. Feder Example, email: afc@example.org}
""", "law.yaml"))
    text = bot.respond("how do I contact A. Feder Example",
                       datetime(2031, 1, 10, tzinfo=UTC)).plain_text()
    assert "afc@example.org" in text and "kate@example.org" not in text, text


def test_an_affiliation_named_by_its_initials() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Remote Sensing, timezone: AoE}
organizers:
  - {name: Hana Example, affiliation: Arizona State University}
  - {name: Evan Sample, affiliation: "UC Berkeley"}
""", "rs.yaml"))
    now = datetime(2031, 1, 10, tzinfo=UTC)
    text = bot.respond("which organizers are from ASU", now).plain_text()
    assert "Hana Example" in text and "Evan Sample" not in text, text
    assert "From Arizona State University" in text, text


def test_a_name_that_starts_with_a_foreign_function_word_is_still_a_name() -> None:
    a = BOT.respond("is Le Song organizing this year?", NOW)
    assert a.plain_text().startswith("No: Le Song is not among"), a.plain_text()
