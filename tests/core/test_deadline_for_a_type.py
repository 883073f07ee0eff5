"""A deadline named for one paper type ("Poster abstract submission") is not the one asked when
the question names no type and another deadline of the same kind is for no type ("abstract
deadline?" is the papers' "Title and abstract registration")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder
from tests.core.conftest import ask_real

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Sound Archives (SoundArc 2031)
  timezone: AoE
submission:
  tracks:
    - {id: full, name: Full paper, page_limit: 8}
    - {id: poster, name: Poster, description: An abstract of 500 words or fewer.}
deadlines:
  - {id: abstract, name: Provisional title and abstract submission, due: 2031-05-09}
  - {id: paper, name: Paper submission, due: 2031-05-19}
  - {id: poster, name: Poster abstract submission, due: 2031-07-12}
""", "soundarc.yaml"))
NOW = datetime(2031, 4, 15, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("abstract deadline?", "May 9", "July 12"),
    ("when do i need to register the title and abstract", "May 9", "July 12"),
    ("when is the poster abstract due?", "July 12", "May 9"),
    ("poster abstract deadline?", "July 12", "May 9"),
])
def test_the_abstract_asked_is_the_one_for_no_type_unless_a_type_is_named(
        question: str, must: str, must_not: str) -> None:
    text = BOT.respond(question, NOW).plain_text()
    assert must in text, (question, text)
    assert must_not not in text, (question, text)


PAIR = Responder(parse_knowledge("""
workshop: {name: Workshop on Kernel Bypass, timezone: Europe/Budapest}
deadlines:
  - {id: abstract, name: Abstract submission, due: 2031-03-18}
  - {id: paper, name: Paper submission, due: 2031-04-01}
  - {id: camera, name: Camera-ready deadline, due: 2031-06-10}
""", "kb.yaml"))


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("abstract and paper deadlines?", ("March 18", "April 1"), "June 10"),
    ("when are the abstract and paper deadlines", ("March 18", "April 1"), "June 10"),
    ("paper and camera ready dates?", ("April 1", "June 10"), "March 18"),
])
def test_two_deadlines_named_side_by_side_are_both_given(question: str, must: tuple[str, ...],
                                                         must_not: str) -> None:
    text = PAIR.respond(question, NOW).plain_text()
    assert all(m in text for m in must), (question, text)
    assert must_not not in text, (question, text)


EXTENDED = Responder(parse_knowledge("""
workshop: {name: Workshop on Generative AI and Law, timezone: AoE}
deadlines:
  - {id: opens, name: Submission window opens, due: 2031-05-04}
  - {id: submission, name: Extended abstract submission (window closes), due: 2031-05-29}
""", "genlaw.yaml"))


@pytest.mark.parametrize("question", ["when is the abstract due?",
                                      "when is the abstract due and how many pages?"])
def test_the_abstract_is_the_extended_abstracts_deadline_when_none_other_is(
        question: str) -> None:
    a = EXTENDED.respond(question, NOW)
    assert a.answered and "May 29" in a.plain_text(), a.plain_text()


def test_a_deadline_noted_for_every_type_is_each_types() -> None:
    """"Paper / abstract submission", noted "both tracks (demo papers and work-in-progress
    abstracts)": the demo paper's deadline too, not when the submission site opens."""
    answered, text = ask_real("hppss-2023", "2023-07-20T12:00+00:00",
                              "when do i have to submit my demo paper by")
    assert answered and "august 15" in text and "june 1" not in text, text


def test_a_type_named_picks_its_deadline_over_the_main_one() -> None:
    """"when are extended abstracts due?": the non-archival deadline named for them, not the
    main (direct submission) deadline of the long and short papers."""
    answered, text = ask_real("argmining-2025", "2025-03-27T12:00+00:00",
                              "when are extended abstracts due?")
    assert answered and text.startswith("non-archival submission") and "april 30" in text, text


def test_a_deadline_of_a_thing_no_deadline_names_is_not_known() -> None:
    """"the critical questions shared task submissions": no deadline of the call is the shared
    task's, so the workshop's paper deadline is not its answer."""
    answered, text = ask_real("argmining-2025", "2025-03-27T12:00+00:00",
                              "when's the deadline for the critical questions shared task "
                              "submissions?")
    assert not answered and "april 17" not in text and "shared task" in text, text
    answered, text = ask_real("dashsys-2026", "2026-05-01T12:00-12:00",
                              "when does the test set get released for the competition")
    assert answered and "test set release" in text, text


def test_a_deadline_numbered_in_roman_numerals_is_the_one_numbered_so() -> None:
    answered, text = ask_real("dliva-2025", "2025-01-10T12:00+00:00",
                              "what is deadline II and when is it")
    assert answered and text.startswith("workshop concept paper submission deadline ii"), text
    answered, text = ask_real("dliva-2025", "2025-01-10T12:00+00:00", "when is deadline I?")
    assert answered and text.startswith("workshop paper submission deadline i "), text
