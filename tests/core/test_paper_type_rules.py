"""Submission rules a knowledge file gives per paper type (``submission.tracks``).

Two fixtures of their own: one where every rule is given per type and none submission-wide,
one with submission-wide rules and types whose names share words ("Main track full paper",
"Main track short paper"). Asked in general, a rule is said per type, and where the call is
silent it says so; asked about one type, only that type's rule is said, never another's.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.answers.answer import Answer, Kind
from bot.core.answers.builders import Ask, page_limit
from bot.core.knowledge.loader import load_knowledge, parse_knowledge
from bot.core.responder import Responder
from bot.core.understanding.paper_type_finder import tracks_named, without_type_names

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "paper-types"
NOW = datetime(2032, 3, 1, 12, tzinfo=UTC)
PER_TYPE = Responder(load_knowledge(FIXTURES / "rules-per-type.yaml"))
SHARED = Responder(load_knowledge(FIXTURES / "shared-type-words.yaml"))
OTHERS_SILENT = "does not say so for the other paper types"


def ask(r: Responder, question: str) -> tuple[Answer, str]:
    a = r.respond(question, NOW)
    return a, a.plain_text()


# --- asked in general: each type that gives the rule, and the silence of the others --------------


@pytest.mark.parametrize("question", ["is reviewing double-blind?",
                                      "must we anonymise the submission?"])
def test_anonymity_given_only_per_type_is_said_per_type(question: str) -> None:
    a, text = ask(PER_TYPE, question)
    assert a.answered and a.intent == "anonymity", text
    assert "Regular paper: must be anonymized (double-blind)" in text
    assert "Demonstration abstract: need not be anonymized" in text
    assert OTHERS_SILENT in text  # the position statement says nothing
    assert "I don't know" not in text and not re.match(r"\W*(yes|no)\b", text, re.I)


def test_template_given_for_one_type_names_that_type() -> None:
    a, text = ask(PER_TYPE, "which latex template do we use?")
    assert a.answered and "Regular paper: follow the IEEE conference template" in text
    assert "template template" not in text and "template format" not in text
    assert OTHERS_SILENT in text
    assert [link.url for link in a.links] == ["https://cfr.example.org/ieee-kit"]


def test_submission_sites_per_type_and_no_yes_or_no_while_a_type_is_silent() -> None:
    a, text = ask(PER_TYPE, "is submission on openreview?")
    assert a.answered and "Regular paper: submit at https://openreview.net" in text
    assert "Demonstration abstract: submit at https://easychair.org" in text
    # the position statement gives no site: neither "yes" nor "no" holds for every type
    assert not re.match(r"\W*(yes|no)\b", text, re.I), text


def test_file_format_of_one_type_is_not_said_for_all() -> None:
    a, text = ask(PER_TYPE, "what file format?")
    assert a.answered and "Regular paper: in PDF format" in text and OTHERS_SILENT in text
    assert "Submissions must be in PDF" not in text


def test_archival_per_type() -> None:
    a, text = ask(PER_TYPE, "is it archival?")
    assert a.answered and "Regular paper: archival" in text
    assert "Demonstration abstract: non-archival" in text


# --- asked about one type: that type only --------------------------------------------------------


@pytest.mark.parametrize(("question", "says", "must_not"), [
    ("does the demonstration abstract need to be anonymized?",
     "Demonstration abstract: need not be anonymized", "Regular paper"),
    ("where do I submit a demonstration abstract?", "easychair.org", "openreview"),
    ("are demonstration abstracts archival?", "Demonstration abstract: non-archival",
     "Regular paper"),
    ("how many pages for a regular paper?", "up to 6 pages", "2 pages"),
])
def test_a_named_type_gets_its_own_rule_only(question: str, says: str, must_not: str) -> None:
    a, text = ask(PER_TYPE, question)
    assert a.answered and says in text and must_not not in text, text


@pytest.mark.parametrize("question", ["template for demo abstracts?",
                                      "what file format for demonstration abstracts?"])
def test_a_named_type_without_the_rule_is_i_dont_know(question: str) -> None:
    a, text = ask(PER_TYPE, question)
    assert a.kind is Kind.UNKNOWN and "Demonstration abstract" in text, text
    # another type's rule is no answer for this one
    assert "IEEE" not in text and "PDF" not in text


def test_a_described_type_without_the_rule_has_its_description_said() -> None:
    a, text = ask(PER_TYPE, "where do i send a position statement?")
    assert a.answered and "says nothing about how or where to submit" in text
    assert "chairs@cfr.example.org" in text
    assert "openreview" not in text and "easychair" not in text


@pytest.mark.parametrize(("question", "limit", "other_limits"), [
    ("how many pages for a short paper", "5 pages", ("9 pages", "3 pages")),
    ("SHORT PAPERS page limit?", "5 pages", ("9 pages", "3 pages")),
    ("Wie viele Seiten darf ein Short Paper haben?", "5 pages", ("9 pages", "3 pages")),
    ("Wie viele Seiten darf ein Kurzbeitrag haben?", "5 pages", ("9 pages", "3 pages")),
    ("¿cuántas páginas puede tener un artículo corto?", "5 pages", ("9 pages", "3 pages")),
    ("combien de pages pour un article court ?", "5 pages", ("9 pages", "3 pages")),
    ("短论文可以写几页？", "5 pages", ("9 pages", "3 pages")),
    ("how long can a full paper be", "9 pages", ("5 pages", "3 pages")),
    ("how long is a short paper", "5 pages", ("9 pages", "3 pages")),
    ("page limit for industry papers?", "3 pages", ("9 pages", "5 pages")),
])
def test_page_limit_of_one_type_by_its_distinctive_words(question: str, limit: str,
                                                         other_limits: tuple[str, ...]) -> None:
    a, text = ask(SHARED, question)
    assert a.answered and limit in text, text
    assert not any(other in text for other in other_limits), text


def test_a_wrong_page_count_for_a_type_is_a_no() -> None:
    text = ask(SHARED, "short papers are 7 pages right?")[1]
    assert text.startswith("No: ") and "5 pages" in text and "9 pages" not in text


def test_a_type_named_on_top_of_submission_wide_rules() -> None:
    a, text = ask(SHARED, "is the industry track double blind?")
    assert a.answered and "Industry track paper: need not be anonymized" in text
    assert "must be anonymized" not in text  # the submission-wide rule is not this type's
    a, text = ask(SHARED, "where do i submit an industry paper")
    assert "SPARSE2033/Industry" in text and "SPARSE2033." not in text


def test_submission_wide_rule_with_a_type_of_its_own() -> None:
    text = ask(SHARED, "is it double blind?")[1]
    assert text.startswith("Submissions must be anonymized (double-blind)")
    assert "Industry track paper: need not be anonymized" in text and OTHERS_SILENT not in text
    text = ask(SHARED, "is submission through CMT?")[1]
    assert text.startswith("Yes: ")  # every site given is on CMT


# --- references: "I don't know", never a yes or a no --------------------------------------------


@pytest.mark.parametrize(("r", "question", "limit"), [
    (PER_TYPE, "do references count toward the page limit?", "Regular paper: up to 6 pages"),
    (PER_TYPE, "does the bibliography count for demonstration abstracts?", "up to 2 pages"),
    (SHARED, "do references count for industry papers?", "up to 3 pages"),
])
def test_references_not_given_is_i_dont_know_with_the_page_limit(r: Responder, question: str,
                                                                 limit: str) -> None:
    a, text = ask(r, question)
    assert a.kind is Kind.UNKNOWN and "references count" in text and limit in text, text
    assert not re.match(r"\W*(yes|no)\b", text, re.I)
    assert "references not counted" not in text and "references included" not in text


def test_references_given_for_the_named_type() -> None:
    a, text = ask(SHARED, "do references count for full papers?")
    assert a.answered and "references not counted" in text and "references included" not in text


# --- the /format overview ------------------------------------------------------------------------


def test_format_overview_says_each_rule_per_type() -> None:
    a = PER_TYPE.answer("format", NOW)
    fields = {f.name: f for f in a.fields}
    assert a.answered and set(fields) == {"Length", "File", "Anonymized", "Template", "Submit at"}
    assert fields["Length"].value == ("Regular paper: up to 6 pages; Demonstration abstract: up to "
                                      "2 pages; not given for the others")
    assert fields["File"].value == "Regular paper: PDF; not given for the others"
    assert not fields["Length"].inline  # a long, per-type line gets a row of its own
    assert {link.url for link in a.links} == {
        "https://cfr.example.org/ieee-kit", "https://openreview.net/group?id=CFR/2032",
        "https://easychair.org/conferences/?conf=cfr2032"}


def test_format_overview_drops_a_submission_wide_value_no_type_uses() -> None:
    fields = {f.name: f for f in SHARED.answer("format", NOW).fields}
    assert fields["File"].value == "PDF" and fields["File"].inline
    assert fields["Length"].value.startswith("Main track full paper: up to 9 pages")


def test_requirements_of_a_type_give_its_own_submission_deadline() -> None:
    a, text = ask(SHARED, "what are the submission requirements for industry papers?")
    assert a.intent == "requirements" and "Industry track submission: December 15" in text, text
    assert "December 1," not in text and "Main track full paper" not in text
    a, text = ask(SHARED, "what are the submission requirements for short papers?")
    assert "Main track paper submission: December 1," in text and "December 15" not in text


# --- naming a type -------------------------------------------------------------------------------


def test_type_words_that_mean_something_else_name_no_type() -> None:
    k = SHARED.knowledge
    assert tracks_named(k, "how long is the talk") == []
    assert [t.id for t in tracks_named(k, "how long can a full paper be")] == ["full"]
    assert [t.id for t in tracks_named(k, "full and short papers")] == ["full", "short"]
    assert [t.id for t in tracks_named(k, "the main track")] == ["full", "short"]
    # its whole name picks one type out of those sharing words; a type's word alone still counts
    assert [t.id for t in tracks_named(k, "main track short paper")] == ["short"]
    assert [t.id for t in tracks_named(k, "industry and main track short")] == [
        "short", "industry"]
    assert "industry" not in without_type_names(k, "is the industry track double blind")
    assert "abstract" in without_type_names(PER_TYPE.knowledge, "is there an abstract deadline")


CROSS = """
workshop:
  name: Workshop on Compilers that Talk
  timezone: AoE
