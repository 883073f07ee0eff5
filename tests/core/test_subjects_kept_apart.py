"""Subjects kept apart on real calls: the website named as where a date was read is not asked
for; requirements to attend are not a submission's; registering for the conference is not an
entry on abstract registration; a slide template is not the paper template; another venue's
page limit (IPSN's) is not ours, and being part of another conference (ESWC) gets a "No"."""

from __future__ import annotations

import pytest

from tests.core.conftest import ask_real

IOT, KG = "2021-08-25T12:00-12:00", "2026-06-22T12:00-12:00"


@pytest.mark.parametrize(("question", "wrong"), [
    ("i remember the website saying sept 15 for papers, did that change", "website of"),
    ("are there covid vaccination requirements to attend?", "asks of a submission"),
    ("do I need to register for the whole sensys or just the workshop?", "abstract registration"),
    ("any slide template?", "acmart"),
    ("how long should the presentation slides be / any slide template?", "acmart"),
    ("what's the page limit for IPSN papers?", "6 pages"),
])
def test_another_subject_is_not_answered(question: str, wrong: str) -> None:
    answered, text = ask_real("aichallengeiot-2021", IOT, question)
    assert not answered and wrong not in text, text


def test_the_submission_requirements_are_still_answered() -> None:
    answered, text = ask_real("aichallengeiot-2021", IOT, "what are the requirements?")
    assert answered and "6 pages" in text, text


def test_the_website_is_still_answered() -> None:
    answered, text = ask_real("aichallengeiot-2021", IOT, "what's the website?")
    assert answered and "aichallengeiot.github.io" in text, text


def test_part_of_another_conference_gets_a_no() -> None:
    answered, text = ask_real("dmkg-2026", KG, "is DMKG part of ESWC 2026?")
    assert answered and text.startswith("no") and "iswc" in text, text


@pytest.mark.parametrize("question", ["when will the proceedings be online",
                                      "will the proceedings be available online?"])
def test_proceedings_online_is_not_watching_online(question: str) -> None:
    answered, text = ask_real("autosimtrans-2022", "2022-04-10T12:00-12:00", question)
    assert not answered and "zoom" not in text and "proceedings" in text, text


def test_attending_online_still_gets_the_stream() -> None:
    answered, text = ask_real("autosimtrans-2022", "2022-04-10T12:00-12:00",
                              "can I attend online?")
    assert answered and "zoom.us" in text, text


def test_captions_on_the_livestream_are_accessibility_not_the_stream() -> None:
    answered, text = ask_real("ai4earth-2020", "2020-09-20T12:00-07:00",
                              "will the livestream have closed captions?")
    assert not answered and "accessibility" in text and "neurips.cc" not in text, text


def test_a_latex_error_is_off_topic_whatever_call_topic_its_words_share() -> None:
    answered, text = ask_real("roegen-2024", "2024-08-15T12:00+00:00",
                              "my latex throws undefined control sequence, help")
    assert not answered and "ceur" not in text, text


def test_already_published_is_prior_publication_not_whether_we_publish() -> None:
    answered, text = ask_real("hppss-2023", "2023-07-20T12:00+00:00",
                              "can I submit work that was already published elsewhere")
    assert not answered and "is archival" not in text, text
    answered, text = ask_real("hppss-2023", "2023-07-20T12:00+00:00",
                              "is the workshop archival?")
    assert answered and "proceedings" in text, text


@pytest.mark.parametrize(("name", "now"), [("codai-2023", "2023-06-15T12:00+00:00"),
                                           ("argmining-2025", "2025-03-27T12:00+00:00")])
def test_the_acceptance_rate_is_neither_a_fee_nor_the_notification(name: str, now: str) -> None:
    answered, text = ask_real(name, now, "what's the acceptance rate")
    assert not answered and "how many papers are accepted" in text and "fees" not in text, text


def test_making_a_hyphenated_kind_of_table_is_latex_help() -> None:
    answered, text = ask_real("verdi-2025", "2025-03-05T12:00+00:00",
                              "how do I make a two-column table span both columns in LaTeX?")
    assert not answered and "ieee" not in text, text
