"""How long the workshop lasts: its hours, day by day, from the program; without a program, its
days, and what the call says of its length ("a half-day workshop")."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.answers.answer import Answer, Kind, Moment
from bot.core.answers.program import Slot, program_length, sessions_by_day
from bot.core.answers.timefmt import written_date
from bot.core.answers.unknown import unknown
from bot.core.knowledge.model import Knowledge
from bot.core.understanding.intents import word_list
from bot.core.understanding.text import fold, sentences_of

HALF_DAY = timedelta(hours=5)  # a day's program this long or shorter is a half day
FULL_DAY = timedelta(hours=6)  # and this long or longer a full day
LENGTH_WORDS = word_list("day_length_words")


def duration(k: Knowledge, now: datetime) -> Answer:
    """The workshop's hours (from the program), else what the call says of its length; with
    neither, "I don't know", with its days."""
    by_day = sessions_by_day(k)
    name = k.workshop.name
    a = Answer(Kind.ANSWER, "How long", "", intent="duration")
    if by_day:
        lines = [_day_line(a, slots) for _, slots in sorted(by_day.items())]
        if len(lines) == 1:
            a.text = f"The program of {name} runs {lines[0]}"
        else:
            a.text = f"{name} runs over {len(lines)} days:\n" + "\n".join(
                f"• {line}" for line in lines)
        return a
    said = _said_of_length(k)
    if said:
        a.text = f"The call says: “{said}”"
        return a
    first, last = k.workshop.first_day, k.workshop.last_day
    if first is None:
        return unknown(k, "how long the workshop lasts (its hours)", "duration")
    days = ((last or first) - first).days + 1
    when = (f"on {first:%A}, {written_date(first)}" if days == 1 else
            f"over {days} days, from {written_date(first)} to {written_date(last or first)}")
    return unknown(k, "its hours (a half or a full day)", "duration",
                   also=f"It takes place {when}.")


def _day_line(a: Answer, slots: list[Slot]) -> str:
    """``from <start> to <end> (4 hours 30 minutes): a half day``, for one day's sessions."""
    start = slots[0][1]
    ends = [end for s, _, end in slots if s.end is not None]
    begin = a.mark(Moment(start, False, "start"))
    if slots[-1][0].end is None or not ends:  # no end is made up
        return (f"from {begin}; the program gives no end time for its last item, "
                f"{slots[-1][0].title}.")
    end = max(ends)
    length = end - start
    verdict = ": a half day" if length <= HALF_DAY else ": a full day" if length >= FULL_DAY \
        else ""
    return (f"from {begin} to {a.mark(Moment(end, False, 'end'))} "
            f"({program_length(length)}){verdict}.")


def _said_of_length(k: Knowledge) -> str | None:
    """The sentence of the workshop's description that says how long it is, if any."""
    for sentence in sentences_of(k.workshop.description or ""):
        if LENGTH_WORDS.search(fold(sentence)):  # (whole words: not "overall day")
            return sentence.strip()
    return None