deadlines:
  - id: submission
    name: Paper submission
    due: 2032-05-01
submission:
  file_format: PDF
  dual_submission: true
  submission_url: https://submit.example.org/ctalk
  tracks:
    - id: regular
      name: Regular paper
      page_limit: 8
      archival: true
    - id: cross-submission
      name: Non-archival cross-submission
      description: Papers already published elsewhere; upload the camera-ready version.
      archival: false
"""


@pytest.mark.parametrize("question", ["where do i submit", "submission link?",
                                      "whats the paper deadline and where do i submit"])
def test_submission_words_do_not_name_a_cross_submission_type(question: str) -> None:
    """"submission" is generic also as "submit": asking where to submit names no type, so the
    call-wide link is the answer, not the silence of the cross-submission type."""
    bot = Responder(parse_knowledge(CROSS, "ctalk.yaml"))
    assert tracks_named(bot.knowledge, question) == []
    a, text = ask(bot, question)
    assert a.answered and "https://submit.example.org/ctalk" in text, text
    assert "says nothing about how or where" not in text
    assert [t.id for t in tracks_named(bot.knowledge, "is a cross-submission archival?")] == [
        "cross-submission"]


def test_archival_does_not_name_a_non_archival_type() -> None:
    """"non-archival" says the opposite of "archival": asked whether the workshop is archival,
    every type is said, the archival one too."""
    bot = Responder(parse_knowledge(CROSS, "ctalk.yaml"))
    assert tracks_named(bot.knowledge, "is the workshop archival?") == []
    assert [t.id for t in tracks_named(bot.knowledge, "deadline for non-archival papers")] == [
        "cross-submission"]
    a, text = ask(bot, "is the workshop archival?")
    assert a.answered and "Regular paper: archival" in text, text
    assert "Non-archival cross-submission: non-archival" in text


def test_dual_submission_names_the_types_for_such_work() -> None:
    bot = Responder(parse_knowledge(CROSS, "ctalk.yaml"))
    a, text = ask(bot, "my paper is under review at ICML, can I still submit it here?")
    assert a.answered and text.startswith("Yes"), text
    assert "Non-archival cross-submission (non-archival" in text
    assert "Regular paper (" not in text


def test_a_zoom_link_is_not_the_submission_link() -> None:
    bot = Responder(parse_knowledge(CROSS, "ctalk.yaml"))
    a, text = ask(bot, "what's the zoom link to watch?")
    assert not a.answered and "submit.example.org" not in text, text


@pytest.mark.parametrize("question", ["what tracks are there?", "which tracks do you have"])
def test_the_tracks_listed_answer_what_tracks_there_are(question: str) -> None:
    bot = Responder(parse_knowledge(CROSS, "ctalk.yaml"))
    a, text = ask(bot, question)
    assert a.answered and "Regular paper" in text and "cross-submission" in text, text


FINAL_PAGE = """
workshop: {name: Workshop on Long Tutors, timezone: AoE}
deadlines:
  - {id: paper, name: Paper submission, due: 2033-04-24}
  - {id: camera-ready, name: Camera-ready papers due, due: 2033-06-01}
