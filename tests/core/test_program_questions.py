"""Questions about the program in the many ways people ask them: the sessions of a kind and who
gives them, the first or last of them, when the day starts and ends, a speaker's talk; and with
no program, an honest "I don't know" rather than "that's outside what I can help with"."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.answers.answer import Kind
from bot.core.knowledge.loader import load_knowledge, parse_knowledge
from bot.core.responder import Responder

KNOWLEDGE = load_knowledge(Path(__file__).parent / "data" / "program-kinds.yaml")
BOT = Responder(KNOWLEDGE)
NO_PROGRAM = Responder(KNOWLEDGE.model_copy(update={"program": []}))
NOW = datetime(2032, 5, 1, 12, tzinfo=UTC)
CONTACT = "chairs@sparse-sensing.example.org"


def gentle(rest: str) -> Responder:
    """A responder for a small invented workshop, with ``rest`` (deadlines, types, program)."""
    return Responder(parse_knowledge("workshop:\n  name: Workshop on Gentle Grammars\n"
                                     "  timezone: UTC\n  date: 2032-05-20\n" + rest,
                                     "gentle.yaml"))


def said(bot: Responder, question: str) -> tuple[bool, str]:
    a = bot.respond(question, NOW)
    return a.answered, a.plain_text()


@pytest.mark.parametrize(("question", "must", "must_not"), [
    # the sessions of a kind, by what people call it, with their speakers
    ("who's giving the invited talks?", ["Tomas Lindqvist", "Priya Raman"], ["Oral 1", "Ines"]),
    ("keynote speakers?", ["Tomas Lindqvist", "Priya Raman"], ["Kofi", "Poster"]),
    ("¿quiénes son los ponentes invitados?", ["Lindqvist", "Raman"], ["Duarte"]),
    ("特邀讲者是谁？", ["Lindqvist", "Raman"], ["Duarte"]),
    ("which papers are orals?", ["Sparsity-aware tomography", "Fast dictionary recovery"],
     ["Invited talk", "Poster"]),
    ("how long is each oral?", ["15 minutes"], ["40 minutes", "Invited"]),
    ("how long is my oral talk supposed to be", ["15 minutes"], ["Invited talk"]),
    # a position among them
    ("who gives the second invited talk", ["Priya Raman", "12:10 PM"], ["Lindqvist"]),
    ("who's doing the first oral", ["Ines Duarte", "9:50 AM"], ["Kofi", "Lindqvist"]),
    ("what's the last session", ["Closing remarks"], ["Sensing at the edge"]),
    # when the day starts and ends
    ("what time does it kick off in the morning?", ["9:00 AM", "Welcome"], ["12:50"]),
    # the last item has no end: none is made up (sessions() would fill in an hour)
    ("what time do things wrap up? i have a train", ["Closing remarks", "12:50 PM", "no end"],
     ["1:50"]),
    ("until what time does it go? have a flight that evening", ["Closing remarks", "12:50 PM"],
     ["1:50"]),
    ("when does the poster session end?", ["11:40 AM"], ["10:40"]),
    # is there one
    ("is there a poster session?", ["10:40 AM", "Hall B"], ["Coffee"]),
    # a speaker's talk, by the speaker's name
    ("what is Ines Duarte's talk about", ["Sparsity-aware tomography"], ["Fast dictionary"]),
    # the part of the day a session is asked of, by its local start hour
    ("who's giving the morning invited talk", ["Tomas Lindqvist"], ["Priya Raman"]),
    ("what's the afternoon keynote about?", ["Sensing at the edge"], ["Compressive"]),
    # a session named by a word of its title, asked what it is called or about
    ("what's the tomography talk called and who gives it", ["Sparsity-aware tomography",
                                                             "Ines Duarte"], ["Fast dictionary"]),
])
def test_program_questions_are_answered_from_the_program(question: str, must: list[str],
                                                        must_not: list[str]) -> None:
    answered, text = said(BOT, question)
    assert answered, (question, text)
    for m in must:
        assert m in text, (question, m, text)
    for m in must_not:
        assert m not in text, (question, m, text)


def test_the_day_end_is_the_last_end_the_program_gives() -> None:
    program = list(KNOWLEDGE.program)
    program[-1] = program[-1].model_copy(update={"end": datetime(2032, 5, 20, 13, 5)})
    bot = Responder(KNOWLEDGE.model_copy(update={"program": program}))
    answered, text = said(bot, "when does the workshop finish?")
    assert answered and "1:05 PM" in text and "no end" not in text, text


@pytest.mark.parametrize(("question", "must_not"), [
    ("when does the challenge start?", "Welcome and challenge awards"),  # the deadline's word
    ("how big should the poster be?", "10:40"),  # about the poster, not the session
    ("when is lunch?", "Coffee break"),  # no lunch on the program: not the coffee break
    ("what's Mara's email", "Panel"),  # the organizer, who also sits on the panel
    ("who should I contact about my talk?", "9:50 AM"),  # whom to ask, not who speaks
    ("any tips for the poster session?", "10:40 AM"),
    ("how do you pick which posters get the poster session?", "10:40 AM"),  # how chosen
    ("will there be a gather.town poster session?", "10:40 AM"),
    # one presentation's length, no session named: not the day's list
    ("how long is each paper presentation slot?", "10:40 AM"),
])
def test_what_the_program_does_not_answer_is_not_answered_from_it(question: str,
                                                                  must_not: str) -> None:
    _answered, text = said(BOT, question)
    assert must_not not in text, (question, text)


def test_the_organizer_who_speaks_is_found_for_contact() -> None:
    answered, text = said(BOT, "what's Mara's email")
    assert answered and "mara@sparse-sensing.example.org" in text


@pytest.mark.parametrize("question", [
    "who are the invited speakers?", "how long is each oral?", "keynotes?",
    "who gives the first invited talk?", "is there a poster session?",
])
def test_without_a_program_they_are_an_honest_i_dont_know(question: str) -> None:
    a = NO_PROGRAM.respond(question, NOW)
    assert not a.answered and a.kind is Kind.UNKNOWN, (question, a.plain_text())
    assert CONTACT in a.plain_text()


def test_the_knowledges_own_words_are_never_off_topic() -> None:
    # "compressive" is only in a program title, "tomography" too, "dictionary" too
    for question in ("thoughts on compressive stuff?", "anything new about tomography",
                     "dictionary recovery??"):
        a = BOT.respond(question, NOW)
        assert a.kind is not Kind.OFFTOPIC, (question, a.plain_text())
    # ...while a question in none of them still is
    assert BOT.respond("tell me a joke about cats", NOW).kind is Kind.OFFTOPIC


def test_the_program_days_are_the_programs_own() -> None:
    """Deadlines in AoE, the program in the venue's offset: a 8:55 +02:00 opening is on that
    day, not on the day before as AoE would have it."""
    bot = Responder(parse_knowledge("""
