"""Program entities: a speaker, a session (a word of its title or its kind) and the moment asked
about ("now", "next", "after lunch"). They say nothing when the knowledge has no program."""

from __future__ import annotations

import re

from bot.core.answers.builders import Ask
from bot.core.knowledge.model import Knowledge
from bot.core.understanding.intents import FIRE
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import COMMON_WORDS, fold, words

_WORDS = table_words("program")
_NOW = re.compile(r"\b(" + "|".join(map(re.escape, _WORDS["now"])) + r")\b")
_NEXT = re.compile(r"\b(" + "|".join(map(re.escape, _WORDS["next"])) + r")\b")
_AFTER = re.compile(r"\b(" + "|".join(map(re.escape, _WORDS["after"])) + r") (the )?(\w+)")
KINDS = frozenset(_WORDS["kinds"])


class ProgramFinder:
    """The program of one knowledge file, indexed by speaker names and session words."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.speakers: dict[str, str] = {}  # a name or a part of it -> the name as written
        self.sessions: set[str] = set()  # words of titles and kinds
        for s in knowledge.program:
            for name in s.speakers:
                folded = fold(name)
                self.speakers[folded] = name
                for part in words(folded):
                    if len(part) >= 3 and part not in COMMON_WORDS:
                        self.speakers.setdefault(part, name)
            self.sessions.update(w for w in words(fold(s.title))
                                 if len(w) >= 4 and w not in COMMON_WORDS)
            if s.kind:
                self.sessions.add(s.kind)
        if self.sessions:
            self.sessions |= KINDS

    def find(self, text: str, ask: Ask, scores: dict[str, float]) -> None:
        """Put the program entities of ``text`` in ``ask`` and raise the program intent."""
        if not self.sessions:
            return
        tokens = words(text)
        speaker = next((self.speakers[t] for t in tokens if t in self.speakers), None)
        session = next((t for t in tokens if t in self.sessions), None)
        after = _AFTER.search(text)
        if after and after.group(3) in self.sessions:
            ask.moment, session = "after", after.group(3)
        elif _NOW.search(text):
            ask.moment = "now"
        elif _NEXT.search(text):
            ask.moment = "next"
        ask.speaker, ask.session = speaker, session
        if speaker or session:
            scores["program"] = scores.get("program", 0.0) + FIRE
        elif ask.moment:
            scores["program"] = scores.get("program", 0.0) + 0.5
