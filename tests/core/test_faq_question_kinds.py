"""An organizer's FAQ entry answers the kind of thing its questions ask for: an entry asked with
"when" (its only other word the generic "workshop") must not answer "who is sponsoring the
workshop?" or "is this an ICML workshop?" with a date."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge, parse_knowledge
from bot.core.responder import Responder

WORKSHOP = """
workshop:
  name: Learning for Tidal Energy
  conference: EXAMPLECONF 2031
  timezone: AoE
  location: Virtual
deadlines:
  - id: paper
    name: Paper submission
    due: 2031-09-10
faq:
  - id: workshop-day
    questions: ["when is the workshop", "what day does the workshop take place"]
    answer: The workshop is on November 3 or 4, 2031; the exact day is still to be announced.
  - id: arxiv
    questions: ["is there an anonymity period?",
                "can I post my paper on arXiv while it's under review?"]
    answer: There is no anonymity period; posting on arXiv is fine.
  - id: mentoring
    questions: ["what is the mentoring programme", "how do I get a mentor"]
    answer: First-time authors can ask for a mentor who reads a draft before the deadline.
"""

NOW = datetime(2031, 8, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def bot() -> Responder:
    return Responder(parse_knowledge(WORKSHOP, "tidal.yaml"))


@pytest.mark.parametrize("question", [
    "who's sponsoring the workshop?",
    "is this an ICML workshop?",
    "is there a code of conduct for the workshop",
    "has this workshop been run before?",
    "what's this workshop about in a nutshell",
])
def test_a_when_entry_does_not_answer_other_questions(bot: Responder, question: str) -> None:
    text = bot.respond(question, NOW).plain_text()
    assert "November 3" not in text, text


@pytest.mark.parametrize("question", [
    "when's the workshop?",
    "is the workshop on nov 5?",
    "workshop date?",
])
def test_a_when_entry_answers_when(bot: Responder, question: str) -> None:
    a = bot.respond(question, NOW)
    assert a.answered and "November 3 or 4" in a.plain_text(), a.plain_text()


def test_the_mentoring_entry_still_answers_a_how(bot: Responder) -> None:
    a = bot.respond("how can i get a mentor for my draft", NOW)
    assert a.answered and "reads a draft" in a.plain_text(), a.plain_text()


def test_a_narrow_subject_in_the_entrys_own_words(bot: Responder) -> None:
    """A preprint is one subject: asked with a word of the entry ("arXiv"), the entry answers."""
    a = bot.respond("can i put the preprint on arxiv before acceptance?", NOW)
    assert a.answered and "posting on arXiv is fine" in a.plain_text(), a.plain_text()


FALLBACK = """
workshop:
  name: Workshop on Unsure Vision
  timezone: AoE
deadlines:
  - {id: paper, name: Paper submission, due: 2031-09-10}
faq:
  - id: submission-system
    questions: ["which system do we submit through", "where is the submission site"]
    answer: Submissions go through OpenReview; the link is to be announced.
  - id: arr
    questions: ["how do I submit a paper that already has ARR reviews?"]
    answer: Papers with ARR reviews are committed through a separate OpenReview site.
"""


@pytest.mark.parametrize("question", ["where do we submit", "submission portal?"])
def test_an_entry_stands_in_for_a_missing_field(question: str) -> None:
    """No submission link in the file: the organizer's entry on the submission site answers,
    with a hedge, rather than "I don't know"."""
    bot = Responder(parse_knowledge(FALLBACK, "unsure.yaml"))
    a = bot.respond(question, NOW)
    assert a.answered and "OpenReview; the link is to be announced" in a.plain_text(), \
        a.plain_text()


def test_an_entry_on_another_subject_does_not_stand_in() -> None:
    """An entry on committing ARR-reviewed papers says nothing of a page limit."""
    real = Path(__file__).parents[1] / "fixtures" / "real" / "uncertainlp-2025.yaml"
    bot = Responder(load_knowledge(real))
    a = bot.respond("what's the page limit for papers coming with ARR reviews?",
                    datetime(2025, 7, 25, 12, tzinfo=UTC))
    assert "commitment site" not in a.plain_text(), a.plain_text()


ONE_ENTRY = """
workshop:
  name: Workshop on Careful Tutors
  timezone: AoE
