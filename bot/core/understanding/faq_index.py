"""The organizers' own ``faq:`` entries, indexed for matching questions against them.

An inverted index over the entries' phrasings, so cost grows with the phrasings that share words
with the question, not with all of them. Words are crudely stemmed and synonyms made one, so
"toddler" finds the "childcare" entry. Each entry also knows which of the topics a call often
leaves out (:mod:`.topics`) it answers, so an FAQ entry can take over from "I don't know".
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz

from bot.core.knowledge.model import FaqEntry
from bot.core.understanding.intents import DAY, WEEKDAY, Words, word_list
from bot.core.understanding.runs import phrases_in
from bot.core.understanding.tables import table
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import Speller, expand, fold, replace_words, whole_at, words
from bot.core.understanding.topics import TOPICS, Topic

MAX_CANDIDATES = 64  # phrasings compared in full with a question
FAQ_FIRE = 0.74
FAQ_GRAY = 0.55
ENTRY_FIRE = 0.8  # an entry's questions and answer together explain this share of a question
ENTRY_GRAY = 0.6
# topics that ask the time or the cost *of* something else ("what time is the lunch?")
MODIFIER_TOPICS = frozenset({"schedule", "fees"})
# an answer that says when: a day, a time of day, or a point relative to a deadline
NAMES_A_TIME = re.compile(
    # (not the length of a "full-day workshop", "a half day event")
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?(am|pm)\b|\d{4}-\d{2}-\d{2}|"
    r"(?<!-)(?<!full )(?<!half )\b(morning|afternoon|evening|"
    r"noon|midnight|tonight|today|tomorrow|week|weeks|day|days|month|months)\b|"
    r"\b(until|before|after|by) (the )?[\w -]{0,30}(deadline|date|day|notification)\b|"
    + DAY + "|" + WEEKDAY)
NAMES_A_DAY = re.compile(DAY + "|" + WEEKDAY)
RELATIVE_TO = frozenset({"until", "before", "after", "by"})  # "by the X deadline": no day
TIME_LENGTHS = frozenset(table_words("time_lengths"))  # "two *weeks* before", not "same *day*"
PER_WORDS = frozenset({"per", "each", "every"})  # "3 reviewers *per* paper": the unit after
FEE_NOUNS = frozenset(table_words("fee_nouns"))  # "the registration *fee*": a price asked
TOPIC_NAMED = {t.name: t for t in TOPICS}
PART_OF_TOPICS = [t for t in TOPICS if t.part_of]  # ("register" said of an abstract)
# topics with one subject each (``narrow: true`` in the topics' data)
NARROW_TOPICS = frozenset(t.name for t in TOPICS if t.narrow)
# topics that are one subject whatever words say them (``any_words: true``)
ANY_WORDS_TOPICS = frozenset(t.name for t in TOPICS if t.any_words)
SAME_SUBJECT_TOPICS = frozenset(t.name for t in TOPICS if t.any_words is True)
# the steps of a paper ("abstract", "camera_ready"; registering is also how one attends)
STEP_TOPICS = frozenset(t.name for t in TOPICS
                        if t.deadline_kind and t.deadline_kind != "registration")
# "how many reviewers per paper?": an answer without a quantity does not answer it
ASKS_AMOUNT = re.compile(r"\bhow (many|much|long|big|large|often)\b|"
                         r"\b(what|max|maximum) size\b|\bsize limit\b")
COUNT_REACH = 4  # words on either side of a quantity among which it finds what it counts
COUNT_ANYTHING = frozenset(table_words("count_anything"))  # "how many times": any count
COUNT_QUALIFIERS = frozenset(table_words("count_qualifiers"))  # "how many *extra* pages"
LENGTH_UNITS = frozenset(table_words("length_units"))  # what "how long" asks to be given
TIME_UNITS = frozenset(table_words("time_units"))  # ...of a talk, a session: a time
TIMED_THINGS = frozenset(table_words("timed_things"))  # "how long are the *talks*?"
WRITTEN_THINGS = frozenset(table_words("written_things"))  # "how long can the *paper* be?"
COUNT_DOERS = frozenset(table_words("count_doers"))  # "how many people *review*"
PERSON_ASKED = frozenset(table_words("person_asked"))  # "is *someone* from hugging face ..."
GIVES_AMOUNT = re.compile(
    r"\b(?!(19|20)\d\d\b)\d+|\b[ab][0-5]\b|\b(portrait|landscape|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|half|single|unlimited|no limit|free|any length|several)\b")
ASKS_WHEN = word_list("asks_when")
ASKS_LINK = word_list("asks_link")
ASKS_PAGE_COUNT = word_list("asks_page_count")
ASKS_A_DEADLINE = word_list("deadline_words")
DAY_PART_WORDS = frozenset(w for part in table_words("program")["day_parts"].values()
                           for w in part["said"])
OFFERS_LINK = word_list("offers_link")  # "as mp4 or a link?": a link as one way, not asked for
# an answer that names someone ("Kostia Omelianchuk (Grammarly)")
MAX_NAME = 40  # characters of a place or name said in brackets ("(Research Scientist, Meta)")
NAMES_A_PERSON = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")
NOT_YET_NAMED = word_list("not_yet_named")
NAMES_A_GROUP = word_list("names_a_group")  # "members of the program committee": a who
# the kind of thing a question asks for ("when", "who", "where"), as a token of its own
QUESTION_KINDS = {"?" + kind: Words(tuple(said))
                  for kind, said in table_words("question_kinds").items()}
QUESTION_KIND_TOKENS = frozenset(QUESTION_KINDS)  # "?when", "?who"
FUNCTION_WORDS = frozenset(table_words("function_words")) | frozenset(
    table_words("foreign_function_words"))


# Words people use for the same thing, for matching organizers' FAQ entries ("toddler" asks
# about "childcare", "zoom" about presenting "remotely").
SYNONYMS: dict[str, str] = {w: group for group, members in table_words("synonyms").items()
                           for w in members}


SUBJECTS = frozenset(SYNONYMS.values())  # "fee", "size", "child": words that name a subject
MONEY_SUBJECTS = frozenset({"money"})  # what a price in an answer speaks of ("$1,000")
# phrases that are one word here ("how much" asks a fee; "code of conduct" is no code)
CONTENT_PHRASES: dict[str, str] = table("words.yaml")["content_phrases"]
LINK_SUBJECTS = frozenset({"site"})  # what a web address in an answer speaks of


_ENGLISH = snowballstemmer.stemmer("english")
STEM_OVERRIDES: dict[str, str] = table_words("stem_overrides")


def _counted_thing(text: str) -> str | None:
    """What "how many" asks to count ("reviewers"), unless it counts anything ("times")."""
    said = words(text)
    for i in range(len(said) - 2):
        if said[i] == "how" and said[i + 1] == "many":
            # ("how many extra pages": pages)
            at = i + 3 if said[i + 2] in COUNT_QUALIFIERS and i + 3 < len(said) else i + 2
            if said[at] in COUNT_DOERS and at + 1 < len(said) and \
                    said[at + 1] not in FUNCTION_WORDS and not said[at + 1].endswith("ly"):
                at += 1  # ("how many people *are* expected?": people)
            return said[at] if said[at] not in COUNT_ANYTHING else None
    return None


def lasting_asked(text: str) -> bool:
    """Whether "how long" asks of a thing that lasts ("how long are the talks?", "each paper
    presentation"), not of a thing written ("how long can the paper be?", "the lightning talk
    proposal"): the last such word of the words named right after it."""
    said = words(text)
    for i in range(len(said) - 1):
        if said[i] == "how" and said[i + 1] == "long":
            rest = said[i + 2:]
            start = next((j for j, w in enumerate(rest) if w not in FUNCTION_WORDS), len(rest))
            end = next((j for j in range(start, len(rest)) if rest[j] in FUNCTION_WORDS),
                       len(rest))
            things = [w for w in rest[start:end] if w in TIMED_THINGS or w in WRITTEN_THINGS]
            return bool(things) and things[-1] in TIMED_THINGS
    return False


def _counted_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` in ``text`` is a quantity ("*two* weeks", "*a* day")."""
    before = text[:at].split()[-1:]
    return bool(before) and (before[0] == "a" or bool(GIVES_AMOUNT.fullmatch(before[0])))


def _clock_time(said: str) -> bool:
    """Whether a time found in a text is a time of day ("14:00", "9.30", "2 pm"; not "25
    august" nor "2024-05-01")."""
    said = said.replace(" ", "")
    hour, _, minutes = said.replace(".", ":").partition(":")
    if minutes:
        return hour.isdigit() and len(hour) <= 2 and minutes.isdigit() and len(minutes) == 2
    return said[:-2].isdigit() and len(said) <= 4 and said.endswith(("am", "pm"))


def names_a_clock_time(text: str) -> bool:
    """Whether ``text`` says a time of day ("5pm", "14:00", "midnight")."""
    return any(_clock_time(m.group(0)) or m.group(0) in CLOCK_NAMES
               for m in NAMES_A_TIME.finditer(text))


CLOCK_NAMES = frozenset({"noon", "midnight"})  # times of day by name
ADJECTIVE_COUNTS = frozenset(table_words("adjective_counts"))
CURRENCIES = frozenset(table_words("currencies"))  # "1,800 DKK"
CURRENCY_SIGNS = "".join(table_words("currency_signs"))  # "175€", "$50"
FREE = word_list("price_without_figure")  # "free", "half the fee": a price in words
ASKS_PRICE = frozenset(table_words("asks_price"))
PRICE_NOUNS = frozenset(table_words("price_nouns"))  # "how *much* is the fee"
PRICED = PRICE_NOUNS | frozenset(table_words("priced_things"))
DISCOUNT_WORDS = frozenset(table_words("discount_words"))
RATE_GROUPS = frozenset(table_words("rate_groups"))
GROUP_PRICE_NOUNS = frozenset(table_words("group_price_nouns"))


def _gives_a_price(answer: str) -> bool:
    """Whether an answer gives a price: a figure with a currency ("175€", "1,800 DKK", "$50")
    or one in words ("free", "half the fee")."""
    if FREE.search(fold(answer)):
        return True
    said = words(fold(answer))
    if any(c.isdigit() and (answer[i + 1:i + 2] in CURRENCY_SIGNS or answer[i - 1:i] in
                            CURRENCY_SIGNS) for i, c in enumerate(answer) if i):
        return True  # ("175€", "$50": a sign beside a figure)
    return any(w.isdigit() and ((said[i + 1:i + 2] and said[i + 1] in CURRENCIES)
                                or (said[i - 1:i] and said[i - 1] in CURRENCIES))
               for i, w in enumerate(said))


def _counted_words(tokens: list[str]) -> set[str]:
    """The words a text's quantities count: the content word before each and three after
    ("reviewed by at least *three members*", "*8-10 papers accepted*"; not "full papers may
    grow to 8 pages")."""
    out: set[str] = set()
    for i, t in enumerate(tokens):
        if not GIVES_AMOUNT.fullmatch(t) or tokens[i + 1:i + 2] == ["blind"]:
            continue  # ("a single-blind review" counts nothing)
        # ("reviewed by at least *three*", but not "review is *single*-round")
        before = [w for w in tokens[max(0, i - COUNT_REACH):i]
                  if w not in FUNCTION_WORDS][-1:] if t not in ADJECTIVE_COUNTS else []
        following = tokens[i + 1:i + 1 + COUNT_REACH]
        # ("3 reviewers per paper" counts reviewers: what comes after "per" is the unit)
        following = following[:next((j for j, w in enumerate(following) if w in PER_WORDS),
                                    len(following))]
        after = [w for w in following if w not in FUNCTION_WORDS][:3]
        out |= {SYNONYMS.get(w) or stem(w) for w in before + after + [t]}
    return out


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The English (Porter2) stem: "released" and "release", "meeting" and "meet" are one
    (and, by a small table, "submission" and "submit")."""
    return STEM_OVERRIDES.get(word) or _ENGLISH.stemWord(word)


# what an entry must say to answer a discount asked of no group: a discount, or groups' rates
DISCOUNT_STEMS = frozenset(stem(w) for w in DISCOUNT_WORDS | RATE_GROUPS)

# words whose Porter2 stem does not open with the word's own first two letters ("dying": "die")
_STEM_RESPELLS = frozenset({"dying", "lying", "tying"})


class StemSet:
    """A set of stems, and whether any word of a text stems to one of them. A word is stemmed
    only when it could: a Porter2 stem keeps the word's first two letters (but for the table's
    own stems and three "-ying" words), so the rest of the words of a long message, most of them
    never seen before, are not stemmed at all."""

    def __init__(self, stems: set[str] | frozenset[str]) -> None:
        self.stems = frozenset(stems)
        self._starts = frozenset(s[:2] for s in self.stems)

    def said_in(self, tokens: list[str]) -> bool:
        starts, stems = self._starts, self.stems
        return any(stem(w) in stems for w in tokens if w[:2] in starts
                   or w in STEM_OVERRIDES or w in _STEM_RESPELLS)


# words every workshop's entries may say ("deadline", "paper", "submit"): they tell no entry apart
DOMAIN_WORDS = frozenset(SYNONYMS.get(w) or stem(w) for key in (
    "deadline_name_generic", "deadline_generic_asked", "entry_generic") for w in table_words(key))


def _with_short_forms(questions: list[str], short_forms: dict[str, str]) -> list[str]:
    """An entry's questions, and each that says a long form the call abbreviates ("how do I
    submit a work in progress") once more with the short form ("... a wip")."""
    out = list(questions)
    for q in questions:
        folded = fold(q)
        for long, short in short_forms.items():
            if whole_at(folded, long) >= 0:
                out.append(replace_words(folded, long, short))
    return out


@dataclass
class _Phrasing:
    faq_id: str
    text: str
    tokens: frozenset[str]
    weight: float  # sum of idf of its tokens


class FaqIndex:
    """The FAQ entries of one knowledge file, with their questions typo-corrected by ``speller``.

    ``own_words`` are the workshop's own name words: they say nothing about which entry is meant.
    """

    def __init__(self, faq: list[FaqEntry], speller: Speller, own_words: set[str],
                 short_forms: dict[str, str] | None = None) -> None:
        self._own_words = own_words
        self._phrasings: list[_Phrasing] = []
        raw: list[tuple[str, str, list[str]]] = []
        df: dict[str, int] = defaultdict(int)
        for entry in faq:
            for q in _with_short_forms(entry.questions, short_forms or {}):
                norm = speller.correct(expand(q))
                tokens = self.content(norm) + self.kinds(norm)
                raw.append((entry.id, norm, tokens))
                for t in set(tokens):
                    df[t] += 1
        n = max(len(raw), 1)
        self._idf = {t: math.log(1 + n / c) + 0.5 for t, c in df.items()}
        # for each FAQ entry: the topics its questions are about, with the words that say so
        self.topics: dict[str, dict[str, set[str]]] = {}
        self._words: dict[str, tuple[set[str], set[str]]] = {}
        self._core: dict[str, set[str]] = {}
        self._main: dict[str, set[str]] = {}
        self._dated: dict[str, bool] = {}  # whether the answer gives a day, time or number
        self._dayed: dict[str, bool] = {}  # whether it gives more than a time of day
        self._linked: dict[str, bool] = {}  # whether the answer gives a web address
        self._named: dict[str, bool] = {}  # whether the answer names someone (a capitalized name)
        self._amounted: dict[str, bool] = {}  # whether the answer gives a quantity
        self._priced: dict[str, bool] = {}  # whether the answer gives a price ("175 EUR")
        self._asked_who: dict[str, bool] = {}  # whether a question of its own asks "who"
        self._asks_pages: dict[str, bool] = {}  # whether one asks a number of pages
        self._counted: dict[str, set[str]] = {}  # the words near its quantities
        self._length_units = frozenset(SYNONYMS.get(w) or stem(w) for w in LENGTH_UNITS)
        self._time_units = frozenset(SYNONYMS.get(w) or stem(w) for w in TIME_UNITS)
        # topics an entry covers only through its answer, and the answer's content words
        self._by_answer: dict[str, set[str]] = {}
        self._said: dict[str, set[str]] = {}
        self._stems: dict[str, set[str]] = {}
        self._asked_about: dict[str, frozenset[str]] = {}  # the topics its questions ask about
        # the names the answers give ("Hugging Face", "Baptiste Rozière"), each with the
        # entries that give it: "is someone from hugging face speaking?" is that entry's
        # (the names said in brackets after someone's: "Loubna Ben Allal (Hugging Face)")
        named: dict[str, set[str]] = defaultdict(set)
        for entry in faq:
            for bracket in entry.answer.split("(")[1:]:
                inside = bracket.split(")")[0]
                # (and the last part, a capitalized place: "(Research Scientist, Meta)")
                last = inside.split(",")[-1].strip()  # (or the only one: "(Grammarly)")
                for name in NAMES_A_PERSON.findall(inside) + (
                        [last] if last[:1].isupper() and len(last) <= MAX_NAME else []):
                    named[" ".join(words(fold(name)))].add(entry.id)
        self._names = {n: next(iter(ids)) for n, ids in named.items() if len(ids) == 1}
        self._name_keys = frozenset(self._names)
        self._longest_name = max((len(n.split()) for n in self._names), default=1)
        for entry in faq:
            asked = speller.correct(expand(" ".join(entry.questions)))
            said = speller.correct(expand(entry.answer))
            # what the entry's questions are about (its answer may mention more in passing)
            self.topics[entry.id] = {t.name: triggers for t in TOPICS
                                     if (triggers := self.triggers(t, asked))}
            phrasings = [speller.correct(expand(q)) for q in entry.questions]
            for t in PART_OF_TOPICS:
                # ("should I register my abstract early?": the abstract's registration only)
                if t.name in self.topics[entry.id] and all(
                        not t.compiled.search(q) or any(TOPIC_NAMED[o].compiled.search(q)
                                                        for o in t.part_of)
                        for q in phrasings):
                    del self.topics[entry.id][t.name]
            self._asked_about[entry.id] = frozenset(self.topics[entry.id])
            # a narrow subject the answer speaks to is the entry's too ("or already on arXiv")
            # and so is a related one ("present remotely" -> "a pre-recorded video")
            for t in TOPICS:
                if t.name in NARROW_TOPICS and t.name in self.topics[entry.id]:
                    self.topics[entry.id][t.name] |= self.triggers(t, said)
                elif set(t.related) & set(self.topics[entry.id]) and (
                        triggers := self.triggers(t, said)):
                    self.topics[entry.id][t.name] = triggers
                    self._by_answer.setdefault(entry.id, set()).add(t.name)
            # (a web address in the answer speaks of a link: "link to the proceedings?")
            addressed = "http" in entry.answer or "www." in entry.answer
            self._said[entry.id] = set(self.content(said)) | (
                LINK_SUBJECTS if addressed else set())
            # (its words merely stemmed: "a *discount* code", where content says "fee")
            self._stems[entry.id] = {stem(w) for w in words(f"{asked} {said}")}
            self._words[entry.id] = (set(self.content(asked)),
                                     set(self.content(asked)) | self._said[entry.id])
            # what every phrasing says: the entry's subject ("travel" for travel awards)
            each = [set(self.content(speller.correct(expand(q)))) for q in entry.questions]
            self._core[entry.id] = set.intersection(*each) if each else set()
            # the subjects every phrasing asks about: the entry's own ("the final version's
            # length", not "proceedings" said by one phrasing in passing)
            # (the topics found in all the questions together, looked for in each)
            joined = set(self.topics[entry.id])
            self._main[entry.id] = {t.name for t in TOPICS if t.name in joined and all(
                t.compiled.search(q) for q in phrasings)}
            self._dated[entry.id] = bool(NAMES_A_TIME.search(said))
            # (a time of day alone, "in the afternoon session", gives no deadline's day)
            # (nor does "by the early registration deadline" give that deadline's own day)
            # (nor does a length without a number: "any workshop held on the same day")
            kept = " ".join(w for w in said.split() if w.strip(".,;:()") not in DAY_PART_WORDS)
            self._dayed[entry.id] = any(
                not (m.group(0).split()[0] in RELATIVE_TO and m.group(0).endswith(
                    ("deadline", "date", "day", "notification")))
                and not (m.group(0) in TIME_LENGTHS and not _counted_before(kept, m.start()))
                for m in NAMES_A_TIME.finditer(kept))
            # (an answer saying it is still to come answers both; so does an entry asked "who")
            later = NOT_YET_NAMED.search(fold(entry.answer))
            self._linked[entry.id] = bool(later) or addressed
            self._asked_who[entry.id] = any("?who" in self.kinds(fold(q)) for q in entry.questions)
            self._asks_pages[entry.id] = any(ASKS_PAGE_COUNT.search(fold(q))
                                             for q in entry.questions)
            self._named[entry.id] = later or bool(NAMES_A_PERSON.search(entry.answer)) or \
                bool(NAMES_A_GROUP.search(fold(entry.answer))) or self._asked_who[entry.id]
            self._amounted[entry.id] = bool(GIVES_AMOUNT.search(said))
            self._priced[entry.id] = _gives_a_price(entry.answer)
            # what the answer counts: the words near each quantity it gives ("three reviewers")
            self._counted[entry.id] = _counted_words(words(said))
            # (two times of day give a length too: "from 14:00 to 17:30")
            if sum(1 for m in NAMES_A_TIME.finditer(said) if _clock_time(m.group(0))) >= 2:
                self._counted[entry.id].add("hour")
        self._postings: dict[str, list[int]] = defaultdict(list)
        for faq_id, norm, tokens in raw:
            tset = frozenset(tokens)
            weight = sum(self._idf[t] for t in tset) or 1.0
            self._phrasings.append(_Phrasing(faq_id, norm, tset, weight))
            for t in tset:
                self._postings[t].append(len(self._phrasings) - 1)
        # each entry as a whole (its questions and its answer), for questions that share words
        # with what the organizer wrote rather than with how they phrased the question
        entry_df: dict[str, int] = defaultdict(int)
        for _, everything in self._words.values():
            for t in everything:
                entry_df[t] += 1
        m = max(len(self._words), 1)
        self._entry_idf = {t: math.log(1 + m / c) for t, c in entry_df.items()}
        self._entry_postings: dict[str, list[str]] = defaultdict(list)
        for faq_id, (_, everything) in self._words.items():
            for t in everything:
                self._entry_postings[t].append(faq_id)

    def content(self, text: str) -> list[str]:
        """Content words, crudely stemmed ("grants" -> "grant", "meeting" -> "meet"), with
        synonyms made one ("price" -> "fee"); the workshop's own name says nothing here."""
        for phrase, word in CONTENT_PHRASES.items():
            if phrase in text:  # (whole words: not "how muchness")
                text = replace_words(text, phrase, word)
        return [SYNONYMS.get(w) or stem(w) for w in words(text)
                if w not in FUNCTION_WORDS and w not in self._own_words]

    @staticmethod
    def kinds(text: str) -> list[str]:
        """What ``text`` asks for by its question words ("?when", "?who"), as tokens: a phrasing
        asked with "when" is not the one for a question asked with "who"."""
        found = [kind for kind, said in QUESTION_KINDS.items() if said.search(text)]
        if "?when" not in found and NAMES_A_DAY.search(text):
            found.append("?when")  # "is the workshop on dec 13?" asks when it is
        return found

    def triggers(self, topic: Topic, text: str) -> set[str]:
        """The words by which ``text`` is about ``topic``, made comparable ("talks" -> present)."""
        found = " ".join(m.group(0) for m in topic.compiled.finditer(text))
        return {SYNONYMS.get(w) or stem(w) for w in words(found)}

    def naming(self, text: str) -> str | None:
        """The one entry whose answer gives the name of a place someone in ``text`` is from or at
        ("is someone from hugging face speaking?"), if there is one."""
        if not self._names or PERSON_ASKED.isdisjoint(words(text)):
            return None  # ("how far is the venue from san diego?": no one asked about)
        said = phrases_in(text, self._name_keys, self._longest_name)
        # (a name someone is from or at: "someone from hugging face", not "tacos in san diego")
        entries = {self._names[n] for n in said if f"from {n}" in text or f"at {n}" in text}
        return entries.pop() if len(entries) == 1 else None

    def covering(self, topics: list[Topic], text: str) -> str | None:
        """An FAQ entry on the same subject as the clause's topics (the organizer answered it):
        every topic asked about in the same terms ("give my talk over zoom" is the "present
        remotely" entry; "will talks be recorded" is not), and words in common."""
        tokens = set(self.content(text))
        asked_by = {t.name: self.triggers(t, text) for t in topics}
        best, best_shared = None, 0
        for faq_id, covered in self.topics.items():
            # (some subjects are the same whatever words say them: "without any of us showing
            # up" and "does an author need to attend?")
            hits = {name for name in asked_by if asked_by[name] & covered.get(name, set())
                    or (name in ANY_WORDS_TOPICS and name in self._asked_about[faq_id])}
            uncovered = set(asked_by) - hits
            # "what time is the mentoring lunch": the time or price *of* the subject covered
            if not tokens or not hits or not uncovered <= MODIFIER_TOPICS:
                continue
            if ("fees" in uncovered and FEE_NOUNS.intersection(words(text))
                    and not {"fee", "money"} & self._words[faq_id][1]) or (
                    "schedule" in uncovered and not self._dated[faq_id]):
                continue  # ...which the entry must then speak of: money, a time
            if not self.gives_what_is_asked(faq_id, text):
                continue  # "how many reviewers per paper?": no count in the review entry
            via_answer = hits & self._by_answer.get(faq_id, set())
            beyond = tokens - set().union(*asked_by.values())
            # a subject only its answer speaks to: asked in the answer's words beyond the
            # subject's own ("a pre-recorded *video* accepted?", not "will talks be recorded")
            if via_answer and not beyond & self._said[faq_id]:
                continue
            # "registration deadline?": an entry that names no day cannot say when; nor does
            # one that names no money say how much prize money there is
            # (the words of the phrases that asked the subject: "attend without *presenting*")
            if not self.gives_what_is_asked(faq_id, text) or self.leaves_out_subject(
                    faq_id, text, frozenset(SYNONYMS.get(x, x) for said in asked_by.values()
                                            for w in said for x in w.split())):
                continue
            asked, everything = self._words[faq_id]
            # the entry's own subject must be asked about: a travel award is not a best paper
            # award
            subjects = self._core[faq_id] & SUBJECTS
            # (a subject that is one whatever words say it is the entry's own, asked)
            if subjects and not subjects & tokens and not hits & SAME_SUBJECT_TOPICS and not (
                    via_answer and len(beyond & self._said[faq_id]) >= 2):
                continue
            # nor is an entry every phrasing of which asks of one step (abstract registration)
            # one on a subject it touches (registering for the conference)
            steps = self._main[faq_id] & STEP_TOPICS
            if steps and not steps & hits and not via_answer:
                continue
            # the same subject is not enough: the question must share words with the entry
            # ("poster size" answers "will my A0 poster fit", not "poster printing service"),
            # and what it does not share must not be another subject ("poster *session*",
            # "poster *size*" for an entry about poster sessions)
            in_questions = len(tokens & asked)
            shared = len(tokens & everything)
            stray = set().union(*(asked_by[n] for n in uncovered)) & (tokens - everything)
            stray |= (tokens - everything) & SUBJECTS
            # a narrow subject asked in the entry's own words is enough ("full proofs in an
            # appendix?" is the appendix entry)
            close = (in_questions / len(tokens) >= 0.5 or bool(
                hits & (NARROW_TOPICS | ANY_WORDS_TOPICS))) and not stray
            if (shared >= 2 or close) and shared > best_shared:
                best, best_shared = faq_id, shared
        return best

    def only_these_shared(self, faq_id: str, text: str, these: list[str]) -> bool:
        """Whether ``text`` shares with the entry (its phrasings and answer) only words of
        ``these`` (the topics of the call it names) and words every call says ("papers on
        *explainable AI* for testing?" and an entry whose answer says "explain" and "AI")."""
        shared = set(self.content(text)) & self._words[faq_id][1]
        own = set(self.content(fold(" ".join(these))))
        return bool(shared) and not shared - own - DOMAIN_WORDS

    def asked_throughout(self, faq_id: str, topic: str) -> bool:
        """Whether every phrasing of the entry asks about ``topic``."""
        return topic in self._main[faq_id]

    def leaves_out_subject(self, faq_id: str, text: str,
                           asked_about: frozenset[str] = frozenset()) -> bool:
        """Whether ``text`` names a subject (a synonym group: money, size, a child...) the
        entry never speaks of ("does the best paper award come with prize money?"), other
        than the ones ``asked_about``."""
        named = {SYNONYMS.get(w) for w in words(text)} & SUBJECTS
        if self._priced[faq_id]:  # ("$1,000 for the winner" speaks of money, in a sign)
            named -= MONEY_SUBJECTS
        return bool(named - asked_about - self._words[faq_id][1])

    def gives_a_time(self, faq_id: str) -> bool:
        """Whether the entry's answer gives a day or a time."""
        return self._dated[faq_id]

    def shares_words(self, faq_id: str, text: str) -> bool:
        """Whether ``text`` says a word of the entry's (its questions or answer) beyond the
        words every call says ("which city is it in?" and "register via the FLoC website": no)."""
        return bool((set(self.content(text)) & self._words[faq_id][1]) - DOMAIN_WORDS)

    def says_name(self, faq_id: str, name: str) -> bool:
        """Whether the entry's questions or answer say every word of ``name``."""
        return {stem(w) for w in words(fold(name))} <= self._stems[faq_id]

    def asks_pages(self, faq_id: str) -> bool:
        """Whether one of the entry's own questions asks a number of pages."""
        return self._asks_pages[faq_id]

    def asked_who(self, faq_id: str) -> bool:
        """Whether one of the entry's own questions asks who ("who are the invited speakers?")."""
        return self._asked_who[faq_id]

    def gives_what_is_asked(self, faq_id: str, text: str) -> bool:
        """Whether the entry's answer holds the kind of thing asked: a day or time for "when",
        a quantity for "how many" ("how many reviewers per paper?" is not answered by an entry
        about how papers are reviewed)."""
        if ASKS_WHEN.search(text) and not self._dated[faq_id]:
            return False
        if ASKS_A_DEADLINE.search(text) and not self._dayed[faq_id]:
            return False  # "the leaderboard deadline?" and "held in the afternoon session"
        if ASKS_LINK.search(text) and not OFFERS_LINK.search(text) and not self._linked[faq_id]:
            return False  # "link for fast-track submissions?": an entry with no address
        if "?who" in self.kinds(text) and not self._named[faq_id]:
            return False  # "who's on the program committee?" is not "how to join it"
        if ASKS_PAGE_COUNT.search(text) and "page" not in self._counted[faq_id]:
            return False  # "page limit for shared task papers?": no number of pages in it
        if "how long" in text and not self._counted[faq_id] & self._length_units:
            return False  # "how long are the talks?": not "one author must present"
        if "how long" in text and lasting_asked(text) and \
                not self._counted[faq_id] & self._time_units:
            return False  # "how long are the talks for accepted papers?": not "8 pages"
        counted = _counted_thing(text)
        if counted and (SYNONYMS.get(counted) or stem(counted)) not in self._counted[faq_id]:
            return False  # "how many reviewers per paper?": no count of reviewers in it
        if PRICED.intersection(said := words(text)) and ASKS_PRICE & set(said) and \
                not self._priced[faq_id]:
            return False  # "how much is the registration fee?": not the registration policy
        if self._price_for_a_group(said, faq_id):
            return False  # "is there a student discount?": a fee entry silent on students
        return not (ASKS_AMOUNT.search(text) and not self._amounted[faq_id])

    def _price_for_a_group(self, said: list[str], faq_id: str) -> bool:
        """Whether ``said`` asks a discount or one group's price ("student registration
        price?") that the entry, naming neither a discount nor that group, does not give."""
        groups = RATE_GROUPS.intersection(said)
        if not DISCOUNT_WORDS.intersection(said) and not (
                groups and GROUP_PRICE_NOUNS.intersection(said)):
            return False
        # (the group, when one is named; else a discount, or the rates of groups: "€175 for
        # students", "€50 off for members")
        wanted = {stem(w) for w in groups} if groups else DISCOUNT_STEMS
        return wanted.isdisjoint(self._stems[faq_id])

    def match(self, text: str) -> tuple[str | None, float]:
        """The entry whose phrasings best match ``text``, with its score (FAQ_FIRE: answered)."""
        if not self._phrasings:
            return None, 0.0
        tokens = set(self.content(text))
        if not tokens:
            return None, 0.0
        content = frozenset(tokens)
        tokens.update(self.kinds(text))
        overlap: dict[int, float] = defaultdict(float)
        for t in sorted(tokens):  # (sorted: the same sums whatever the hashing)
            for idx in self._postings.get(t, ()):
                overlap[idx] += self._idf[t]
        # only the phrasings sharing the most weight get the costlier comparisons (with a
        # few dozen phrasings, that is all of them); ties go to the first phrasing
        candidates = heapq.nlargest(MAX_CANDIDATES, overlap, key=lambda i: (overlap[i], -i)) \
            if len(overlap) > MAX_CANDIDATES else list(overlap)
        best_id, best = None, 0.0
        for idx in sorted(candidates):  # ties go to the first phrasing, whatever the hashing
            p = self._phrasings[idx]
            shared = p.tokens & tokens
            coverage = sum(self._idf[t] for t in shared) / p.weight
            extra = len(tokens - p.tokens) / max(len(tokens), 1)
            score = 0.65 * coverage + 0.35 * fuzz.token_set_ratio(text, p.text) / 100
            score -= 0.15 * max(0.0, extra - 0.5)
            if not (shared & content) - DOMAIN_WORDS and (
                    content - DOMAIN_WORDS - self._words[p.faq_id][1]):
                # only words every call says in common ("submit", "paper"), and the question
                # says more that the entry does not: "what kinds of papers can I submit?" is not
                # "how do I submit my paper?"
                score = min(score, FAQ_GRAY)
            elif not (shared & content) - DOMAIN_WORDS and \
                    p.tokens - shared - DOMAIN_WORDS - QUESTION_KIND_TOKENS:
                # nor a question sharing only such words with a phrasing that names more:
                # "when is the paper deadline?" is not "when is the *registration* deadline?"
                score = min(score, FAQ_GRAY)
            elif not (shared & content) - DOMAIN_WORDS and (tokens - content) - p.tokens:
                # nor one asking where, when or who of such words, of a phrasing that does not:
                # "where do I submit?" is not "(I'm not in machine learning,) can I submit?"
                score = min(score, FAQ_GRAY)
            # words of the organizer's answer count too ("power outlet for demos" is answered
            # by "demo tables with power outlets") when the question shares a word with it
            said = self._words[p.faq_id][1]
            if len(content) >= 3 and self._said_share(content, said) >= 0.66:
                score = max(score, FAQ_FIRE)
            if score > best:
                best_id, best = p.faq_id, score
        return best_id, best

    def _said_share(self, content: frozenset[str], said: set[str]) -> float:
        """The share of the question's words an entry's text says, each weighed by how rare it
        is among the entries ("paper" and "deadline" say little; a word no entry has, a lot)."""
        unknown_idf = math.log(1 + max(len(self._words), 1))
        weight = {t: self._entry_idf.get(t, unknown_idf) for t in content}
        total = math.fsum(sorted(weight.values())) or 1.0
        if not any(weight[t] >= unknown_idf and t not in DOMAIN_WORDS and not t.isdigit()
                   for t in content & said):
            # only words other entries say too ("deadline", "paper") tell nothing, nor does a
            # number ("a 10 page paper" is not "about 8-10 papers are accepted")
            return 0.0
        return math.fsum(sorted(weight[t] for t in content & said)) / total

    def explaining(self, text: str) -> tuple[str | None, float]:
        """The entry whose questions and answer together explain most of the question's words
        (an idf-weighted share in [0, 1]), when it shares at least two of them: the last resort
        when no phrasing, intent or topic read the question."""
        tokens = set(self.content(text))
        if len(tokens) < 2:
            return None, 0.0
        unknown_idf = math.log(1 + max(len(self._words), 1))
        total = sum(self._entry_idf.get(t, unknown_idf) for t in tokens)
        shared: dict[str, set[str]] = defaultdict(set)
        for t in tokens:
            for faq_id in self._entry_postings.get(t, ()):
                shared[faq_id].add(t)
        best_id, best = None, 0.0
        for faq_id, common in sorted(shared.items()):
            if len(common) < 2:
                continue
            explained = sum(self._entry_idf[t] for t in common) / total
            if explained > best:
                best_id, best = faq_id, explained
        return best_id, best
