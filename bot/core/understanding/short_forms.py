"""The short forms a call defines itself ("Work in Progress (WIP)"), so that a question that
writes one ("how do I submit a WIP?") meets an organizer's entry that writes the other."""

from __future__ import annotations

import re

from bot.core.knowledge.model import Knowledge
from bot.core.understanding.text import fold

# a capitalized short form in brackets after the words it stands for
_DEFINED = re.compile(r"((?:[\w-]+ ){0,5}[\w-]+) \(([A-Z][A-Za-z]{1,7})\)")
MAX_LONG_WORDS = 6


def _texts(k: Knowledge) -> list[str]:
    return [*(d.name for d in k.deadlines), *(d.note or "" for d in k.deadlines),
            *(t.name for t in k.submission.tracks), *(e.answer for e in k.faq),
            *(s.title for s in k.program)]


def short_forms(k: Knowledge) -> dict[str, str]:
    """The long forms the call writes with a short form after them in brackets, each with
    that short form (both folded): "work in progress" -> "wip"."""
    found: dict[str, str] = {}
    for text in _texts(k):
        for m in _DEFINED.finditer(text):
            before, short = m.group(1).split(), m.group(2).lower()
            for n in range(1, min(len(before), MAX_LONG_WORDS) + 1):
                if "".join(w[0] for w in before[-n:]).lower() == short:
                    found[fold(" ".join(before[-n:]))] = short
                    break
    return found