faq:
  - id: limitations
    questions: ["is a limitations section required?",
                "does the limitations section count toward the page limit?"]
    answer: Yes, a Limitations section is required; it does not count toward the page limit.
  - id: awards
    questions: ["are there any awards?"]
    answer: A best paper award is given on the reviewers' nomination.
"""


def test_one_close_entry_is_answered() -> None:
    bot = Responder(parse_knowledge(ONE_ENTRY, "careful.yaml"))
    a = bot.respond("is a limitation section necessary, and is that counted?", NOW)
    assert a.answered and "does not count toward the page limit" in a.plain_text(), \
        a.plain_text()


def test_one_plausible_entry_is_answered_with_a_hedge() -> None:
    """The closest entry is not a clear match, but nothing else is plausible: answered, saying
    which question it answers."""
    real = Path(__file__).parents[1] / "fixtures" / "real" / "bea-2025.yaml"
    bot = Responder(load_knowledge(real))
    a = bot.respond("do i need a limitations section", datetime(2025, 4, 1, 12, tzinfo=UTC))
    assert a.answered and a.plain_text().startswith('If you mean "is a limitations section'), \
        a.plain_text()


def test_an_entry_that_explains_little_of_the_question_is_not_its_reading() -> None:
    bot = Responder(parse_knowledge(ONE_ENTRY, "careful.yaml"))
    a = bot.respond("who won the super bowl this year?", NOW)
    assert not a.answered and "best paper award" not in a.plain_text(), a.plain_text()


def test_an_entry_silent_on_the_subject_named_is_not_its_reading() -> None:
    bot = Responder(parse_knowledge(ONE_ENTRY + """
  - id: shared-task
    questions: ["how do I take part in the shared task"]
    answer: The shared task collects retrieval pipelines as source code repositories.
""", "careful.yaml"))
    a = bot.respond("is there a prize for the shared task winner", NOW)
    assert "retrieval pipelines" not in a.plain_text(), a.plain_text()


def test_an_entry_saying_only_common_words_of_the_question_is_not_its_answer() -> None:
    """"paper", "deadline", "time" are in an entry's answer, but say nothing about which entry
    is meant: the deadline answers, not the entry on withdrawing."""
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Legal Words, timezone: AoE}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-09-10}
faq:
  - id: withdraw-notice
    questions: ["my paper was accepted elsewhere too, what do I do",
                "do I have to tell you if I withdraw"]
    answer: Papers under review elsewhere must say so at submission time, and authors must tell
      the organizers by the camera-ready deadline whether the paper is withdrawn.
  - id: visa
    questions: ["can I get a visa letter"]
    answer: Visa letters are sent on request.
""", "legal.yaml"))
    text = bot.respond("im in germany, what's the paper deadline in my local time?",
                       NOW).plain_text()
    assert "September 10" in text or "September 11" in text, text
    assert "withdrawn" not in text


def test_a_who_question_needs_an_entry_that_names_someone() -> None:
    bot = Responder(parse_knowledge(ONE_ENTRY + """
  - id: reviewer-signup
    questions: ["how can I become a reviewer?", "can I join the program committee?"]
    answer: Fill out the reviewer interest form at https://forms.example.org/review.
  - id: keynote
    questions: ["when is the keynote?"]
    answer: At 11:00, speaker to be announced.
""", "careful.yaml"))
    a = bot.respond("who's on the program committee", NOW)
    assert "reviewer interest form" not in a.plain_text(), a.plain_text()
    a = bot.respond("how do I join the program committee?", NOW)
    assert a.answered and "reviewer interest form" in a.plain_text(), a.plain_text()
    a = bot.respond("who's giving the keynote?", NOW)
    assert "to be announced" in a.plain_text(), a.plain_text()


def test_a_link_asked_for_needs_an_entry_with_an_address() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Quick Tracks, timezone: AoE}
submission:
  tracks:
    - {id: fast-track, name: Fast-track submission, submission_url: "https://openreview.net/fast"}
    - {id: full, name: Full paper, page_limit: 8}