workshop: {name: Graph Day, timezone: AoE, date: 2033-09-22}
program:
  - {title: Opening, start: "2033-09-22T08:55:00+02:00", end: "2033-09-22T09:00:00+02:00"}
  - {title: "Tutorial: graphs", start: "2033-09-22T09:00:00+02:00",
     end: "2033-09-22T10:30:00+02:00"}
""", "graph.yaml"))
    text = bot.respond("what's the schedule?", NOW).plain_text()
    assert "Thursday, September 22, 2033" in text and "September 21" not in text, text
    text = bot.respond("when does the program start?", NOW).plain_text()
    assert "8:55" in text, text
    text = bot.respond("what time does the whole thing end", NOW).plain_text()
    assert "10:30" in text and "Opening" not in text, text
    # a clock time, asked who is on then
    text = bot.respond("who's talking at 9:30am?", NOW).plain_text()
    assert "Tutorial: graphs" in text and "Opening" not in text, text


@pytest.mark.parametrize("question", ["how long is each lightning talk?",
                                      "how long is my slot in the lightning talks"])
def test_the_length_of_talks_the_program_does_not_list_is_unknown(question: str) -> None:
    """No title says "lightning": the orals' lengths are not an answer."""
    answered, text = said(BOT, question)
    assert not answered and "15 minutes" not in text, text


