"""Questions whose subject sits next to a fact the file does hold: the bot must answer the subject
asked, or say it does not know it, never hand over the neighbouring fact.

The workshop below is made up for these tests: hybrid, with a video deadline, an FAQ entry about
presenting remotely, organizers who all hold the same role, and an invited speaker who is not an
organizer.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Workshop on Thrifty Robots
  description: Robots built for little money. The morning part is sponsored by Acme Motors.
  short_name: ThriftBot
  conference: EXAMPLECONF 2032
  timezone: AoE
  date: 2032-06-14
  location: Lyon, France
  mode: hybrid
deadlines:
  - id: paper
    name: Paper submission
    due: 2032-03-20
  - id: notification
    name: Author notification
    due: 2032-04-20
submission:
  dual_submission: false
organizers:
  - name: Mireille Castagne
    role: organizer
    affiliation: INSA Lyon
  - name: Kofi Boateng
    role: organizer
    affiliation: University of Ghana
program:
  - title: "Invited talk: robots on a budget"
    kind: keynote
    speakers: [Hiroko Tanabe]
    start: 2032-06-14T09:00:00+02:00
    end: 2032-06-14T09:45:00+02:00
faq:
  - id: remote-talks
    questions: ["can I give my talk remotely", "is there a virtual option for presenters"]
    answer: Talks are given in Lyon. If no author can travel, the organizers may accept a
      pre-recorded 8-minute video instead.
  - id: reviewing
    questions: ["how are papers reviewed", "what are the review criteria"]
    answer: Reviewing is double-blind; papers are judged on novelty, soundness and clarity.
  - id: journal
    questions: ["can I publish an extended version of my paper in a journal?"]
    answer: A special issue is being discussed with a robotics journal; details follow later.
"""

NOW = datetime(2032, 2, 20, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP, "thriftbot.yaml"))


def said(bot: Responder, question: str) -> tuple[bool, str]:
    a = bot.respond(question, NOW)
    return a.answered, a.plain_text()


def answered_with(bot: Responder, question: str) -> str:
    """The reply to ``question``, which must be an answer."""
    answered, text = said(bot, question)
    assert answered, text
    return text


def expect(bot: Responder, question: str, must: str, must_not: str) -> None:
    """The question is answered, with what ``must`` finds and nothing ``must_not`` finds."""
    text = answered_with(bot, question)
    assert re.search(must, text, re.DOTALL), text
    assert not re.search(must_not, text), text


@pytest.mark.parametrize("question", [
    "can I attend remotely?",
    "is it in person or online?",
    "is the workshop fully virtual?",
    "can i follow it from home",
])
def test_how_to_attend_is_answered_from_the_mode(bot: Responder, question: str) -> None:
    text = answered_with(bot, question)
    assert re.search(r"hybrid", text, re.IGNORECASE), text
    assert "March 20" not in text, text


@pytest.mark.parametrize("question", [
    "will the talks be recorded?",
    "will recordings be posted afterwards",
    "does at least one author have to attend in person?",
    "is there a livestream link?",
])
def test_a_subject_next_to_the_mode_is_not_answered_with_it(bot: Responder, question: str) -> None:
    answered, text = said(bot, question)
    assert not answered, text
    assert not re.search(r"\bis hybrid\b", text), text


def test_an_faq_answer_speaks_to_a_related_subject(bot: Responder) -> None:
    text = answered_with(bot, "is a pre-recorded video accepted if no author can travel?")
    assert "8-minute video" in text, text


@pytest.mark.parametrize(("question", "name"), [
    ("is Hiroko Tanabe one of the organizers?", "Hiroko Tanabe"),
    ("is Paul Durand organizing the workshop?", "Paul Durand"),
])
def test_a_person_not_listed_is_said_not_to_organize(bot: Responder, question: str,
                                                    name: str) -> None:
    text = answered_with(bot, question)
    assert text.startswith(f"No: {name} is not among the organizers"), text


def test_a_listed_person_is_found(bot: Responder) -> None:
    text = answered_with(bot, "is Kofi Boateng one of the organizers?")
    assert "Kofi Boateng" in text and "not among" not in text, text


