"""A paper's fate at another venue ("already accepted at CoRL", "under review at ICRA") asks
about this workshop's dual-submission rule, not about a deadline ("accepted", "submit"); and a
conference's short name is never "corrected" into an everyday word ("CoRL" is no "cool")."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.answers.answer import Kind
from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime.fromisoformat("2031-03-01T12:00+00:00")
BASE = """
workshop: {name: Workshop on Cool Robots, conference: IROS 2031, timezone: AoE}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-05-01}
  - {id: notification, name: Paper acceptance notification, due: 2031-06-01}
submission: {page_limit: 4}
"""
WITH_RULE = BASE.replace("{page_limit: 4}", "{page_limit: 4, dual_submission: true}")


@pytest.mark.parametrize("question", [
    "can I submit something that's already accepted at CoRL?",
    "my paper is under review at ICRA, can I submit it here?",
])
def test_a_paper_elsewhere_is_not_a_deadline(question: str) -> None:
    unsaid = Responder(parse_knowledge(BASE, "robots.yaml")).respond(question, NOW)
    assert unsaid.kind is Kind.UNKNOWN, unsaid.plain_text()
    assert "dual submission" in unsaid.plain_text(), unsaid.plain_text()
    assert "June 1" not in unsaid.plain_text() and "May 1" not in unsaid.plain_text()
    said = Responder(parse_knowledge(WITH_RULE, "robots.yaml")).respond(question, NOW)
    assert said.answered and "allowed" in said.plain_text(), said.plain_text()


def test_under_review_elsewhere_and_asking_when_is_still_the_deadline() -> None:
    bot = Responder(parse_knowledge(BASE, "robots.yaml"))
    text = bot.respond("it's under review at ICRA, when is your paper deadline?", NOW).plain_text()
    assert "May 1, 2031" in text, text


def test_a_venues_format_is_a_style_question() -> None:
    bot = Responder(parse_knowledge(BASE, "robots.yaml"))
    text = bot.respond("can i submit in ICML format?", NOW).plain_text()
    assert "dual submission" not in text, text


def test_a_conference_name_is_not_corrected() -> None:
    bot = Responder(parse_knowledge(BASE, "robots.yaml"))
    a = bot.respond("what's the page limit for CoRL 2031 main track papers?", NOW)
    assert not a.answered and "4 pages" not in a.plain_text(), a.plain_text()


@pytest.mark.parametrize("question", ["what's the ECIR 2031 submission deadline?",
                                      "when is the CIKM deadline?"])
def test_another_conferences_deadline_is_not_ours(question: str) -> None:
    a = Responder(parse_knowledge(BASE, "robots.yaml")).respond(question, NOW)
    assert not a.answered and "May 1" not in a.plain_text(), a.plain_text()


def test_the_workshops_own_name_qualifies_our_deadline_and_another_year_does_not() -> None:
    named = BASE.replace("name: Workshop on Cool Robots,", "name: Workshop on Cool Robots,"
                         " short_name: COOLBOT 2031,")
    bot = Responder(parse_knowledge(named, "robots.yaml"))
    ours = bot.respond("my advisor says the COOLBOT deadline is may 4, is that right?", NOW)
    assert ours.answered and "May 1, 2031" in ours.plain_text(), ours.plain_text()
    other = bot.respond("when's the deadline for COOLBOT 2033?", NOW)
    assert not other.answered and "May 1" not in other.plain_text(), other.plain_text()


def test_the_main_conferences_page_limit_with_a_hyphenated_name_is_not_ours() -> None:
    bot = Responder(parse_knowledge(BASE.replace("IROS 2031", "LREC-COLING 2031"), "robots.yaml"))
    a = bot.respond("what's the page limit for LREC-COLING 2031 main conference long papers?", NOW)
    assert "4 pages" not in a.plain_text(), a.plain_text()


@pytest.mark.parametrize(("question", "answered"), [
    ("how many pages is an ICRA paper?", False),
    ("how long is the ICRA paper these days", False),
    # (a paper of that venue offered here: our rule)
    ("is an ICRA paper ok to submit here?", None),
])
def test_the_length_of_another_venues_paper_is_not_ours(question: str,
                                                        answered: bool | None) -> None:
    faq = BASE + """faq:
  - id: final
    questions: ["how many pages for the accepted version?"]
    answer: Accepted papers may grow to 6 pages in the final version.