def test_the_length_of_one_talk_of_a_session_of_several_is_unknown() -> None:
    """"Poster session" holds several posters: its length is not each poster's."""
    a = BOT.respond("how long is each poster in the poster session?", NOW)
    assert a.kind is Kind.UNKNOWN, a.plain_text()
    assert "Poster session" in a.plain_text()  # what the program does give, as context


@pytest.mark.parametrize("question", ["will the keynote slides be shared afterwards?",
                                      "is there a student volunteer program?",
                                      "which platform are the poster sessions on, gather.town?"])
def test_what_the_program_does_not_hold_is_unknown(question: str) -> None:
    answered, text = said(BOT, question)
    assert not answered and "Oral 1" not in text, text


def test_what_the_program_says_of_its_sessions_is_still_answered() -> None:
    program = KNOWLEDGE.model_copy(update={"program": [
        s.model_copy(update={"title": f"{s.title} (moderator: Ana Lima)"})
        if s.title.startswith("Panel") else s for s in KNOWLEDGE.program]})
    answered, text = said(Responder(program), "who moderates the panel discussion?")
    assert answered and "Ana Lima" in text, text


def test_after_a_session_named_in_full() -> None:
    """"after oral session II": that session, not the first oral session."""
    k = parse_knowledge("""
workshop: {name: Workshop on Long Rivers, timezone: UTC, date: 2032-05-20}
program:
  - {title: Oral Session I, start: 2032-05-20T09:00, end: 2032-05-20T10:00}
  - {title: Break, start: 2032-05-20T10:00, end: 2032-05-20T10:30}
  - {title: Oral Session II, start: 2032-05-20T10:30, end: 2032-05-20T11:30}
  - {title: Lunch, start: 2032-05-20T11:30, end: 2032-05-20T12:30}
""", "rivers.yaml")
    answered, text = said(Responder(k), "what comes right after oral session II?")
    assert answered and "Lunch" in text and "Break" not in text, text


def test_next_year_is_no_next_session() -> None:
    _answered, text = said(BOT, "will the workshop run again next year?")
    assert "Invited talk" not in text and "Oral" not in text, text


def test_a_title_of_everyday_words_said_in_full() -> None:
    """"the JPF open discussion": a title whose words are all everyday (or the workshop's own)
    words, said in full, is that session, not the workshop's date."""
    k = parse_knowledge("""
workshop: {name: JPF Workshop, timezone: UTC, date: 2032-05-20}
program:
  - {title: Opening, start: 2032-05-20T09:00, end: 2032-05-20T09:15}
  - {title: JPF Open Discussion, start: 2032-05-20T16:30, end: 2032-05-20T17:50}
""", "jpf.yaml")
    answered, text = said(Responder(k), "when does the JPF open discussion start?")
    assert answered and "4:30" in text and "9:00" not in text, text


def test_a_part_of_the_day_without_such_a_session_is_not_answered_with_another() -> None:
    answered, text = said(BOT, "when is the evening keynote?")
    assert not answered, text
    assert "Lindqvist" not in text and "Raman" not in text


def test_a_paper_type_named_like_a_session_kind_is_the_type() -> None:
    """"how long is a student talk slot?" asks about the paper type "Student talk", not the
    program's talks."""
    bot = gentle("""
deadlines:
  - {id: submission, name: Paper submission, due: 2032-03-01}
submission:
  tracks:
    - {id: regular, name: Regular paper, page_limit: 10}
    - id: student
      name: Student talk
      description: A talk of about 5 minutes by a PhD student, with an abstract and no paper.
program:
  - {title: "Session 1: Parsing", start: 2032-05-20T09:00, end: 2032-05-20T09:30, kind: talk}
""")
    text = bot.respond("how long is a student talk slot", NOW).plain_text()
    assert "5 minutes" in text, text
    assert "30 minutes" not in text and "Parsing" not in text, text
    # the kind alone is still the program's ("what's the last talk of the day")
    text = bot.respond("what's the last talk of the day", NOW).plain_text()
    assert "Parsing" in text, text