def test_the_program_committee_is_not_the_organizers(bot: Responder) -> None:
    answered, text = said(bot, "is Paul Durand on the program committee?")
    assert not answered, text


def test_a_role_everyone_holds_picks_no_one(bot: Responder) -> None:
    text = answered_with(bot, "who is an organizer")
    assert "Mireille Castagne" in text and "Kofi Boateng" in text, text


def test_spanish_question_marks_do_not_hide_the_words(bot: Responder) -> None:
    text = answered_with(bot, "¿quiénes organizan el taller?")
    assert "Kofi Boateng" in text and "Mireille Castagne" in text, text


@pytest.mark.parametrize("question", [
    "how many reviewers per paper?",
    "when do the reviews come out?",
])
def test_an_faq_entry_without_what_is_asked_does_not_answer(bot: Responder,
                                                          question: str) -> None:
    answered, text = said(bot, question)
    assert not answered, text
    assert "novelty" not in text, text


def test_the_entry_still_answers_its_own_question(bot: Responder) -> None:
    text = answered_with(bot, "what are the criteria for reviewing?")
    assert "novelty" in text, text


def test_an_extended_version_is_no_deadline_extension(bot: Responder) -> None:
    answered, text = said(bot, "did the paper deadline get extended?")
    # (none was: the deadline as the call gives it, not the entry on a journal's version)
    assert answered and text.startswith("The call lists no extension"), text
    assert "special issue" not in text and "March 20" in text, text


TYPES = """
workshop:
  name: Workshop on Quiet Sensors
  timezone: AoE
  date: 2032-07-02
submission:
  submission_url: https://openreview.net/group?id=QuietSensors
  tracks:
    - id: long
      name: Long paper
      page_limit: 8
    - id: poster-abstract
      name: Poster abstract
      page_limit: 2
      description: Work in progress, presented as a poster. Sent by email to quiet@example.org.
faq:
  - id: appendix
    questions: ["is there a limit on the appendix?", "can I add supplementary material?"]
    answer: The appendix is unlimited; the page limit (8 pages for a long paper, 2 for a poster
      abstract) covers the main text only.
"""


@pytest.fixture(scope="module")
def typed() -> Responder:
    return Responder(parse_knowledge(TYPES, "sensors.yaml"))


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("how long can a poster abstract be?", r"\b2 pages", r"\b8 pages|unlimited"),
    ("how many pages for a long paper", r"\b8 pages", r"\b2 pages|unlimited"),
    ("do you take poster abstracts?", r"Poster abstract", r"I don't know"),
    ("what's a poster abstract?", r"Work in progress", r"I don't know"),
    ("what kinds of papers can I submit", r"Long paper.*Poster abstract|Poster abstract.*Long",
     r"I don't know"),
])
def test_a_paper_type_named_is_answered_from_its_own_facts(typed: Responder, question: str,
                                                           must: str, must_not: str) -> None:
    expect(typed, question, must, must_not)


def test_the_appendix_entry_still_answers_the_appendix(typed: Responder) -> None:
    text = answered_with(typed, "is there a limit on the appendix")
    assert "unlimited" in text, text


@pytest.mark.parametrize("question", [
    "double submission allowed?",
    "can I send the same paper to the main conference and here?",
    "it's also under review at ICML, can I still submit?",
])
def test_dual_submission_in_other_words(bot: Responder, question: str) -> None:
    text = answered_with(bot, question)
    assert text.startswith("No: dual submission is not allowed"), text


@pytest.mark.parametrize("question", [
    "can I post my submission on arXiv?",
    "is a preprint ok?",
])
def test_a_preprint_is_not_a_dual_submission(bot: Responder, question: str) -> None:
    answered, text = said(bot, question)
    assert not answered, text
    assert "dual submission is not allowed" not in text, text


DEADLINES = """
workshop:
  name: Workshop on Small Sails
  timezone: AoE
  date: 2032-09-09
deadlines:
  - id: paper
    name: Workshop paper submission
    due: 2032-05-01
    note: Submissions go through OpenReview, where the workshop runs its own reviewing.
  - id: ea
    name: Extended abstract submission
    due: 2032-05-20
  - id: notification
    name: Notification of acceptance
    due: 2032-06-10
  - id: camera-ready
    name: Camera-ready papers due
    due: 2032-07-01
  - id: media
    name: Poster and teaser video upload
    due: 2032-08-01
"""


