"""Word and LaTeX: sending a Word file is a question of the file format ("PDF only" answers it);
writing in Word is a question of the template, which the call may not settle: then "I don't
know", with the template it names, unless the template itself names Word."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

NOW = datetime(2031, 1, 10, 12, tzinfo=UTC)


def bot(style: str) -> Responder:
    return Responder(parse_knowledge(f"""
workshop:
  name: Workshop on Tidy Tensors
  timezone: AoE
deadlines:
  - {{id: submission, name: Paper submission, due: 2031-02-10}}
submission:
  file_format: PDF
  style: {style}
""", "tidy.yaml"))


LATEX = bot("ACL 2031 (LaTeX)")
EITHER = bot("Springer LNCS templates, LaTeX or MS Word")


@pytest.mark.parametrize("question", ["can I use a word template instead of latex?",
                                      "my coauthors only write in ms word, is that ok?"])
def test_writing_in_word_is_unknown_with_the_template_named(question: str) -> None:
    a = LATEX.respond(question, NOW)
    text = a.plain_text()
    assert not a.answered, text
    assert "ACL 2031 (LaTeX)" in text and not text.startswith(("Yes", "No")), text


def test_a_template_that_names_word_answers_it() -> None:
    a = EITHER.respond("can I write it in microsoft word instead of latex?", NOW)
    text = a.plain_text()
    assert a.answered and "MS Word" in text, text
    assert not text.startswith("No"), text


@pytest.mark.parametrize("question", ["can i submit a word doc?",
                                      "is it ok to send the paper in word format?"])
def test_sending_a_word_file_is_the_file_format(question: str) -> None:
    a = LATEX.respond(question, NOW)
    assert a.answered and "PDF" in a.plain_text(), a.plain_text()


def test_the_word_word_is_not_microsoft_word() -> None:
    text = LATEX.respond("can we use the word novel in the title?", NOW).plain_text()
    assert "Word rather than LaTeX" not in text, text


@pytest.mark.parametrize(("style", "question", "answered"), [
    ("IEEE conference template, 10pt font", "what font size", True),
    ("ACM two-column sigconf template", "one column or two column?", True),
    ("ACM two-column sigconf template", "what font size", False),
    ("ACM two-column sigconf template", "what's the max file size?", False),
    ("IEEE conference template, 10pt font", "max pdf file size?", False),
    ("ACM SIGPLAN conference style (10pt format)", "what font size should I use?", True),
])
def test_layout_asked_is_answered_by_a_template_that_speaks_of_it(
        style: str, question: str, answered: bool) -> None:
    a = bot(style).respond(question, NOW)
    assert a.answered is answered, a.plain_text()
    assert style.split(",")[0] in a.plain_text(), a.plain_text()
