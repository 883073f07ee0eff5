"""A kind of paper asked about ("can I submit a position paper?") that is not one of the listed
paper types: a sentence of the call naming that kind answers; else an honest "I don't know"
that still lists the paper types the call does give. A listed type named is that type."""

from __future__ import annotations

from tests.core.conftest import ask_real as ask


def test_a_sentence_of_the_call_naming_the_kind_answers() -> None:
    answered, text = ask("llm4ma-2025", "2025-07-20T12:00+09:00", "can i submit a position paper?")
    assert answered and "position papers" in text, text
    assert "formally published" not in text, text  # not the prior-publication entry


def test_a_kind_the_call_never_names_is_unknown_with_the_listed_types() -> None:
    answered, text = ask("aist-2024", "2024-01-08T12:00-12:00", "can i submit a survey paper?")
    assert not answered and "i don't know" in text, text
    assert "position paper" in text and "tool paper" in text, text  # the types it does list


def test_without_listed_types_such_a_kind_is_simply_unknown() -> None:
    answered, text = ask("mlsb-2025", "2025-09-01T12:00-12:00", "are survey papers welcome?")
    assert not answered and "i don't know" in text, text


def test_a_listed_type_named_with_another_kind_is_that_type() -> None:
    answered, text = ask("aist-2024", "2024-01-08T12:00-12:00",
                         "is there a tool/demo paper category?")
    assert answered and "tool paper" in text, text


def test_two_listed_types_compared_are_both_described() -> None:
    for question in ("whats the difference between extended abstract and short paper",
                     "extended abstract vs short paper?"):
        answered, text = ask("llm4ma-2025", "2025-07-20T12:00+09:00", question)
        assert answered and "up to 2 pages" in text and "up to 4 pages" in text, text


def test_papers_on_a_listed_topic_are_the_topic_not_an_entry_sharing_its_words() -> None:
    # the tool-paper entry's answer says "explain" and "AI-enabled": only the topic's words
    answered, text = ask("aist-2024", "2024-01-08T12:00-12:00",
                         "do you accept papers on explainable AI for testing?")
    assert answered and "explainable ai for software testing" in text, text
    assert "made available" not in text, text