submission:
  tracks:
    - {id: long, name: Long paper, page_limit: 8}
    - {id: short, name: Short paper, page_limit: 4}
faq:
  - id: extra-page
    questions: ["do accepted papers get an extra page?"]
    answer: Yes. Accepted papers get one more page for the camera-ready version (9 for long
      papers, 5 for short ones).
"""


@pytest.mark.parametrize("question", ["camera ready of a long paper can be 9 pages?",
                                      "how many pages is the camera ready for long papers"])
def test_the_camera_ready_length_is_what_the_call_says_of_it(question: str) -> None:
    bot = Responder(parse_knowledge(FINAL_PAGE, "long.yaml"))
    d = bot.knowledge.deadlines[1]
    said = page_limit(bot.knowledge, NOW, Ask(deadline=d, deadline_named=True,
                                              tracks=[bot.knowledge.submission.tracks[0]]))
    assert said.plain_text().startswith("For the camera-ready version: Accepted papers get one "
                                        "more page"), said
    assert "Yes." not in said.plain_text()
    a, text = ask(bot, question)
    assert a.answered and "9 for long papers" in text and not text.startswith("No"), text


APPENDIX = """
workshop: {name: Workshop on Long Proofs, timezone: AoE}
submission:
  tracks:
    - id: full
      name: Full paper
      page_limit: 6
      description: Up to 6 pages, not counting references and appendix. Unlimited appendix pages
        after the bibliography.
    - {id: tiny, name: Tiny paper, page_limit: 3}