@pytest.fixture(scope="module")
def dated() -> Responder:
    return Responder(parse_knowledge(DEADLINES, "sails.yaml"))


@pytest.mark.parametrize("question", [
    "how many reviewers per paper?",
    "do we get an extra page for the camera ready?",
    "will the camera-ready deadline get extended?",
])
def test_a_question_next_to_a_deadline_is_not_its_date(dated: Responder, question: str) -> None:
    answered, text = said(dated, question)
    assert not answered, text
    assert not re.search(r"(May|June|July) \d", text.split("The organizers")[0]), text


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("deadline for the final version of accepted papers", r"July 1", r"June 10|May"),
    ("extended abstract due when?", r"May 20", r"June|July"),
    ("camera ready??", r"July 1", r"June 10|May"),
    ("when do we have to send the poster", r"August 1", r"July 1|June 10|May"),
    ("by when is the teaser needed?", r"August 1", r"July 1|June 10|May"),
    ("is the workshop on september 10?", r"September 9", r"May 1\b|submission"),
])
def test_the_deadline_of_the_subject_is_given(dated: Responder, question: str, must: str,
                                              must_not: str) -> None:
    expect(dated, question, must, must_not)


PARTS = """
workshop:
  name: Workshop on Twin Rivers
  timezone: UTC
  date: 2032-10-10
organizers:
  - name: Ana Lucia Ferro
    role: "organizer, morning part: river sensing in the field"
    affiliation: University of Lisbon
  - name: Bram de Wit
    role: "organizer, afternoon part: flood simulation"
    affiliation: TU Delft
"""


@pytest.fixture(scope="module")
def parts() -> Responder:
    return Responder(parse_knowledge(PARTS, "rivers.yaml"))


def test_a_part_of_the_workshop_names_its_organizers(parts: Responder) -> None:
    text = answered_with(parts, "who runs the river sensing part?")
    assert "Ana Lucia Ferro" in text and "Bram de Wit" not in text, text


def test_a_person_at_a_place_asks_their_affiliation(parts: Responder) -> None:
    text = answered_with(parts, "is Bram de Wit at Delft?")
    assert "TU Delft" in text and "travel" not in text, text


@pytest.mark.parametrize("question", [
    "where do I submit a poster abstract",
    "do poster abstracts go through openreview too?",
])
def test_a_type_that_says_its_own_way_is_not_given_the_shared_one(typed: Responder,
                                                                 question: str) -> None:
    text = answered_with(typed, question)
    assert "quiet@example.org" in text, text
    assert "openreview.net" not in text, text


def test_chat_shorthand_for_an_extended_abstract(dated: Responder) -> None:
    text = answered_with(dated, "when do i need to send the EA by")
    assert "May 20" in text and "May 1," not in text, text


def test_an_faq_entry_in_chat_words(bot: Responder) -> None:
    # "coauthor" is an author, "acct" an account, "mandatory" is required
    text = answered_with(bot, "is a prerecorded video accepted if no coauthor can travel?")
    assert "8-minute video" in text, text


def test_an_author_word_names_no_deadline(dated: Responder) -> None:
    text = answered_with(dated, "my coauthor says the camera ready is due in july, right?")
    assert "July 1" in text and "June 10" not in text, text


BREAKS = """
workshop:
  name: Workshop on Two Breaks
  timezone: Europe/Lisbon
  date: 2032-10-10
program:
  - {title: Opening, start: "2032-10-10T09:00:00+01:00", end: "2032-10-10T09:15:00+01:00"}
  - {title: Coffee break, kind: break, start: "2032-10-10T10:00:00+01:00",
     end: "2032-10-10T10:30:00+01:00"}
  - {title: "Keynote: tides", kind: keynote, start: "2032-10-10T10:30:00+01:00",
     end: "2032-10-10T11:15:00+01:00"}
  - {title: Coffee break, kind: break, start: "2032-10-10T15:00:00+01:00",
     end: "2032-10-10T15:30:00+01:00"}
  - {title: "Panel: rivers", kind: panel, start: "2032-10-10T15:30:00+01:00",
     end: "2032-10-10T16:30:00+01:00"}
"""


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("what's on right after the first coffee break", r"Keynote: tides", r"Panel"),
    ("what comes after the second coffee break?", r"Panel: rivers", r"tides"),
    ("what's after the last coffee break", r"Panel: rivers", r"tides"),
])
def test_after_the_nth_session_of_a_name(question: str, must: str, must_not: str) -> None:
    bot = Responder(parse_knowledge(BREAKS, "breaks.yaml"))
    expect(bot, question, must, must_not)


