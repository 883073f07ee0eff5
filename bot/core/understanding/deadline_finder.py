"""Which deadline a clause means: "the paper deadline", "when do we hear back", "the next one".

A knowledge deadline has kinds (submission, notification, camera-ready...) read from its id and
name, and distinctive words of its own; a question names kinds and words. A deadline kind the
knowledge lacks ("is there a rebuttal?") or a deadline that is not the workshop's ("my grant
deadline") is told apart, so the answer can say it does not know rather than give the wrong date.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from datetime import timedelta
from functools import lru_cache

from bot.core.answers.builders import Ask
from bot.core.answers.days_named import day_names, mentioned_days
from bot.core.knowledge.model import Deadline, Knowledge, Track
from bot.core.understanding.deadline_kinds import (
    ATTENDING,
    JOURNAL_STEP,
    KIND_RX,
    OPENS,
    PAPER,
    PAPER_REGISTERED,
    kinds_in,
    kinds_of,
    main_deadline,
    registers,
)
from bot.core.understanding.faq_index import FUNCTION_WORDS, SYNONYMS, stem
from bot.core.understanding.intents import CONDITIONAL, FIRE, GRAY, WORKSHOP_WORDS, word_list
from bot.core.understanding.paper_type_finder import tracks_named
from bot.core.understanding.runs import phrases_in
from bot.core.understanding.tables import table
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import (
    QUESTION_WORDS,
    fold,
    is_year,
    unyeared,
    whole_at,
    words,
)
from bot.core.understanding.zones import zone_finder

NEXT_DEADLINE = re.compile(r"\b(next|upcoming|nearest|closest|coming) (important )?"
                           r"(deadline|due date|date for authors)\b|"
                           r"\b(next|upcoming) important dates?\b|"
                           r"\bdeadlines? (is |comes )?(coming up|next)\b|"
                           r"\b(next|first) (thing|one|step)s? (due|to submit|coming up)\b|"
                           r"\bwhat (is|s) due (next|first)\b")
ASKS_DEADLINE = word_list("deadline_words")
ASKS_DUE = word_list("asks_due")
ASKS_WHEN = word_list("asks_when")
ASKS_HOUR = word_list("asks_hour")
ASKS_WHAT = frozenset(table_words("asks_what_on_a_day"))
EDITION = frozenset(table_words("edition_words"))
LATEST = word_list("latest_possible")  # "the last possible date to submit"
SUBORDINATE = re.compile(r"\b(if|once|since|because|given that|now that) (i|we|you|they|my|our)\b"
                         r".*$")
QUALIFIED_DEADLINE = re.compile(r"\b([a-z0-9]+) (deadline|deadlines|due date)\b")
ASKS_SEVERAL = word_list("asks_several")
# the words that tell rounds of one step apart ("Paper submission (early)" and "(late)")
ROUND_WORDS = frozenset(stem(w) for w in table_words("deadline_round_words"))

MAIN_CLOSE = 0.5  # a main deadline scored this close to the best is as much asked about
ASKS_LENGTH = word_list("asks_length")  # "how long should the video be?": no day
ASKS_TIME_LEFT = word_list("asks_time_left")  # "how long until the release?": a day
NOTE_ALL_TYPES = word_list("note_all_types")  # "*both* tracks (demo papers and ...)"
OWN_DEADLINE_THINGS = frozenset(table_words("own_deadline_things"))  # "the shared task's"
# "when does the submission site open?": when something starts, not when it closes
ASKS_OPENING = re.compile(r"\bwhen (does|do|will|is|are|did)\b.{0,40}\b(open|opens|start|starts|"
                          r"begin|begins|launch|launches|go live|goes live)\b(?!.{0,10}\buntil\b)")
PAIR_WORDS = 8  # "when are the abstract and paper deadlines": two deadlines named side by side
LEADING_SHORT_NAME = re.compile(r"[A-Z][\w'-]*[A-Z][\w'-]*(?= (?:\d{4} )?[-–—:(])")
PAIR_REACH = 3  # words each side of "and" that name one of the pair, before their shared noun
DEADLINE_NOUNS = frozenset(table_words("deadline_nouns"))  # "deadlines", "due dates"
NOTE_WEIGHT = 0.8  # a note explaining the whole question weighs most of a name
LONE_IDF = 2.0  # the weight of a question word no deadline says
# words of a deadline question that say nothing of which deadline ("when", "due", "the")
GENERIC_ASKED = frozenset(stem(w) for w in table_words("deadline_generic_asked"))


# words of a deadline's name that do not tell it apart ("Workshop paper submission")
NAME_GENERIC = frozenset(table_words("deadline_name_generic"))
# words a deadline's name may hold that people also use for other things ("conference")
SHARED_WORDS = frozenset(table_words("deadline_shared_words"))
ANNOUNCING = frozenset(table_words("announcing"))
SENT_IN = frozenset(table_words("sent_in_kinds"))  # the kinds of step that send something in
TYPE_QUALIFIERS = frozenset(table_words("type_qualifiers"))
_AFTER_CONDITION = table("words.yaml")["question_after_condition"]
_ASKING_VERBS = frozenset(_AFTER_CONDITION["verbs"])
_SUBJECTS = frozenset(_AFTER_CONDITION["subjects"])



TIME_LEFT = frozenset(table_words("time_left_words"))
MISSED = tuple(f"{w} " for w in table_words("missed_openers"))


def question_after_condition(text: str) -> str | None:
    """The question a clause asks after its condition when no comma sets them apart ("if I miss
    the long paper deadline can I still send a short paper": "can I still send a short
    paper"); None when it opens with no condition, or none is told apart so."""
    if not CONDITIONAL.match(text) and not text.startswith(MISSED):
        return None  # ("missed the talk deadline can I still send a poster": a condition too)
    said: list[tuple[int, str]] = []  # (where each word starts, the word)
    at = 0
    for w in text.split():
        at = text.index(w, at)
        said.append((at, w.strip(",.;:!?")))
        at += len(w)
    for (at, before), (start, verb), (_, subject) in zip(said[1:], said[2:], said[3:],
                                                         strict=False):
        if verb in _ASKING_VERBS and subject in _SUBJECTS and before not in _ASKING_VERBS:
            # ("... when is it due": from the question word)
            return text[at if before in QUESTION_WORDS else start:]
    return None


def asks_a_date(text: str) -> bool:
    """Whether ``text`` asks for a date: a deadline, what must be done by then, or when."""
    # ("where do I need to go on the day?" asks a place: what one needs to do is no date then)
    # ("how long do we have left for the challenge runs?": the time left before one)
    said = words(text)
    return ASKS_DEADLINE.search(text) or ASKS_WHEN.search(text) or (
        ASKS_DUE.search(text) and "where" not in said) or (
        "how" in said and not TIME_LEFT.isdisjoint(said))


def _numbered_pairs(text: str) -> set[tuple[str, str]]:
    """The words with a small number after them ("track 2", "round 1", "deadline II"), as
    pairs."""
    said = words(text)
    if not any(map(str.isdigit, text)) and ROMAN.keys().isdisjoint(said):
        return set()  # (no number written, as a figure or in Roman: most texts)
    said = [ROMAN.get(w, w) for w in said]
    return {(canon(a), b) for a, b in itertools.pairwise(said)
            if b.isdigit() and len(b) <= 2 and a.isalpha()}


NON_ARCHIVAL_SAID = tuple(table_words("non_archival_said"))
ARCHIVAL_SAID = frozenset(table_words("archival_said"))
ROMAN: dict[str, str] = table_words("roman_numerals")  # "deadline *II*"


@lru_cache(maxsize=65536)
def canon(word: str) -> str:
    """A word made comparable: its synonym group, else its stem."""
    return SYNONYMS.get(word) or stem(word)


PAPER_STEMS = frozenset(canon(w) for w in table_words("paper_words"))  # "paper", "papers"


NOTE_GENERIC = frozenset(canon(w) for w in NAME_GENERIC)
# words that make a list of deadlines something other than the group its words name
GROUP_BREAKERS = frozenset(table_words("deadline_group_breakers"))
BREAKER_REACH = 3  # words before the group's own words
GROUP_GENERIC = frozenset(canon(w) for w in NAME_GENERIC | FUNCTION_WORDS)  # name no group


REFERENCE = re.compile(
    r"\b(before|after|along with|with the|once|until|till|following|by the time)\b( \w+){0,3} "
    r"(hear back|the (notification|decision|results?|acceptance)|decisions?|notifications?|"
    r"acceptance)\b"
    r"|\baccepted (papers?|submissions?|works?|authors?|talks?)\b"
    # ("is releasing code mandatory for acceptance?": a condition of it)
    r"|\b(required|mandatory|needed|necessary|considered|eligible) (for|to get) (the )?"
    r"(acceptance|accepted)\b")

# Qualifiers that still mean one of this workshop's deadlines ("the paper deadline").
OWN_DEADLINE_WORDS = frozenset(table_words("own_deadline_words"))


TYPE_NOT_SAID = 0.3  # (more than a name's share of a word the two names both say)
JOURNAL_NOT_SAID = 2.5  # more than a kind and a name say: a journal's step, its journal unsaid
TYPE_WORDS_REACH = 3  # words from "abstract" to those of a paper type's name it is part of
OTHER_TYPE = 1.0  # a deadline of another paper type than the one the question names


class DeadlineFinder:
    """The deadlines of one knowledge file, by kind and by their own words."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._kinds = {d.id: kinds_of(d) for d in knowledge.deadlines}
        # ("Paper registration deadline": a paper's step, not registering to attend)
        self._registers_paper = {d.id: registers(fold(d.name), PAPER_REGISTERED, 2)
                                 for d in knowledge.deadlines}
        # a word of another kind does not name the deadline: "registration" in "Abstract
        # registration" is not attendee registration
        self._full_words = {d.id: {canon(w) for w in self._distinctive(f"{d.id} {d.name}")}
                            for d in knowledge.deadlines}
        # a generic word ("papers") names a deadline only when no other deadline's name has it
        names = [{canon(w) for w in words(fold(f"{d.id} {d.name}").replace("-", " "))}
                 for d in knowledge.deadlines]
        lone = {w for w in NOTE_GENERIC if sum(w in name for name in names) == 1}
        self._words = {d.id: {canon(w) for w in self._distinctive(f"{d.id} {d.name}")
                              if not any(rx.search(w) for k, rx in KIND_RX.items()
                                         if k not in self._kinds[d.id])} - (NOTE_GENERIC - lone)
                       for d in knowledge.deadlines}
        self._main = main = main_deadline(knowledge)
        if main is not None and not PAPER.search(fold(main.name)):
            # ("the paper deadline" of "Main & Special Track Submission Deadline" beside "Tiny
            # Papers Track Submission Deadline": the main one, not the other submission that
            # happens to say "papers")
            for d in knowledge.deadlines:
                if d is not main and self._kinds[d.id] == {"submission"}:
                    self._words[d.id] -= PAPER_STEMS
        # what a deadline's note says of it ("Last day to submit predictions on CodaLab"): its
        # words tell deadlines apart too, the rarer among the deadlines the more
        self._note_words = {d.id: {canon(w) for w in self._distinctive(d.note or "")
                                   if w not in FUNCTION_WORDS and w.isalpha()}
                            for d in knowledge.deadlines}
        # every word that names one of the deadlines, made comparable ("assignments" -> assignment)
        self.named_words = set().union(*self._words.values()) if self._words else set()
        # the words of the workshop's own names ("the LT4HALA deadline" is ours)
        workshop = knowledge.workshop
        said = words(fold(f"{workshop.name} {workshop.short_name or ''}"))
        self._own_names = set(said) | unyeared(said)  # ("PMBS24": "the pmbs deadline")
        # the words of its short name ("clarity" of "Clarity-2023") name no deadline, even one
        # whose name has them ("Clarity Prediction Challenge submission")
        short = words(fold(workshop.short_name or _leading_short_name(workshop.name)))
        self._short_name = {canon(w) for w in set(short) | unyeared(short)
                            if w.isalpha() and w not in NAME_GENERIC}
        # ...nor any paper type whose name has them: the short name as said, longest first
        bare = [w for w in short if not w.isdigit()]
        self._short_forms = sorted({f for f in (fold(workshop.short_name or ""), " ".join(short),
                                                "".join(short), " ".join(bare), "-".join(bare))
                                    if len(f) >= 3
                                    and f not in NAME_GENERIC}, key=len, reverse=True)
        # (a word of a deadline's name in another's note points at that deadline: "Only teams
        # that submitted Docker images" does not make "Docker papers" the images' deadline; nor
        # does the workshop's own name: "ddl for SODS?" is not the note "use sods_2023")
        own = {canon(w) for w in self._own_names}
        self._note_words = {i: w - self.named_words - own for i, w in self._note_words.items()}
        df: dict[str, int] = {}
        for d in knowledge.deadlines:
            for w in self._words[d.id] | self._note_words[d.id]:
                df[w] = df.get(w, 0) + 1
        n = max(len(knowledge.deadlines), 1)
        self._idf = {w: math.log(1 + n / c) for w, c in df.items()}
        # the words of a name no other deadline's name has ("poster" of "Camera-ready, poster
        # and video"): one of them alone names that deadline
        name_df: dict[str, int] = {}
        for d in knowledge.deadlines:
            for w in self._full_words[d.id]:
                name_df[w] = name_df.get(w, 0) + 1
        generic = {canon(w) for w in NAME_GENERIC | SHARED_WORDS}
        self._shared = frozenset(generic)
        # (long enough as the name writes it: "Anne's" is "ann" made comparable)
        long = {d.id: {canon(w) for w in self._distinctive(f"{d.id} {d.name}") if len(w) >= 4}
                for d in knowledge.deadlines}
        self._own_words = {d.id: {w for w in self._words[d.id] if name_df[w] == 1
                                  and w not in generic and w in long[d.id] and w.isalpha()}
                           for d in knowledge.deadlines} if len(knowledge.deadlines) > 1 else {}
        # the paper types each deadline's name names ("Paper submission (research and idea
        # track)": two), and the deadline people mean by "the deadline"
        self._name_words = {d.id: {w for w in words(fold(d.name)) if not is_year(w)}
                            for d in knowledge.deadlines}
        self._canon_names = {i: {canon(w) for w in said} for i, said in self._name_words.items()}
        self._numbered = {d.id: _numbered_pairs(fold(d.name)) for d in knowledge.deadlines}
        self._types = {d.id: self._types_of(d) for d in knowledge.deadlines}
        self._types_with_steps = {t for types in self._types.values() for t in types}
        # which side of the proceedings a name is on: -1 outside ("not in the proceedings"),
        # +1 in them ("papers for the proceedings"), 0 neither said
        self._archival = {d.id: _archival_side(fold(d.name)) for d in knowledge.deadlines}
        self._unlisted_things = self._unlisted(knowledge)  # ("shared task", none dated)
        # a deadline one paper type's ("Poster abstract submission") beside one of the same
        # kinds for no type ("Title and abstract submission"): "abstract deadline?" is the latter
        self._for_a_type = {d.id: bool(self._types[d.id]) and any(
            not self._types[o.id] and self._kinds[o.id] == self._kinds[d.id]
            for o in knowledge.deadlines) for d in knowledge.deadlines}
        # the moments that open something ("Paper submission open", "Test set release")
        self._opens = {d.id: bool(OPENS.search(d.name)) for d in knowledge.deadlines}
        # the steps of a journal's special issue ("JLAMP special issue: revised manuscripts due"):
        # not the workshop's own, unless the question speaks of the journal
        self._journal = {d.id: bool(JOURNAL_STEP.search(fold(d.name))) for d in knowledge.deadlines}
        self._years = {str(due.year) for d in knowledge.deadlines
                       if (due := d.due_at(knowledge.tz)) is not None}
        if workshop.first_day is not None:
            self._years.add(str(workshop.first_day.year))
        # the deadlines' names without "deadline"/"due"/"date", longest first
        self.phrases = sorted(
            {p for d in knowledge.deadlines
             if len(p := re.sub(r"\b(deadline|due|date)\b", "", fold(d.name)).strip()) > 3},
            key=len, reverse=True)
        # every word (made comparable) that can score a deadline by its name or note, every
        # word as a name writes it, and every numbered pair of a name: a clause that says none
        # of them, and no kind, scores no deadline (see ``resolve``)
        self._scoring_words = frozenset(self.named_words.union(
            *self._note_words.values(), *self._full_words.values()))
        self._name_said = frozenset().union(*self._name_words.values())
        self._all_numbered = frozenset().union(*self._numbered.values())

    def by_day(self, text: str) -> Deadline | None:
        """The one deadline whose day ``text`` writes, asking its hour ("what time on the 15th
        exactly?"), when the day written is not also a day of the workshop."""
        if not ASKS_HOUR.search(text):
            return None
        found = self.on_days(text)
        return found[0] if len(found) == 1 else None

    def on_days(self, text: str) -> list[Deadline]:
        """The deadlines whose days ``text`` writes ("what's due on june 28?"), unless a day
        written is also a day of the workshop, or the text is about the workshop ("what time
        does the workshop start on the 26th?")."""
        if not any(map(str.isdigit, text)) or WORKSHOP_WORDS.search(text):
            return []
        tz = self.knowledge.tz
        w = self.knowledge.workshop
        first, last = w.first_day, w.last_day
        if first is not None:
            # "the 26th" when the workshop is on May 26: the workshop's day, not a deadline's
            # (whole dates: "june 8" is no day of a workshop on December 8)
            days = {first + timedelta(n) for n in range(((last or first) - first).days + 1)}
            if days.intersection(mentioned_days(text, first.year, first.month)):
                return []
        found = []
        for d in self.knowledge.deadlines:
            due = d.due_at(tz)
            if due is None:
                continue
            day = due.astimezone(tz).date()
            on_workshop = first is not None and first <= day <= (last or first)
            if not on_workshop and day in mentioned_days(text, day.year, day.month):
                found.append(d)
        return found

    def names_one(self, said: set[str], text: str) -> bool:
        """Whether words ``said`` (made comparable) name one of the deadlines in ``text``: all
        are in its name, and so is another word of the text, or nothing else, or the text asks
        for a deadline ("reviewer assignment", "the archival deadline"; not "extended" alone
        when the deadline is "Extended abstract")."""
        asked = {canon(w) for w in words(text)}
        # ("extended" is a word other things share: not a name by itself)
        asks_deadline = asks_a_date(text) and not said & self._shared
        return any(said <= named and (named == said or asks_deadline or (named - said) & asked)
                   for named in self._words.values())

    @staticmethod
    def _distinctive(text: str) -> set[str]:
        # (a year names no deadline: "when is bosc 2025?" is not "ISMB/ECCB 2025 Event Staff")
        return {w for w in words(fold(text).replace("-", " ").replace("_", " "))
                if len(w) > 2 and w not in NAME_GENERIC and not is_year(w)}

    def of_kind(self, kind: str | None, text: str = "") -> Deadline | None:
        """The first of the knowledge's deadlines of this kind, if any (not a journal's step:
        "the camera-ready" of a workshop with none is not its special issue's revision; nor,
        for registering to attend as ``text`` asks, a paper's registration)."""
        if kind is None:
            return None
        attending = kind == "registration" and registers(text, ATTENDING, 4) and \
            not registers(text, PAPER_REGISTERED, 2)
        return next((d for d in self.knowledge.deadlines
                     if kind in self._kinds[d.id] and not self._journal[d.id]
                     and not (attending and self._registers_paper[d.id])), None)

    def without_short_name(self, text: str) -> str:
        """``text`` without the workshop's short name ("internet-qoe": no question about
        internet access)."""
        return _without_phrases(text, self._short_forms)

    def resolve(self, text: str, ask: Ask, scores: dict[str, float]) -> str | None:
        """Pick the deadline a clause means. Returns a kind the knowledge has no deadline for."""
        # "can I submit the full paper on sept 1 if I registered the abstract?": what follows
        # "if" is a condition, not the deadline asked about
        bare = _without_phrases(text, self._short_forms)
        main = SUBORDINATE.sub("", bare).strip()
        if not kinds_in(main):  # "...know if we got in?"
            main = bare
        if (asked_after := question_after_condition(text)) and (
                kinds_in(asked_after) or tracks_named(self.knowledge, asked_after)
                or not self.named_words.isdisjoint(map(canon, words(asked_after)))):
            # (what is asked after the condition, when it names a step: a kind, a paper type,
            # a word of a deadline's name)
            main = asked_after
        typed = frozenset(self._kinds_naming_a_type(main))
        mentioned = kinds_in(main) - typed
        if "camera_ready" in mentioned:  # "the final version of the paper due": the final one
            mentioned.discard("submission")
        said = words(main)
        # ("will the paper deadline get extended?": an extension, not an "extended abstract")
        asked = ({canon(w) for i, w in enumerate(said) if not (
            w.startswith("extend") and said[i + 1:i + 2] != ["abstract"])} if "extend" in main
            else set(map(canon, said))) - self._short_name  # (most say no "extend")
        if NEXT_DEADLINE.search(text):
            ask.next_deadline = True
            scores["deadline"] = max(scores.get("deadline", 0.0), FIRE)
            return None
        # ("register for in person attendance"; not "the paper registration deadline for
        # participants", which says whose registration it is)
        attending = "registration" in mentioned and registers(main, ATTENDING, 4) and \
            not registers(main, PAPER_REGISTERED, 2)
        if attending and self.of_kind("registration", main) is None:
            return "registration"  # ("register to attend?" and only a paper's registration)
        thing = self._unlisted_thing(main)
        if self._scores_none(main, said, asked, mentioned) and not LATEST.search(text):
            # (most parts of a long message name no deadline: every deadline would score
            # nothing below, and of what follows only the thing, the day and another venue's
            # deadline are left to tell)
            if thing is not None:
                return f"other:{thing}"
            return None if self._dated(text, ask, scores, mentioned) else self._foreign(text)
        content = {w for w in asked if w not in GENERIC_ASKED}
        if mentioned and ASKS_OPENING.search(main) and "notification" not in mentioned and \
                not any(self._opens.values()):
            return "opening"  # (the call gives when it closes, not when it opens)
        best, best_score = None, 0.0
        scored = []
        asks_opening = bool(OPENS.search(main))
        # "when do we have to upload the poster", "when does the eval phase start": a date asked
        # for, so a word only one deadline's name has names it ("can we present remotely?"
        # asks no date)
        asks_due = asks_a_date(main)
        few = len(asked) <= 3
        numbered = _numbered_pairs(main)
        named = [t.id for t in tracks_named(self.knowledge, main)
                 if not self._named_by_abstract_only(t, main)]
        types = named if few else []
        named_types = set(named)
        says_deadline = bool(ASKS_DEADLINE.search(main))
        announcing = not ANNOUNCING.isdisjoint(said)
        extended_abstract = "extended abstract" in main
        journal_said = any(self._journal.values()) and bool(JOURNAL_STEP.search(text))
        side = _archival_side(main)
        for d in self.knowledge.deadlines:
            # the kinds asked about, and how much of the deadline they account for: "submit my
            # paper" is the plain submission more than the abstract's "intention to submit"
            matched = len(self._kinds[d.id] & mentioned)
            by_kind = matched + (matched / len(self._kinds[d.id]) if matched else 0.0)
            distinct = self._words[d.id]
            by_name = len(distinct & asked) / len(distinct) if distinct else 0.0
            own = self._own_words.get(d.id, set())
            # ("benchmarks track?": a few words, all of them the deadline's own, name it; "idea
            # track?" asks about the paper type, unless the deadline is that type's alone)
            alone = few and content - NAME_GENERIC <= own | distinct and (
                not types or self._types[d.id] == types)
            # ("the *direct* submission deadline": a word only its name has, with the kind)
            if (not mentioned or says_deadline) and own & asked and (asks_due or alone) and not (
                    announcing and self._kinds[d.id] <= SENT_IN and not self._opens[d.id]):
                by_name = max(by_name, 0.5)
            score = by_kind + by_name + NOTE_WEIGHT * self._by_note(d.id, content)
            if announcing and self._kinds[d.id] <= SENT_IN and not self._opens[d.id]:
                score -= 1.0  # "when are the challenge results announced?": not when sent in
            if attending and self._registers_paper[d.id]:
                continue  # "register for in person attendance": not the paper's step
            if self._journal[d.id] and not journal_said:
                score -= JOURNAL_NOT_SAID  # "camera-ready deadline?": the workshop's
            if extended_abstract and "extended abstract" in fold(d.name):
                score += 1.0  # "the extended abstract": that one, not "Abstract submission"
            # of two names said in full, the one the question says more of ("non archival
            # track camera-ready", not "archival track camera-ready")
            score += 0.01 * len(distinct & asked)
            if matched and few and not types and self._for_a_type[d.id]:
                score -= TYPE_NOT_SAID
            if named_types and self._types[d.id] and named_types.isdisjoint(self._types[d.id]):
                score -= OTHER_TYPE  # "the short paper deadline" is not the long papers' one
            elif typed:
                # "the WIP abstracts": that type's step, not "Abstract submission"
                score += 0.5 if not named_types.isdisjoint(self._types[d.id]) else -OTHER_TYPE
            # "track 2 test phase start": a numbered name said with its number ("Challenge
            # Track 2 ..."), not another number's
            if numbered and self._numbered[d.id]:
                score += 0.5 if self._numbered[d.id] & numbered else -0.5
            if side and self._archival[d.id]:
                # "non-archival notification?": the date outside the proceedings, not the one
                # for them (nor, for "proceedings camera-ready?", the other way round)
                score += 0.5 if self._archival[d.id] == side else -0.5
            if self._opens[d.id] and not asks_opening and \
                    "notification" not in self._kinds[d.id]:
                score -= 1.0  # "the paper deadline" is not when submissions open
            elif self._opens[d.id] and asks_opening and by_name >= 0.5:
                score += 0.5  # "when could we start uploading system outputs?": when it opens
            # a specific kind (notification) beats the generic one (submission)
            if "notification" in mentioned and "notification" in self._kinds[d.id]:
                score += 1.2
            elif not mentioned and says_deadline and "notification" in self._kinds[d.id]:
                score -= 0.3  # "the poster deadline": what posters must send, not hear back
            elif not mentioned and says_deadline and self._kinds[d.id] & SENT_IN:
                # "competition entry ddl?": what entrants send in ("Competition submission
                # deadline"), not the organizers' step whose note speaks of entries
                score += 0.2
            scored.append((d, score, by_name))
            if score > best_score:
                best, best_score = d, score
        if not mentioned and best is not None:
            # "non archival ddl?": of the several dates a track's name names equally, its
            # submission
            tied = [d for d, score, _ in scored if abs(score - best_score) < 1e-9
                    and (self._words[d.id] & asked) - self._shared]
            submitted = [d for d in tied if "submission" in self._kinds[d.id]]
            if len(tied) > 1 and submitted:
                best, best_score = submitted[0], best_score + 0.2
        tied_best = [d for d, score, _ in scored if abs(score - best_score) < 1e-9]
        if best is not None and self._main is not None and best is not self._main and \
                self._kinds[best.id] == self._kinds[self._main.id] and \
                self._words[best.id] & asked == self._words[self._main.id] & asked and \
                not self._by_note(best.id, content) and \
                next((sc for d, sc, _ in scored if d is self._main), 0.0) > best_score - MAIN_CLOSE:
            # the same words of the question in both names (and nothing in a note): the main
            # deadline, not the one with the shorter name ("submissions close april 24?")
            tied_best.append(self._main)
        parallel: list[Deadline] = []
        if self._main in tied_best:
            best = self._main  # of deadlines asked about equally, the one people mean by "the"
            # ("when is the paper due?" with an early and a late paper deadline: both)
            said = set(map(canon, words(text)))
            same = [d for d in tied_best if self._kinds[d.id] == self._kinds[best.id]
                    and self._types[d.id] == self._types[best.id]
                    and (self._words[d.id] & said) == (self._words[best.id] & said)
                    and self._words[d.id] ^ self._words[best.id] <= ROUND_WORDS]
            if len(same) > 1:
                parallel = same
        elif len(tied_best) > 1 and mentioned:
            # "when do we hear back?": of deadlines of that kind asked about equally, the least
            # qualified ("Notification of acceptance", not "Shared task release of results");
            # several as qualified ("Position papers notification", "Docker papers
            # notification") are each an answer
            # ...but the one of papers, when one is ("notification is oct 31?" of
            # "Notification of accepted tutorials" and "... of accepted papers/proposals"),
            # unless the day the question names is another's ("is the notification aug 22?"),
            # or the names are parallel tracks told apart by brackets, each an answer
            # ("Notification (papers for the proceedings)", "Notification (all others)")
            papers = [d for d in tied_best if PAPER.search(fold(d.name))] if \
                mentioned == {"notification"} and not any("(" in d.name for d in tied_best) \
                and not self._day_of_one(text, tied_best) else []
            fewest = min(len(self._full_words[d.id]) for d in tied_best)
            parallel = papers if len(papers) == 1 and not types else [
                d for d in tied_best if len(self._full_words[d.id]) == fewest]
            best = parallel[0]
        said = (content - self._shared) & self.named_words  # (the words names say)
        if best is not None and len(said) >= (1 if mentioned else 2) and len(mentioned) <= 1 \
                and not said <= self._words[best.id]:
            # "the short report review deadline", "the mentorship notification": a name that
            # says every word of the question's own (of the kind asked), rather than one that
            # says a few ("Reviews due", "Author notification")
            whole = sorted(((score, i, d) for i, (d, score, _) in enumerate(scored)
                            if said <= self._words[d.id]
                            and (not mentioned or self._kinds[d.id] & mentioned)),
                           key=lambda x: (-x[0], x[1]))
            # (of several, the one clearly best by the rest: "last day to submit challenge
            # results?" is the challenge's test phase end, not its portal opening)
            if len(whole) == 1 or (len(whole) > 1 and whole[0][0] > whole[1][0] + 0.5):
                best, best_score = whole[0][2], max(best_score, 1.0)
        if best is not None and not parallel and "(" in best.name:
            # "when is the submission deadline?" with "Submission deadline (papers for the
            # proceedings)" and "Submission deadline (all other submissions)": both, unless
            # the question says words of one's brackets
            heard = set(map(canon, words(text)))
            alike = [d for d in self.knowledge.deadlines if d is best or (
                _same_head(d.name, best.name) and self._kinds[d.id] == self._kinds[best.id]
                and self._types[d.id] == self._types[best.id]
                and not (side and self._archival[d.id] != self._archival[best.id])
                and not (self._words[d.id] ^ self._words[best.id]) & heard)]
            if len(alike) > 1:
                parallel = alike
        if (best is None or best_score < 0.5) and asks_due and not announcing and (
                # "when do I send my emotion polarity runs?": the deadlines whose names say the
                # most of the question's own words (not the main deadline, nor the workshop's
                # date); else "challenge ddl?": a word several names share (not all) names that
                # group, and of it the ones that close, not those that open or start
                (named := self._partly_named(said, says_deadline)) or (
                    mentioned <= {"submission"} and (
                        named := self._group_named(set(words(main)))))):
            best, best_score = named[0], 1.0
            parallel = named
            scored = [(d, 1.0 if d in named else 0.0, 1.0 if d in named else 0.0)
                      for d, _, _ in scored]
        if LATEST.search(text) and mentioned <= {"submission"} and not types:
            # "the last possible date I can still submit somewhere": the latest submission
            submissions = [d for d in self.knowledge.deadlines
                           if self._kinds[d.id] == {"submission"}
                           and d.due_at(self.knowledge.tz) is not None]
            if submissions:
                best = max(submissions, key=lambda d: d.due_at(self.knowledge.tz))
                best_score, parallel = max(best_score, 1.0), []
        if thing is not None and not any(d is best and by_name >= 0.5
                                         for d, _, by_name in scored):
            # "the shared task submissions deadline", none listed (but "when is the test set
            # released for the competition" names "Systems track test set release")
            return f"other:{thing}"
        if best is not None and best_score >= 0.5:
            ask.deadline = best
            if not named_types.isdisjoint(self._types[best.id]):
                ask.kinds_in_type = typed  # (the type's own step, whatever its name's words)
            if CONDITIONAL.match(text):  # "if we get accepted, ...": a condition, not a question
                return None
            ask.deadline_named = any(d is best and by_name >= 0.5 for d, _, by_name in scored)
            # "isn't the paper deadline the same day as the notification?": both
            both = [d for d, score, by_name in scored if score >= 1.0 or by_name >= 0.5]
            if len(both) < 2 and (pair := self._pair(main)):
                both = pair  # "abstract and paper deadlines?": each one its own
            if len(both) == 1 and self._main is not None and best is not self._main and \
                    _bare_deadline_joined(words(main)):
                both = [self._main, best]  # "ddl and notif dates?": the deadline and that one
            if len(both) > 1 and ASKS_SEVERAL.search(text):
                ask.deadlines = both
            elif len(parallel) > 1:
                ask.deadlines = parallel
            # "before we hear back", "along with the decision", "accepted papers": the
            # deadline is a reference point or a noun there, not what is asked
            if scores.get("deadline", 0) >= GRAY and not REFERENCE.search(text):
                scores["deadline"] = max(scores["deadline"], FIRE)
            elif ask.deadline_named and scores.get("date", 0) >= GRAY:
                # "reviewer assignment date?": the date of a deadline named by its own words
                scores["deadline"] = max(scores.get("deadline", 0.0), FIRE)
            elif self._named_in_full(best, asked) and not (
                    ASKS_LENGTH.search(main) and not ASKS_TIME_LEFT.search(main)) and not any(
                    v >= GRAY for n, v in scores.items() if n not in {"deadline", "date"}):
                # "is the test set release out yet?": a deadline named in full words, and
                # nothing else asked about it, asks about that deadline
                scores["deadline"] = FIRE
            return None
        if self._dated(text, ask, scores, mentioned):
            return None
        specific = mentioned - {"submission"}
        missing = [k for k in specific if self.of_kind(k) is None]
        if missing and len(specific) == len(missing):
            return missing[0]
        if extended_abstract and not mentioned - {"submission"} and (says_deadline or asks_due) \
                and not named_types and not any(
                    "extended abstract" in fold(d.name) for d in self.knowledge.deadlines):
            return "extended_abstract"  # "when is the extended abstract deadline?", none given
        return self._foreign(text)

    def _scores_none(self, main: str, said: list[str], asked: set[str],
                     mentioned: set[str]) -> bool:
        """Whether ``main`` (its words ``said``, made comparable ``asked``) gives no deadline a
        score above nothing: it names no kind, no word of a name or note, no number a name
        numbers, and no extended abstract. (Then no deadline is picked by score, nor by the
        words names share, in ``resolve``.)"""
        return not mentioned and self._scoring_words.isdisjoint(asked) and \
            self._name_said.isdisjoint(said) and "extended abstract" not in main and not (
                self._all_numbered and self._all_numbered & _numbered_pairs(main))

    def _dated(self, text: str, ask: Ask, scores: dict[str, float], mentioned: set[str]) -> bool:
        """The deadline of a day ``text`` writes, when it names none by score: set on ``ask``,
        and True."""
        if (dated := self.by_day(text)) is not None:
            # "what time on the 15th exactly, midnight?": the deadline of that day
            ask.deadline, ask.deadline_named = dated, True
            if any(scores.get(n, 0.0) >= GRAY for n in ("deadline", "date", "program",
                                                         "timezone")):
                scores["deadline"] = max(scores.get("deadline", 0.0), FIRE)
            return True
        if (by_date := self._date_qualified(text)) is not None:
            # "is the april 17 deadline AoE?": the deadline of that day, named by its day
            ask.deadline, ask.deadline_named = by_date, True
            return True
        if not mentioned and words(text)[:1] and words(text)[0] in ASKS_WHAT and \
                (on := self.on_days(text)):
            # "what's due on june 28?": the deadlines of that day, each of them
            ask.deadline, ask.deadline_named = on[0], True
            ask.deadlines = on if len(on) > 1 else []
            if scores.get("deadline", 0.0) >= GRAY:
                scores["deadline"] = max(scores["deadline"], FIRE)
            return True
        return False

    def _day_of_one(self, text: str, deadlines: list[Deadline]) -> bool:
        """Whether ``text`` writes the day one of ``deadlines`` is due."""
        tz = self.knowledge.tz
        for d in deadlines:
            if (due := d.due_at(tz)) is not None and \
                    due.astimezone(tz).date() in mentioned_days(text, due.year):
                return True
        return False

    def _date_qualified(self, text: str) -> Deadline | None:
        """The one deadline due on a day written right before a word for a deadline ("the
        april 17 deadline", "the 15 may ddl"), if any."""
        for m in day_names(text):
            found = self.on_days(m.group(0))
            if len(found) == 1:
                return found[0]
        return None

    def _partly_named(self, said: set[str], to_beat: bool = False) -> list[Deadline]:
        """The (at most three) deadlines whose names share the most of ``said``, the question's
        own words: two at least, or one that only these names have."""
        shared = [(len(said & self._words[d.id]), d) for d in self.knowledge.deadlines]
        most = max((n for n, _ in shared), default=0)
        named = [d for n, d in shared if n == most and most > 0]
        if not named or len(named) > 3:
            return []
        if most == 1 and len(named) > 1:
            # one word several names share names none of them, unless a deadline to beat is
            # asked and only one of them is one ("mentee deadline?": the mentorship
            # application, not the mentor-mentee match notification)
            closing = [d for d in named if not self._opens[d.id]
                       and "notification" not in self._kinds[d.id]]
            return closing if to_beat and len(closing) == 1 else []
        if most == 1 and not (said & self._own_words.get(named[0].id, set())):
            return []
        return named

    def group(self, text: str) -> list[Deadline]:
        """The deadlines a list asked for names by words that two or more names (not all)
        share ("the shared task dates"): every one whose name says all of them."""
        said = words(text)
        named = set().union(*self._canon_names.values()) - GROUP_GENERIC
        at = [i for i, w in enumerate(said) if canon(w) in named]
        if at and not GROUP_BREAKERS.isdisjoint(said[max(0, at[0] - BREAKER_REACH):at[0]]):
            return []  # "the deadlines other than / after / besides the challenge ones": not it
        # ("the shared task deadlines without the camera-ready": what the breaker is said of
        # is not the group's)
        end = next((i for i, w in enumerate(said) if w in GROUP_BREAKERS and at and i > at[0]),
                   len(said))
        asked = {canon(said[i]) for i in at if i < end}
        holders = [d for d in self.knowledge.deadlines if asked <= self._canon_names[d.id]]
        return holders if asked and 2 <= len(holders) < len(self.knowledge.deadlines) else []

    def _group_named(self, content: set[str]) -> list[Deadline]:
        """The deadlines a word of the question names as a group (the word is in two or more
        names, not all): those of them that close (at most three), else none."""
        deadlines = self.knowledge.deadlines
        # (the word is said as the names write it: "share" is no "Shared task")
        for w in sorted(content - NAME_GENERIC - FUNCTION_WORDS):
            if canon(w) in NOTE_GENERIC:
                continue
            holders = [d for d in deadlines if w in self._name_words[d.id]]
            if not 2 <= len(holders) < len(deadlines):
                continue
            closing = [d for d in holders if not self._opens[d.id]]
            if 1 <= len(closing) <= 3:
                return closing
        return []

    def _pair(self, text: str) -> list[Deadline]:
        """"abstract and paper deadlines?": the deadline each side of "and" names, read with
        the words after the second ("deadlines"), when both name one and they differ."""
        said = words(text)
        if "and" not in said:
            return []
        at = said.index("and")
        # ("are the abstract and paper deadlines on the same day?": up to the noun both share)
        noun = next((j for j in range(at + 2, min(len(said), at + PAIR_REACH + 1))
                     if said[j] in DEADLINE_NOUNS), None)
        if noun is not None:
            sides = ([*said[max(0, at - PAIR_REACH):at], said[noun]], said[at + 1:noun + 1])
        elif len(said) > PAIR_WORDS:
            return []
        else:
            tail = said[-1:] if at < len(said) - 2 else []  # (the noun both share: "deadlines")
            sides = (said[:at] + tail, said[at + 1:])
        picked = []
        for side in sides:
            probe = Ask(text=" ".join(side))
            self.resolve(probe.text, probe, {})
            # ("paper deadlines": the main one)
            chosen = probe.deadline or (self._main if PAPER.search(probe.text) else None)
            if chosen is None:
                return []
            picked.append(chosen)
        return picked if picked[0] is not picked[1] else []

    def _unlisted_thing(self, text: str) -> str | None:
        """A thing with deadlines of its own ("shared task") whose deadline is asked, when no
        deadline, note or paper type of the call names it."""
        if not self._unlisted_things or not (ASKS_DEADLINE.search(text) or asks_a_date(text)):
            return None
        said = sorted(phrases_in(text, self._unlisted_things, 3))
        return said[0].removesuffix("s") if said else None  # ("shared tasks": a shared task)

    @staticmethod
    def _unlisted(knowledge: Knowledge) -> frozenset[str]:
        """The things with deadlines of their own that no deadline, note, paper type or topic
        of the call names, by any name of their synonym group ("competition" for a
        "Challenge" deadline; "tutorial papers" among the call's topics)."""
        said = fold(" ".join([f"{d.name} {d.note or ''}" for d in knowledge.deadlines]
                             + [t.name for t in knowledge.submission.tracks]
                             + list(knowledge.workshop.topics)))
        out = set()
        for thing in OWN_DEADLINE_THINGS:
            group = SYNONYMS.get(thing) or SYNONYMS.get(thing.removesuffix("s"))
            names = [w for w, g in SYNONYMS.items() if g == group] if group else [thing]
            if not any(re.search(rf"\b{re.escape(n.removesuffix('s'))}", said) for n in names):
                out.add(thing)
        return frozenset(out)

    def _named_in_full(self, deadline: Deadline, asked: set[str]) -> bool:
        """Every distinctive word of the deadline's name (two at least) is in the question."""
        distinct = self._full_words[deadline.id]
        return len(distinct) >= 2 and distinct <= asked

    def _types_of(self, d: Deadline) -> list[str]:
        """The paper types a deadline is for: those its name names, or, when its note names
        those and more as all taking it, the note's ("Paper / abstract submission", noted "both
        tracks (demo papers and work-in-progress abstracts)")."""
        named = [t.id for t in tracks_named(self.knowledge, d.name)
                 if not self._named_by_abstract_only(t, d.name)]
        noted = [t.id for t in tracks_named(self.knowledge, d.note)] \
            if named and d.note and NOTE_ALL_TYPES.search(fold(d.note)) else []
        return noted if set(named) < set(noted) else named

    def _kinds_naming_a_type(self, text: str) -> set[str]:
        """"work in progress abstracts due?", "the abstract for the wip": "abstract" is part of
        a paper type's name ("Work in Progress (WIP) abstract") said with its own words nearby,
        not a step of its own (when the type has steps of its own to ask about)."""
        if "abstract" not in text or not self.knowledge.submission.tracks:
            return set()  # (most questions say no abstract: spared the walk)
        rx = KIND_RX["abstract"]
        said = words(fold(text))
        for i, w in enumerate(said):
            if not rx.search(w):
                continue
            reach = TYPE_WORDS_REACH
            near = " ".join(said[max(0, i - reach):i] + said[i + 1:i + 1 + reach])
            if any(rx.search(fold(t.name)) and t.id in self._types_with_steps
                   for t in tracks_named(self.knowledge, near)):
                return {"abstract"}
        return set()

    def _named_by_abstract_only(self, track: Track, name: str) -> bool:
        """"Abstract submission" names no "Work in Progress (WIP) abstract": a type with words
        of its own is not named by the word "abstract" alone (but "Abstracts" is)."""
        def without(text: str) -> str:
            return KIND_RX["abstract"].sub(" ", fold(text))
        return track not in tracks_named(self.knowledge, without(name)) and \
            track in tracks_named(self.knowledge, without(track.name))

    def _by_note(self, deadline_id: str, content: set[str]) -> float:
        """The share of the question's own words (idf-weighted) that this deadline's note says."""
        # (a word every deadline may be about says nothing: "papers" in "for papers already
        # reviewed at ACL" does not make it the paper deadline)
        said = self._note_words[deadline_id] & content - NOTE_GENERIC
        if not said:
            return 0.0
        weight = sum(self._idf.get(w, LONE_IDF) for w in content)
        return sum(self._idf[w] for w in said) / weight

    def _foreign(self, text: str) -> str | None:
        """"my grant deadline", "the 2019 deadline", "the deadline for LT4HALA 2026": a deadline
        that is not one of ours."""
        # (another edition's year starts with "20": a text without it is spared the walk)
        said = words(text) if "20" in text else []
        for before, word in itertools.pairwise(said):
            # another edition: a year of none of our dates, after the workshop's name
            if len(word) == 4 and word.isdigit() and word.startswith("20") and \
                    word not in self._years and (before in self._own_names or before in EDITION):
                return f"other:{word}"
        # (a qualified deadline is said with a word before "deadline" or "due date": most
        # texts say neither, and are spared the search)
        found: Iterable[re.Match[str]] = QUALIFIED_DEADLINE.finditer(text) \
            if " deadline" in text or " due date" in text else ()
        for m in found:
            word = m.group(1)
            if word in OWN_DEADLINE_WORDS or word in self.named_words or word in self._years \
                    or canon(word) in self.named_words \
                    or word in self._own_names or zone_finder().names_a_zone(word):
                continue  # ("IST deadline pls", "the LT4HALA deadline")
            if word in TYPE_QUALIFIERS and tracks_named(self.knowledge, text):
                continue  # ("main track deadline", with a type "Main Track")
            if any(rx.search(word) for rx in KIND_RX.values()):
                continue
            return f"other:{word}"
        return None


def _leading_short_name(name: str) -> str:
    """The short name a full name opens with, in capitals ("WASP 2025 - Third Workshop on
    ..."), when the file gives no short name; else nothing."""
    m = LEADING_SHORT_NAME.match(name)
    return m.group(0) if m else ""


def _archival_side(text: str) -> int:
    """-1: ``text`` speaks of the route outside the proceedings ("non-archival", "not in the
    proceedings"); +1: of the proceedings; 0: of neither."""
    if any(p in text for p in NON_ARCHIVAL_SAID):
        return -1
    return 1 if ARCHIVAL_SAID.intersection(words(text)) else 0


def _same_head(one: str, other: str) -> bool:
    """Whether two deadline names open alike before their brackets ("Submission deadline
    (papers for the proceedings)", "Submission deadline (all other submissions)"); the caller
    checks that they are of one kind and type, so that a question that says neither asks for
    both."""
    head = fold(one.split("(")[0]).strip()
    return "(" in one and "(" in other and head == fold(other.split("(")[0]).strip()


def _without_phrases(text: str, phrases: list[str]) -> str:
    """``text`` without the whole-word occurrences of ``phrases``."""
    for phrase in phrases:
        while (at := whole_at(text, phrase)) >= 0:
            text = text[:at] + text[at + len(phrase):]
    return text


def _bare_deadline_joined(said: list[str]) -> bool:
    """Whether "deadline" stands alone beside an "and" ("deadline and notify dates", "the
    deadline and the notification"), not as the head of another step's name ("paper deadline
    and notification" names the paper's)."""
    for i, w in enumerate(said):
        if w != "and" or i == 0:
            continue
        if said[i - 1] == "deadline" and (i < 2 or said[i - 2] in FUNCTION_WORDS):
            return True
    return False
