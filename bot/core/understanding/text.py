"""Text normalization for matching: case, accents, contractions, chat slang, typos, clauses."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core.understanding.lexicon import to_english
from bot.core.understanding.runs import phrases_in
from bot.core.understanding.tables import table
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text_cache import text_cache

# Chat shorthand -> words. Applied to whole tokens before anything else looks at the text.
SLANG: dict[str, str] = table_words("slang")
# Phrases that mean something else than their words suggest ("negative results" are findings,
# not the notification of results): rewritten as whole runs of words.
REWRITES: dict[str, str] = table_words("rewrites")
_REWRITE_KEYS = frozenset(REWRITES)
# rewritten only where they end a question ("can i submit yet?", not "... yet another paper?")
END_REWRITES: dict[str, str] = table_words("end_rewrites")
_END_LAST_WORDS = frozenset(k.rsplit(" ", 1)[-1] for k in END_REWRITES)

# Contractions written out: whole words first, then the endings ("isn't" -> "is not").
_WHOLE = {"what's": "what is", "when's": "when is", "where's": "where is", "who's": "who is",
          "how's": "how is", "it's": "it is", "that's": "that is", "there's": "there is",
          "can't": "cannot", "won't": "will not", "i'm": "i am"}
_ENDINGS = {"n't": " not", "'re": " are", "'ve": " have", "'ll": " will", "'d": " would",
            "'s": " s"}
_CONTRACTION_RX = re.compile(r"\b(\w+)('s|n't|'re|'ve|'ll|'d|'m)\b")


# where a sentence ends and the next begins (for quoting the sentences that speak of something)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def _contraction(m: re.Match[str]) -> str:
    whole = m.group(0)
    if whole in _WHOLE:
        return _WHOLE[whole]
    return m.group(1) + _ENDINGS.get(m.group(2), m.group(2))

# Where a message splits into separate questions ("when and where?" -> "when", "where").
_CLAUSE_SPLIT = re.compile(
    r"[?!;\n]+|\.(?<=\w\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bvs\.)(?<!\b[a-z]\.)(?:\s+|$)"
    r"|:(?<=\w:)\s+(?!['\x22])|,\s*(?:and\s+|also\s+|plus\s+)?"
    r"|\s+(?:[-–—]+\s+|\+\s+|&\s+"
    r"|(?:and|also|plus|as well as)\s+(?=(?:when|where|what|which|who|how|is|are|do|does|"
    r"can|could|should|will|would|the|a|an|its|it|your|any|page|file|format|style|deadline|"
    r"notification|location|date|venue|topic|organi[sz]er|contact|email|template|latex|anonymity|"
    r"anonymous|blind|references|refs|pdf|pages?|format|city|style|time ?zone|workshop)\b)"
    r"|and\s+(?=\w+\s*$)|/\s+)"
)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
BETWEEN_REACH = 50  # characters of the second thing "between" (or "both") joins
# ("when + where do i submit": a question word alone before a join asks of what follows)
QUESTION_WORDS = frozenset(table("words.yaml")["question_after_condition"]["question_words"])
_BARE_QUESTION_WORDS = QUESTION_WORDS | {"and"}
_SENDING_IN = frozenset(table("words.yaml")["sending_in_words"])
_SALUTATION = re.compile(
    r"^\s*(dear|hello|hi|hey|greetings|good (morning|afternoon|evening)|liebe|lieber|hallo|"
    r"hola|estimados?|queridos?|bonjour|chers?|cari|caro|gentili)\b[^,:!.?]{0,40}?\b(organi[sz]"
    r"\w*|chairs?|committee|team|all|everyone|folks|colleagues|bot|workshop)\b[^,:!.?]{0,15}[,:!.]\s*")
_CJK_CHARS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_CHARS}]")
_CJK_LATIN = re.compile(f"(?<=[a-z0-9])(?=[{_CJK_CHARS}])|(?<=[{_CJK_CHARS}])(?=[a-z0-9])")

# Everyday words that must never be "corrected" into a vocabulary word.
COMMON_WORDS = frozenset(table_words("common_words"))
WITHIN_LIMIT = frozenset(table_words("asks_within_limit"))  # "am I over?", "is that ok?"
PAGE_UNITS = frozenset(table_words("page_units"))  # "2 *pages*", "2 *refs*": counted in a sum


def fold(text: str) -> str:
    """Lowercase, compatibility-normalize and strip accents (``Cuándo`` -> ``cuando``)."""
    if text.isascii():  # nothing to normalize but case and quotes
        return text.lower().replace("`", "'").strip()
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = text.replace("¿", " ").replace("¡", " ").strip()  # Spanish opening marks
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        # drop accents on Latin letters only: Japanese voicing marks (ど) carry meaning
        if unicodedata.category(ch) == "Mn" and out and ord(out[-1]) < 0x0250:
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


_YES_NO = re.compile(r"\by/n\b")
_WHEN_AND_WHERE = re.compile(r"\b(when|where) and (when|where) (is|s) (it|the workshop)\b")
_ADDRESSED = re.compile(r"<[@#][!&]?\d+>|(?<!\w)@[\w.-]+|^\s*>+ ?", re.MULTILINE)
_COLOCATED = re.compile(r"\bco[- ]?locat")
_CAMERA_READY = re.compile(r"\bcam(era)?[- ]?ready\b")


def _adds_pages(before: str, after: str) -> bool:
    """Whether "+" between ``before`` and ``after`` adds a count of pages or references ("8
    pages + 2 pages of refs"), not an offset to a zone ("utc + 2")."""
    said, last = after.split()[:2], before.split()[-1:]
    return len(said) == 2 and said[0].isdigit() and said[1] in PAGE_UNITS and \
        last[:1] != ["utc"] and last[:1] != ["gmt"]


def expand(text: str) -> str:
    """Folded text with contractions and chat slang written out."""
    text = to_english(fold(text))
    text = text.replace("tl;dr", "tldr").replace("tl,dr", "tldr").replace("w/", "with ")
    text = text.replace("e-mail", "email").replace("camera ready", "camera-ready")
    text = text.replace("pre-record", "prerecord")  # (a way to present, not a recording made)
    if " + " in text and phrases_in(text, WITHIN_LIMIT, 2):
        # ("8 pages + 2 of refs, ok?": one sum checked, not two parts; "notif + cr dates?": two;
        # "13:00 utc + 2": an offset)
        parts = text.split(" + ")
        text = parts[0] + "".join(
            (" plus " if _adds_pages(before, after) else " + ") + after
            for before, after in itertools.pairwise(parts))
    # (each rewrite only where a plain substring check says it can apply)
    if "y/n" in text:  # "anonymous y/n": a yes-or-no question
        text = _YES_NO.sub("", text)
    if " and whe" in text:  # "when and where is it?": two questions about one subject
        text = _WHEN_AND_WHERE.sub(r"\1 is \4 and \2 is \4", text)
    if "@" in text or ">" in text:
        # "@MLSysBot deadline?", "<@123> ...", "> quoted line": who is addressed, not what is
        # asked
        text = _ADDRESSED.sub(" ", text)
    if "locat" in text:
        text = _COLOCATED.sub("colocat", text)
    if "ready" in text:
        text = _CAMERA_READY.sub("camera-ready", text)
    if has_cjk(text):  # a space between CJK and Latin runs: "pdf인가요" still has "pdf"
        text = _CJK_LATIN.sub(" ", text)
    if "'" in text:
        text = _CONTRACTION_RX.sub(_contraction, text)
    # (two-word rewrites before the slang: "acm dl" is the digital library, not a deadline)
    for phrase in sorted(phrases_in(text, _REWRITE_KEYS, 2)):
        text = replace_words(text, phrase, REWRITES[phrase])
    bare = text.rstrip(" ?!.")
    if bare.rsplit(" ", 1)[-1] in _END_LAST_WORDS:
        for phrase, by in END_REWRITES.items():
            if bare.endswith(phrase) and (len(bare) == len(phrase)
                                          or not bare[-len(phrase) - 1].isalnum()):
                text = bare[:-len(phrase)] + by + text[len(bare):]
                break
    if not SLANG.keys().isdisjoint(_words(text)):  # (the words are kept: the speller reads them)
        text = _WORD.sub(lambda m: SLANG.get(m.group(0), m.group(0)), text)
    return text


def replace_words(text: str, phrase: str, by: str) -> str:
    """``text`` with ``phrase`` replaced where it stands as whole words ("some results", not
    the end of "awesome results")."""
    out, at = [], 0
    while (i := text.find(phrase, at)) >= 0:
        end = i + len(phrase)
        whole = (i == 0 or not text[i - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum())
        out.append(text[at:i] + (by if whole else phrase))
        at = end
    return "".join(out) + text[at:]


# "a visa letter, separate from the NIPS one?": a qualifier of the question before it
QUALIFIER = re.compile(r"^(separate from|apart from|other than|unlike|instead of|rather than|"
                       r"independent of|independently of|as opposed to|not the|"
                       # (a German relative clause: "ein Paper, das schon woanders ...")
                       r"(das|der|welches|welcher) \w+ \w+)\b")
# (an example of what was asked about, after a comma: "supplementary material, like a video?")
EXAMPLE = re.compile(r"^(like (an?|the|some|my|our)|such as|e\.?g\.?|for example|for instance)\b")
ALTERNATIVES = re.compile(r"^[\w -]{1,30} or [\w -]{1,30}$")
# "the difference between a full paper and a work in progress paper": one question of two things
_CHOOSING = frozenset(table("words.yaml")["choosing_words"])  # "the difference between"
CHOICE = re.compile(r"^(which|what|who)\b.{0,30}\b(first|earlier|later|last|sooner|next|"
                    r"better|more|less|longer|shorter|one)$")


def _between_two(part: str) -> bool:
    """Whether a part ends on the first of two things it compares ("what's the difference
    between a full paper", before "and a WIP paper") or names together ("the same paper to
    both the main track", before "and the tiny track")."""
    if "between" not in part and "both" not in part:
        return False
    said = _WORD.findall(part)
    pivot = next((w for w in ("between", "both") if w in said), None)
    if pivot is None:
        return False
    at = len(said) - 1 - said[::-1].index(pivot)
    return at < len(said) - 1 and "and" not in said[at:] and len(part) - part.rfind(
        pivot) <= BETWEEN_REACH + len(f"{pivot} ") and (pivot == "both" or not _CHOOSING.isdisjoint(
        said[max(0, at - 4):at]))


def split_clauses(text: str) -> list[str]:
    """Split an (already expanded) message into the separate questions it asks."""
    text = _SALUTATION.sub("", text)  # "dear organizers, ..." addresses, it does not ask
    parts: list[str] = []
    ends: list[str] = []  # (what ends each piece, found once a join is looked at)
    last = 0  # (the piece the last part ends with)

    def ended_by(i: int, marks: str) -> bool:
        """Whether one of ``marks`` ends a piece since the last part, before piece ``i``
        (empty pieces between: "open? and when ...")."""
        if not ends:
            ends.extend(m.group(0) for m in _CLAUSE_SPLIT.finditer(text))
        return any(c in end for end in ends[last:i] for c in marks)

    def after_a_question(i: int) -> bool:
        """Whether a question mark ends a piece before piece ``i``: nothing joins past it."""
        return ended_by(i, "?？")

    for i, part in enumerate(p.strip(" .,:'\"()[]•·*>-–—") for p in _CLAUSE_SPLIT.split(text)):
        # "a code of conduct, or the nips one?", "which is due first, demos or papers?": one
        # question with its alternatives
        # ...and an example after a comma ("supplementary material, like a video?")
        if parts and (part.startswith("or ") or QUALIFIER.match(part) or (
                ALTERNATIVES.match(part) and CHOICE.search(parts[-1])) or (
                EXAMPLE.match(part) and not after_a_question(i) and ended_by(i, ","))):
            parts[-1] += " " + part
        elif parts and part and _between_two(parts[-1]) and len(part) <= BETWEEN_REACH and \
                not ended_by(i, "?？.;!\n") and \
                (_WORD.findall(part) or [""])[0] not in QUESTION_WORDS:
            # (nor past the end of a sentence, nor to a question of its own: "both authors
            # are students. when is ...?", "..., how much is registration?")
            parts[-1] += " and " + part
        elif parts and part and _WORD.search(parts[-1]) and \
                set(_WORD.findall(parts[-1])) <= _BARE_QUESTION_WORDS and \
                not _SENDING_IN.isdisjoint(_WORD.findall(part)) and not after_a_question(i):
            # "when + where do i submit": both ask of sending in (the deadline, not the day of
            # the workshop); not "when and where?", nor "when and how can I attend?"
            parts[-1] += " and " + part
        elif part:
            parts.append(part)
        if part:
            last = i
    return [p for p in parts if _WORD.search(p)]


def words(text: str) -> list[str]:
    """The words of ``text`` (a new list each time: the words of one text are found once)."""
    return list(_words(text))


@text_cache()
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


def is_year(word: str) -> bool:
    """Whether a word is a year ("2024"; not "1234", nor "24")."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def year_in(text: str) -> int | None:
    """The first year ``text`` writes ("the 2026 edition", "MLSB 2024 (Vancouver)"), if any."""
    if "19" not in text and "20" not in text:
        return None
    return next((int(w) for w in words(text) if is_year(w)), None)


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Everyday English words (40,000, see scripts/build_wordlist.py), read on first use."""
    words_file = resources.files("bot.core.understanding").joinpath("english-words.txt")
    text = words_file.read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


class Speller:
    """Corrects typos against a vocabulary: ``deadine`` -> ``deadline``, ``submisions`` ->
    ``submissions``. Only words not in the vocabulary and not everyday English are touched."""

    def __init__(self, vocabulary: Iterable[str], keep: Iterable[str] = ()) -> None:
        """``keep``: words never corrected though not in the vocabulary (other conferences'
        names: "CoRL" is no "cool")."""
        self.vocabulary = sorted({w for w in vocabulary if len(w) >= 3 and w.isalpha()})
        self._known = frozenset(self.vocabulary) | COMMON_WORDS | frozenset(keep)
        self.correct_word = lru_cache(maxsize=8192)(self._correct_word)
        # for a typo of each length, the words of the vocabulary it can be: a word more letters
        # longer or shorter than the edits allowed is further away than that, so only the
        # others are compared (in the vocabulary's order, so of equally close words the same
        # one is picked)
        lengths = [len(w) for w in self.vocabulary]
        self._within_reach = {
            n: [w for w, m in zip(self.vocabulary, lengths, strict=True)
                if abs(m - n) <= _edits_allowed(n)]
            for n in range(4, max(lengths, default=0) + 3)}

    def _correct_word(self, word: str) -> str:
        if len(word) < 4 or word in self._known or not word.isalpha() or has_cjk(word):
            return word
        if word in english_words():
            return word
        limit = _edits_allowed(len(word))
        choices = self._within_reach.get(len(word))
        if not choices:
            return word  # (no word of the vocabulary is as few edits away)
        best = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=limit)
        if best is None:
            return word
        candidate = best[0]
        # a typo keeps the first letter and roughly the length
        if candidate[0] != word[0] or abs(len(candidate) - len(word)) > limit:
            return word
        return candidate

    def correct(self, text: str, keep: frozenset[str] = frozenset()) -> str:
        """``text`` with its typos corrected, except the words of ``keep`` (a name asked
        about: "is sebastian bruch organizing?" is no brunch)."""
        # (most messages have no typo: each word is looked up once, and the text rewritten only
        # when one of them is corrected)
        said = _words(text)
        if all(w in keep for w, c in zip(said, map(self.correct_word, said), strict=True)
               if c != w):
            return text
        return _WORD.sub(lambda m: m.group(0) if m.group(0) in keep else
                         self.correct_word(m.group(0)), text)


def _edits_allowed(length: int) -> int:
    """How many edits a typo of a word this long may be (English words are left alone before
    this, so a long typo may be two edits away)."""
    return 1 if length <= 7 else 2


def unyeared(said: list[str]) -> set[str]:
    """Names written with their year ("pmbs24", "dlfm2025") as said without it ("pmbs")."""
    out = set()
    for w in said:
        bare = w.rstrip("0123456789")
        if w[-2:].isdigit() and len(bare) >= 2 and bare.isalpha():
            out.add(bare)
    return out


def whole_at(text: str, phrase: str, start: int = 0) -> int:
    """Where ``text`` first has ``phrase`` as whole words from ``start`` on (-1: nowhere)."""
    at = text.find(phrase, start)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text)
                                                        or not text[end].isalnum()):
            return at
        at = text.find(phrase, at + 1)
    return -1


def says_whole(text: str, phrase: str) -> bool:
    """Whether ``text`` has ``phrase`` as whole words."""
    return whole_at(text, phrase) >= 0


def sentences_of(text: str) -> list[str]:
    """The sentences of a text of the knowledge (its line breaks read as spaces)."""
    return SENTENCE_END.split(" ".join(text.split()))