WITH_FAQ = DEADLINES + """
faq:
  - id: extra-page
    questions: ["is there an extra page for the camera-ready version?"]
    answer: Yes, accepted papers may use one additional page in the camera-ready version.
  - id: poster-scope
    questions: ["what should a poster proposal describe?"]
    answer: Poster proposals describe work in progress or late-breaking results.
"""


@pytest.fixture(scope="module")
def faq_dated() -> Responder:
    return Responder(parse_knowledge(WITH_FAQ, "sails-faq.yaml"))


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("camera ready??", r"July 1", r"additional page"),
    ("when do poster proposals have to be in", r"", r"work in progress"),
    ("do we get an extra page for the camera ready?", r"one additional page", r"July 1"),
])
def test_an_faq_entry_answers_only_what_it_holds(faq_dated: Responder, question: str,
                                                 must: str, must_not: str) -> None:
    _answered, text = said(faq_dated, question)
    assert re.search(must, text), text
    assert not re.search(must_not, text), text


def test_the_hour_of_a_deadline_day_is_that_deadline(dated: Responder) -> None:
    text = answered_with(dated, "what time on the 20th exactly, midnight?")
    assert "Extended abstract submission" in text and "September" not in text, text


def test_a_zone_named_names_no_deadline(dated: Responder) -> None:
    text = answered_with(dated, "what's the paper deadline in beijing time")
    assert "May 1" in text and "May 20" not in text, text


def test_a_subject_the_description_speaks_of_is_quoted(bot: Responder) -> None:
    text = answered_with(bot, "who sponsors the workshop?")
    assert "Acme Motors" in text, text


@pytest.mark.parametrize("question", [
    "is there a mentorship program for first-time authors?",
    "who's sponsoring the event?",
])
def test_mentoring_and_sponsors_are_unknown_when_not_said(dated: Responder,
                                                          question: str) -> None:
    answered, text = said(dated, question)
    assert not answered, text


def test_watching_the_talks_online_is_about_the_livestream(bot: Responder) -> None:
    answered, text = said(bot, "link to watch the talks online?")
    assert not answered, text
    assert "livestream" in text and "presentation formats" not in text, text
    streamed = Responder(parse_knowledge(
        WORKSHOP.replace("  mode: hybrid\n", "  mode: hybrid\n  stream_url: https://example.org/live\n"),
        "streamed.yaml"))
    text = answered_with(streamed, "link to watch the talks online?")
    assert "https://example.org/live" in text, text


def test_a_context_then_may_i_is_one_question(dated: Responder) -> None:
    # no dual-submission rule in this file: the honest answer is "I don't know"
    answered, text = said(dated, "it's also under review at ICLR, can I still submit here?")
    assert not answered, text
    assert "May 1" not in text, text


def test_an_faq_entry_on_another_subject_does_not_answer_a_narrow_one(faq_dated: Responder
                                                                       ) -> None:
    answered, text = said(faq_dated, "can I withdraw my poster proposal after submitting?")
    assert not answered, text
    assert "work in progress" not in text, text


def test_a_name_asked_about_is_not_spell_corrected(bot: Responder) -> None:
    text = answered_with(bot, "is sebastian bruch organizing this year?")
    assert text.startswith("No: Sebastian Bruch is not among"), text


@pytest.mark.parametrize("question", ["full article deadline?", "IST deadline pls (india)"])
def test_a_qualified_deadline_that_is_ours(dated: Responder, question: str) -> None:
    text = answered_with(dated, question)
    assert "May 1" in text, text


