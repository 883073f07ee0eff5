"""The version-2 builders by name, for direct answers (``Responder.answer``: slash commands,
buttons), and a bridge from the current matcher's "the call doesn't say" topics to them.

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
from bot.core.answers.deadline_line import deadline_status
from bot.core.answers.unknown import unknown
from bot.core.knowledge.model import Deadline, Knowledge, Track
from bot.core.understanding.deadline_kinds import main_deadline


def _extended(k: Knowledge, now: datetime, deadline: Deadline | None) -> Answer | None:
    """The deadline asked about with its earlier date, when it was extended; with none named
    (or one that was not), every deadline that was. Whether one will be extended, the call cannot
    say (None)."""
    if deadline is not None and deadline.extended_from:
        return deadline_news.extended(k, now, deadline)
    moved = deadline_news.all_extended(k, now)
    if deadline is not None and moved is not None:
        # "the original deadline of X?" and X was not extended: its date, with that said, then
        # the ones that were
        own = deadline_status(k, deadline, now, moved).removeprefix(f"{deadline.name}: ")
        joint = "\n" if "\n" in moved.text else " "
        moved.text = (f"The call gives no earlier date for the {deadline.name}: {own}{joint}"
                      f"Extended:{joint}{moved.text}")
    return moved


def _extended_or_not(k: Knowledge, now: datetime, deadline: Deadline | None) -> Answer | None:
    """What was extended; when no deadline was, the one asked about (or the main one) as the
    call gives it, saying it lists no extension ("has the deadline been extended?")."""
    if (done := _extended(k, now, deadline)) is not None:
        return done
    asked = deadline or main_deadline(k)
    if asked is None or asked.due_at(k.tz) is None:
        return None
    a = Answer(Kind.ANSWER, "Deadline", "", entity=asked.id)
    a.text = f"The call lists no extension. {deadline_status(k, asked, now, a)}"
    return a


def _will_be_extended(k: Knowledge, now: datetime, deadline: Deadline | None) -> Answer:
    """"Will it be extended (again)?": the call cannot say what will be; what was extended
    already is said with it."""
    done = _extended(k, now, deadline)
    a = unknown(k, "whether a deadline will be extended", "deadline",
                also=f"So far: {done.text}" if done is not None else "")
    if done is not None:  # (its dates keep their marks: each reader sees them in their zone)
        a.moments = list(done.moments)
    return a


TopicBuilder = Callable[[Knowledge, datetime, Deadline | None], Answer | None]
_BY_TOPIC: dict[str, TopicBuilder] = {
    "archival": lambda k, now, d: paper_types.archival(k, now),
    "dual_submission": lambda k, now, d: paper_types.dual_submission(k, now),
    "remote_attendance": lambda k, now, d: attending.attendance(k, now),
    "livestream": lambda k, now, d: attending.attendance(k, now) if k.workshop.stream_url else None,
    "schedule": lambda k, now, d: program.program_day(k, now),
    "extension": _extended_or_not,
}


# topics answered for the paper types the question names ("are short papers archival?")
_BY_TOPIC_AND_TYPES: dict[str, Callable[[Knowledge, list[Track]], Answer]] = {
    "archival": paper_types.archival_of,
}


def v2_topic_answer(k: Knowledge, now: datetime, topic: str,
                    deadline: Deadline | None = None,
                    named: list[Track] | None = None, future: bool = False,
                    published: bool = False) -> Answer | None:
    """The answer from a version-2 fact for ``topic`` (about ``deadline`` when one was named),
    or None when the file lacks it; ``named``: the paper types the question names;
    ``future``: what will be is asked ("will it be extended again?")."""
    if future and topic in ("extension", "date_changes"):
        return _will_be_extended(k, now, deadline)
    if published and topic == "dual_submission":
        return paper_types.dual_submission(k, now, published=True)
    build = _BY_TOPIC.get(topic)
    answer = build(k, now, deadline) if build else None
    if topic in _BY_TOPIC_AND_TYPES and named:
        answer = _BY_TOPIC_AND_TYPES[topic](k, named)
    return answer if answer is not None and answer.kind is Kind.ANSWER else None


EntityBuilder = Callable[[Knowledge, datetime, str | None], Answer]

# intent -> builder taking the entity as text (a track, a session title, a speaker, a deadline)
V2_INTENTS: dict[str, EntityBuilder] = {
    "program": lambda k, now, e: program.program_day(k, now),
    "program_now": lambda k, now, e: program.program_now(k, now),
    "program_next": lambda k, now, e: program.program_next(k, now),
    "program_after": lambda k, now, e: program.program_after(k, now, e or ""),
    "speaker": lambda k, now, e: program.speaker_talk(k, now, e or ""),
    "breaks": lambda k, now, e: program.breaks(k, now),
    "paper_types": lambda k, now, e: paper_types.paper_types(k, now, e),
    "archival": lambda k, now, e: paper_types.archival(k, now, e),
    "dual_submission": lambda k, now, e: paper_types.dual_submission(k, now),
    "attendance": lambda k, now, e: attending.attendance(k, now),
    "tba_deadlines": lambda k, now, e: deadline_news.announced_later(k, now),
}
