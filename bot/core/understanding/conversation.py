"""Follow-ups: the same person's next question, read against the previous one.

"and her email?", "what about short papers?", "and the camera-ready?" say little alone; asked
within a few minutes of "who's the program chair?", "how many pages?" or "when is the paper due?"
they mean the earlier question with one thing changed. :class:`Conversation` is the small state a
front end keeps per person and place (and passes back to :meth:`Responder.converse`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.understanding.tables import words
from bot.core.understanding.text import words as text_words

_WORDS = words("follow_up")
EXPIRES = timedelta(minutes=_WORDS["minutes"])
# "and ...", "what about ...", "how about ...": said only when something came before
OPENERS = re.compile(r"^(" + "|".join(re.escape(w) for w in _WORDS["openers"]) + r")\b\s*")
# "her", "his", "that one": a reference to what was just answered
REFERENCES = re.compile(r"\b(" + "|".join(re.escape(w) for w in _WORDS["references"]) + r")\b")
SHORT_WORDS = _WORDS["short_words"]  # a question this short may lean on the previous one
# "his", "her": a reference to a person, so only to a question that was about one
PERSONS = frozenset(_WORDS["persons"])


def names_a_person(question: str) -> bool:
    """Whether a follow-up points at a person ("and his email?")."""
    return not PERSONS.isdisjoint(text_words(question.lower()))


@dataclass(frozen=True)
class Conversation:
    """What was last asked, and when: enough to read a follow-up."""

    question: str  # the last question, as it was understood (a follow-up: with what it leaned on)
    at: datetime

    def fresh(self, now: datetime) -> bool:
        return timedelta(0) <= now - self.at <= EXPIRES


def rest_of(question: str) -> str:
    """A follow-up without its opener: "and the camera-ready?" -> "the camera-ready?"."""
    return OPENERS.sub("", question.strip().lower(), count=1)


def leans_on_previous(question: str) -> bool:
    """Whether a question reads as a follow-up (an opener, a reference, or very short)."""
    text = question.strip().lower()
    return bool(OPENERS.match(text) or REFERENCES.search(text)) or \
        len(text.split()) <= SHORT_WORDS


def combined(question: str, previous: str) -> str:
    """The follow-up read with the previous question: the new words first, then the old."""
    return f"{rest_of(question).rstrip('?!. ')} {previous}"
