"""Drawing an :class:`Answer` in the terminal."""

from __future__ import annotations

import json
from datetime import datetime

from bot.core.answers.answer import Answer, Kind


def as_text(answer: Answer, color: bool = False) -> str:
    body = answer.plain_text()
    title = answer.title if answer.kind is Kind.ANSWER else ""
    if title and color:
        title = f"\033[1m{title}\033[0m"
    return f"{title}\n{body}" if title else body


def as_json(question: str, answer: Answer) -> str:
    return json.dumps({
        "question": question,
        "answered": answer.answered,
        "intent": answer.intent,
        "confidence": round(float(answer.confidence), 3),
        "answer": answer.plain_text(),
        "suggestions": [s.label for s in answer.suggestions],
    }, ensure_ascii=False)


def when_line(now: datetime) -> str:
    return f"(answering as of {now.isoformat(timespec='minutes')})"