"""
    a = Responder(parse_knowledge(faq, "robots.yaml")).respond(question, NOW)
    text = a.plain_text()
    if answered is False:
        assert not a.answered and "6 pages" not in text and "4 pages" not in text, text
    else:
        assert "outside what I can help with" not in text, text


def test_may_i_still_submit_after_a_fate_elsewhere_is_no_deadline() -> None:
    bot = Responder(parse_knowledge(BASE, "robots.yaml"))
    a = bot.respond("my paper is also under review at ACL 2031, can I still submit it here?", NOW)
    assert "May 1" not in a.plain_text() and "dual submission" in a.plain_text(), a.plain_text()


def test_rejected_elsewhere_is_not_our_notification() -> None:
    bot = Responder(parse_knowledge(WITH_RULE, "robots.yaml"))
    a = bot.respond("got rejected from ICML, can i resubmit the same paper here?", NOW)
    assert "June 1" not in a.plain_text(), a.plain_text()
    assert "dual submission is allowed" not in a.plain_text(), a.plain_text()


CHI = BASE.replace("IROS 2031", "CHI 2031")


@pytest.mark.parametrize("question", [
    "when is the CHI 2031 main papers deadline?",          # our conference's own main track
    "it's also under review at CSCW, can I still submit it here?",  # another venue, by name
    "how do I fix an overfull hbox warning in latex",       # general help
    "how do I cite a website in APA style",                 # general help
    "if I miss the deadline by a few hours will you still take it?",  # late, not the date
])
def test_not_our_deadline(question: str) -> None:
    a = Responder(parse_knowledge(CHI, "robots.yaml")).respond(question, NOW)
    assert not a.answered and "May 1" not in a.plain_text(), (question, a.plain_text())



@pytest.mark.parametrize("question", ["when is the deadline for assets?",
                                      "is there a page limit for the ase paper?"])
def test_everyday_words_are_no_conference_names(question: str) -> None:
    a = Responder(parse_knowledge(BASE, "robots.yaml")).respond(question, NOW)
    assert "outside what I can help with" not in a.plain_text(), a.plain_text()


@pytest.mark.parametrize("question", [
    "my paper was already accepted at ASE 2023, can I still submit it here?",
    "it's also under review at ICPE, can I still submit it to cool robots?",
    "it's also under review somewhere else, can I still submit it to the workshop?",
])
def test_may_i_still_submit_to_us_after_a_fate_elsewhere_is_no_deadline(question: str) -> None:
    a = Responder(parse_knowledge(BASE, "robots.yaml")).respond(question, NOW)
    assert a.kind is Kind.UNKNOWN and "dual submission" in a.plain_text(), a.plain_text()
    assert "May 1" not in a.plain_text() and "June 1" not in a.plain_text()


ORIGINALITY = BASE + """
faq:
  - id: originality
    questions: ["does the submission have to be original?",
                "can I submit a paper that was already published?"]
    answer: The submission must be original, not accepted or published anywhere else.
"""


@pytest.mark.parametrize("question", ["can i submit work that's already published?",
                                      "my paper was already accepted at ICSE, is that ok?"])
def test_an_entry_on_originality_covers_already_published(question: str) -> None:
    a = Responder(parse_knowledge(ORIGINALITY, "robots.yaml")).respond(question, NOW)
    assert a.answered and "not accepted or published" in a.plain_text(), a.plain_text()
    assert "May 1" not in a.plain_text()


OPENS = BASE.replace("deadlines:\n", "deadlines:\n  - {id: open, name: Paper submission open, "
                     "due: 2031-04-01}\n")


@pytest.mark.parametrize("question", ["can i submit already?", "can we submit yet?"])
def test_can_i_submit_yet_asks_whether_submissions_opened(question: str) -> None:
    text = Responder(parse_knowledge(OPENS, "robots.yaml")).respond(question, NOW).plain_text()
    assert "April 1" in text and "May 1" not in text, text


@pytest.mark.parametrize("question", ["it's also under review at a journal, is that ok?",
                                      "is a paper under review at another conference ok?"])
def test_a_venue_not_named_is_still_elsewhere(question: str) -> None:
    said = Responder(parse_knowledge(WITH_RULE, "robots.yaml")).respond(question, NOW)
    assert said.answered and "dual submission is allowed" in said.plain_text(), \
        said.plain_text()
    unsaid = Responder(parse_knowledge(BASE, "robots.yaml")).respond(question, NOW)
    assert "dual submission" in unsaid.plain_text() and "archival" not in unsaid.plain_text()



def test_already_got_accepted_at_a_venue_is_the_dual_submission_rule() -> None:
    a = Responder(parse_knowledge(BASE, "robots.yaml")).respond(
        "it already got accepted at FAccT, can I still send it to you?", NOW)
    assert "dual submission" in a.plain_text(), a.plain_text()
    assert "June 1" not in a.plain_text() and "May 1" not in a.plain_text()


def test_pmlr_asks_whether_the_workshop_is_archival() -> None:
    bot = Responder(parse_knowledge(BASE.replace("{page_limit: 4}",
                                                 "{page_limit: 4, archival: false}"), "r.yaml"))
    a = bot.respond("will the papers end up in PMLR?", NOW)
    assert "non-archival" in a.plain_text() and "May 1" not in a.plain_text(), a.plain_text()


def test_a_name_no_dictionary_has_with_a_year_is_another_venue() -> None:
    bot = Responder(parse_knowledge(WITH_RULE, "robots.yaml"))
    a = bot.respond("what's the ICAIF 2031 submission deadline", NOW)
    assert not a.answered and "May 1" not in a.plain_text(), a.plain_text()
    a = bot.respond("under review at ASE 2030, can I still submit it here?", NOW)
    assert a.answered and "allowed" in a.plain_text(), a.plain_text()
    a = bot.respond("is the deadline in may 2031?", NOW)
    assert a.answered and "May 1" in a.plain_text(), a.plain_text()


def test_the_same_paper_to_both_tracks_is_not_dual_submission_elsewhere() -> None:
    bot = Responder(parse_knowledge(WITH_RULE.replace("{page_limit: 4, dual_submission: true}", """
  dual_submission: true
  tracks:
    - {id: full, name: Workshop paper, page_limit: 4}
    - {id: tiny, name: Tiny paper, page_limit: 2}"""), "robots.yaml"))
    a = bot.respond("can i submit the same paper to both tracks", NOW)
    assert "dual submission is allowed" not in a.plain_text(), a.plain_text()
    a = bot.respond("can I send the same paper to both ICML and here?", NOW)
    assert "dual submission is allowed" in a.plain_text(), a.plain_text()


def test_the_host_conferences_rejection_said_first_is_not_our_notification() -> None:
    bot = Responder(parse_knowledge(BASE, "robots.yaml"))
    a = bot.respond("my IROS main paper got rejected, can i resubmit the same work here?", NOW)
    assert "June 1" not in a.plain_text(), a.plain_text()