OPENING = """
workshop:
  name: Workshop on Open Doors
  timezone: AoE
  date: 2033-10-06
submission:
  archival: false
  page_limit: 9
  references_count: false
deadlines:
  - id: open
    name: Paper submission open
    due: 2033-05-01
  - id: paper
    name: Paper submission due
    due: 2033-06-29
    extended_from: 2033-06-23
  - id: camera
    name: Camera-ready due
    due: 2033-08-04
faq:
  - id: published-work
    questions: ["can I submit work that was already published?"]
    answer: Yes. Papers may summarize the authors' recently published work.
  - id: appendix
    questions: ["can I include an appendix?"]
    answer: Yes, appendices may follow the references; reviewers need only read 9 pages.
"""


@pytest.fixture(scope="module")
def opening() -> Responder:
    return Responder(parse_knowledge(OPENING, "doors.yaml"))


@pytest.mark.parametrize(("question", "must", "must_not"), [
    # the moment submissions open is not "the deadline"
    ("is the deadline june 23?", r"^No[:.] .*June 29", r"May 1"),
    ("deadline is june 29 AoE right?", r"^(Yes|The day is right)\. Paper submission due", r"May 1"),
    ("카메라 레디 마감이 언제예요?", r"August 4", r"May 1|June 29"),
    # "archival" is not "published": the archival field answers, not the published-work entry
    ("is it archival", r"non-archival", r"^Yes"),
    # a strong page-limit reading beats an entry matched at the bar
    ("is the 9 page limit including references?", r"references", r"^Yes"),
])
def test_a_fact_is_not_answered_with_its_neighbour(opening: Responder, question: str, must: str,
                                                   must_not: str) -> None:
    expect(opening, question.replace("2024", "2033"), must, must_not)


def test_a_first_name_alone_names_no_organizer(parts: Responder) -> None:
    text = answered_with(parts, "is Bram Stoker organizing this year?")
    assert text.startswith("No: Bram Stoker is not among the organizers"), text


def test_a_role_no_one_holds_is_unknown(parts: Responder) -> None:
    answered, text = said(parts, "who is the general chair")
    assert not answered, text
    assert "Bram de Wit" not in text.split("organizers can tell you")[0], text


def test_an_faq_entry_that_names_no_money_does_not_answer_prize_money(faq_dated: Responder
                                                                       ) -> None:
    bot = Responder(parse_knowledge(WITH_FAQ + """  - id: awards
    questions: ["is there a best paper award?"]
    answer: Yes, a best paper award is given at the workshop.
""", "awards.yaml"))
    answered, text = said(bot, "does the best paper award come with prize money?")
    assert not answered, text
    answered, text = said(bot, "is there a best paper award?")
    assert answered and "best paper award is given" in text, text


@pytest.mark.parametrize("question", [
    "what time does the workshop start on the 20th?",
    "is there an anonymity period?",
])
def test_neither_the_workshop_start_nor_an_embargo_is_a_deadline(dated: Responder,
                                                                 question: str) -> None:
    _answered, text = said(dated, question)
    assert not re.search(r"May 20|Extended abstract", text), text


@pytest.mark.parametrize(("question", "must"), [
    ("coffee break time?", r"10:00 AM"),
    ("what is the tides keynote speaker talking about", r"Keynote: tides"),
])
def test_a_session_asked_in_few_words(question: str, must: str) -> None:
    bot = Responder(parse_knowledge(BREAKS.replace(
        'title: "Keynote: tides", kind: keynote,',
        'title: "Keynote: tides", kind: keynote, speakers: [Ines Mar],'), "b.yaml"))
    text = answered_with(bot, question)
    assert re.search(must, text), text


def test_what_a_speaker_is_talking_about() -> None:
    bot = Responder(parse_knowledge(BREAKS.replace(
        'title: "Keynote: tides", kind: keynote,',
        'title: "Keynote: tides", kind: keynote, speakers: [Ines Marwood],'), "b.yaml"))
    text = answered_with(bot, "what is ines marwood talking about")
    assert "Keynote: tides" in text, text


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("whats on at 3:10pm", r"At 3:10 PM:\n• Coffee break", r"Panel"),
    ("what's happening at 8am?", r"Nothing is on at 8:00 AM\. Next: Opening", r"Panel"),
])
def test_what_is_on_at_a_clock_time(question: str, must: str, must_not: str) -> None:
    bot = Responder(parse_knowledge(BREAKS, "b.yaml"))
    expect(bot, question, must, must_not)


