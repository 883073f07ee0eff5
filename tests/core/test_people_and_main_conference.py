"""On real calls: an organizer listed without an affiliation has none to tell ("which
university is X at?" is an honest "I don't know"); the organizers' email, when none of them
lists one, is the workshop's address; the main conference's own page limit is not ours; research
results not in yet are no notification."""

from __future__ import annotations

import pytest

from tests.core.conftest import ask_real

MOL = "2020-09-15T12:00-12:00"


@pytest.mark.parametrize(("fixture", "now", "question"), [
    ("ml4molecules-2020", MOL, "which university is matt kusner at"),
    ("shifthappens-2022", "2022-05-06T12:00+00:00", "which university is evgenia rusak at?"),
])
def test_no_affiliation_listed_is_not_answered(fixture: str, now: str, question: str) -> None:
    answered, text = ask_real(fixture, now, question)
    assert not answered and "affiliation" in text, text


def test_the_organizers_email_is_the_workshops_address() -> None:
    answered, text = ask_real("ml4molecules-2020", MOL, "organizer email?")
    assert answered and "ml4moleculesworkshop2020@gmail.com" in text, text


def test_the_main_conferences_page_limit_is_not_ours() -> None:
    answered, text = ask_real("ml4molecules-2020", MOL,
                              "what's the page limit for the main NeurIPS 2020 conference papers")
    assert not answered and "4 pages" not in text, text


def test_results_not_in_yet_are_no_notification() -> None:
    _, text = ask_real("stableq-2024", "2024-08-05T12:00-12:00",
                       "we don't have full results yet, just a new idea. can we still send "
                       "something?")
    assert "notification" not in text, text


def test_a_main_track_paper_that_might_be_rejected_is_no_notification() -> None:
    _, text = ask_real("ai4css-2025", "2025-08-08T12:00-04:00",
                       "my ICDM main track paper might get rejected, could it be moved to this "
                       "workshop?")
    assert "september 20" not in text, text


def test_where_to_submit_in_chinese_is_the_site() -> None:
    answered, text = ask_real("ai4css-2025", "2025-08-08T12:00-04:00", "在哪里投稿？")
    assert answered and "cyberchair" in text and "statler" not in text, text


def test_who_is_answered_by_an_entry_naming_a_group() -> None:
    answered, text = ask_real("dmkg-2026", "2026-06-22T12:00-12:00", "who reviews the papers")
    assert answered and "program committee" in text, text


def test_organizing_this_workshop_is_everyone_not_the_workshop_chair() -> None:
    answered, text = ask_real("ai4earth-2020", "2020-09-20T12:00-07:00",
                              "who is organizing this workshop?")
    assert answered and "hansen" in text and "mukkavilli" in text, text
    _, text = ask_real("ai4earth-2020", "2020-09-20T12:00-07:00", "who's the workshop chair")
    assert "mukkavilli" in text and "mcgovern" not in text, text


def test_a_role_no_one_holds_is_not_the_program_committee_entry() -> None:
    answered, text = ask_real("haigen-2025", "2025-01-06T12:00-12:00",
                              "who's the program chair for hai-gen 2025")
    assert not answered and "program chair" in text and "maya ackerman" not in text, text
    answered, text = ask_real("haigen-2025", "2025-01-06T12:00-12:00",
                              "who is on the program committee?")
    assert answered and "maya ackerman" in text, text


def test_who_is_an_organizer_says_they_organize() -> None:
    answered, text = ask_real("lchange-2019", "2019-04-01T12:00+02:00", "who is adam jatowt")
    assert answered and "one of the organizers" in text, text
