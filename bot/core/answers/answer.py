"""The platform-neutral answer: what the bot says, before a front end draws it.

The terminal prints it as text; the Discord front end turns it into an embed. Moments (deadlines,
the workshop day) are kept as aware datetimes inside the text, so each front end can show them its
own way: the terminal as a written date, Discord as a timestamp in each reader's own time zone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from bot.core.answers.timefmt import plain_moment


class Kind(StrEnum):
    ANSWER = "answer"  # states facts from the knowledge
    UNKNOWN = "unknown"  # about the workshop, but the knowledge does not say
    OFFTOPIC = "offtopic"  # not about the workshop
    CHITCHAT = "chitchat"  # small talk, help
    CLARIFY = "clarify"  # two readings are close: asks back with suggestions


@dataclass(frozen=True)
class Moment:
    """A point in time named in an answer."""

    at: datetime  # timezone-aware
    date_only: bool  # the knowledge gives a day, not a time of day
    label: str = ""
    # How far away it is, for the reader: a template with {when} ("that's {when}",
    # "closed {when}") and the core's wording for "when" as of the answer's "now" ("in 5 days").
    # A front end with live relative times (Discord) fills {when} its own way.
    relative: str = ""
    relative_text: str = ""
    time_only: bool = False  # the time of day alone (a session's end, its day said before)

    def relative_phrase(self, when: str | None = None) -> str:
        if not self.relative:
            return ""
        return self.relative.format(when=self.relative_text if when is None else when)


@dataclass(frozen=True)
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class Suggestion:
    """A "did you mean" option: a label to show and what to answer when it is picked."""

    label: str
    intent: str
    entity: str | None = None


MomentFormatter = Callable[[Moment], str]
MARK = re.compile("\ue000(\\d+)\ue001")
_MARK_CHARS = str.maketrans("", "", "\ue000\ue001")


def without_marks(text: str) -> str:
    """``text`` from outside (a question, a command option) without the characters of MARK.

    The knowledge loader refuses them in knowledge text; user input gets them dropped, so a
    typed marker can neither crash a reply nor show another answer's moment.
    """
    return text.translate(_MARK_CHARS)


@dataclass
class Answer:
    kind: Kind
    title: str
    text: str
    intent: str | None = None
    confidence: float = 0.0
    entity: str | None = None
    fields: list[Field] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    moments: list[Moment] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        """True only when the reply states facts of the workshop taken from the knowledge."""
        return self.kind is Kind.ANSWER

    def mark(self, moment: Moment) -> str:
        """A placeholder for ``moment`` to put in text or field values."""
        self.moments.append(moment)
        return f"\ue000{len(self.moments) - 1}\ue001"

    def render(self, value: str, fmt: MomentFormatter | None = None) -> str:
        """``value`` (the text, a title or a field value) with its moments written out."""
        fmt = fmt or plain_moment
        moments = self.moments

        def written(m: re.Match[str]) -> str:
            i = int(m.group(1))
            return fmt(moments[i]) if i < len(moments) else ""

        return MARK.sub(written, value)

    def plain_text(self, fmt: MomentFormatter | None = None) -> str:
        """Everything a person reads, as plain text (used by the terminal and ``ask --json``)."""
        parts = [self.render(self.text, fmt)]
        for f in self.fields:
            parts.append(f"{f.name}: {self.render(f.value, fmt)}")
        for link in self.links:
            parts.append(f"{link.label}: {link.url}")
        if self.suggestions:
            parts.append("Did you mean: " + "; ".join(s.label for s in self.suggestions) + "?")
        return "\n".join(p for p in parts if p)
