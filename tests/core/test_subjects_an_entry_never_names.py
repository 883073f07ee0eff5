"""A question that names a subject an organizer's entry never speaks of (review criteria, a
session's chair, a paper's title, hardware, power outlets) is not answered by that entry just
because other words match; an entry that does speak of it still answers."""

from __future__ import annotations

import pytest

from tests.core.conftest import ask_real


@pytest.mark.parametrize(("name", "now", "question", "wrong"), [
    ("enlsp-2023", "2023-09-10T12:00+00:00", "what are the review criteria?", "three reviewers"),
    ("lchange-2019", "2019-04-01T12:00+02:00", "what criteria do reviewers score papers on",
     "three reviewers"),
    ("claramas-2026", "2026-02-16T12:00+02:00", "can I change the title after the deadline?",
     "openreview profiles"),
    ("osirrc-2019", "2019-05-24T12:00+00:00", "will there be GPUs provided to run the images?",
     "newswire"),
    ("aimusic-2025", "2025-08-08T12:00+00:00",
     "do demo presenters get power outlets at the table?", "spotlight"),
])
def test_an_entry_silent_on_the_subject_does_not_answer(
        name: str, now: str, question: str, wrong: str) -> None:
    answered, text = ask_real(name, now, question)
    assert not answered and wrong not in text, text


@pytest.mark.parametrize(("name", "now", "question", "right"), [
    ("kars-2024", "2024-08-15T12:00+00:00", "what do the reviewers judge papers on?",
     "originality"),
    ("bea-2025", "2025-04-01T12:00+00:00", "shared task chairs?", "victoria yaneva"),
    ("nllp-2024", "2024-08-20T12:00+00:00", "can I cite my own arxiv version in the submission",
     "arxiv"),
])
def test_an_entry_on_the_subject_still_answers(name: str, now: str, question: str,
                                               right: str) -> None:
    answered, text = ask_real(name, now, question)
    assert answered and right in text, text


def test_an_entry_saying_same_day_gives_no_deadline_day() -> None:
    answered, text = ask_real("selfdn-2018", "2018-03-01T12:00+00:00",
                              "when is the early bird registration deadline")
    assert not answered and "same day" not in text, text


@pytest.mark.parametrize(("name", "now", "question", "wrong"), [
    ("lchange-2019", "2019-04-01T12:00+02:00", "can i submit more than one paper", "extra page"),
    ("toolsforthought-2025", "2025-01-30T12:00+00:00", "can I submit two different papers?",
     "reviewed by"),
    ("cvppa-2025", "2025-06-01T12:00+00:00", "is there a max number of authors per paper",
     "paper id"),
])
def test_how_many_papers_or_authors_is_its_own_subject(name: str, now: str, question: str,
                                                       wrong: str) -> None:
    answered, text = ask_real(name, now, question)
    assert not answered and wrong not in text, text


def test_a_phrasing_naming_another_deadline_does_not_answer_the_paper_deadline() -> None:
    """"when is the paper deadline?" shares only words every call says with the entry's "when
    is the registration deadline?": the paper deadline answers it."""
    answered, text = ask_real("dt4h-2026", "2026-06-01T12:00+00:00", "when's the paper deadline?")
    assert answered and "july 1" in text and "miccai 2026 registration" not in text, text
    answered, text = ask_real("dt4h-2026", "2026-06-01T12:00+00:00",
                              "when is the registration deadline")
    assert answered and "17 august" in text, text
