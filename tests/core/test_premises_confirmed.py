"""A negative premise confirmed by a tag of its own ("..., is that true here?") is answered the
right way round; a style question naming a format an organizer's entry accepts gets that entry,
not a "No"; a place is confirmed only when every word that tells places apart is the
venue's ("room 201" is not "Room 501-502")."""

from __future__ import annotations

import pytest

from tests.core.conftest import ask_real

NOW = "2018-06-25T12:00-12:00"


def test_a_tag_after_a_negative_premise_confirms_it() -> None:
    answered, text = ask_real("fatrec-2018", NOW, "my advisor says workshops don't allow papers "
                              "that are submitted elsewhere, is that true here?")
    assert answered and not text.startswith("yes") and "allowed" in text, text


def test_a_format_an_entry_accepts_gets_no_no() -> None:
    answered, text = ask_real("fatrec-2018", NOW, "can i just use the neurips style file?")
    assert answered and not text.startswith("no") and "nips format" in text, text


def test_the_zone_of_that_is_the_part_befores_deadline() -> None:
    answered, text = ask_real("wmac-2025", "2024-11-04T12:00-12:00",
                              "early bird reg deadline + what timezone is that in")
    assert answered and "december 19" in text and "november 27" not in text, text


def test_a_platform_named_in_a_how_question_gets_no_yes() -> None:
    _, text = ask_real("wmac-2025", "2024-11-04T12:00-12:00",
                       "how long does openreview take to approve a new profile?")
    assert not text.startswith("yes"), text


def test_a_generic_word_of_a_topic_names_no_topic() -> None:
    # ("reproducing prior empirical results in ... extended settings": "extended" is no topic)
    answered, text = ask_real("sci4dl-2026", "2026-01-10T12:00-12:00",
                              "will the deadline get extended?")
    assert not answered and "extended" in text, text
    _, text = ask_real("sci4dl-2026", "2026-01-10T12:00-12:00",
                       "do you take work reproducing prior empirical results?")
    assert "topics" in text and "march 1" not in text, text


@pytest.mark.parametrize(("question", "confirmed"), [
    ("is it in room 201?", False), ("is it in room 501?", True), ("is it in denver?", True),
    ("is it in boston?", False), ("is it in room c?", False)])
def test_a_place_is_confirmed_only_when_every_telling_word_is_the_venues(
        question: str, confirmed: bool) -> None:
    answered, text = ask_real("hppss-2023", "2023-07-20T12:00+00:00", question)
    assert answered and text.startswith("yes") is confirmed and "room 501-502" in text, text


@pytest.mark.parametrize(("question", "lead"), [
    ("is there a limit on figure count or color in the pdf?", ""),
    ("can I submit a PDF file?", "yes"), ("can i submit a word file?", "no")])
def test_a_format_gets_a_yes_or_no_only_when_it_is_what_is_checked(question: str,
                                                                   lead: str) -> None:
    answered, text = ask_real("verdi-2025", "2025-03-05T12:00+00:00", question)
    assert answered and "pdf" in text and text.startswith(("yes", "no")) == bool(lead), text
    assert text.startswith(lead), text
