"""The knowledge in use, swappable at run time: every front end reads facts through one of these.

A reload that fails keeps the current knowledge; one that succeeds replaces the knowledge and the
responder together, so a fact changed in the YAML changes every answer from then on.

Saved answers (organizers' answers to handed-off questions) are extra ``faq:`` entries: the
responder is built from the file's knowledge with them appended, so they go through the same
understanding as the file's own FAQ. ``knowledge`` stays the file's (what reloads compare); a
saved answer whose id the file now has too is left out (the file wins).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.knowledge.changes import describe_changes
from bot.core.knowledge.loader import KnowledgeError, Problem, default_path, load_knowledge
from bot.core.knowledge.model import FaqEntry, Knowledge
from bot.core.responder import Responder

log = logging.getLogger(__name__)


@dataclass
class ReloadResult:
    ok: bool
    problems: list[Problem] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # human-readable, one per changed fact


class KnowledgeSource:
    """Holds the current :class:`Knowledge` and its :class:`Responder`."""

    def __init__(self, path: str | Path | None = None, knowledge: Knowledge | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.knowledge = knowledge if knowledge is not None else load_knowledge(self.path)
        self.saved: tuple[FaqEntry, ...] = ()
        self.responder = Responder(self.knowledge)
        # called (with the old and new knowledge) after every successful reload
        self.listeners: list[Callable[[Knowledge, Knowledge], None]] = []

    def answering_knowledge(self) -> Knowledge:
        """The file's knowledge with the saved answers as extra FAQ entries."""
        known = {f.id for f in self.knowledge.faq}
        extra = [f for f in self.saved if f.id not in known]
        if not extra:
            return self.knowledge
        return self.knowledge.model_copy(update={"faq": [*self.knowledge.faq, *extra]})

    def set_saved(self, entries: Sequence[FaqEntry]) -> None:
        """Use these saved answers from now on (the responder is rebuilt)."""
        self.saved = tuple(entries)
        self.responder = Responder(self.answering_knowledge())

    def reload(self) -> ReloadResult:
        """Read the file again; keep the current knowledge if it is broken."""
        try:
            fresh = load_knowledge(self.path)
        except KnowledgeError as exc:
            log.warning("knowledge reload failed, keeping the current facts:\n%s", exc)
            return ReloadResult(ok=False, problems=exc.problems)
        old = self.knowledge
        self.knowledge = fresh
        self.responder = Responder(self.answering_knowledge())
        for listener in self.listeners:
            try:
                listener(old, fresh)
            except Exception:  # one front end's follow-up must not undo the reload
                log.exception("a reload listener failed")
        return ReloadResult(ok=True, changes=describe_changes(old, fresh))