"""


def test_a_paper_types_description_answers_a_subject_it_speaks_of() -> None:
    bot = Responder(parse_knowledge(APPENDIX, "proofs.yaml"))
    a, text = ask(bot, "can i add an appendix?")
    assert a.answered and "Full paper: Unlimited appendix pages" in text, text
    # ...in the words asked: a sentence on appendix pages says nothing of a supplementary zip
    a, text = ask(bot, "can I upload supplementary material like a code zip?")
    assert not a.answered and "Unlimited appendix" not in text, text
    a, text = ask(bot, "is there a max size for the appendix?")
    assert not a.answered, text


def test_an_entry_on_appendices_answers_an_appendix() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Short Proofs, timezone: AoE}
faq:
  - id: appendix
    questions: ["is there a limit on appendices?"]
    answer: No, appendices may run as long as needed after the references.
""", "short.yaml"))
    a, text = ask(bot, "can i add an appendix?")
    assert a.answered and "appendices may run as long" in text, text


def test_a_final_version_entry_without_a_length_is_not_the_length() -> None:
    """"Upload the final version through the OpenReview page" gives no number of pages."""
    bot = Responder(parse_knowledge(FINAL_PAGE.replace(
        "answer: Yes. Accepted papers get one more page for the camera-ready version (9 for long\n"
        "      papers, 5 for short ones).",
        "answer: Upload the final version through the OpenReview page."), "long.yaml"))
    d = bot.knowledge.deadlines[1]
    said = page_limit(bot.knowledge, NOW, Ask(deadline=d, deadline_named=True,
                                              tracks=[bot.knowledge.submission.tracks[0]]))
    assert "OpenReview page" not in said.plain_text(), said.plain_text()
    assert "8 pages" in said.plain_text()


def test_an_entrys_yes_is_not_given_to_a_check_of_another_number() -> None:
    bot = Responder(parse_knowledge(FINAL_PAGE, "long.yaml"))
    _, text = ask(bot, "can the camera ready be 12 pages?")
    assert not text.startswith("Yes") and "9 for long papers" in text, text
    _, text = ask(bot, "can the camera ready of a long paper be 9 pages?")
    assert text.startswith("Yes") and "9 for long papers" in text, text


def test_a_condition_names_the_paper_type_asked_about() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Legal Text, timezone: AoE}
submission:
  archival: true
  tracks:
    - {id: long, name: Long paper, page_limit: 8}
    - id: non-archival
      name: Non-archival submission
      archival: false
      description: Only the abstract is published in the proceedings.
