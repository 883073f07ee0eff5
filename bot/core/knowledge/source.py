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
from bot.core.responder_cache import load_responder

log = logging.getLogger(__name__)


@dataclass
class ReloadResult:
    ok: bool
    problems: list[Problem] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # human-readable, one per changed fact
    held: str | None = None  # why a change was not applied automatically (see shrinkage)


@dataclass(frozen=True)
class Prepared:
    """A knowledge file read, validated and compiled, not yet in use (see
    :meth:`KnowledgeSource.prepare`)."""

    knowledge: Knowledge
    responder: Responder
    saved: tuple[FaqEntry, ...] = ()  # the saved answers the responder was built with


class KnowledgeSource:
    """Holds the current :class:`Knowledge` and its :class:`Responder`."""

    def __init__(self, path: str | Path | None = None, knowledge: Knowledge | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        # from the file: the responder as built before, when the on-disk cache holds it
        self.responder = Responder(knowledge) if knowledge is not None else \
            load_responder(self.path)
        self.knowledge = self.responder.knowledge
        self.saved: tuple[FaqEntry, ...] = ()
        # called (with the old and new knowledge) after every successful reload
        self.listeners: list[Callable[[Knowledge, Knowledge], None]] = []

    def _with_saved(self, knowledge: Knowledge,
                    saved: tuple[FaqEntry, ...] | None = None) -> Knowledge:
        """``knowledge`` with the saved answers as extra FAQ entries."""
        known = {f.id for f in knowledge.faq}
        extra = [f for f in (self.saved if saved is None else saved) if f.id not in known]
        if not extra:
            return knowledge
        return knowledge.model_copy(update={"faq": [*knowledge.faq, *extra]})

    def set_saved(self, entries: Sequence[FaqEntry]) -> None:
        """Use these saved answers from now on (the responder is rebuilt: slow for a big file,
        so call it off the event loop)."""
        self.saved = tuple(entries)
        self.responder = Responder(self._with_saved(self.knowledge))

    def prepare(self) -> Prepared | ReloadResult:
        """Read, validate and compile the file without changing what is in use: the slow part
        of a reload, safe to run on another thread. A broken file gives a failed
        :class:`ReloadResult`; no error escapes."""
        name = str(self.path)
        try:
            saved = self.saved
            if not saved:  # the responder of the file alone: read back from the cache
                built = load_responder(self.path)
                return Prepared(built.knowledge, built, saved)
            fresh = load_knowledge(self.path)  # with saved answers: built once, with them
            return Prepared(fresh, Responder(self._with_saved(fresh, saved)), saved)
        except KnowledgeError as exc:
            log.warning("knowledge reload failed, keeping the current facts:\n%s", exc)
            return ReloadResult(ok=False, problems=exc.problems)
        except Exception as exc:  # a hostile file (deep nesting, huge numbers...) or a bug
            log.exception("knowledge reload failed (%s), keeping the current facts",
                          type(exc).__name__)
            return ReloadResult(ok=False, problems=[Problem(
                name, 0, f"the file cannot be used ({type(exc).__name__}: {exc}"[:300] + ")")])

    def apply(self, prepared: Prepared) -> ReloadResult:
        """Put a prepared knowledge in use (quick: on the event loop)."""
        old = self.knowledge
        self.knowledge = prepared.knowledge
        self.responder = prepared.responder
        if prepared.saved != self.saved:  # an answer was saved or removed while it was prepared
            self.responder = Responder(self._with_saved(prepared.knowledge))
        for listener in self.listeners:
            try:
                listener(old, prepared.knowledge)
            except Exception:  # one front end's follow-up must not undo the reload
                log.exception("a reload listener failed")
        return ReloadResult(ok=True, changes=describe_changes(old, prepared.knowledge))

    def reload(self) -> ReloadResult:
        """Read the file again; keep the current knowledge if it is broken."""
        prepared = self.prepare()
        return prepared if isinstance(prepared, ReloadResult) else self.apply(prepared)


def shrinkage(old: Knowledge, new: Knowledge) -> str | None:
    """Why ``new`` looks like a damaged version of ``old``: it drops most of the deadlines, the
    organizers or the FAQ entries (more than half of a list). None when it does not."""
    lost = []
    for what, before, after in (("deadlines", old.deadlines, new.deadlines),
                                ("organizers", old.organizers, new.organizers),
                                ("FAQ entries", old.faq, new.faq)):
        if before and len(after) * 2 < len(before):
            lost.append(f"{len(before) - len(after)} of {len(before)} {what}")
    return ("it removes " + ", ".join(lost)) if lost else None
