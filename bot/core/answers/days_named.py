"""Calendar days a question writes ("oct 27", "the 8th of december", "2017-10-20"), read by the
answer builders, the time conversion and the deadline finder alike."""

from __future__ import annotations

import re
from datetime import date

from bot.core.understanding.intents import MONTH_WORD
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import words

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = MONTH_WORD + r"\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
DATE_RX = [
    re.compile(rf"\b(?P<month>{_MONTH})\s+{_DAY}\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})"),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
]


# (not a bare "due": "will it move to april 20 due to easter?" names no deadline by its day)
_DEADLINE_NOUNS = frozenset(table_words("deadline_words")) - {"due"}


def day_names(text: str) -> list[re.Match[str]]:
    """Days written as the name of a deadline ("the april 17 deadline", "the 15 may ddl"): what
    the question may call a deadline by, rather than a day it checks."""
    out = []
    for rx in DATE_RX[:2]:
        for m in rx.finditer(text):
            after = words(text[m.end():])[:2]
            if after and (after[0] in _DEADLINE_NOUNS or " ".join(after) in _DEADLINE_NOUNS):
                out.append(m)
    return out


def without_day_names(text: str, day: date) -> str:
    """``text`` without ``day`` where it is written as a deadline's name (see ``day_names``):
    "if I use the aug 24 deadline, will it be in the proceedings?" checks nothing of the
    deadline due on Aug 24; "is may 15 deadline for abstracts?" still checks May 15 against
    the abstracts' deadline."""
    for m in sorted(day_names(text), key=lambda m: -m.start()):
        if any((x.month, x.day) == (day.month, day.day)
               for x in mentioned_days(m.group(0), day.year)):
            text = text[:m.start()] + text[m.end():]
    return text


def mentioned_days(text: str, year: int, month: int | None = None) -> list[date]:
    """Calendar days written in a question ("oct 27", "the 8th of december", "2017-10-20")."""
    out = []
    for i, rx in enumerate(DATE_RX):
        for m in rx.finditer(text):
            try:
                if i == 2:
                    out.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
                    continue
                named = MONTHS.index(m["month"][:3]) + 1
                out.append(date(year, named, int(m["day"])))
            except ValueError:
                continue
    if not out and month is not None:
        # "is it on the 9th?": a day of the month in question
        for m in re.finditer(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", text):
            try:
                out.append(date(year, month, int(m.group(1))))
            except ValueError:
                continue
    return out