""", "legal.yaml"))
    a, text = ask(bot, "if I go non-archival, what actually gets published?")
    assert a.answered and "Only the abstract is published" in text, text
    assert "Long paper" not in text and "not published by the workshop" not in text


@pytest.mark.parametrize(("question", "lead", "must"), [
    ("is the industry track double blind?", "No: ", "Industry track paper: need not be"),
    ("does the demonstration abstract have to be anonymous?", "No: ", "Demonstration abstract"),
    ("do regular papers need to be anonymized?", "Yes: ", "Regular paper: must be anonymized"),
    ("do i need to strip author names from my industry paper", "No: ", "Industry track paper"),
])
def test_a_yes_or_no_on_anonymity_for_one_type_leads_with_it(question: str, lead: str,
                                                             must: str) -> None:
    r = SHARED if "industry" in question else PER_TYPE
    text = ask(r, question)[1]
    assert text.startswith(lead) and must in text, text


@pytest.mark.parametrize("question", ["can I keep my name on the industry paper?",
                                      "is it single blind?"])
def test_a_question_the_other_way_round_gets_no_yes_or_no(question: str) -> None:
    text = ask(SHARED, question)[1]
    assert not text.startswith(("Yes", "No")), text


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("what is the demonstration track about", "Demonstration abstract", "Regular paper"),
    ("tell me about the position statement category", "Position statement", "Regular paper"),
    ("what's the regular paper track", "Regular paper", "Position statement"),
])
def test_asking_what_a_named_type_is_describes_that_type(question: str, must: str,
                                                          must_not: str) -> None:
    a, text = ask(PER_TYPE, question)
    assert a.answered and must in text, text
    assert must_not not in text, text


def test_a_position_paper_said_in_german_is_that_type() -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on Code Models, timezone: AoE}
submission:
  tracks:
    - {id: research, name: Research paper, page_limit: 8}
    - {id: position, name: Position paper, page_limit: 4}
""", "code.yaml"))
    text = bot.respond("Wie viele Seiten darf ein Positionspapier haben?", NOW).plain_text()
    assert "4 pages" in text and "8 pages" not in text, text


def test_double_blind_asked_in_chinese_is_the_anonymity_rule() -> None:
    a, text = ask(SHARED, "审稿是双盲的吗？")
    assert a.answered and "anonymi" in text.lower(), text


TWO_PAGE = Responder(parse_knowledge("""
workshop: {name: Workshop on Climate Talk, timezone: AoE}
submission:
  tracks:
    - {id: abstract, name: 2-page abstract, page_limit: 2, archival: false}
    - {id: research, name: Research paper, page_limit: 11, archival: true}
""", "climate.yaml"))


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("page limit?", "11 pages", None),            # "page" names no "2-page abstract"
    ("page limit?", "2 pages", None),
    ("can my research paper be 12 pages?", "No: Research paper: up to 11 pages", "2 pages"),
    ("can my research paper be 10 pages?", "up to 11 pages", "No"),
    ("is 12 pages ok for a research paper?", "No: ", "2 pages"),
    ("is my research in scope?", None, "11 pages"),
])
def test_a_page_word_names_no_type_and_more_pages_than_allowed_is_a_no(
        question: str, must: str | None, must_not: str | None) -> None:
    text = TWO_PAGE.respond(question, NOW).plain_text()
    assert must is None or must in text, (question, text)
    assert must_not is None or must_not not in text, (question, text)


@pytest.mark.parametrize(("anonymized", "lead"), [("false", "Yes: "), ("true", "No: ")])
def test_single_blind_asked_is_answered_the_other_way_round(anonymized: str, lead: str) -> None:
    bot = Responder(parse_knowledge(f"""
workshop: {{name: Workshop on Kernel Bypass, timezone: AoE}}
submission: {{anonymized: {anonymized}}}
""", "kb.yaml"))
    text = bot.respond("is the review single-blind?", NOW).plain_text()
    assert text.startswith(lead), text


@pytest.mark.parametrize("question", ["short paper length?", "what's the length of a short paper"])
def test_a_types_length_is_its_page_limit_not_an_entry_on_lengths(question: str) -> None:
    bot = Responder(parse_knowledge("""
workshop: {name: Workshop on New Hardware, timezone: AoE}
submission:
  tracks:
    - {id: full, name: Full paper, page_limit: 6}
    - {id: short, name: Short paper, page_limit: 2}
faq:
  - id: length
    questions: ["how do you decide whether my submission is a short or full paper?"]
    answer: The track follows from the length; anything longer than 6 pages is desk-rejected.
""", "hw.yaml"))
    _, text = ask(bot, question)
    assert "Short paper: up to 2 pages" in text and "6 pages" not in text, text
