"""Answers depend on "now": the same question reads differently before, on and after a date."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.responder import Responder
from tests.core.conftest import at


def text(r: Responder, q: str, now: datetime) -> str:
    return r.respond(q, now).plain_text()


def test_deadline_days_ahead(mlsys: Responder) -> None:
    assert text(mlsys, "when is the paper deadline?", at("2017-10-15T09:00")) == (
        "Paper submission: October 20, 2017 (that's in 5 days).")


def test_deadline_tomorrow_and_today(mlsys: Responder) -> None:
    assert "(that's tomorrow)" in text(mlsys, "paper deadline?", at("2017-10-19T23:00"))
    assert "(that's today)" in text(mlsys, "paper deadline?", at("2017-10-20T08:00"))
    # the last minutes of the day in Long Beach are still "today", even though it is already
    # October 21 in UTC
    late = at("2017-10-20T23:30").astimezone(UTC)
    assert late.day == 21
    assert "(that's today)" in text(mlsys, "paper deadline?", late)


def test_deadline_closed(mlsys: Responder) -> None:
    said = text(mlsys, "paper deadline?", at("2017-10-21T00:30"))
    assert said.startswith("Paper submission: October 20, 2017 (closed yesterday).")
    said = text(mlsys, "paper deadline?", at("2017-11-10T12:00"))
    assert "(closed 3 weeks ago)" in said


def test_late_submission_question_after_deadline_points_to_organizers(mlsys: Responder) -> None:
    said = text(mlsys, "can I still submit?", at("2017-10-25T12:00"))
    assert "closed" in said and "slbird@fb.com" in said


@pytest.mark.parametrize(("now", "expected"), [
    ("2017-11-20T10:00", "(that's in 2 weeks)"),
    ("2017-12-07T10:00", "(that's tomorrow)"),
    ("2017-12-08T07:00", "(today)"),
    ("2017-12-09T10:00", "(took place yesterday)"),
    ("2018-03-01T10:00", "(took place 3 months ago)"),
])
def test_workshop_day(mlsys: Responder, now: str, expected: str) -> None:
    said = text(mlsys, "when is the workshop?", at(now))
    assert said == (f"ML Systems Workshop takes place on Friday, December 8, 2017 {expected} in "
                    "Long Beach, California, USA.")


def test_deadlines_list_has_status_of_each(mlsys: Responder) -> None:
    said = text(mlsys, "all deadlines", at("2017-10-25T12:00"))
    assert "Paper submission: October 20, 2017 (closed 5 days ago)." in said
    assert "Author notification: November 1, 2017 (that's in 7 days)." in said


def test_date_only_deadline_never_claims_a_time(mlsys: Responder) -> None:
    said = text(mlsys, "what time zone is the deadline in?", at("2017-10-01T12:00"))
    assert "October 20, 2017" in said
    assert "no time of day" in said and "America/Los_Angeles" in said
    assert "11:59" not in said and "23:59" not in said


def test_now_must_be_aware(mlsys: Responder) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        mlsys.respond("deadline?", datetime(2017, 10, 1))
