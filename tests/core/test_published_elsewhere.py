"""Work already published or under review elsewhere: the dual-submission rule when the file
gives one (not whether this workshop is archival), whether it is archival when it gives only
that, and the paper types that take such work when the rule has exceptions."""

from __future__ import annotations

import pytest

from tests.core.conftest import ask_real as ask


def test_already_published_asks_the_dual_submission_rule() -> None:
    answered, text = ask("aist-2024", "2024-01-08T12:00-12:00",
                         "can i submit something that was already published at a conference "
                         "last year")
    assert answered and text.startswith("no:") and "dual submission" in text, text
    assert "is archival" not in text, text


def test_without_a_dual_submission_rule_being_archival_does_not_answer_it() -> None:
    """Whether the workshop publishes says nothing of whether it takes work published before:
    without a rule on that, it is unknown (decided in round 34, over an earlier choice to
    answer with the paper types' archival status)."""
    answered, text = ask("nocaps-2024", "2024-02-01T12:00-12:00",
                         "can i submit something that's already published?")
    assert not answered and "dual submission" in text and "research paper: archival" not in text, \
        text


@pytest.mark.parametrize("question", ["can I submit work that's already published?",
                                      "is dual submission allowed?"])
def test_a_rule_with_exceptions_names_the_types_that_take_such_work(question: str) -> None:
    answered, text = ask("openeyes-2020", "2020-06-01T12:00+00:00", question)
    assert answered and "extended abstract" in text and "dual submission" in text, text
    assert not text.startswith(("no:", "yes:")), text


def test_work_already_published_is_not_settled_by_a_rule_for_work_under_review() -> None:
    answered, text = ask("dbm-2025", "2025-08-15T12:00-12:00",
                         "my paper was already published at CCN last year, can I submit it "
                         "to findings?")
    assert answered and "not eligible" in text, text  # the paper type's own words
    assert not text.startswith("yes"), text
    answered, text = ask("dbm-2025", "2025-08-15T12:00-12:00",
                         "can i submit work under review at iclr?")
    assert answered and text.startswith("yes: dual submission is allowed"), text


@pytest.mark.parametrize("question", [
    "can I submit a paper that was already accepted elsewhere?",
    "Kann ich ein Paper einreichen, das schon woanders angenommen wurde?",
])
def test_accepted_elsewhere_is_the_rule_not_our_notification(question: str) -> None:
    answered, text = ask("autosimtrans-2022", "2022-04-10T12:00-12:00", question)
    assert answered and "highlights" in text and "june 1" not in text, text


def test_accepted_elsewhere_gets_no_plain_yes_and_the_entry_on_published_work() -> None:
    answered, text = ask("ai4earth-2020", "2020-09-20T12:00-07:00", "my paper got accepted to "
                         "the main NeurIPS conference, can I also present it at this workshop?")
    assert answered and not text.startswith("yes"), text
    answered, text = ask("wmac-2025", "2024-11-04T12:00-12:00",
                         "my paper was accepted at EMNLP last month, can i submit it here too?")
    assert answered and "recently published work" in text, text