faq:
  - id: fast-track-eligibility
    questions: ["who can use the fast track?"]
    answer: Papers with ARR reviews qualify; submit through the fast-track OpenReview link.
""", "quick.yaml"))
    a = bot.respond("link for fast-track submissions?", NOW)
    assert a.answered and "https://openreview.net/fast" in a.plain_text(), a.plain_text()


def test_how_many_of_a_thing_needs_an_answer_that_counts_that_thing() -> None:
    """"how many reviewers does each paper get?" is not answered by an entry whose only number
    is an average rating (TrustNLP's fast-track entry); a count of times is any count."""
    real = Path(__file__).parents[1] / "fixtures" / "real"
    now = datetime.fromisoformat("2026-02-10T12:00+00:00")
    a = Responder(load_knowledge(real / "trustnlp-2026.yaml")).respond(
        "how many reviewers does each paper get?", now)
    assert not a.answered and "2.75" not in a.plain_text(), a.plain_text()
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Paper Boats, timezone: AoE}
faq:
  - id: leaderboard
    questions: ["how often can we submit to the leaderboard"]
    answer: Each team may submit up to 5 runs per day to the leaderboard.
""", "boats.yaml"))
    b = bot.respond("how many times can my team submit to the leaderboard?", now)
    assert b.answered and "5 runs" in b.plain_text(), b.plain_text()


def test_a_facet_the_entry_never_speaks_of_is_not_its_answer() -> None:
    """"a student discount on registration" asks about a price; an entry on how to register
    (a link) does not say one."""
    bot = Responder(parse_knowledge(WORKSHOP + """
  - id: registering
    questions: ["how do I register", "where is the registration"]
    answer: Registration goes through the EXAMPLECONF 2031 page, https://exampleconf.example.org.
""", "tidal.yaml"))
    a = bot.respond("is there a student discount on registration", NOW)
    assert not a.answered, a.plain_text()
    assert "exampleconf.example.org" not in a.plain_text()
    assert bot.respond("how do I register?", NOW).answered


@pytest.mark.parametrize(("question", "must"), [
    ("can I put extra material after the references?", "appendix"),
    ("can we get the paper in without any of us showing up?", "must attend"),
    ("do I have to show up in person if my paper gets in?", "must attend"),
])
def test_one_subject_said_in_other_words_is_the_entry_on_it(question: str, must: str) -> None:
    """Some subjects are the same whatever words say them: "extra material" asks about the
    appendix entry, "without any of us showing up" the one on whether an author must attend."""
    bot = Responder(parse_knowledge(WORKSHOP + """
  - id: appendix
    questions: ["can I add an appendix?"]
    answer: Yes, an appendix may follow the references; reviewers need not read it.
  - id: attending
    questions: ["does an author need to attend the workshop?",
                "do I have to present in person if my paper is accepted?"]
    answer: Yes, one author of each accepted paper must attend and present it.
""", "tidal.yaml"))
    a = bot.respond(question, NOW)
    assert a.answered and must in a.plain_text(), a.plain_text()


def test_a_yes_or_no_of_an_entry_asked_in_other_words_says_its_own_question() -> None:
    """An entry reached through its subject, not its phrasing: the yes it opens with answers
    its own question, so that question is said with it."""
    bot = Responder(parse_knowledge(WORKSHOP + """
  - id: appendix
    questions: ["can I add an appendix?", "is an appendix allowed?"]
    answer: Yes. Appendices go after the references and do not count toward the page limit.
""", "tidal.yaml"))
    text = bot.respond("do appendices eat into the page limit?", NOW).plain_text()
    assert text.startswith('To "can I add an appendix?": Yes.'), text
    text = bot.respond("can I add an appendix?", NOW).plain_text()
    assert text.startswith("Yes."), text  # asked as the entry asks it: the yes is the answer


NAMES = Responder(parse_knowledge("""
workshop:
  name: Workshop on Code Models
  timezone: AoE
  location: San Diego, USA
faq:
  - id: keynotes
    questions: ["who are the keynote speakers?"]
    answer: The keynotes are by Loubna Example (Hugging Face) and Bo Example (Deep Mind).
  - id: city
    questions: ["anything fun to do in the city?"]
    answer: San Diego has Comic-Con that week.
