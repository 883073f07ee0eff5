""""How long" and "an extra page" ask an organizer's entry for a length: an entry that gives
none (one author must present; the top papers are orals) does not answer them, and one that
gives a span of times does."""

from __future__ import annotations

import pytest

from tests.core.conftest import ask_real

NOWS = {"dmkg-2026": "2026-06-22T12:00-12:00", "openeyes-2020": "2020-05-26T12:00+00:00",
        "vipriors-2023": "2023-06-28T12:00+00:00", "cuichi-2023": "2023-02-06T12:00-12:00",
        "aichallengeiot-2021": "2021-08-25T12:00-12:00"}


@pytest.mark.parametrize(("fixture", "question", "wrong"), [
    ("dmkg-2026", "how long are the talks? 15 min?", "must register"),
    ("openeyes-2020", "how long are the spotlight talks?", "qiang ji"),
    ("vipriors-2023", "do accepted papers get an extra page for the camera ready?", "orally"),
    ("aichallengeiot-2021", "do we get an extra page for the camera-ready?", "acmart"),
])
def test_an_entry_with_no_length_does_not_answer_how_long(fixture: str, question: str,
                                                           wrong: str) -> None:
    answered, text = ask_real(fixture, NOWS[fixture], question)
    assert not answered and wrong not in text, text


def test_an_entry_giving_a_span_of_times_answers_how_long() -> None:
    answered, text = ask_real("cuichi-2023", NOWS["cuichi-2023"],
                              "how long is the workshop, half day or full day?")
    assert answered and "17:30" in text, text


@pytest.mark.parametrize(("fixture", "now", "question", "right"), [
    ("ml4molecules-2020", "2020-09-15T12:00-12:00",
     "how long should an extended abstract be for this workshop", "4 pages"),
    ("genlaw-2023", "2023-04-20T12:00+00:00", "how long can the extended abstract be", "page"),
])
def test_how_long_an_extended_abstract_is_the_page_limit(fixture: str, now: str, question: str,
                                                         right: str) -> None:
    answered, text = ask_real(fixture, now, question)
    assert answered and right in text, text


def test_a_presentation_slots_length_is_no_page_limit() -> None:
    answered, text = ask_real("haigen-2025", "2025-01-06T12:00-12:00",
                              "how long is each paper presentation slot?")
    assert not answered and "10 pages" not in text, text


@pytest.mark.parametrize(("name", "now", "question", "wrong"), [
    ("hppss-2023", "2023-07-20T12:00+00:00", "how long can the demo video be? max minutes?",
     "4 pages"),
    ("bea-2025", "2025-04-01T12:00+00:00", "how long should the pre-recorded video be?",
     "july 7"),
    ("trustnlp-2026", "2026-02-10T12:00+00:00", "how long should the pre-recorded video be?",
     "june 4"),
])
def test_a_videos_length_is_neither_pages_nor_its_deadline(name: str, now: str, question: str,
                                                           wrong: str) -> None:
    answered, text = ask_real(name, now, question)
    assert not answered and wrong not in text, text