def test_the_paper_deadline_is_not_when_submission_opens_nor_its_old_date(opening: Responder
                                                                          ) -> None:
    answered, text = said(opening, "when's the paper deadline?")
    assert answered and "June 29" in text and "May 1" not in text, text
    answered, text = said(opening, "when does submission open?")
    assert answered and "May 1" in text, text
    answered, text = said(opening, "wasn't the paper deadline june 23?")
    assert answered and text.startswith("No: that was the date before it moved"), text


def test_pages_for_a_type_named_after_for(typed: Responder) -> None:
    text = answered_with(typed, "max pages for long papers?")
    assert "8 pages" in text and "2 pages" not in text, text


TRACKS = """
workshop:
  name: Workshop on Three Tracks
  timezone: AoE
  date: 2033-10-11
deadlines:
  - {id: m-draft, name: Mentorship track first-round (draft) submission, due: 2033-08-02}
  - {id: a-final, name: Archival track final submission deadline, due: 2033-08-02}
  - {id: a-dec, name: Archival track decisions announced, due: 2033-08-12}
  - {id: a-cr, name: Archival track camera-ready submissions due, due: 2033-08-16}
  - {id: n-final, name: Non-archival track final submission deadline, due: 2033-09-01}
  - {id: n-dec, name: Non-archival track decisions announced, due: 2033-09-10}
  - {id: n-cr, name: Non-archival track camera-ready submissions due, due: 2033-10-01}
"""


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("non archival ddl?", r"Non-archival track final submission deadline: September 1",
     r"Mentorship|August"),
    ("when do archival decisions come out", r"August 12", r"September|Mentorship"),
    ("cr version for the non archival track due when", r"October 1", r"August 16"),
])
def test_a_track_names_its_own_deadline(question: str, must: str, must_not: str) -> None:
    bot = Responder(parse_knowledge(TRACKS, "tracks.yaml"))
    expect(bot, question, must, must_not)


def test_organizers_from_an_affiliation_are_not_a_speaker() -> None:
    bot = Responder(parse_knowledge(PARTS + """program:
  - title: "Keynote: floods (TU Delft)"
    speakers: [Anke Vos]
    start: 2032-10-10T09:00:00+02:00
    end: 2032-10-10T09:45:00+02:00
""", "p.yaml"))
    text = answered_with(bot, "who's organizing from delft")
    assert "Bram de Wit" in text and "Anke Vos" not in text, text


def test_a_field_answers_a_subject_named_like_a_track() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Two Shelves, timezone: UTC, date: 2033-03-03}
submission:
  tracks:
    - {id: archival, name: Archival track (full papers), page_limit: 8, archival: true}
    - {id: nonarchival, name: Non-archival track (short papers), page_limit: 4, archival: false}
""", "shelves.yaml"))
    expect(bot, "is this workshop archival?", r"Archival track.*archival", r"I don't know")
    # "non-archival" is not "archival": the archival type's page limit, not the rule alone
    expect(bot, "how many pages for an archival paper", r"\b8 pages", r"I don't know|\b4 pages")


def test_a_clock_time_is_read_on_the_day_of_the_program_it_is() -> None:
    two_days = BREAKS + """  - {title: "Day two: posters", kind: poster,
     start: "2032-10-11T15:00:00+01:00", end: "2032-10-11T16:00:00+01:00"}
"""
    bot = Responder(parse_knowledge(two_days, "two.yaml"))
    on_day_two = datetime(2032, 10, 11, 8, tzinfo=UTC)
    a = bot.respond("whats on at 3:10pm", on_day_two)
    assert a.answered, a.text
    assert "At 3:10 PM on " in a.plain_text() and "Day two: posters" in a.plain_text(), a.text
    assert "Coffee break" not in a.plain_text(), a.text
    a = bot.respond("whats on at 3:10pm", NOW)  # before the workshop: its first day, said
    assert "Coffee break" in a.plain_text() and "October 10" in a.plain_text(), a.text


def test_of_two_people_named_alike_the_one_from_the_place_named() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Two Davids, timezone: UTC, date: 2033-03-03}
organizers:
  - {name: David Dao, affiliation: ETH Zurich}
  - {name: David Rolnick, affiliation: McGill}
""", "davids.yaml"))
    expect(bot, "which david is at mcgill", r"David Rolnick", r"David Dao")


