"""A list of dates asked with words several deadline names share ("the shared task dates")
is those deadlines, every one and no other; "when could we start uploading ..." is when that
step opens, not when it closes."""

from __future__ import annotations

import pytest

from tests.core.conftest import ask_real

NOW = "2022-04-10T12:00-12:00"


@pytest.mark.parametrize("question", ["can you list the shared task dates",
                                      "what are all the shared task deadlines?"])
def test_a_named_group_of_deadlines_is_listed(question: str) -> None:
    answered, text = ask_real("autosimtrans-2022", NOW, question)
    assert answered and "may 17" in text and "march 10" in text and "april 30" in text, text
    assert "camera-ready" not in text and "notification" not in text, text


def test_every_deadline_is_still_listed() -> None:
    _, text = ask_real("autosimtrans-2022", NOW, "list all deadlines")
    assert "camera-ready papers due" in text and "march 10" in text, text


def test_starting_a_step_is_when_it_opens() -> None:
    answered, text = ask_real("autosimtrans-2022", NOW,
                              "when could we start uploading system outputs for the shared task?")
    assert answered and "march 10" in text and "may 17" not in text, text
    _, text = ask_real("opensun3d-2024", "2024-03-11T12:00+00:00",
                       "when does the eval.ai portal open for submissions")
    assert "april 19" in text and "april 1," not in text, text


def test_by_when_after_x_before_y_is_xs_date() -> None:
    answered, text = ask_real("dmkg-2026", "2026-06-22T12:00-12:00",
                              "do we have to register an abstract before the full paper? by when")
    assert answered and "july 17" in text and "july 24" not in text, text


def test_accepted_talks_in_a_deadline_name_are_no_notification() -> None:
    answered, text = ask_real("ai4earth-2020", "2020-09-20T12:00-07:00",
                              "when do we hear back about acceptance?")
    assert answered and "october 30" in text and "november 14" not in text, text


@pytest.mark.parametrize(("question", "right", "wrong"), [
    ("got rejected from ACL main track 😭 when's the lchange deadline again?", "april 26",
     "may 24"),
    ("where is it and when", "august 2", "may 24"),
])
def test_fates_elsewhere_and_where_and_when(question: str, right: str, wrong: str) -> None:
    answered, text = ask_real("lchange-2019", "2019-04-01T12:00+02:00", question)
    assert answered and right in text and wrong not in text, text


def test_a_condition_of_acceptance_is_no_notification() -> None:
    _, text = ask_real("lchange-2019", "2019-04-01T12:00+02:00",
                       "is releasing code and data mandatory for acceptance?")
    assert "may 24" not in text, text
