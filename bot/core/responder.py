"""The core's front door: a question (or a chosen intent) and a moment in, an :class:`Answer` out.

Front ends (terminal, Discord) only talk to :class:`Responder`; they never look inside the matcher.
"""

from __future__ import annotations

from datetime import datetime

from bot.core.answer import Answer, Kind
from bot.core.model import Knowledge


class Responder:
    """Answers questions about one workshop. Build once per knowledge; cheap to call."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge

    def respond(self, question: str, now: datetime) -> Answer:
        """Understand a free-text question and answer it as of ``now`` (timezone-aware)."""
        return Answer(Kind.UNKNOWN, "Not sure", "I don't know yet.")

    def answer(self, intent: str, now: datetime, entity: str | None = None) -> Answer:
        """Answer a known intent directly (slash commands, "did you mean" clicks).

        Intents: date, location, conference, deadline (entity = deadline id), deadlines,
        page_limit, anonymity, file_format, style, format, submission, requirements, topics,
        about, previous_editions, organizers, organizer (entity = organizer key), contact,
        website, help, and ``faq:<id>`` for an organizer's FAQ entry.
        """
        return Answer(Kind.UNKNOWN, "Not sure", "I don't know yet.", intent=intent)

    def deadline_choices(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        """(label, deadline id) pairs best matching ``text`` (all when it is empty)."""
        return [(d.name, d.id) for d in self.knowledge.deadlines][:limit]

    def organizer_choices(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        """(label, organizer key) pairs best matching ``text`` (all when it is empty)."""
        return [(o.name, str(i)) for i, o in enumerate(self.knowledge.organizers)][:limit]
