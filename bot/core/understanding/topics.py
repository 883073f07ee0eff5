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

from bot.core.understanding.intents import Leads, leading_words, regex
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
    # a version-2 field may answer it (the mode answers "can I attend online?"); among several
    # subjects, one that none can answer is the one said unknown
    answerable: bool = False
    # an FAQ entry asked about one of these covers this topic too when its answer speaks to it
    # ("can I present remotely?" -> "...a pre-recorded video instead")
    related: tuple[str, ...] = ()

    @cached_property
    def pattern(self) -> str:
        return "|".join(f"(?:{c})" for c in self.cues)

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return regex(self.pattern)

    @cached_property
    def leads(self) -> frozenset[str] | None:
        """Strings one of which every match of a cue contains (None: none can be said)."""
        needs = [leading_words(c) for c in self.cues]
        if any(n is None for n in needs):
            return None
        return frozenset(x for n in needs for x in n)  # type: ignore[union-attr]

    def found_in(self, text: str) -> bool:
        return (self.leads is None or any(x in text for x in self.leads)) and \
            self.compiled.search(text) is not None


class TopicBank:
    """The topics a text asks about, with one pass over the text for what their cues need."""

    def __init__(self, topics: tuple[Topic, ...]) -> None:
        self.topics = topics
        self.leads = frozenset(x for t in topics for x in t.leads or ())
        self._leads = Leads(self.leads)

    def found_in(self, text: str, present: set[str] | None = None) -> list[Topic]:
        """The topics ``text`` asks about (``present``: the leads found in it already)."""
        if present is None:
            present = self._leads.present(text)
        return [t for t in self.topics
                if (t.leads is None or not t.leads.isdisjoint(present))
                and t.compiled.search(text) is not None]


TOPICS: tuple[Topic, ...] = tuple(
    Topic(b["name"], b["label"], tuple(b["cues"]), b.get("deadline_kind"),
          bool(b.get("offtopic")), b.get("covered_by"), bool(b.get("answerable")),
          tuple(b.get("related") or ()))
    for b in table("topics.yaml")["topics"])

TOPIC_BANK = TopicBank(TOPICS)