def test_the_title_of_a_talk_the_program_does_not_title_is_unknown() -> None:
    bot = gentle("""
program:
  - {title: "Keynote 1: Mara Quist", start: 2032-05-20T09:00, end: 2032-05-20T09:45,
     kind: keynote, speakers: [Mara Quist]}
  - {title: "Keynote 2: Parsing without tears", start: 2032-05-20T10:00, end: 2032-05-20T10:45,
     kind: keynote, speakers: [Kofi Mensah]}
""")
    a = bot.respond("what's the title of mara quist's keynote", NOW)
    assert not a.answered and "Keynote 1: Mara Quist" in a.plain_text(), a.plain_text()
    a = bot.respond("what's the title of kofi mensah's keynote", NOW)
    assert a.answered and "Parsing without tears" in a.plain_text(), a.plain_text()
    assert bot.respond("when is mara quist's keynote", NOW).answered


def test_end_and_day_part_words_do_not_take_over_a_session_asked_about() -> None:
    """"the last keynote" asks when it starts; "go" to a keynote is no end; "Afternoon break"
    does not make "this afternoon" that break."""
    bot = gentle("""
program:
  - {title: "Keynote: Morning parsers", start: 2032-05-20T09:00, end: 2032-05-20T09:45,
     kind: keynote, speakers: [Mara Quist]}
  - {title: Afternoon break, start: 2032-05-20T14:00, end: 2032-05-20T14:30, kind: break}
  - {title: "Keynote: Evening grammars", start: 2032-05-20T15:00, end: 2032-05-20T15:45,
     kind: keynote, speakers: [Kofi Mensah]}
""")
    text = bot.respond("when is the last keynote?", NOW).plain_text()
    assert "3:00 PM" in text and "ends" not in text.lower(), text
    text = bot.respond("what time should I go to the first keynote?", NOW).plain_text()
    assert "9:00 AM" in text, text
    text = bot.respond("when is the keynote this afternoon?", NOW).plain_text()
    assert "Evening grammars" in text and "Afternoon break" not in text, text


def test_a_kind_and_a_number_name_the_session_titled_so() -> None:
    bot = gentle("""
program:
  - {title: "Keynote 1: Mara Quist", start: 2032-05-20T09:00, end: 2032-05-20T09:45,
     kind: keynote, speakers: [Mara Quist]}
  - {title: "Keynote 2: Kofi Mensah", start: 2032-05-20T10:00, end: 2032-05-20T10:45,
     kind: keynote, speakers: [Kofi Mensah]}
""")
    text = bot.respond("who gives keynote 2", NOW).plain_text()
    assert "Kofi Mensah" in text and "Mara Quist" not in text, text


def test_a_kind_and_a_title_word_in_any_order_name_that_session() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on AI and Law, timezone: Pacific/Honolulu, date: 2031-07-29}
program:
  - {title: Panel on Intellectual Property, start: "2031-07-29T11:00", end: "2031-07-29T12:00",
     kind: panel, speakers: [Luis Example]}
  - {title: What does Differential Privacy have to do with Copyright?, start: "2031-07-29T14:00",
     end: "2031-07-29T14:30", kind: talk, speakers: [Gautam Example]}
  - {title: Panel on Privacy, start: "2031-07-29T16:00", end: "2031-07-29T17:00", kind: panel,
     speakers: [Kristen Example]}