ROLES = """
workshop: {name: Workshop on Tutoring Machines, timezone: UTC, date: 2033-07-31}
submission: {archival: true}
organizers:
  - {name: Anna Tacke, role: publication chair, affiliation: KU Leuven}
  - {name: Zoe Yuan, role: sponsorship chair, affiliation: KCL}
  - {name: Vic Yan, role: shared task chair, affiliation: NBME}
  - {name: Ekaterina Kochmar, role: general chair, affiliation: MBZUAI}
faq:
  - id: shared-task
    questions: ["is there a shared task this year?"]
    answer: Yes, a shared task on assessing AI tutors.
"""


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("who is the publication chair", r"Anna Tacke", r"archival|Zoe"),
    ("who handles sponsorship?", r"Zoe Yuan", r"nothing about sponsors|Anna"),
    ("shared task chairs?", r"Vic Yan", r"assessing AI tutors|Anna"),
])
def test_a_role_named_by_a_subjects_words_is_the_person(question: str, must: str,
                                                         must_not: str) -> None:
    bot = Responder(parse_knowledge(ROLES, "roles.yaml"))
    expect(bot, question, must, must_not)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("is submission through openreview?", "No: All papers must be submitted through the "
     "EasyChair", "I don't know"),
    ("is it on easychair?", "Yes: All papers", "I don't know"),
    ("what kinds of papers can I submit?", "Demo paper", "EasyChair"),
    ("can i submit a 5-page research paper?", "6 pages", "EasyChair"),
    ("how do i submit?", "EasyChair", "Demo paper"),
])
def test_an_entry_sharing_only_words_every_call_says_is_no_match(question: str, must: str,
                                                                  must_not: str) -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Tutors, timezone: AoE, date: 2032-02-08}
submission:
  tracks:
    - {id: research, name: Research paper, page_limit: 6}
    - {id: demo, name: Demo paper, page_limit: 4}
faq:
  - id: easychair
    questions: ["how do I submit my paper", "which submission system do you use"]
    answer: All papers must be submitted through the EasyChair system.
  - id: language
    questions: ["what language should the paper be written in"]
    answer: Submissions must be written in English.
""", "tutors.yaml"))
    text = bot.respond(question, datetime(2032, 1, 10, tzinfo=UTC)).plain_text()
    assert must in text and must_not not in text, text


@pytest.mark.parametrize("question", [
    "will there be a journal special issue for extended versions",
    "whats the deadline for the extended journal version?",
])
def test_a_journal_issue_is_not_the_workshops_proceedings(question: str) -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Compiler Frontiers
  timezone: AoE
  topics: ["Compiler re-targeting for special-purpose architectures"]
deadlines:
  - {id: paper, name: Paper submission, due: 2032-03-01}
submission: {archival: true}
""", "cf.yaml"))
    a = bot.respond(question, datetime(2032, 1, 10, tzinfo=UTC))
    text = a.plain_text()
    assert not a.answered and "is archival" not in text and "March 1" not in text, text


def test_profiles_on_the_submission_site_are_not_where_to_submit() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Agent Security, timezone: AoE}
submission: {submission_url: "https://openreview.net/group?id=example"}
""", "sec.yaml"))
    a = bot.respond("do all coauthors need openreview profiles?", datetime(2032, 1, 10, tzinfo=UTC))
    assert not a.answered and "Yes" not in a.plain_text(), a.plain_text()


@pytest.mark.parametrize("question", ["deadline to sign up as a reviewer?",
                                      "how do I become a reviewer?",
                                      "is there a call for reviewers?"])
def test_volunteering_to_review_is_not_the_reviewers_deadline(question: str) -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Scientific Models, timezone: AoE}
deadlines:
  - {id: paper, name: Paper submission, due: 2032-05-29}
  - {id: review, name: Review deadline (for reviewers), due: 2032-06-12}
faq:
  - id: appendix
    questions: ["can I add an appendix?", "do reviewers read the supplementary material?"]
    answer: An appendix is optional, but reviewers are not required to read it.
""", "sci.yaml"))
    a = bot.respond(question, datetime(2032, 5, 1, tzinfo=UTC))
    text = a.plain_text()
    assert not a.answered and "June 12" not in text and "appendix" not in text, text
    a = bot.respond("when are reviews due for reviewers?", datetime(2032, 5, 1, tzinfo=UTC))
    assert "June 12" in a.plain_text(), a.plain_text()


