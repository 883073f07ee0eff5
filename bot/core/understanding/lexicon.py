"""Key words of other languages, written as the English words the intents know.

People ask in their own language ("¿cuándo es la fecha límite?", "截止日期是什么时候", "когда
дедлайн?"). Rather than teach every intent every language, the words that carry the meaning are
rewritten into English before matching ("when is the deadline"). Only words that cannot be
mistaken for English are listed ("data" is Portuguese for "date" and English for data, so it is
left out). Text is already folded: lowercase, Latin accents removed (see :mod:`.text`).
"""

from __future__ import annotations

import re

from bot.core.understanding.runs import phrases_in, word_count
from bot.core.understanding.tables import table

_TABLE = table("languages.yaml")
WORDS: dict[str, str] = _TABLE["words"]  # Latin-script languages: whole words or phrases
# scripts without spaces between words (or where words inflect): substrings
SUBSTRINGS: dict[str, str] = _TABLE["substrings"]

_WORDS_RX = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True)) + r")\b")
_SUBSTRINGS_RX = re.compile(
    "|".join(re.escape(w) for w in sorted(SUBSTRINGS, key=len, reverse=True)))
_KEYS = frozenset(WORDS)
_LONGEST = max((word_count(w) for w in WORDS), default=1)
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0900-\u097f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


_SPACES = re.compile(r"[ \t]{2,}")
_CJK_DATE = re.compile(r"(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]")
_MONTH_NAMES = ("january february march april may june july august september october november "
                "december").split()


def _cjk_date(m: re.Match[str]) -> str:
    month, day = int(m.group(1)), int(m.group(2))
    return f" {_MONTH_NAMES[month - 1]} {day} " if 1 <= month <= 12 else m.group(0)


def to_english(text: str) -> str:
    """``text`` (folded) with the key words of other languages in English: Latin-script words
    are replaced; in other scripts the English is put before the original word."""
    if _NON_LATIN.search(text):
        text = _CJK_DATE.sub(_cjk_date, text)  # "12月8号" -> "december 8"
        text = _SUBSTRINGS_RX.sub(lambda m: f" {SUBSTRINGS[m.group(0)]} {m.group(0)}", text)
    if phrases_in(text, _KEYS, _LONGEST):  # (a lookup first: most questions are in English)
        text = _WORDS_RX.sub(lambda m: WORDS[m.group(0)], text)
    return _SPACES.sub(" ", text) if "  " in text or "\t" in text else text