""", "law.yaml"))
    text = bot.respond("who's on the privacy panel", datetime(2031, 4, 20, tzinfo=UTC)).plain_text()
    assert "Kristen Example" in text and "Luis Example" not in text, text
    text = bot.respond("who is on the IP panel", datetime(2031, 4, 20, tzinfo=UTC)).plain_text()
    assert "Luis Example" in text and "Kristen Example" not in text, text


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("what time does the workshop start on the 29th", "9:00 AM", "8:00 AM"),
    ("what time does it start on july 29?", "9:00 AM", "8:00 AM"),
    ("when does the workshop start?", "8:00 AM", "9:00 AM"),
])
def test_the_start_of_the_day_named(question: str, must: str, must_not: str) -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on AI and Law, timezone: Pacific/Honolulu, date: 2031-07-29}
program:
  - {title: Virtual poster session, start: "2031-07-28T08:00", end: "2031-07-28T09:00"}
  - {title: Welcome, start: "2031-07-29T09:00", end: "2031-07-29T09:15"}
""", "law.yaml"))
    text = bot.respond(question, datetime(2031, 4, 20, tzinfo=UTC)).plain_text()
    assert must in text and must_not not in text, (question, text)


def test_a_subject_no_session_is_called_is_an_entrys_when_one_covers_it() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Data Hardware, timezone: UTC, date: 2032-06-10}
program:
  - {title: Opening, start: "2032-06-10T09:00:00+00:00", end: "2032-06-10T09:10:00+00:00"}
  - {title: "Keynote: NVMe", kind: keynote, start: "2032-06-10T09:10:00+00:00",
     end: "2032-06-10T10:00:00+00:00"}
faq:
  - id: best-paper
    questions: ["is there a best paper award?"]
    answer: All accepted papers are considered for a best paper award.
""", "hw.yaml"))
    now = datetime(2032, 5, 1, tzinfo=UTC)
    a = bot.respond("any awards?", now)
    assert a.answered and "best paper award" in a.plain_text(), a.plain_text()
    a = bot.respond("will there be a panel discussion?", now)
    assert not a.answered and "NVMe" not in a.plain_text(), a.plain_text()


def test_a_name_several_titles_share_is_asked_when_it_starts() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Hearts
  timezone: UTC
  date: 2032-10-10
  description: The afternoon hosts the CMRxRecon challenge.
deadlines:
  - {id: docker, name: Docker papers submission, due: 2032-07-01}
faq:
  - id: challenges
    questions: ["are there challenges?"]
    answer: The CMRxRecon challenge is held in the afternoon.
program:
  - {title: Welcome, start: "2032-10-10T08:00:00+00:00", end: "2032-10-10T08:10:00+00:00"}
  - {title: "CMRxRecon challenge: welcome", start: "2032-10-10T16:00:00+00:00",
     end: "2032-10-10T16:05:00+00:00"}
  - {title: CMRxRecon oral session, kind: talk, start: "2032-10-10T16:05:00+00:00",
     end: "2032-10-10T16:35:00+00:00"}
  - {title: Docker papers lightning talks, kind: talk, start: "2032-10-10T10:00:00+00:00",
     end: "2032-10-10T10:30:00+00:00"}
""", "hearts.yaml"))
    now = datetime(2032, 6, 1, tzinfo=UTC)
    text = bot.respond("what time does the CMRxRecon part start?", now).plain_text()
    assert "4:00 PM" in text and "8:00 AM" not in text, text
    text = bot.respond("when do docker papers close?", now).plain_text()
    assert "July 1" in text and "10:30" not in text, text


def test_who_is_in_charge_of_a_sessions_subject_is_the_chair_of_it() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Systems, timezone: UTC, date: 2032-09-04}
organizers:
  - {name: Dmitri Example, role: poster chair, affiliation: Example University}
  - {name: Ana Sample, role: general chair, affiliation: Example Lab}
program:
  - {title: Poster session, kind: poster, start: "2032-09-04T16:15:00+00:00",
     end: "2032-09-04T17:15:00+00:00"}
