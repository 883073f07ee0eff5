"""The knowledge's own vocabulary: the distinctive words of its program titles, deadline names,
track names and FAQ entries ("challenge", "equivariant", "oral"). A question that uses one of them
is about this workshop: when nothing else answers it, the bot does not know, it is never
off-topic."""

from __future__ import annotations

from bot.core.knowledge.model import Knowledge
from bot.core.understanding.faq_index import FUNCTION_WORDS
from bot.core.understanding.text import COMMON_WORDS, fold, words

MIN_LETTERS = 4  # shorter words ("ai", "use") say too little about any one workshop


def distinctive(text: str) -> set[str]:
    """The words of ``text`` (folded) that can say what a question is about."""
    return {w for w in words(fold(text)) if w.isalpha() and len(w) >= MIN_LETTERS
            and w not in COMMON_WORDS and w not in FUNCTION_WORDS}


def _texts(k: Knowledge, *, program: bool) -> list[str]:
    out = [d.name for d in k.deadlines] + [t.name for t in k.submission.tracks]
    for entry in k.faq:
        out += [*entry.questions, entry.answer]
    if program:
        out += [s.title for s in k.program]
    return out


def own_vocabulary(k: Knowledge) -> frozenset[str]:
    """The distinctive words of the program's titles, deadline and track names and the FAQ;
    a program title's everyday words too ("poster", "talk", "coffee"): it is short, and all of
    it is about the day, as is each session's kind."""
    found = {w for t in _texts(k, program=True) for w in distinctive(t)}
    for s in k.program:
        found.update(w for w in words(fold(s.title)) if w.isalpha() and len(w) >= MIN_LETTERS
                     and w not in FUNCTION_WORDS)
        if s.kind:
            found.update({s.kind, f"{s.kind}s"})
    return frozenset(found)


def words_besides_program(k: Knowledge) -> frozenset[str]:
    """The distinctive words the knowledge uses outside its program: the workshop's own names,
    topics, deadline and track names and FAQ ("challenge" names a deadline, not one session)."""
    w = k.workshop
    names = [w.name, w.short_name or "", w.conference or "", *w.topics]
    return frozenset(x for t in _texts(k, program=False) + names for x in distinctive(t))
