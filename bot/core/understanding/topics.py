"""The topics a call for papers often leaves out: reviews, visas, posters, recordings...

When a question asks about one of these and the knowledge does not cover it (no FAQ entry, no such
deadline), the honest answer is "I don't know, ask the organizers". Cues are regular expressions
over normalized text (see :mod:`.text`) or word lists (``{words: [...]}``), like the intents'
cues; they are data (``data/topics.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from bot.core.understanding.intents import (
    WHOLE,
    Leads,
    Words,
    cue_from_data,
    pattern_of,
    regex,
    required_strings,
)
from bot.core.understanding.tables import table


@dataclass(frozen=True)
class Topic:
    """Something people ask about that a call for papers often does not say."""

    name: str
    label: str  # "the camera-ready deadline", used in "I don't know about ..."
    cues: tuple[str | Words, ...]
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
    # intents it is often only the object of ("watch the talks online" asks how to attend):
    # one of them understood with it answers instead
    modifies: tuple[str, ...] = ()
    # a sentence of the workshop's description that speaks of it answers it ("sponsored by");
    # "faq": a sentence of an FAQ answer too ("Submissions must be in English.")
    quoted: bool | str = False
    # one subject only (an appendix is an appendix; a poster can be its size, its printing or
    # its session): asked in an FAQ entry's own words, that entry is meant
    narrow: bool = False
    # with ``covered_by``: only when that field says one of these words ("which room?": a venue
    # naming a room or a hall); with ``context``: that answer is the answer when it says one
    covered_saying: tuple[tuple[str, ...], ...] = ()  # (families of words)
    # an intent whose answer is shown with the "I don't know" (the template for "can I write
    # it in Word?": the call names a LaTeX one, and says nothing of Word)
    context: str | None = None
    # whatever words say it, it is the same subject (an FAQ entry asked about it covers it, a
    # sentence of the description that speaks of it is quoted); "faq": for FAQ entries only
    any_words: bool | str = False
    # said in the same question as one of these subjects, it is that subject's own ("register
    # my abstract early" is about the abstract, not registering for the conference)
    part_of: tuple[str, ...] = ()

    @cached_property
    def pattern(self) -> str:
        # (a topic with no cues of its own, found only in place of another, matches nothing)
        return "|".join(f"(?:{pattern_of(c)})" for c in self.cues) or r"(?!)"

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        """Every cue, word lists too, as one regular expression (to find what it matched)."""
        return regex(self.pattern)

    @cached_property
    def regexes(self) -> re.Pattern[str] | None:
        """The cues that are regular expressions, as one (None: there are none)."""
        rx = [c for c in self.cues if not isinstance(c, Words)]
        return regex("|".join(f"(?:{c})" for c in rx)) if rx else None

    @cached_property
    def words(self) -> frozenset[str]:
        """The words of its word lists, marked as whole-word leads (see :class:`Leads`)."""
        return frozenset(WHOLE + x for c in self.cues if isinstance(c, Words) for x in c.phrases)

    @cached_property
    def leads(self) -> frozenset[str] | None:
        """Strings one of which every match of a regular-expression cue contains (None: none
        can be said)."""
        needs = [required_strings(c) for c in self.cues if not isinstance(c, Words)]
        if any(n is None for n in needs):
            return None
        return frozenset(x for n in needs for x in n)  # type: ignore[union-attr]

class TopicBank:
    """The topics a text asks about, with one pass over the text for what their cues need."""

    def __init__(self, topics: tuple[Topic, ...]) -> None:
        self.topics = topics
        self.leads = frozenset(x for t in topics for x in (t.leads or frozenset()) | t.words)
        self._leads = Leads(self.leads)
        # each lead's topics (by their place in the list), and the topics with a cue no lead
        # can be said for: only those are looked at for a text
        self._by_lead: dict[str, set[int]] = {}
        for i, t in enumerate(topics):
            for x in (t.leads or frozenset()) | t.words:
                self._by_lead.setdefault(x, set()).add(i)
        self._always = frozenset(i for i, t in enumerate(topics)
                                 if t.regexes is not None and t.leads is None)

    def found_in(self, text: str, present: set[str] | None = None) -> list[Topic]:
        """The topics ``text`` asks about (``present``: the leads found in it already)."""
        if present is None:
            present = self._leads.present(text)
        by_lead = self._by_lead
        candidates = self._always.union(*[by_lead[x] for x in present if x in by_lead])
        found = []
        for i in sorted(candidates):
            t = self.topics[i]
            if not t.words.isdisjoint(present) or (
                    t.regexes is not None and (t.leads is None or not t.leads.isdisjoint(present))
                    and t.regexes.search(text) is not None):
                found.append(t)
        return found


def _quoted(value: object, name: str) -> bool | str:
    """A topic's ``quoted``: true, false or "faq" (a typo is an error, not a silent true)."""
    if value in (None, False, True, "faq"):
        return value or False  # type: ignore[return-value]
    raise ValueError(f"topics.yaml, {name}: quoted must be true, false or faq, not {value!r}")


def _any_words(value: object, name: str) -> bool | str:
    """A topic's ``any_words``: true, false or "faq" (a typo is an error)."""
    if value in (None, False, True, "faq"):
        return value or False  # type: ignore[return-value]
    raise ValueError(f"topics.yaml, {name}: any_words must be true, false or faq, not {value!r}")


def _families(said: list[list[str]] | list[str] | tuple[()]) -> tuple[tuple[str, ...], ...]:
    """``covered_saying`` as families of words: a flat list is one family."""
    if said and all(isinstance(x, list) for x in said):
        return tuple(tuple(x) for x in said)
    return (tuple(said),) if said else ()


TOPICS: tuple[Topic, ...] = tuple(
    Topic(b["name"], b["label"], tuple(cue_from_data(c) for c in b["cues"]), b.get("deadline_kind"),
          bool(b.get("offtopic")), b.get("covered_by"), bool(b.get("answerable")),
          tuple(b.get("related") or ()), tuple(b.get("modifies") or ()),
          _quoted(b.get("quoted"), b["name"]), bool(b.get("narrow")),
          _families(b.get("covered_saying") or ()), b.get("context"),
          _any_words(b.get("any_words"), b["name"]), tuple(b.get("part_of") or ()))
    for b in table("topics.yaml")["topics"])

TOPIC_BANK = TopicBank(TOPICS)