""", "sys.yaml"))
    now = datetime(2032, 6, 1, tzinfo=UTC)
    text = bot.respond("who's in charge of posters?", now).plain_text()
    assert "Dmitri Example" in text and "4:15 PM" not in text, text
    text = bot.respond("when is the poster session?", now).plain_text()
    assert "4:15 PM" in text, text


def test_after_a_session_named_by_its_title_words() -> None:
    from tests.core.conftest import ask_real

    answered, text = ask_real("mml-2022", "2022-02-07T12:00-12:00",
                              "what's on after the morning coffee break")
    assert answered and ("lei ji" in text or "video understanding" in text), text
    # (a kind said after a word no title has is no title: not the first talk's successor)
    _, text = ask_real("autosimtrans-2022", "2022-04-10T12:00-12:00",
                       "what's after the huawei talk?")
    assert "invited talk 2" not in text, text


def test_a_speaker_said_in_full_is_not_the_first_with_that_first_name() -> None:
    from tests.core.conftest import ask_real

    answered, text = ask_real("ai4earth-2020", "2020-09-20T12:00-07:00",
                              "when does Stephan Rasp speak")
    assert answered and "7:00 pm" in text and "mandt" not in text, text


def test_an_either_or_question_gets_no_yes_from_an_entry() -> None:
    from tests.core.conftest import ask_real

    _, text = ask_real("ai4earth-2020", "2020-09-20T12:00-07:00",
                       "do we present live or is it pre-recorded")
    assert not text.startswith("yes"), text


def test_a_numbered_session_beats_a_title_that_says_the_question_word() -> None:
    from tests.core.conftest import ask_real

    # ("Panel 1: ... chairs Justin Weisz & Werner Geyer" says "chairs"; "panel 2" is Panel 2)
    answered, text = ask_real("haigen-2025", "2025-01-06T12:00-12:00", "who chairs panel 2")
    assert answered and "lydia chilton" in text and "geyer" not in text, text


def test_after_a_session_on_the_weekday_named() -> None:
    from datetime import UTC, datetime

    from bot.core.knowledge.loader import parse_knowledge
    from bot.core.responder import Responder
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Agent Looms
  timezone: Pacific/Auckland
  start: 2031-05-05
  end: 2031-05-06
program:
  - {title: Lunch Break, start: 2031-05-05T12:30, end: 2031-05-05T14:00, kind: break}
  - {title: "Invited talk: Social Order", start: 2031-05-05T14:00, end: 2031-05-05T15:00}
  - {title: Lunch Break, start: 2031-05-06T12:30, end: 2031-05-06T14:00, kind: break}
  - {title: "Invited talk: Agile Agents", start: 2031-05-06T14:00, end: 2031-05-06T15:00}
""", "w.yaml"))
    # May 5, 2031 is a Monday
    text = bot.respond("what's on after lunch on tuesday", datetime(2031, 2, 20, tzinfo=UTC))
    assert "Agile Agents" in text.plain_text(), text.plain_text()
    assert "Social Order" not in text.plain_text()
    # (no lunch on a Friday: not Monday's)
    friday = bot.respond("what's on after lunch on friday", datetime(2031, 2, 20, tzinfo=UTC))
    assert not friday.answered and "Social Order" not in friday.plain_text()


def test_a_session_on_the_weekday_named() -> None:
    from datetime import UTC, datetime

    from bot.core.knowledge.loader import parse_knowledge
    from bot.core.responder import Responder
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Agent Looms
  timezone: Pacific/Auckland
  start: 2031-05-05
  end: 2031-05-06
program:
  - {title: Poster session, start: 2031-05-05T15:00, end: 2031-05-05T16:00, kind: poster}
  - {title: Poster session, start: 2031-05-06T11:00, end: 2031-05-06T12:00, kind: poster}
""", "w.yaml"))
    text = bot.respond("when is the poster session on tuesday?",
                       datetime(2031, 2, 20, tzinfo=UTC)).plain_text()
    assert "May 6" in text and "May 5" not in text, text
