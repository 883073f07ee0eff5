"""The topics a call for papers often leaves out: reviews, visas, posters, recordings...

When a question asks about one of these and the knowledge does not cover it (no FAQ entry, no such
deadline), the honest answer is "I don't know, ask the organizers". Cues are regular expressions
over normalized text (see :mod:`.text`), like the intents' cues; they are data
(``data/topics.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from bot.core.understanding.intents import leading_words, regex
from bot.core.understanding.tables import table


@dataclass(frozen=True)
class Topic:
    """Something people ask about that a call for papers often does not say."""

    name: str
    label: str  # "the camera-ready deadline", used in "I don't know about ..."
    cues: tuple[str, ...]
    deadline_kind: str | None = None  # answered after all if the knowledge has such a deadline
    offtopic: bool = False  # not about the workshop at all (general help, chatter)
    # a workshop field (or extended_from: a deadline was extended) that, when the knowledge has
    # it, answers it
    covered_by: str | None = None

    @cached_property
    def pattern(self) -> str:
        return "|".join(f"(?:{c})" for c in self.cues)

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return regex(self.pattern)

    @cached_property
    def gate(self) -> re.Pattern[str] | None:
        """A cheap search that finds something wherever a cue could match (None: always search)."""
        needs = [leading_words(c) for c in self.cues]
        if any(n is None for n in needs):
            return None
        strings = sorted({x for n in needs for x in n}, key=len, reverse=True)  # type: ignore[union-attr]
        return re.compile("|".join(re.escape(x) for x in strings))

    def found_in(self, text: str) -> bool:
        return (self.gate is None or self.gate.search(text) is not None) and \
            self.compiled.search(text) is not None


TOPICS: tuple[Topic, ...] = tuple(
    Topic(b["name"], b["label"], tuple(b["cues"]), b.get("deadline_kind"),
          bool(b.get("offtopic")), b.get("covered_by"))
    for b in table("topics.yaml")["topics"])
