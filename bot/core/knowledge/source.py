"""The knowledge in use, swappable at run time: every front end reads facts through one of these.

A reload that fails keeps the current knowledge; one that succeeds replaces the knowledge and the
responder together, so a fact changed in the YAML changes every answer from then on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.knowledge.changes import describe_changes
from bot.core.knowledge.loader import KnowledgeError, Problem, default_path, load_knowledge
from bot.core.knowledge.model import Knowledge
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
        self.responder = Responder(self.knowledge)

    def reload(self) -> ReloadResult:
        """Read the file again; keep the current knowledge if it is broken."""
        try:
            fresh = load_knowledge(self.path)
        except KnowledgeError as exc:
            log.warning("knowledge reload failed, keeping the current facts:\n%s", exc)
            return ReloadResult(ok=False, problems=exc.problems)
        old = self.knowledge
        self.knowledge = fresh
        self.responder = Responder(fresh)
        return ReloadResult(ok=True, changes=describe_changes(old, fresh))