""", "code.yaml"))


@pytest.mark.parametrize("question", ["is someone from hugging face giving a talk?",
                                      "anyone at deep mind speaking?"])
def test_a_place_someone_is_from_names_the_entry_that_gives_it(question: str) -> None:
    text = NAMES.respond(question, datetime(2031, 1, 10, tzinfo=UTC)).plain_text()
    assert "Loubna Example" in text, text


def test_a_place_named_otherwise_is_not_that_entry() -> None:
    a = NAMES.respond("best tacos in san diego?", datetime(2031, 1, 10, tzinfo=UTC))
    assert "Comic-Con" not in a.plain_text(), a.plain_text()


def test_how_many_extra_pages_counts_pages() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Fast Machines, timezone: AoE}
submission: {page_limit: 8}
faq:
  - id: extra-pages
    questions: ["do accepted papers get extra pages"]
    answer: Full papers get 2 additional pages; short papers get 1 additional page.
""", "fama.yaml"))
    for question in ("how many extra pages do accepted short papers get",
                     "how many bonus pages do accepted papers get?"):
        text = bot.respond(question, datetime(2031, 1, 10, tzinfo=UTC)).plain_text()
        assert "1 additional page" in text, (question, text)


def test_people_counted_by_what_they_do() -> None:
    # "how many people review": the reviewers, which the entry counts ("three reviewers")
    aist = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                    / "aist-2024.yaml"))
    now = datetime(2024, 1, 8, 12, tzinfo=UTC)
    answer = aist.respond("how many people review each submission", now)
    assert answer.answered and "three reviewers" in answer.plain_text(), answer.plain_text()
    other = aist.respond("how many people attend?", now)
    assert not other.answered and "three" not in other.plain_text(), other.plain_text()


def test_an_entry_that_only_refers_to_a_deadline_does_not_date_it() -> None:
    # "register ... by the early registration deadline" gives no day for that deadline
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                   / "claramas-2026.yaml"))
    now = datetime(2026, 2, 16, 12, tzinfo=UTC)
    answer = bot.respond("when is the early registration deadline?", now)
    assert not answer.answered, answer.plain_text()
    needed = bot.respond("do I need to register?", now)
    assert needed.answered and "must register" in needed.plain_text(), needed.plain_text()


def test_what_follows_per_is_the_unit_not_the_count() -> None:
    # "at least 3 reviewers per paper" counts reviewers, not papers
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                   / "claramas-2026.yaml"))
    now = datetime(2026, 2, 16, 12, tzinfo=UTC)
    assert not bot.respond("how many papers will be accepted", now).answered
    reviewers = bot.respond("how many reviewers per paper?", now)
    assert reviewers.answered and "3 reviewers" in reviewers.plain_text()


def test_a_price_asked_of_a_covered_subject_needs_an_entry_that_speaks_of_money() -> None:
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                   / "cuichi-2023.yaml"))
    now = datetime(2023, 2, 6, 12, tzinfo=UTC)
    fee = bot.respond("what's the workshop registration fee for students?", now)
    assert not fee.answered and "must register" not in fee.plain_text(), fee.plain_text()
    rule = bot.respond("do I need to register for CHI too?", now)
    assert rule.answered and "must register" in rule.plain_text(), rule.plain_text()


def test_travel_money_asked_in_other_words_is_the_travel_award_entry() -> None:
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                   / "mlsb-2025.yaml"))
    answer = bot.respond("any money to help students get to san diego?",
                         datetime(2025, 9, 1, 12, tzinfo=UTC))
    assert answer.answered and "travel awards" in answer.plain_text(), answer.plain_text()


@pytest.mark.parametrize(("fixture", "now", "question"), [
    ("verifai-2025", "2025-01-15T12:00+00:00",
     "i'd like to review for you guys, how do i sign up?"),
    ("dbm-2025", "2025-08-15T12:00-12:00",
     "does one of the authors need to sign up to review stuff?"),
])
def test_volunteering_to_review_in_other_words(fixture: str, now: str, question: str) -> None:
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                   / f"{fixture}.yaml"))
    answer = bot.respond(question, datetime.fromisoformat(now))
    assert answer.answered and "review" in answer.plain_text().lower(), answer.plain_text()


