"""Calendar days a question writes ("oct 27", "the 8th of december", "2017-10-20"), read by the
answer builders, the time conversion and the deadline finder alike."""

from __future__ import annotations

import re
from datetime import date

from bot.core.understanding.intents import MONTH_WORD

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = MONTH_WORD + r"\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
DATE_RX = [
    re.compile(rf"\b(?P<month>{_MONTH})\s+{_DAY}\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})"),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
]


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
