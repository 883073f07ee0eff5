"""A bridge from the current matcher's "the call doesn't say" topics to the version-2 facts.

The matcher recognizes subjects such as proceedings, dual submission, remote attendance and the
schedule as topics a call usually leaves out, and answers them "I don't know". When the knowledge
file has the version-2 field, that topic is answered from it instead. This keeps version-1 files
answering exactly as before; the understanding rewrite (branch wt-und) will route these with
intents and entities of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.core.answers import attending, deadline_news, paper_types, program
from bot.core.answers.answer import Answer, Kind
from bot.core.knowledge.model import Knowledge


def _extended(k: Knowledge, now: datetime) -> Answer | None:
    moved = [d for d in k.deadlines if d.extended_from is not None]
    return deadline_news.extended(k, now, moved[0]) if len(moved) == 1 else None


_BY_TOPIC: dict[str, Callable[[Knowledge, datetime], Answer | None]] = {
    "archival": paper_types.archival,
    "dual_submission": paper_types.dual_submission,
    "recording": attending.attendance,
    "schedule": program.program_day,
    "extension": _extended,
}


def v2_topic_answer(k: Knowledge, now: datetime, topic: str) -> Answer | None:
    """The answer from a version-2 fact for ``topic``, or None when the file lacks it."""
    build = _BY_TOPIC.get(topic)
    answer = build(k, now) if build else None
    return answer if answer is not None and answer.kind is Kind.ANSWER else None