def test_an_entrys_yes_does_not_answer_for_a_publisher_it_does_not_name() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Efficient Retrieval
  timezone: AoE
  date: 2031-07-18
faq:
  - id: proceedings
    questions: ["is it archival", "will papers be published", "are there proceedings"]
    answer: Yes. All accepted papers will be published in the workshop proceedings (CEUR).
""", "w.yaml"))
    now = datetime(2031, 4, 1, 12, tzinfo=UTC)
    question = "will accepted papers be in the acm dl with the proceedings?"
    text = bot.respond(question, now).plain_text()
    assert "CEUR" in text and not text.startswith("Yes"), text
    assert bot.respond("are there proceedings?", now).plain_text().startswith("Yes")


DISCOUNTS = """
workshop:
  name: Workshop on Quiet Compilers
  timezone: AoE
  date: 2031-06-20
faq:
  - id: registration
    questions: ["how do I register", "registration fee", "how much is registration"]
    answer: Register through the host conference; the workshop day costs 120 EUR.
  - id: rates
    questions: ["registration rates"]
    answer: Members pay 90 EUR, non-members 120 EUR, and students 40 EUR.
"""


@pytest.mark.parametrize("question", [
    "is there a student discount for the workshop registration?",
    "what's the price of registration for students",
    "any discount on registration if I'm an ACM member?",
])
def test_a_discount_or_one_groups_price_needs_an_entry_that_names_it(question: str) -> None:
    # the first entry gives one price and names no discount nor any group
    text = DISCOUNTS.replace("Members pay 90 EUR, non-members 120 EUR, and students 40 EUR.",
                             "See the host's page.")
    answer = Responder(parse_knowledge(text)).respond(question, NOW)
    assert not answer.answered and "120 EUR" not in answer.plain_text(), answer.plain_text()


def test_a_discount_is_answered_by_an_entry_that_gives_groups_rates() -> None:
    bot = Responder(parse_knowledge(DISCOUNTS))
    answer = bot.respond("is there a cheaper rate for students?", NOW)
    assert answer.answered and "40 EUR" in answer.plain_text(), answer.plain_text()
    plain = bot.respond("how much is registration", NOW)
    assert plain.answered and "120 EUR" in plain.plain_text(), plain.plain_text()


def test_a_deadlines_time_of_day_is_not_the_entry_on_the_workshops_hours() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Quiet Compilers
  timezone: Asia/Shanghai
  date: 2031-06-20
deadlines:
  - id: submission
    name: Submission deadline
    due: 2031-05-02
faq:
  - id: hours
    questions: ["what time is the workshop", "how long is the workshop"]
    answer: The workshop runs from 9:00 AM to 1:00 PM local time.
"""))
    answer = bot.respond("what time of day is the ddl exactly?", NOW)
    assert "May 2, 2031" in answer.plain_text() and "9:00 AM" not in answer.plain_text(), \
        answer.plain_text()
    hours = bot.respond("what time is the workshop", NOW)
    assert "9:00 AM" in hours.plain_text(), hours.plain_text()


def test_how_much_registration_or_a_grant_is_needs_an_entry_with_a_price() -> None:
    # (GI 2020: an entry on how to register, with a link and no price; one on five studentships)
    bot = Responder(load_knowledge(Path(__file__).parents[1] / "fixtures" / "real"
                                   / "gi-2020.yaml"))
    now = datetime(2020, 1, 6, 12, tzinfo=UTC)
    for question in ("how much is registration", "how much money is each studentship worth"):
        answer = bot.respond(question, now)
        assert not answer.answered and "researchr" not in answer.plain_text() and \
            "five" not in answer.plain_text(), answer.plain_text()
    link = bot.respond("where do I register", now)
    assert link.answered and "researchr" in link.plain_text(), link.plain_text()
    grants = bot.respond("are there travel grants for students?", now)
    assert grants.answered and "five" in grants.plain_text(), grants.plain_text()
