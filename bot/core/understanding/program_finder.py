"""Program entities: a speaker, a session (named by words of its title, by its kind or by what
people call that kind: "invited talk", "oral"), the moment asked about ("now", "next", "after
lunch", when the day or a session starts or ends) and a position ("the first keynote").

They say nothing when the knowledge has no program. The words are data (``program`` in
``data/words.yaml``); :meth:`ProgramFinder.reads` decides whether a clause asks about the
program at all.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import cached_property

from bot.core.answers.builders import Ask
from bot.core.answers.program import KIND_OF, find_sessions
from bot.core.knowledge.model import Knowledge, Session
from bot.core.understanding.faq_index import FUNCTION_WORDS, stem
from bot.core.understanding.intents import word_list
from bot.core.understanding.own_vocabulary import distinctive, words_besides_program
from bot.core.understanding.people import GENERIC_AFFILIATION
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import (
    COMMON_WORDS,
    english_words,
    fold,
    has_cjk,
    says_whole,
    whole_at,
    words,
)

_WORDS = table_words("program")
BARE_EXTRA = frozenset(_WORDS["bare_extra"])  # "all the keynotes?" is still bare


class Phrases:
    """Finds any of some phrases in a (folded) text: Latin ones as whole words, CJK anywhere."""

    def __init__(self, phrases: Iterable[str]) -> None:
        items = sorted({fold(str(p)) for p in phrases}, key=len, reverse=True)
        latin = "|".join(re.escape(p) for p in items if not has_cjk(p))
        cjk = "|".join(re.escape(p) for p in items if has_cjk(p))
        parts = ([rf"\b(?:{latin})\b"] if latin else []) + ([f"(?:{cjk})"] if cjk else [])
        self.rx = re.compile("|".join(parts) or r"(?!x)x")

    def search(self, text: str) -> str | None:
        m = self.rx.search(text)
        return m.group(0) if m else None


NOW = Phrases(_WORDS["now"])
# "at 4:30pm", "around 14:00", "at 3 pm": a clock time (a bare "at 3" is not one)
# "at 4:30pm", "around 10"; "by 5pm", "before 9am" (a time to beat, not a time asked about)
# a clock time, with the word before it ("at 4:30pm") or, for a time said alone, without
AT_CLOCK = re.compile(
    r"\b(?:(at|around|about|by|before|until) )?(\d{1,2})(?:[:.](\d{2}))? ?(?:(am|pm|h)\b)?")
AT_WORDS = frozenset(_WORDS["at_words"])  # "at 4:30pm": a time asked about, not one to beat
NEXT = Phrases(_WORDS["next"])
NEXT_ELSE = Phrases(_WORDS["next_else"])  # "will it run again next year?": no session next
# "after lunch", "after the first coffee break": the moment, the position, the session
_AFTER = re.compile(r"\b(" + "|".join(map(re.escape, _WORDS["after"])) + r") (the )?(?:(" +
                    "|".join(map(re.escape, _WORDS["positions"])) + r") )?(\w+)")
KINDS = frozenset(_WORDS["kinds"])
SESSION_NAMES = Phrases([*KIND_OF, *KINDS])
POSITIONS: dict[str, int] = {fold(str(w)): int(n) for w, n in _WORDS["positions"].items()}
_POSITION = re.compile(r"\b(" + "|".join(map(re.escape, POSITIONS)) + r")\b((?: [\w-]+){1,3})")
ANY_SESSION = frozenset(_WORDS["any_session"])
START, END = Phrases(_WORDS["start"]), Phrases(_WORDS["end"])
END_WITH_SUBJECT = Phrases(_WORDS["end_with_subject"])  # "until what time does it go?"
TIME_ASKS = Phrases(_WORDS["time_asks"])
THE_DAY = Phrases(_WORDS["the_day"])
WORKSHOP_DAY = Phrases(_WORDS["workshop_day"])
ASKS = Phrases(_WORDS["asks"])
ON_AT = Phrases(_WORDS["on_at"])
ASKS_PLACE = frozenset(_WORDS["asks_place"])
ASKS_WHO_HOLDS = word_list("asks_who_holds")  # "who's in charge of", "who handles"
PROGRAM_GENERIC = frozenset(_WORDS["generic"])
TITLE_NAMES_WHO = frozenset(_WORDS["title_names_who"])  # "Panel 1 (chair Lydia Chilton)"
GENERIC_ROLE = frozenset(table_words("generic_role"))  # "chair", "co": no subject of a role
# words of a speaker field that name no one ("Workshop Organizers", "All participants")
NOT_A_NAME = frozenset(_WORDS["not_a_name"])
PLACE_BEFORE = frozenset(_WORDS["place_before"])  # "someone *from* amazon"
EXISTS = Phrases(_WORDS["exists"])
ELSEWHERE = frozenset(_WORDS["elsewhere"])
NAME_WORD_NEXT = frozenset(_WORDS["name_word_next"])
NAME_WORD_BEFORE = frozenset(_WORDS["name_word_before"])
ELSEWHERE_SAID = Phrases(_WORDS["elsewhere_said"])
PAPER_NOUNS, SUBJECT_OF = frozenset(_WORDS["paper_nouns"]), frozenset(_WORDS["subject_of"])
SUBJECT_REACH = 5  # words from "paper" to "about" ("my paper need to be about")
EACH = Phrases(_WORDS["each"])  # "each lightning talk", "my slot": one item of a session
LENGTH = Phrases(_WORDS["length"])  # "how long", "how many minutes"
TITLE_ASKS = Phrases(_WORDS["title_asks"])  # "the title of her keynote", "what is it called"
ORGANIZING = frozenset(table_words("organizing_words"))
# "the morning keynote": the local hours [from, to) a part of the day's words stand for
_DAY_PART_HOURS = {fold(str(w)): tuple(part["hours"]) for part in _WORDS["day_parts"].values()
                   for w in part["said"]}
DAY_PARTS = Phrases(_DAY_PART_HOURS)
ORDINAL_REACH = 3  # words after an ordinal that may name a session ("third paper session")
MOMENT_ONLY = 0.5  # "what's on now?": a moment with no session needs this much of the cues
FIRE_OWN = 1.0  # the program's own cues, asking for the schedule ("when is the poster session?")


def _next_to(subject: Phrases, verb: Phrases, text: str) -> bool:
    """Whether a subject and a verb stand together ("does *it start*", "*the workshop*
    officially *ends*", "*beginnt der workshop*"): at most one word between them."""
    if has_cjk(text):
        return bool(subject.search(text) and verb.search(text))
    spans = [(m.start(), m.end()) for m in subject.rx.finditer(text)]
    for v in verb.rx.finditer(text):
        for start, end in spans:
            between = text[end:v.start()] if end <= v.start() else text[v.end():start]
            if len(words(between)) <= 1 and (end <= v.start() or start >= v.end()):
                return True
    return False


class ProgramFinder:
    """The program of one knowledge file, indexed by speaker names and session words."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._knowledge = knowledge
        # ("docker papers close": a deadline's word, not the sessions that share it)
        self._deadline_words = {w for d in knowledge.deadlines for w in words(fold(d.name))}
        self.speakers: dict[str, str] = {}  # a name or a part of it -> the name as written
        # each session's title, with the pairs of its words that follow each other
        self.titles: list[tuple[str, set[tuple[str, str]]]] = []
        self.title_words: set[str] = set()
        # the words of speakers' places ("Rahul Gupta (Amazon AGI)"): "who's speaking from
        # amazon?" names that speaker, "who's organizing from amazon?" does not
        self.place_words: set[str] = set()
        # surnames that are everyday words ("Long"): after "how" or "as", a name only before a
        # word of speaking or with the rest of the name (see ``find``)
        last_words = [words(fold(n))[-1:] for s in knowledge.program for n in s.speakers]
        self._worded_surnames = {w[0] for w in last_words if w and w[0] in english_words()}
        for s in knowledge.program:
            for name in s.speakers:
                folded = fold(name)
                self.speakers[folded] = name
                for part in words(folded):
                    # ("near the convention center?" names no one from a "Research Center")
                    # (nor does "is there a workshop dinner?" name "Workshop Organizers")
                    if len(part) >= 3 and part not in COMMON_WORDS and \
                            part not in GENERIC_AFFILIATION and part not in NOT_A_NAME:
                        self.speakers.setdefault(part, name)
                for bracket in folded.split("(")[1:]:
                    self.place_words.update(words(bracket.split(")")[0]))
            seq = [w for w in words(fold(s.title)) if w in distinctive(s.title)]
            self.titles.append((s.title, set(itertools.pairwise(seq))))
            self.title_words.update(seq)
        # (the words that name a speaker by name, not by place)
        self._name_words = set(self.speakers) - self.place_words
        elsewhere = words_besides_program(knowledge)
        self.organizer_names = {fold(o.name) for o in knowledge.organizers}
        # the roles that hold a chair ("poster chair"): "who's in charge of posters?" asks who
        # holds it, not when the poster session is
        self._chaired = {w for o in knowledge.organizers if o.role and "chair" in fold(o.role)
                         for w in words(fold(o.role)) if w not in GENERIC_ROLE}
        self.organizer_words = {w for n in self.organizer_names for w in words(n)}
        # an organizer named in a title ("(chair: Yaron Orenstein)") is found as an organizer
        # ("which uni is Yaron Orenstein at?"), not as a word of that session's title; a part
        # of the day ("Afternoon break") qualifies a session asked about, it names none
        unnaming = self.organizer_words | {w for p in _DAY_PART_HOURS for w in words(p)}
        self.title_words -= unnaming
        self.titles = [(t, {p for p in pairs if not set(p) & unnaming})
                       for t, pairs in self.titles]
        # each title's words, as one text ("paper session 3 2 papers ..."): "session 3" in it
        self._title_texts = [(t, " ".join(words(fold(t)))) for t, _ in self.titles]
        # what the titles say of what a program most often does not ("Best Paper Awards")
        self._said_elsewhere = {stem(w) for t, text in self._title_texts
                                for w in text.split() if w in ELSEWHERE} - {
            stem(w) for w in self._deadline_words}
        # the initials of two title words in a row ("ip": intellectual property)
        self._spelled: dict[str, set[str]] = {}
        for _t, pairs in self.titles:
            for a, b in pairs:
                self._spelled.setdefault(a[0] + b[0], set()).update((a, b))
        # a title word the rest of the knowledge does not use may name its session(s) alone
        self.own_words = self.title_words - elsewhere
        self.sessions: set[str] = set()  # words that name sessions (after "after ...")
        if self.titles:
            self.sessions = self.own_words | KINDS | {k for k in KIND_OF if " " not in k}
            self.sessions |= {s.kind for s in knowledge.program if s.kind}

    # --- the entities ----------------------------------------------------------------------

    def find(self, text: str, ask: Ask) -> bool:
        """Put the program entities of ``text`` in ``ask``; True when the session was named by
        its number ("discussant for session 2?")."""
        tokens = words(text)
        # ("how long is each talk?" names no Bria Long: an everyday surname after "how" or
        # "as" is her name only before a word of speaking, or with the rest of her name)
        # ("how long is the lunch?" names no one from "CSU Long Beach": a word of a speaker's
        # place names them only after "from", "at" or "of", or before "talk": "the amazon talk")
        ask.speaker = next((self.speakers[t] for i, t in enumerate(tokens)
                            if t in self.speakers and self._names_speaker(tokens, i)), None)
        if ask.speaker and not self._whole(ask.speaker, tokens) and (whole := [
                n for t in tokens if (n := self.speakers.get(t)) and self._whole(n, tokens)]):
            ask.speaker = whole[0]  # "Stephan Rasp", said in full, not the first Stephan
        ask.session = self._session(text, tokens)
        numbered, ordinal = self._numbered(tokens)
        if numbered:
            # "who gives keynote 2?", "who chairs panel 2?", "the third paper session": the
            # session titled so (not the panel whose title says "chairs")
            ask.session = numbered
        after = _AFTER.search(text)
        if after and after.group(4) not in self.sessions and (
                named := self._session(rest := text[after.start(4):], words(rest))) and \
                any(named == title for title, _ in self.titles):
            # "what's on after the research paper talk?": the session the words after name
            ask.moment, ask.session = "after", named
        elif after and after.group(4) in self.sessions:
            ask.moment, ask.session = "after", after.group(4)
            # "after oral session II": the whole title said, not every oral session
            rest = text[after.start(4):]
            said = [fold(t) for t, _ in self.titles]
            said = [t for t in said if rest.startswith(t) and rest[len(t):len(t) + 1] in (
                "", " ", "?", ".", ",")]
            if said:
                ask.session = max(said, key=len)
        elif not (ask.session or ask.speaker) and (not ask.zone or ON_AT.search(text)) and (
                at := next((m for m in AT_CLOCK.finditer(text) if m.group(1) in AT_WORDS),
                           None)) and (clock := _clock(at)):
            # "what's on at 4:30pm?", "what's on at 18:20 CEST?" (that time in that zone); not
            # "is the poster session at 10:30?", nor a time in another zone said otherwise
            ask.moment, ask.at = "at", clock
        elif NOW.search(text):
            ask.moment = "now"
        elif NEXT.search(text) and not NEXT_ELSE.search(text):  # (not "next year")
            ask.moment = "next"
        ask.each_length = bool(EACH.search(text) and LENGTH.search(text))
        ask.title_asked = bool(TITLE_ASKS.search(text))
        if ask.session and (part := DAY_PARTS.search(text)):
            ask.day_part = _DAY_PART_HOURS[part]
        ask.day_said = day_said(text) if any(c.isdigit() for c in text) else None
        ask.weekday = next((WEEKDAYS[w] for w in tokens if w in WEEKDAYS), None)
        # ("the third paper session" is the one titled "Paper session 3", not the third of them)
        ask.position = None if ordinal else self._position(text)
        if ask.position is not None and ask.session in POSITIONS:
            # "the opening keynote": the first keynote, not a session titled "Opening talk"
            # (but "the opening session" is the one titled so)
            said = ask.session
            rest = [t for t in tokens if t != said]
            kind = self._session(" ".join(rest), rest)
            if kind and kind not in ANY_SESSION:
                ask.session = kind
            else:
                ask.position = None
        if ask.moment == "after" and after and after.group(3):
            ask.position = POSITIONS[fold(after.group(3))]  # of the session it follows
        if ask.moment is None and TIME_ASKS.search(text) and END_WITH_SUBJECT.search(text):
            ask.moment = "end"
        elif ask.moment is None and TIME_ASKS.search(text):
            edge = "start" if START.search(text) else "end" if END.search(text) else None
            if edge and (ask.session or ask.speaker or ask.position is not None or _next_to(
                    THE_DAY, START if edge == "start" else END, text)):
                ask.moment = edge
            if ask.moment == "start" and not (ask.session or ask.speaker) and \
                    ask.position is None and END.search(text):
                ask.moment = "span"  # "what time does it start and end?": both
        return numbered is not None and ask.session == numbered

    def _names_speaker(self, tokens: list[str], i: int) -> bool:
        """Whether ``tokens[i]``, a word of a speaker's name or place, names that speaker
        here."""
        t = tokens[i]
        before = tokens[i - 1] if i else ""
        speaks_next = tokens[i + 1:i + 2] != [] and tokens[i + 1] in NAME_WORD_NEXT
        if t not in self._name_words and before not in PLACE_BEFORE and not speaks_next:
            return False  # (a word of a place only after "from" or before "talk")
        return t not in self._worded_surnames or not before or \
            before not in NAME_WORD_BEFORE or speaks_next or \
            self._whole(self.speakers[t], tokens)

    @staticmethod
    def _whole(name: str, tokens: list[str]) -> bool:
        """Whether every word of a speaker's name is said."""
        return set(words(fold(name))) <= set(tokens)

    def _session(self, text: str, tokens: list[str]) -> str | None:
        """A session by its title (two of its words in a row, as the title has them), else by
        a word only its title uses that is not an everyday word ("equivariant", "interaug"),
        else by what its kind is called ("keynote", "invited talk")."""
        # a title said in full ("the JPF open discussion"), the longest of them
        said = [t for t, _ in self.titles if len(t) >= 6 and says_whole(text, fold(t))]
        if said:
            return max(said, key=len)
        # (a plural or singular of a title's word is that word: "supply chains", "Supply Chain")
        asked = [t for w in tokens if (t := self._title_form(w)) is not None]
        pairs = set(itertools.pairwise(asked))
        counts = [(len(pairs & title_pairs), title) for title, title_pairs in self.titles]
        best = max(counts, default=(0, ""))
        if best[0] and [c for c, _t in counts].count(best[0]) == 1:
            return best[1]
        # (words that say who or what, not which one: "the keynote *speakers*" are all of them)
        specific = set(asked) - PROGRAM_GENERIC
        if set(asked) & KINDS and len(specific | (shortened := self._initials(tokens))) >= 2:
            # "the privacy panel": the one title with a kind and a word, in any order ("Panel
            # on Privacy"), not every panel; "the IP panel": a title's words by their initials
            holding = [t for t, pairs in self.titles
                       if specific | shortened <= {w for pair in pairs for w in pair}]
            if len(holding) == 1:
                return holding[0]
        own = next((t for t in tokens if t in self.own_words and t not in english_words()),
                   None)
        if own is None and TIME_ASKS.search(text) and (START.search(text) or END.search(text)):
            # "what time does the CMRxRecon part start?": a name several titles share (and the
            # call says elsewhere too), asked when it starts or ends
            own = next((t for t in tokens if t in self.title_words and t.isalpha()
                        and len(t) >= 4 and t not in english_words()
                        and t not in self._deadline_words), None)
        return own or SESSION_NAMES.search(text)

    def _title_form(self, word: str) -> str | None:
        """``word`` as a title has it: itself, or its singular or plural."""
        # (a plural "s" only: not "does", "news", "status", "this")
        plural = len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
        for form in (word, word[:-1] if plural else word, word + "s"):
            if form in self.title_words and len(form) > 2:
                return form
        return None

    def _initials(self, tokens: list[str]) -> set[str]:
        """The title words a short word of ``tokens`` spells by their initials ("ip": the
        "intellectual property" of "Panel on Intellectual Property")."""
        out: set[str] = set()
        for t in tokens:
            if 2 <= len(t) <= 3 and t.isalpha() and t not in self.title_words:
                out |= self._spelled.get(t, set())
        return out

    def _numbered(self, tokens: list[str]) -> tuple[str | None, bool]:
        """The one title that a word and a number of ``tokens`` say in a row ("keynote 2",
        "panels 2": "Panel 2: ..."), or an ordinal before the word ("the third paper session":
        "Paper session 3 ..."); and whether an ordinal said it."""
        said: list[tuple[str, bool]] = []
        for i, t in enumerate(tokens[:-1]):
            # (a year is no session's number: "VERDI 2025")
            if t.isalpha() and tokens[i + 1].isdigit() and len(tokens[i + 1]) <= 2:
                said.append((f"{t.removesuffix('s')} {tokens[i + 1]}", False))
            elif POSITIONS.get(t, 0) > 0:
                # (the name said whole, and more than "session": "the first session" is the
                # first in time, whatever it is called)
                named = tokens[i + 1:i + 1 + ORDINAL_REACH]
                said += [(f"{' '.join(named[:j])} {POSITIONS[t]}", True)
                         for j in range(1, len(named) + 1) if set(named[:j]) - ANY_SESSION]
        for one, by_ordinal in said:
            titled = [title for title, written in self._title_texts if says_whole(written, one)]
            if not titled and not by_ordinal:
                # ("keynote 2": "Keynote Talk 2: ...", a word between the name and its number)
                titled = [title for title, written in self._title_texts
                          if _one_word_apart(written.split(), *one.split())]
            if len(titled) > 1 and not by_ordinal:
                titled = self._least_qualified(titled, one, set(tokens))
                if len(titled) > 1 and all(whole_at(fold(t), one) == 0 for t in titled):
                    return one, False  # "what's in session 3?": each item titled so
            if len(titled) == 1:
                return titled[0], by_ordinal
        return None, False

    def _least_qualified(self, titled: list[str], one: str, said: set[str]) -> list[str]:
        """"session 2" of "Session 2 (chair: ...)" and "Invited talk session 2": the title
        that says nothing before the number's name, unless the question says a word of what
        another says there (then as many as before)."""
        before = {title: written[:max(0, whole_at(written, one))].split()
                  for title, written in self._title_texts if title in titled}
        if any(said.intersection(words_before) for words_before in before.values()):
            return titled
        return [t for t in titled if not before[t]]

    def _position(self, text: str) -> int | None:
        """"the first invited talk", "the last session": a position before a session's name."""
        for m in _POSITION.finditer(text):
            after = m.group(2)
            if SESSION_NAMES.search(after) or set(words(after)) & (ANY_SESSION | self.own_words):
                return POSITIONS[m.group(1)]
        return None

    # --- the reading -------------------------------------------------------------------------

    def reads(self, text: str, ask: Ask, own: float, faq_answers: Callable[[], bool],
              faq_covers: Callable[[], bool] = lambda: False,
              faq_says_who: Callable[[], bool] = lambda: False) -> bool:
        """Whether the clause asks about the program, with its entities put in ``ask``.

        ``own`` is the program intent's cue score for the clause; ``faq_answers`` says whether
        an FAQ entry clearly answers it (then "is there a poster session?" is the FAQ's);
        ``faq_covers`` whether an entry covers the subject it names ("any awards?");
        ``faq_says_who`` whether an entry asked "who" answers it ("who are the invited
        speakers?", when the program lists no one for them)."""
        if not self.titles:
            return False
        numbered = self.find(text, ask)
        tokens = set(words(text))
        if tokens & ORGANIZING and (not ask.speaker or fold(ask.speaker) in ORGANIZING
                                    or not tokens & self._name_words):
            # "who's organizing from cornell?", "who on the organizing team is from amazon?":
            # the organizers, not a speaker from there
            return False
        if not ask.speaker and ASKS_WHO_HOLDS.search(text) and \
                {w.removesuffix("s") for w in tokens} & self._chaired:
            return False  # "who's in charge of posters?": the poster chair
        # (a session's own title word is no other subject: "what time does registration
        # start?" with a session called "Registration", and no deadline called so)
        titled = set(words(fold(ask.session))) - self._deadline_words if ask.session else set()
        if ask.session and WORKSHOP_DAY.search(text):
            titled = set(words(fold(ask.session)))
        # (in any of its forms: "who chairs panel 2?" and "Panel 2: ... (chair Lydia Chilton)")
        titled_stems = {stem(w) for w in titled}
        other = {t for t in tokens & ELSEWHERE if stem(t) not in titled_stems
                 and stem(t) not in self._said_elsewhere}
        if (other or ELSEWHERE_SAID.search(text)) and not ask.speaker:
            return False  # "the poster size", "the talk deadline": about something else
        named = ask.speaker or ask.session
        if ask.session and not ask.speaker and own == 0 and \
                self._paper_subject(words(text), ask.session):
            return False  # "does my paper need to be about LLMs?": the paper's subject
        if ask.session and not ask.speaker and "who" in tokens and not numbered and \
                ask.position is None and not ask.moment and not all(
                s.speakers for s, _, _ in find_sessions(self._slots, ask.session)) \
                and faq_says_who():
            # "who are the invited speakers?": not everyone listed (some "to be announced"),
            # and an entry asked so says
            return False
        if ask.moment in ("start", "end", "span") or (ask.position is not None):
            return True
        if numbered and not ask.speaker:
            return True  # "discussant for session 2?": a session named by its number
        if ask.session and not ask.speaker and not ask.moment and own < FIRE_OWN and \
                not find_sessions(self._slots, ask.session) and faq_covers():
            # "any awards?": no session of the program is called so, nothing asks for the
            # schedule, and an organizer's entry answers it
            return False
        if ask.moment:
            # "who's talking at 2:30pm?": a clock time asked who or what is on
            asked_at = ask.moment == "at" and bool(ASKS.search(text))
            return bool(named) or own >= MOMENT_ONLY or asked_at
        if not named:
            return False
        if ask.speaker and not ask.session and own == 0 and tokens & self.organizer_words \
                and not self._named_in_full(ask.speaker, text):
            return False  # "what's Grace's email?": the organizer Grace
        if own > 0 or (ask.speaker and ask.session) or ASKS.search(text) or (
                ask.session and not ask.speaker and tokens & ASKS_PLACE
                and self._placed(ask.session)):
            return True
        if self._bare(text, ask.session):
            return True
        return bool(EXISTS.search(text)) and not faq_answers()

    @staticmethod
    def _paper_subject(tokens: list[str], session: str) -> bool:
        """Whether the session was named only by a word said as a paper's subject, after
        "paper ... about" ("does my paper need to be about LLMs?")."""
        for i, t in enumerate(tokens):
            if t in PAPER_NOUNS:
                near = tokens[i + 1:i + 1 + SUBJECT_REACH]
                at = next((i + 1 + j for j, w in enumerate(near) if w in SUBJECT_OF), None)
                if at is not None and session in tokens[at + 1:]:
                    return True
        return False

    @cached_property
    def _slots(self) -> list[tuple[Session, datetime, datetime]]:
        """The program in time order (sorted once, not per question)."""
        return self._knowledge.sessions()

    @cached_property
    def names_chairs(self) -> bool:
        """Whether a session's title names who chairs it ("Panel 1 (chair Lydia Chilton)")."""
        return any(TITLE_NAMES_WHO.intersection(words(fold(s.title)))
                   for s in self._knowledge.program)

    def _placed(self, session: str) -> bool:
        """Whether the program says where the session is: a room, or a place in brackets in
        its title ("Conference dinner (NUMA, Obernstraße 26)")."""
        # (an address in brackets has parts: "(NUMA, Obernstraße 26)", not "(3-course dinner)")
        return any(s.room or "," in s.title.partition("(")[2]
                   for s, _, _ in find_sessions(self._slots, session))

    def _named_in_full(self, speaker: str, text: str) -> bool:
        """"who is Grace Example?": a speaker's whole name, which no organizer has."""
        name = fold(speaker)
        return name not in self.organizer_names and \
            re.search(rf"\b{re.escape(name)}\b", text) is not None

    @staticmethod
    def _bare(text: str, session: str | None) -> bool:
        """"keynotes?", "the poster session": the clause is the session's name alone."""
        if not session:
            return False
        rest = set(words(text.replace(fold(session), " "))) - FUNCTION_WORDS - BARE_EXTRA
        return not rest


def _clock(m: re.Match[str]) -> tuple[int, int] | None:
    """The 24-hour (hour, minute) of an "at ..." match, or None when it is no clock time."""
    hour, minute, half = int(m.group(2)), int(m.group(3) or 0), m.group(4)
    if not half and m.group(3) is None:
        return None
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 and minute < 60 else None


def clock_said(text: str, bare: bool = False) -> tuple[int, int] | None:
    """A time of day the question says ("submit at 10pm", "by 17:00"), 24-hour; with ``bare``,
    one said without "at" too ("9:30 taipei time", "9am local"; not "15.10", a day, nor the
    "5:30" of "GMT+5:30", nor the "4h" of "4h long")."""
    return next((c for m in AT_CLOCK.finditer(text) if (m.group(1) or (
        bare and "." not in m.group(0) and m.group(4) != "h"
        and text[max(0, m.start() - 1):m.start()] not in ("+", "-", "−")))
        and (c := _clock(m))), None)


def word_after_clock(text: str) -> str:
    """The word after the first time of day ``text`` says ("14:00 cet ...": "cet"), or ""."""
    m = next((m for m in AT_CLOCK.finditer(text) if _clock(m)), None)
    rest = text[m.end():].split() if m else []
    return rest[0] if rest else ""


WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}  # "tuesday": 1
_MONTHS = {m.lower(): n for names in (calendar.month_name, calendar.month_abbr)
           for n, m in enumerate(names) if m}
_COUNTED = frozenset(_WORDS["counted_by_ordinal"])


def day_said(text: str) -> tuple[int | None, int] | None:
    """The (month, day of the month) a question names ("start on the 29th": no month; "on
    july 29"), if one; not "the 2nd day", which counts days of the workshop."""
    said = words(text)
    found = set()
    for i, w in enumerate(said):
        before = said[i - 1] if i else ""
        after = said[i + 1] if i + 1 < len(said) else ""
        if w[-2:] in ("st", "nd", "rd", "th") and w[:-2].isdigit() and after not in _COUNTED:
            found.add((_MONTHS.get(before), int(w[:-2])))
        elif w.isdigit() and len(w) <= 2 and before in _MONTHS:
            found.add((_MONTHS[before], int(w)))
    return found.pop() if len(found) == 1 else None


def _one_word_apart(written: list[str], name: str, number: str) -> bool:
    """Whether ``written`` (a title's words) has ``name`` then one other word then ``number``
    ("keynote talk 2")."""
    return any(w.removesuffix("s") == name and written[i + 2:i + 3] == [number]
               for i, w in enumerate(written))