@pytest.mark.parametrize("question", ["what's the venue address / building",
                                      "what's the venue building?"])
def test_the_building_the_file_does_not_give_is_unknown(question: str) -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Remote Sensing, timezone: AoE, location: Singapore}
""", "rs.yaml"))
    a = bot.respond(question, datetime(2032, 1, 10, tzinfo=UTC))
    assert not a.answered and "building" in a.plain_text(), a.plain_text()


@pytest.mark.parametrize("question", ["what's the evaluation metric for the shared task",
                                      "is there a page limit on the supplementary pdf?",
                                      "do the 6 pages include references or not?"])
def test_an_entry_that_does_not_give_the_detail_asked_does_not_answer(question: str) -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Finance Text, timezone: AoE}
submission: {page_limit: 6}
faq:
  - id: shared-task
    questions: ["is there a shared task?"]
    answer: There is a shared task on relation extraction; prizes go to the winners.
  - id: supplementary
    questions: ["can I upload supplementary material?"]
    answer: Yes, supplementary material is optional and may hold videos and extra results.
  - id: length
    questions: ["how long should papers be?"]
    answer: Papers should be 4-6 pages, with all main results, figures and tables in them.
""", "fin.yaml"))
    a = bot.respond(question, datetime(2032, 1, 10, tzinfo=UTC))
    text = a.plain_text()
    assert "prizes" not in text and "optional" not in text and "figures" not in text, text


def test_papers_posted_on_the_website_is_not_the_websites_address() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Remote Sensing, timezone: AoE, website: "https://rs.example.org"}
""", "rs.yaml"))
    now = datetime(2032, 1, 10, tzinfo=UTC)
    a = bot.respond("will the accepted papers be put on the workshop website?", now)
    assert not a.answered and "posted on the website" in a.plain_text(), a.plain_text()
    a = bot.respond("what's the workshop website?", now)
    assert a.answered and "https://rs.example.org" in a.plain_text(), a.plain_text()


def test_a_deadline_asked_of_an_entry_that_names_only_a_time_of_day_is_unknown() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Hearts, timezone: AoE}
faq:
  - id: challenges
    questions: ["are there challenges?"]
    answer: Two challenges are held in the afternoon session, the MBAS and the CMR challenge.
""", "hearts.yaml"))
    now = datetime(2032, 1, 10, tzinfo=UTC)
    a = bot.respond("when is the MBAS challenge leaderboard deadline", now)
    assert not a.answered and "afternoon session" not in a.plain_text(), a.plain_text()
    a = bot.respond("are there any challenges?", now)
    assert a.answered and "afternoon session" in a.plain_text(), a.plain_text()


@pytest.mark.parametrize(("question", "answered"), [
    ("is there a poster printing service at the venue?", False),
    ("is there an artifact evaluation for accepted papers?", False),
    ("what size should I print my poster?", True),
])
def test_printing_and_artifacts_are_subjects_of_their_own(question: str, answered: bool) -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Systems, timezone: AoE, location: "Hotel Example, Kyoto, Japan"}
submission:
  tracks:
    - {id: paper, name: Workshop paper, page_limit: 5}
faq:
  - id: poster-size
    questions: ["how big should the poster be?"]
    answer: Posters should be A0, portrait.
""", "sys.yaml"))
    a = bot.respond(question, datetime(2032, 1, 10, tzinfo=UTC))
    assert a.answered is answered, a.plain_text()
    assert "Hotel Example" not in a.plain_text() and "5 pages" not in a.plain_text(), a.plain_text()
