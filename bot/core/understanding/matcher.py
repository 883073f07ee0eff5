"""Understanding a question: which intents, which entities, or which unknown topic.

The matcher is built once per knowledge file. It knows the built-in intents (generic cues,
:mod:`.intents`) and the topics a call often leaves out (:mod:`.topics`), and
learns the rest from the knowledge: organizer names and affiliations (:mod:`.people`),
deadline names (:mod:`.deadline_finder`), the conference's name, and the organizer's own
``faq:`` phrasings (:mod:`.faq_index`, an inverted index, so cost grows with the
phrasings that share words with the question, not with all of them).
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.core.answers.builders import ASKS_WITHIN_LIMIT as WITHIN_LIMIT
from bot.core.answers.builders import Ask, numbers_in, topic_words
from bot.core.answers.days_named import mentioned_days
from bot.core.answers.v2_intents import v2_topic_answer
from bot.core.knowledge.model import Deadline, Knowledge, Track
from bot.core.understanding.deadline_finder import (
    ASKS_DEADLINE,
    ASKS_TIME_LEFT,
    DeadlineFinder,
    asks_a_date,
    question_after_condition,
)
from bot.core.understanding.deadline_kinds import (
    DEADLINE_WORDS,
    KIND_LABELS,
    OPENS,
    kinds_in,
    kinds_of,
    main_deadline,
    venue_steps,
)
from bot.core.understanding.examples import Hit, builtin_index
from bot.core.understanding.faq_index import (
    ASKS_AMOUNT,
    ASKS_WHEN,
    ENTRY_FIRE,
    ENTRY_GRAY,
    FAQ_FIRE,
    FAQ_GRAY,
    FUNCTION_WORDS,
    NARROW_TOPICS,
    SYNONYMS,
    FaqIndex,
    StemSet,
    stem,
)
from bot.core.understanding.intents import (
    CHITCHAT,
    CONDITIONAL,
    FIRE,
    GRAY,
    INTENTS,
    MONTH_WORD,
    WORKSHOP_WORDS,
    CueBank,
    Intent,
    Leads,
    Words,
    make_intent,
    regex,
    word_list,
)
from bot.core.understanding.lexicon import WORDS as LEXICON_WORDS
from bot.core.understanding.own_vocabulary import own_vocabulary
from bot.core.understanding.paper_type_finder import (
    described_words,
    kind_described,
    platforms_named,
    tracks_named,
    without_type_names,
)
from bot.core.understanding.people import (
    AFFILIATION_ALIASES,
    MEMBER_CHECK,
    MEMBER_CHECK_NEEDS,
    ROLE_HEADS,
    PeopleFinder,
    chaired,
)
from bot.core.understanding.program_finder import ELSEWHERE as PROGRAM_ELSEWHERE
from bot.core.understanding.program_finder import (
    SESSION_NAMES,
    ProgramFinder,
    clock_said,
    word_after_clock,
)
from bot.core.understanding.runs import phrases_in
from bot.core.understanding.short_forms import short_forms
from bot.core.understanding.tables import table
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import (
    Speller,
    english_words,
    expand,
    fold,
    is_year,
    sentences_of,
    split_clauses,
    unyeared,
    whole_at,
    words,
    year_in,
)
from bot.core.understanding.topics import TOPIC_BANK, TOPICS, Topic
from bot.core.understanding.zones import zone_finder

MAX_CLAUSES = 8
LEAN_WORDS = 3  # a part this short may be read with its neighbour
NAMED_ALONE_REST = 2  # words besides a deadline's name that may still only name its kind
TAG_WORDS = 5  # "is that true here?": a tag asking to confirm the part before
REFERS_BACK = frozenset(table_words("refers_back"))  # "what timezone is that in?"
# "where is it and when": (the intent of the part before, the one the bare word adds)
PLACE_OR_TIME = {"when": ("location", "date"), "where": ("date", "location")}
TIME_READINGS = frozenset({"date", "deadline", "timezone", "duration"})
ANY_TIME = datetime(2000, 1, 1, tzinfo=UTC)  # whether a field answers does not depend on when
BODY_WORDS = frozenset(table_words("body_words"))  # "committee", "board": a role's own body
TYPE_WORDS = frozenset(stem(w) for w in table_words("type_name_words"))
PROGRAM_SAYS = frozenset(table_words("program_says"))
OBLIGED = word_list("obliged_words")
EDITION_WORDS = frozenset(table_words("edition_words"))
VENUE_NOUNS = frozenset(table_words("venue_nouns"))
HOST_TRACKS = frozenset(table_words("host_track_words"))
MAIN_EVENT_NOUNS = frozenset(table_words("main_event_nouns"))  # "the main *conference*"
MAIN_EVENT_BEFORE = frozenset(table_words("main_event_before"))  # "*in the* main conference"
PLACE_AND_TIME = frozenset({"location", "date", "duration", "attendance", "conference"})
TYPE_ASKED = {k: frozenset(stem(w) for w in v) if k == "words" else frozenset(v)
              for k, v in table_words("type_asked").items()}
IS_WORDS = frozenset(table_words("identity_check")["opens"])
SELF_WORDS = frozenset(table_words("identity_check")["self"])
SELF_THEN = frozenset(table_words("identity_check")["then"])
# a question asking what, which, how or who (not "what about ...?", not "what time")
OTHER_QUESTION = frozenset(table_words("other_question")["opens"])
NOT_OTHER_QUESTION = frozenset(table_words("other_question")["not_before"])
ENTRY_HEDGE = 0.4  # ...and what an entry must explain of a question to be its one reading
NEGATED_PREMISE = word_list("negated_premise")
CONFIRM_TAGS = word_list("confirm_tags")
BARE_ENDS = frozenset(table_words("program")["end"])  # "...start and *end*?"
ASKS_ADDRESS = word_list("asks_email_address")
ASKS_DATE_ALONE = frozenset(table_words("asks_date_alone"))
WHOLE_READ = 3  # parts none of which is understood are read again as one, when this few
MAX_CLAUSE = 400  # characters
VERSION_STEPS = frozenset({"submission", "camera_ready"})  # the versions of a paper
PAST = word_list("past_words")  # "was it extended again?": what was, not what will be
FIRM_DEADLINE = word_list("firm_deadline")  # a note that says whether it will move again
MAX_QUOTE = 400  # characters of the workshop's description quoted for a subject
SMALLTALK_NAMES = frozenset(i.name for i in CHITCHAT)
STRONG = 1.5  # a built-in reading this strong (several cues) of a paper type named...
FAQ_CLEAR = 0.85  # ...beats an FAQ entry matched less closely than this
VERY_STRONG = 2.5  # so does any built-in reading this strong ("is the 9 page limit including refs")
EXAMPLE_FIRE = 0.8  # an example this close decides the reading...
EXAMPLE_MARGIN = 0.2  # ...when no other intent's example comes within this
EXAMPLE_GRAY = 0.7  # a plausible reading
EXAMPLE_STATEMENT = 0.8  # not a question: only a very close example reads it
LONG_STATEMENT = 8  # words: a statement longer than this is compared with no example
MAX_EXAMPLE_TEXT = 100  # characters: longer clauses are not compared with examples
SOCIAL = frozenset({"thanks", "ack", "goodbye", "compliment"})
ACCEPT_VERBS = frozenset(table_words("accept_verbs"))
RULE_INTENTS = frozenset(table_words("rule_intents"))
# intents read at least this strongly beat an FAQ entry that never speaks of them
OVER_A_SILENT_ENTRY: dict[str, float] = table_words("over_a_silent_entry")
DEFINE_OPENERS = tuple(table_words("define_openers"))
DEFINE_ONE_OPENERS = tuple(table_words("define_one_openers"))
DEFINE_ONE_FILLER = frozenset(table_words("define_one_filler"))  # "... paper *here*?"
COMPARE_WORDS = frozenset(table_words("compare_words"))
PUBLISHED_SAID = word_list("published_said")
CAMERA_READY_FOR = list(table_words("camera_ready_for"))
COMPARED_WITH = frozenset(table_words("compared_with"))
LENGTH_WORDS = frozenset(table_words("length_words"))
REQUEST = word_list("request_words")
COMPARE = re.compile(r"\b(workshop|event|it)\b.{0,30}\b(same (day|date|time) as|before or after)\b"
                     r"|\b(before|after|or|than|until|between)\b.{0,10}\b(the )?(workshop|event) "
                     r"(day|itself|date|starts|begins)\b")
QUESTION = re.compile(r"^(what|when|where|who|whom|how|which|why|is|are|am|can|could|do|does|did|"
                      r"should|would|will|was|were|has|have|any|anyone|anybody|may|might|must)\b")
ASKED_FIRST = {kind: tuple(said) for kind, said in table_words("asked_first").items()}
ASKED_FIRST_OPENERS = tuple(table_words("asked_first_openers"))
ASKS_MORE = frozenset(table_words("asks_more"))
GIVES_NO = {kind: frozenset(names) for kind, names in table_words("gives_no").items()}


def asked_first(text: str) -> str | None:
    """What a question asks for by its first words ("who ...": a person, "what time ...": a
    time), after an opener ("so", "hey"), if one of those."""
    said = text.strip()
    for opener in ASKED_FIRST_OPENERS:
        if said.startswith(opener + " "):
            said = said[len(opener) + 1:].lstrip(", ")
            break
    for kind, starts in ASKED_FIRST.items():
        first = next((s for s in starts if said == s or said.startswith(s + " ")), None)
        if first is not None:
            # (one thing asked: "when is it held and in which city?" asks a place too)
            return None if ASKS_MORE.intersection(words(said[len(first):])) else kind
    return None


def _without_words_of_others(found: list[Topic], text: str) -> list[Topic]:
    """``found`` less each subject said by one word only inside the phrase of a narrow one
    ("already *published*": prior publication, not whether the workshop publishes)."""
    spans = {t.name: [m.span() for m in t.compiled.finditer(text)] for t in found}

    def inside(inner: Topic, outer: Topic) -> bool:
        return all(any(a <= b0 and b1 <= z and (a, z) != (b0, b1) for a, z in spans[outer.name])
                   for b0, b1 in spans[inner.name])

    def one_word(t: Topic) -> bool:
        return bool(spans[t.name]) and all(" " not in text[a:z].strip()
                                           for a, z in spans[t.name])

    return [t for t in found if not one_word(t) or not any(
        u is not t and u.narrow and inside(t, u) for u in found)]


OTHER_EVENT = Topic("other_event", "another event", (), offtopic=True)
# the host conference's own dates: quoted when the call states them ("ICWSM 2025 runs June
# 23-26"), else an honest "I don't know" (never the workshop's own day)
HOST_DATES_TOPIC = Topic("host_dates", "the main conference's own dates", ())
# a part that only depends on an earlier answer ("if so"), or only asks when about the part
# before it ("..., when?"): whole parts, as written (data/words.yaml)
FOLLOW_UP = frozenset(table_words("follow_up_parts"))
# ("can I attend remotely? if not, where is it?": what follows a "no" is still asked)
NEGATIVE_FOLLOW_UP = frozenset(table_words("negative_follow_up_parts"))
BARE = frozenset(table_words("bare_question_parts"))
# the steps of a subject that is a deadline of its own ("the abstract's notification")
STEPS_OF_A_SUBJECT = frozenset(table_words("steps_of_a_subject"))
SUBJECT_KINDS = frozenset(table_words("subject_kinds"))  # ("my *abstract* got accepted")
MISSED = frozenset(table_words("missed"))  # "missed the main track deadline, ..."
EVENT_NOUNS = frozenset(table_words("event_nouns"))  # "the EURO 2026 *conference*"
EVENT_NOT_NAMES = frozenset(table_words("event_not_names"))  # "the *main* 2025 conference"
# the words the message being read wrote in capitals ("FAST 2024"): a name, whatever a
# dictionary says of it ("fast")
CAPITALS: ContextVar[frozenset[str]] = ContextVar("capitals", default=frozenset())
MAIN_CONFERENCE = word_list("main_conference")  # "the main conference": the host's, not ours
HOST_DATES = frozenset(table_words("host_dates_words"))  # "when is ICML this year?"
HOST_DATES_ASKED = frozenset(table_words("host_dates_asked"))  # "when", "dates"
# "is that a problem for acceptance?", "does it hurt my chances of being accepted?": whether a
# thing bears on the decision, not when it comes
JUDGED_FOR = frozenset(table_words("judged_for_words"))
ACCEPTANCE_SAID = frozenset(table_words("acceptance_said"))  # "acceptance", "rejected"
ONE_PAPER = frozenset(table_words("one_paper_words"))  # "the *same* paper to both tracks"
ONE_PAPER_THINGS = frozenset(table_words("one_paper_things"))  # (not "the same day")
SENT_TO_BOTH = frozenset(table_words("sent_to_both_words"))  # "commit ... to both X and Y"
ALLOWED_QUESTIONS = frozenset(table_words("allowed_question_parts"))

PLURAL_REACH = 3  # "sensor" names the topic word "sensors", "robust" "robustness" does not
POINTING_BACK_WORDS = 5  # "when is it due": a part this short with an "it" names no subject
CALL_ABBREVIATIONS: dict[str, str] = table_words("call_abbreviations")
ALIASES = re.compile(r"\b(" + "|".join(AFFILIATION_ALIASES) + r")\b")
MAIN_TRACK = re.compile(
    r"\bmain (?!(paper|papers|submission|submissions|workshop|full|abstract)\b)[a-z-]+ (\d{4} )?"
    r"(track |conference |conf )?(paper |papers |submission )?"
    r"(deadlines?|notifications?|camera-ready)\b|"
    r"\bmain (track|conference|conf)\b.{0,20}\b(deadlines?|dates?|due|notifications?|"
    r"camera-ready)\b|\b(deadlines?|dates?|due|notifications?)\b.{0,12}\b(of|for) the "
    r"([\w-]+ ){0,2}main( [a-z]+)? (track|conference|conf)\b|"
    # "the page limit for ICML main conference papers": its rules, not ours
    r"\b(page limit|pages|length|format|template)\b.{0,12}\b(of|for) (the )?([\w-]+ ){0,2}"
    r"main( (?!and |or )[\w-]+){0,2} (track|conference|conf)\b")
# a paper's fate elsewhere: "under review at", "submitted to", "accepted at"
UNDER_REVIEW = (r"(under review|under submission|submitted|submitting|submit|sent|sending|"
                r"presented|presenting|published|accepted|rejected|pending|in review|got into|"
                r"made it into)")
# other conferences, named by their short names ("ICML", "KDD")
OTHER_CONFERENCES = frozenset(table_words("other_conferences"))
STYLE_WORDS = frozenset(table_words("style_words"))
SETTLED_ELSEWHERE = frozenset(table_words("settled_elsewhere"))
LATER_ELSEWHERE = frozenset(table_words("later_elsewhere"))  # "...to a conference later"
STREET_WORDS = frozenset(table_words("street_words"))
FUTURE = word_list("future_words")  # "will it be extended again?": what will be
EXTENSION_REQUEST = word_list("extension_request_words")  # "can we get an extension?"
EXTENSION_DONE = word_list("extension_done_words")  # "has it been extended?"
EXTENSION = word_list("extension_words")  # "extension", "extended"
HOW_TO = frozenset(table_words("how_to_seconds"))
ACCEPTED_ENDINGS = frozenset(table_words("accepted_endings")["endings"])
ACCEPTED_OPENERS = frozenset(table_words("accepted_endings")["openers"])
REGISTERING_OPENERS = frozenset(table_words("registering_openers"))
REGISTERING_TIME = frozenset(table_words("registering_time_words"))
CHECKS_ANONYMIZED = {k: frozenset(v) for k, v in table_words("checks_anonymized").items()}
CHECKS_ANONYMIZED_SAYS = Words(tuple(table_words("checks_anonymized")["says"]))
COMMITTEE_WORDS = frozenset(SYNONYMS.get(w) or stem(w) for w in table_words("committee_words"))
ASKS_HOW_MANY = frozenset(table_words("asks_how_many"))
COMMITTEE_ASKED = frozenset(table_words("committee_asked"))
STILL = frozenset(w for w in table_words("asks_still") if " " not in w)
DUAL_SUBMISSION = next(t for t in TOPICS if t.name == "dual_submission")
SEVERAL_TRACKS = next(t for t in TOPICS if t.name == "several_tracks")
ARCHIVAL = next(t for t in TOPICS if t.name == "archival")


def asks_time(text: str) -> bool:
    """Whether ``text`` asks when, or names a deadline ("when", "by when", "deadline")."""
    return bool(ASKS_WHEN.search(text) or ASKS_DEADLINE.search(text))


def best_first(scores: dict[str, float]) -> list[tuple[str, float]]:
    """(name, score) pairs, highest score first; ties by name, so a reading never depends on
    the order the scores were found in."""
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


@dataclass
class Clause:
    """What one clause of a message asks."""

    text: str
    kind: str  # intent | faq | topic | chitchat | clarify | none
    intents: list[tuple[str, float]] = field(default_factory=list)  # understood, best first
    ask: Ask = field(default_factory=Ask)
    topic: Topic | None = None
    faq_id: str | None = None
    chitchat: str | None = None
    # "did you mean" options: (intent, score, entity)
    gray: list[tuple[str, float, str | None]] = field(default_factory=list)
    workshop_related: bool = False
    asked: bool = True  # a question mark, or it reads as a question
    hedge: bool = False  # one plausible reading, answered with "If you mean ..."
    example_hits: list[Hit] = field(default_factory=list)
    rule: str = ""  # the named rule (data/rules.yaml) that decided the reading
    scores: dict[str, float] = field(default_factory=dict)  # every intent's raw score
    # what the workshop's own description says of a subject asked about ("Part 1 is
    # sponsored by NVIDIA"): quoted, when no field or FAQ entry answers it
    prose: str | None = None
    # an FAQ entry close to the question, not close enough to answer before the intent
    # understood: it answers when the intent's fact is not in the knowledge ("where do we
    # submit?" and no submission link, but an entry on "where is the submission site")
    faq_fallback: str | None = None

    @property
    def score(self) -> float:
        return self.intents[0][1] if self.intents else 0.0


class Matcher:
    """Understands questions about one knowledge file."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._intents = self._with_conference(INTENTS, knowledge)
        self._cues = CueBank(self._intents)
        self._smalltalk_cues = CueBank(CHITCHAT)
        # one pass over a clause finds what every cue and topic needs
        self._leads = Leads(self._cues.leads | self._smalltalk_cues.leads | TOPIC_BANK.leads)
        # the sentences of the workshop's description, as written and folded (quoted for a
        # subject they speak of)
        self._description = [(s.strip(), fold(s))
                             for s in sentences_of(knowledge.workshop.description or "")
                             if s.strip()]
        # ...of what the call says of the file and its style ("PDF (submissions must be in
        # English)")...
        for label, said in (("File format", knowledge.submission.file_format),
                            ("Style", knowledge.submission.style)):
            if said:
                self._description.append((f"{label}: {said}", fold(said)))
        # ...(and of the organizers' FAQ answers, for the few subjects quoted from them)...
        self._faq_sentences = [(s.strip(), fold(s)) for entry in knowledge.faq
                               for s in sentences_of(entry.answer)
                               if s.strip()]
        # ...and of the paper types' descriptions, each said with its type ("Full paper: ...
        # not counting references and appendix")
        for t in knowledge.submission.tracks:
            for sentence in sentences_of(t.description or ""):
                if sentence.strip():
                    self._description.append((f"{t.name}: {sentence.strip()}", fold(sentence)))
        # the words of the paper types' names, made comparable
        self._track_words = {SYNONYMS.get(w) or stem(w) for t in knowledge.submission.tracks
                             for w in words(fold(t.name))}
        self.deadlines = DeadlineFinder(knowledge)
        # what the program does not hold, but what it says itself ("Panel (moderator: ...)")
        said = {stem(w) for s in knowledge.program
                for w in words(fold(" ".join([s.title, *s.speakers])))}
        self._off_program = StemSet({stem(w) for w in PROGRAM_ELSEWHERE} - said)
        name_words = set(words(fold(knowledge.workshop.name)))
        # ("Workshop on Heart Models (ICML 2031)": the host named in the name is the host's)
        hosts_named = name_words & OTHER_CONFERENCES
        self._own_words = (name_words | {w for n in self.self_names(knowledge)
                                         for w in words(n)}) - hosts_named
        # (the words of its own that only name it: "wassa", not "the" or "workshop")
        self._own_names = {w for w in self._own_words if w not in english_words()
                           and w not in FUNCTION_WORDS and not w[:1].isdigit()}
        self._conference_words = set(words(fold(knowledge.workshop.conference or ""))) | \
            hosts_named
        host_year = year_in(knowledge.workshop.conference or "")
        self._host_year = str(host_year) if host_year else None
        # the venues whose steps a question may name ("the EuroSys notification")
        self._venues = frozenset((OTHER_CONFERENCES | self._conference_words) - self._own_words)
        self._named_by_us = {w for x in [*knowledge.deadlines, *knowledge.submission.tracks]
                             for w in words(fold(x.name))}
        # the host conference by its short name ("RecSys 2024 (18th ACM Conference on
        # Recommender Systems)": "recsys", not "recommender")
        # (and by the capitals its brackets start with: "ACM Multimedia 2025 (ACM MM 2025, the
        # 33rd ...)": "mm"; not "Interspeech 2025 (satellite workshop)")
        conference = knowledge.workshop.conference or ""
        short = words(fold(conference.split("(")[0]))
        # (only a short form with its year: "ACM MM 2025", not "AAAI International Conference
        # on Web and Social Media")
        bracket = conference.split("(")[1].split(",")[0] if "(" in conference else ""
        if year_in(bracket):
            short += [w.lower() for w in bracket.split()
                      if w.isalpha() and w.isupper() and len(w) >= 2]
        self._host_names = {w for w in short if not w.isdigit()}
        # the host's dates are asked by its own name, written as questions are ("neurips" is
        # "nips"), not by a word of everyday English ("the", "conference") nor one the
        # workshop's own name says ("KDD Workshop on ...")
        self._host_dates_names = {
            w for w in words(expand(" ".join(short))) if not w[:1].isdigit() and (
                w in OTHER_CONFERENCES or (w not in english_words() and w not in FUNCTION_WORDS))
        } - name_words  # (not a year nor "21st": "sc20" is a name)
        # a paper's fate at another venue, or at our own conference's main track ("rejected
        # from the LREC-COLING main track", "under review at ICML")
        self._fate_elsewhere = re.compile(
            rf"\b{UNDER_REVIEW} (already )?elsewhere\b|"  # ("accepted elsewhere")
            rf"\b{UNDER_REVIEW}\b.{{0,25}}\b(at|to|in|for|with|from|by) (the )?(([\w-]+ )?"
            rf"main (track|conference|conf)|(a|an|another) ([\w-]+ )?(journal|conference|venue)|"
            # ("accepted at ASE 2023": a venue and its year; not "accepted by june 2023")
            rf"(?!{MONTH_WORD}|(spring|summer|fall|autumn|winter|early|late|mid|end)\b)"
            rf"[a-z]{{2,}} (?:19|20)\d\d|"
            rf"{'|'.join(map(re.escape, sorted(OTHER_CONFERENCES - self._conference_words)))})\b"
            # ("my MICCAI main paper got rejected": the venue first)
            rf"|\bmain (track |conference )?(paper|submission) (might |may |could |will )?"
            rf"(get |got |was |has been |is |be )?{UNDER_REVIEW}\b")
        self._edition_words = {
            w for e in knowledge.workshop.previous_editions for w in words(fold(e.name))
            if ((w.isalpha() and len(w) >= 3) or (w.isdigit() and len(w) == 4))
            and w not in name_words}
        w = knowledge.workshop
        self.people = PeopleFinder(knowledge.organizers, frozenset(words(fold(
            f"{w.name} {w.short_name or ''} {w.conference or ''}"))) - FUNCTION_WORDS)
        # the subjects a field of this knowledge answers ("already published?": dual submission
        # if the file says, else whether it is archival): among several, an answered one
        self._answered_topics = frozenset(
            t.name for t in TOPIC_BANK.topics
            if t.answerable and v2_topic_answer(knowledge, ANY_TIME, t.name) is not None)
        self._topic_words = [(t, [w for w in topic_words(t) if w not in name_words])
                             for t in knowledge.workshop.topics]
        # what a question must have for a topic to be looked at: one of its words, or the
        # opening of a long one
        self._topic_keys = [frozenset(tw) | {w[:6] for w in tw if len(w) >= 5}
                            for _, tw in self._topic_words]
        self._abbreviations = self._call_abbreviations(knowledge)
        vocab = self._vocabulary()
        self.speller = Speller(vocab, keep=OTHER_CONFERENCES)
        self.faq = FaqIndex(knowledge.faq, self.speller, self._own_words,
                            short_forms(knowledge))
        self._faq_steps: dict[str, set[str]] = {}  # the paper versions each entry is about
        # the built-in intents each FAQ entry speaks to (its questions or its answer): an entry
        # stands in for an intent whose fact is missing only when it speaks to that intent
        # (read when first needed: most entries never are)
        self._faq_speaks: dict[str, set[str]] = {}
        self.examples = builtin_index()
        self.program = ProgramFinder(knowledge)
        self._page_limit_known = knowledge.submission.page_limit is not None or any(
            t.page_limit is not None for t in knowledge.submission.tracks)
        self.own_vocabulary = own_vocabulary(knowledge)

    # --- building ------------------------------------------------------------------------

    @staticmethod
    def self_names(k: Knowledge) -> set[str]:
        """What people call this workshop: its short name, acronym ("REI"), and "the workshop"."""
        full = fold(k.workshop.name)
        names = {full}
        # "... Manuscripts (CAHM)", "... of the Heart (STACOM 2024)", "DaMoN 2024: 20th ...":
        # a short name in brackets or before a colon, with its year and without
        # ("SemDial 2025 – Bialogue: ...": each of the names before the colon)
        raw = [n.strip() for a, b in re.findall(r"\(([^()]{2,20})\)|^([^:()]{2,45}):",
                                                 k.workshop.name.strip())
               for n in _names_apart(a or b) if len(n.strip()) <= 20]
        host = {w for w in words(fold(k.workshop.conference or "")) if w.isalpha()} | \
            OTHER_CONFERENCES
        # (a short name has a word of two capitals or more, "STACOM", "DaMoN", and is no
        # conference's: not "(ICML 2031)", "(Virtual)" or "Call for Papers:")
        # (or, beside another before the colon, one word no dictionary has: "Bialogue")
        several = len(raw) > 1
        short = [fold(n) for n in raw if (
            any(sum(c.isupper() for c in w) >= 2 for w in n.split())
            or (several and len(n.split()) == 1 and n[:1].isupper()
                and fold(n) not in english_words()))
            and not set(words(fold(n))) & host]
        for name in short:
            said = words(name)
            if 1 <= len(said) <= 3:
                names.update({name.strip(), " ".join(said)})
            if len(said) == 2 and said[1].isdigit() and said[0].isalpha() and len(said[0]) >= 3:
                names.add(said[0])  # ("stacom 2024" is also "stacom")
        full = re.sub(r"\s*\([^()]*\)", "", full).strip()
        names.add(full)
        if k.workshop.short_name:
            names.add(fold(k.workshop.short_name))
            names.update(w for w in words(fold(k.workshop.short_name)) if w.isalpha())
        # a name written with its year ("PMBS24", "DLfM2025") is said without it too ("pmbs")
        names.update(unyeared(words(fold(f"{k.workshop.short_name or ''} {full}"))))
        core = re.sub(r"^(the )?(international )?workshop (on|for|about) |\s*workshop$", "",
                      full).strip()
        if core and core != full:
            names.update({core, f"{core} workshop", f"the {core} workshop"})
        initials = "".join(w[0] for w in words(full) if w not in {
            "workshop", "on", "the", "of", "for", "and", "in", "to", "a", "an", "at", "with"})
        if len(initials) >= 2:
            names.add(initials)
        return {n for n in names if len(n) >= 2}

    @staticmethod
    def _with_conference(intents: tuple[Intent, ...], k: Knowledge) -> tuple[Intent, ...]:
        names = []
        if k.workshop.conference:
            names = [w for w in words(fold(k.workshop.conference)) if w.isalpha() and len(w) > 2]
        alt = "|".join(re.escape(n) for n in names) or "(?!x)x"
        own = sorted(Matcher.self_names(k), key=len, reverse=True)
        self_alt = "|".join(["it", "this", "that", "the workshop", "the event", "this workshop",
                             *(re.escape(n) for n in own)])
        out = []
        for intent in intents:
            if any(isinstance(p, str) and ("CONF" in p or "SELF" in p) for p, _ in intent.cues):
                cues = tuple((p.replace("CONF", f"(?:{alt})").replace("SELF", f"(?:{self_alt})")
                              if isinstance(p, str) else p, w) for p, w in intent.cues)
                intent = make_intent(intent.name, intent.label, cues, intent.examples,
                                     intent.suppressed_by, intent.builder, intent.slots)
            out.append(intent)
        return tuple(out)


    def _other_step(self, faq_id: str, text: str) -> bool:
        """Whether ``text`` names a version of the paper (the submitted one, the camera-ready)
        other than the one every phrasing of the entry names."""
        asked = kinds_in(text) & VERSION_STEPS
        if not asked:
            return False
        if faq_id not in self._faq_steps:
            e = self.knowledge.faq_entry(faq_id)
            each = [kinds_in(fold(q)) & VERSION_STEPS for q in e.questions]
            self._faq_steps[faq_id] = set.intersection(*map(set, each)) if each else set()
        own = self._faq_steps[faq_id]
        return bool(own) and not own & asked

    def _falls_back_to(self, faq_id: str, text: str, readings: set[str]) -> bool:
        """Whether an entry may answer, should the file not hold the fact of ``readings``: one
        that says a word of the question's own, or gives a day or time when one is asked ("is
        the workshop on dec 13?"); not "register via the FLoC website" for "which city?"."""
        return self.faq.shares_words(faq_id, text) or bool(
            readings & TIME_READINGS and self.faq.gives_a_time(faq_id))

    def _speaks(self, faq_id: str) -> set[str]:
        """The built-in intents an FAQ entry's questions or answer speak to."""
        if faq_id not in self._faq_speaks:
            e = self.knowledge.faq_entry(faq_id)
            self._faq_speaks[faq_id] = {
                n for text in (" ".join(e.questions), e.answer)
                for n, v in self._cues.read(expand(text))[0].items() if v > GRAY} | {
                # ("who are the invited speakers?": an example of the program's own)
                h.intent for q in e.questions for h in self.examples.hits(expand(q))[:1]
                if h.score >= EXAMPLE_FIRE}
        return self._faq_speaks[faq_id]

    @staticmethod
    def _converts_a_time(text: str, ask: Ask, scores: dict[str, float]) -> bool:
        """Whether a part says a time of day and a zone to have it in ("9am local, what is that
        in PST?", "9:30 taipei time in IST?"), naming no deadline ("submit at 10pm PST?" checks
        the deadline); sets the zone the time is said in, when two are named."""
        if kinds_in(text) or not DEADLINE_WORDS.isdisjoint(words(text)):
            return False
        zones = zone_finder().all_in(text)
        # the zone the time is said in, named right after it ("14:00 cet", "11:59pm aoe")
        after = word_after_clock(text)
        said_in = zone_finder().named(after)
        if said_in is not None and ask.zone is not None and said_in.key != ask.zone.key:
            ask.clock_zone = said_in
            return True
        if len(zones) >= 2:
            ask.clock_zone, ask.zone = zones[0], zones[-1]
            return True
        if said_in is not None:
            return False  # (a zone said with the time and no other: nothing to convert to)
        return scores.get("time_conversion", 0.0) > 0

    def _day_not_in_entry(self, faq_id: str, ask: Ask, fired: dict[str, float]) -> bool:
        """Whether a deadline is asked for its day ("notification date for the non-archival
        submissions?") and the entry does not write that day ("August 29", "29 Aug",
        "2025-08-29"): the deadline answers, not an entry that gives other days."""
        if ask.deadline is None or fired.get("deadline", 0.0) < FIRE:
            return False
        due = ask.deadline.due_at(self.knowledge.tz)
        # ("papers due sept 2 AoE?": a day checked asks for the day too)
        if not (ASKS_WHEN.search(ask.text) or "date" in words(ask.text) or (
                due is not None and mentioned_days(ask.text, due.year))):
            return False
        if due is None:
            return True
        day = due.astimezone(self.knowledge.tz).date()
        return day not in mentioned_days(fold(self.knowledge.faq_entry(faq_id).answer), day.year)

    def _entry_of_other_days(self, faq_id: str, d: Deadline | None) -> bool:
        """Whether an entry writes another deadline's day and not this one's ("the late poster
        deadline is May 15" beside the abstract deadline of April 17): it is about that other
        step."""
        tz = self.knowledge.tz
        due = d.due_at(tz) if d is not None else None
        if due is None:
            return False
        day = due.astimezone(tz).date()
        days = set(mentioned_days(fold(self.knowledge.faq_entry(faq_id).answer), day.year))
        others = {x.due_at(tz).astimezone(tz).date() for x in self.knowledge.deadlines
                  if x is not d and x.due_at(tz) is not None}
        return day not in days and bool(days & others)

    @staticmethod
    def _points_back(clause: Clause, before: Clause) -> bool:
        """Whether a short part asks when "it" is due, "it" being the subject of the part before
        (an entry or a subject, not a built-in fact), and names no deadline of its own ("when is
        it due?"; not "what day is it?", which asks about the workshop)."""
        said = words(clause.text)
        return "it" in said and len(said) <= POINTING_BACK_WORDS and \
            before.kind in ("faq", "topic") and clause.kind == "intent" and \
            any(n == "deadline" for n, _ in clause.intents) and clause.ask.deadline is None and \
            not clause.ask.deadline_named and \
            not clause.ask.topics_named and not clause.ask.tracks

    @staticmethod
    def _call_abbreviations(knowledge: Knowledge) -> dict[str, str]:
        """The short forms of the parts this call has ("DS" for its doctoral symposium), with
        what each stands for."""
        said = " ".join(fold(x) for x in [
            *(d.name for d in knowledge.deadlines), *(t.name for t in knowledge.submission.tracks),
            *(o.role or "" for o in knowledge.organizers),
            *(f"{e.answer} {' '.join(e.questions)}" for e in knowledge.faq)])
        return {short: full for short, full in CALL_ABBREVIATIONS.items() if full in said}

    def _written_out(self, text: str) -> str:
        """``text`` with the call's short forms written out, where each stands as a word of its
        own, not in an address ("arxiv.org/abs/...")."""
        for short, full in self._abbreviations.items():
            if not short:
                continue
            at = whole_at(text, short)
            while at >= 0:
                end = at + len(short)
                if text[at - 1:at] in ("/", ".") or text[end:end + 1] == "/":
                    at = whole_at(text, short, end)
                    continue
                text = text[:at] + full + text[end:]
                at = whole_at(text, short, at + len(full))
        return text

    def _vocabulary(self) -> set[str]:
        vocab: set[str] = set()
        for intent in self._intents + CHITCHAT:
            for example in intent.examples:
                vocab.update(words(expand(example)))
        vocab.update(table_words("vocabulary"))  # the subjects people ask about (data)
        vocab.update(w for w in self._own_words | self._conference_words if len(w) >= 4)
        vocab.update(self.people.name_index)
        vocab.update(self.people.affiliation_index)
        for d in self.knowledge.deadlines:
            vocab.update(words(fold(d.name)))
        for topic in self.knowledge.workshop.topics:
            vocab.update(words(fold(topic)))
        for entry in self.knowledge.faq:
            for q in entry.questions:
                vocab.update(words(expand(q)))
        # fragments of regexes are not words; nor is a typo to be "corrected" into another
        # language's word ("cuanto" is not "cuando")
        foreign = {w for phrase in LEXICON_WORDS for w in phrase.split()}
        return {w for w in vocab if w.isalpha() and w not in foreign}

    def mentioned_topics(self, text: str) -> list[str]:
        """The knowledge's topics that a question names ("is GPU work in scope?")."""
        asked = set(words(text))
        stems = {w[:6] for w in asked if len(w) >= 5}
        long_stems = {w[:6] for w in asked if len(w) >= 7 or (
            len(w) >= 5 and w not in english_words())}  # (or a clipped word: "interp")
        probe = asked | stems
        hits = []
        for (topic, tw), keys in zip(self._topic_words, self._topic_keys, strict=True):
            if keys.isdisjoint(probe):
                continue
            found = [x for x in tw if x in asked or (len(x) >= 5 and x[:6] in stems)]
            # half its words, or one long specific one ("dialects", "anonymization"), said as a
            # long word too ("personalization", not "one person": an everyday word)
            if tw and (len(found) / len(tw) >= 0.5 or any(
                    len(x) >= 7 and (x in asked or x[:6] in long_stems or any(
                        x.startswith(w) and len(x) - len(w) <= PLURAL_REACH for w in asked))
                    for x in found)):
                hits.append(topic)
        return hits

    # --- understanding -------------------------------------------------------------------

    def understand(self, question: str) -> list[Clause]:
        """Split a message into the questions it asks and understand each one."""
        text = expand(question)
        # (a message without capitals, as most are, is spared the walk)
        CAPITALS.set(frozenset(w.lower() for w in map(_unpunctuated, question.split())
                               if len(w) >= 3 and w.isalpha() and w.isupper())
                     if question.lower() != question else frozenset())
        if self._abbreviations:  # ("is there a DS?": the doctoral symposium; before typos)
            text = self._written_out(text)
        said_zone = zone_finder().find(text)  # before typos are fixed: "Basel" is no "bases"
        named = frozenset(w for part in split_clauses(text) for m in MEMBER_CHECK.finditer(part)
                          for w in m.group("name").split()) \
            if any(x in text for x in MEMBER_CHECK_NEEDS) else frozenset()
        text = self.speller.correct(text, keep=named)
        text = ALIASES.sub(lambda m: AFFILIATION_ALIASES[m.group(0)], text)
        if "stream" in text:
            text = self._streams_as_tracks(text)
        asked = "?" in question or "？" in question
        # a message is read as at most MAX_CLAUSES questions of at most MAX_CLAUSE characters
        # each: what people ask fits, and no input costs more than that
        clauses = [self._clause(c[:MAX_CLAUSE], asked)
                   for c in split_clauses(text)[-MAX_CLAUSES:]]
        if asked and not text.rstrip().endswith(("?", "？")):
            # "will the deadline get extended? CMT has been slow": what follows the last
            # question and asks nothing itself is said, not asked
            last = max(text.rfind("?"), text.rfind("？"))
            for c in clauses:
                if text.rfind(c.text) > last and not QUESTION.match(c.text):
                    c.ask.statement = True
        for i in range(len(clauses) - 1, 0, -1):
            if clauses[i].ask.zone is not None and "that" in words(clauses[i].text) and \
                    clock_said(clauses[i].text, bare=True) is None and \
                    clock_said(clauses[i - 1].text, bare=True) is not None and \
                    (joined := self._clause(f"{clauses[i - 1].text} {clauses[i].text}"
                                            [:MAX_CLAUSE], asked)).rule == "time_conversion":
                # "the opening is 9am local, what is that in PST?": the time said, converted
                clauses[i - 1:i + 1] = [joined]
        for i in range(1, len(clauses)):
            if self._points_back(clauses[i], clauses[i - 1]):
                # "how do I apply for the travel grant and when is it due?": "it" is the grant,
                # not the paper
                clauses[i] = self._clause(f"{clauses[i - 1].text} {clauses[i].text}"[:MAX_CLAUSE],
                                          asked)
        at = text.rfind(clauses[-1].text) if clauses else -1
        if len(clauses) > 1 and at > 0 and self._names_only_a_type(clauses[-1]) and \
                text[:at].rstrip(" ([").endswith("?"):
            # "when do decisions come out? and camera ready? (archival track)": a paper type
            # named after the questions is the one each of them asks about
            tail = clauses.pop().text
            clauses = [self._clause(f"{c.text} {tail}"[:MAX_CLAUSE], asked)
                       if c.kind == "intent" else c for c in clauses]
        zone = next((c.ask.zone for c in clauses if c.ask.zone and not (
            c.intents and c.intents[0][0] == "location")), None)
        if zone is None and not any(c.ask.zone for c in clauses):
            zone = said_zone
        # "deadline is 7pm EST, what's that in CET?": the zone asked in, not the one stated
        asked_in = [c.ask.zone for c in clauses[1:] if c.ask.zone and zone_finder().only_zone(
            c.text)]
        zone = asked_in[-1] if asked_in else zone
        if len(clauses) > 1:  # "..., in PST?", "I'm in Bangalore": where the asker is
            clauses = [c for c in clauses if not zone_finder().only_zone(c.text)] or clauses
        clauses = [self._without_zone(c, asked) for c in clauses]
        editions = [self._another_edition(c.text) for c in clauses]
        if any(editions):
            # "where is dlfm 2026?": another edition's place, not this one's (and so is the
            # bare "where" of "where and when is dlfm 2026?")
            year = next(c.ask.year_named for c, e in zip(clauses, editions, strict=True) if e)
            for c, named in zip(clauses, editions, strict=True):
                if self._asks_place_or_time(c) and (named or len(words(c.text)) <= 2):
                    c.kind, c.intents, c.gray = "intent", [("previous_editions", FIRE)], []
                    c.rule = "another_edition"
                    c.faq_fallback = None  # (no entry on this edition tells of that one)
                    c.ask.year_named = c.ask.year_named or year
        # an auto-reply or a forwarded call for papers is chatter as a whole
        chatter = next((c for c in clauses if c.topic and c.topic.name == "chatter"), None)
        if chatter:
            return [chatter]
        # "if we get accepted, when is the final version due?": the condition is not a question;
        # "..., if so, should it go in the same PDF?": nor is what depends on an earlier answer
        if len(clauses) > 1:
            follow = [i + 1 for i, c in enumerate(clauses)
                      if c.text in FOLLOW_UP and c.text not in NEGATIVE_FOLLOW_UP]
            # ("if I go non-archival, what gets published?": the condition's paper type is the
            # one asked about)
            for c, after in itertools.pairwise(clauses):
                if CONDITIONAL.match(c.text) and c.ask.tracks and not after.ask.tracks:
                    after.ask.tracks = c.ask.tracks
            # (but "if I miss it can I still send a short paper? until when?" asks after its
            # condition)
            kept = [c for i, c in enumerate(clauses)
                    if not (CONDITIONAL.match(c.text) and question_after_condition(c.text) is None)
                    and i not in follow]
            # ...unless the rest means nothing alone ("if my references run 3 pages, does that
            # make the total 9?")
            if any(c.kind not in {"none", "clarify"} for c in kept):
                clauses = kept
        # "does it go in as a short paper and what's the limit again?": the paper type of the
        # part before is the one the page limit is asked of
        carried: list[Clause] = []
        for c, after in itertools.pairwise(clauses):
            if c.ask.tracks and not after.ask.tracks and not after.ask.numbers and \
                    after.intents and after.intents[0][0] in RULE_INTENTS:
                after.ask.tracks = c.ask.tracks
                if c.kind == "none":  # ("writing a vision paper, how many pages?": context)
                    carried.append(c)
        clauses = [c for c in clauses if not any(c is x for x in carried)]
        clauses = _kept_before(clauses, _missed_before)
        # "do we have to send a recorded talk? by when": when of the deadline the part before
        # named
        for i, c in enumerate(clauses[1:], 1):
            before = clauses[i - 1]
            if c.text in BARE and ASKS_WHEN.search(c.text) and before.ask.deadline_named and \
                    before.kind != "intent":
                # ("register an abstract before the full paper? by when": the abstract's date,
                # the one thing to be done)
                before.ask.deadlines = []
                clauses[i - 1] = Clause(before.text, "intent", [("deadline", FIRE)], before.ask,
                                        rule="when_of_the_part_before", scores=before.scores)
            elif c.text in BARE and ASKS_WHEN.search(c.text) and before.ask.deadline_named and \
                    before.kind == "intent" and before.ask.deadline is not None and \
                    all(n != "deadline" for n, _ in before.intents):
                # "can I still send a short paper? until when?": that deadline's date too,
                # beside the part before's own answer
                before.intents.append(("deadline", FIRE))
        # "can I sign up to be a reviewer? deadline?": the date of that subject, which the file
        # does not give, not the paper deadline
        clauses = [c for i, c in enumerate(clauses)
                   if not (i and set(words(c.text)) <= ASKS_DATE_ALONE
                           and clauses[i - 1].kind == "topic" and clauses[i - 1].topic
                           and not clauses[i - 1].topic.deadline_kind
                           and not clauses[i - 1].ask.deadline_named)]
        # "early bird reg deadline + what timezone is that in": the zone of the deadline the
        # part before named
        for before, c in itertools.pairwise(clauses):
            if c.intents and c.intents[0][0] == "timezone" and c.ask.deadline is None and \
                    before.ask.deadline is not None and REFERS_BACK & set(words(c.text)):
                c.ask.deadline = before.ask.deadline
        # a short tag only adds to the part before: "workshops don't allow papers under review
        # elsewhere, is that true here?" asks to confirm that premise; "5 pages plus 1 of refs,
        # am I over?", whether that length fits; "what time does it start and end?", the end too
        clauses = _folded_tags(clauses, _confirms_a_premise,
                               lambda before, _: setattr(before.ask, "negated", True))
        clauses = _folded_tags(clauses, _checks_a_length, lambda before, c: setattr(
            before.ask, "text", f"{before.ask.text} {c.text}"))
        clauses = _folded_tags(clauses, _asks_the_end,
                               lambda before, _: setattr(before.ask, "moment", "span"))
        # "where is it and when": the bare other one of where and when asks that too
        for before, c in itertools.pairwise(clauses):
            other = PLACE_OR_TIME.get(c.text)
            if other and before.kind == "intent" and before.intents and \
                    before.intents[0][0] == other[0]:
                before.intents.append((other[1], FIRE))
        # "when is ICASSP 2024 and where": the bare other one asks about that event too
        clauses = [c for i, c in enumerate(clauses)
                   if not (i and c.text in PLACE_OR_TIME and clauses[i - 1].kind == "topic"
                           and clauses[i - 1].topic is not None
                           and clauses[i - 1].topic.name == "other_event")]
        clauses = _kept_before(clauses, _bare_before_session)
        # "deadline for papers, when?": a bare question word after a question belongs to it
        clauses = [c for i, c in enumerate(clauses)
                   if not (i and c.text in BARE and any(p.kind == "intent"
                                                             for p in clauses[:i]))]
        clauses = self._lean_on_neighbours(clauses, asked)
        # "camera-ready date and which timezone?": a short part on the time zone asks it of the
        # deadline the part before named
        for before, c in itertools.pairwise(clauses):
            if c.kind == "intent" and c.intents and c.intents[0][0] == "timezone" and \
                    before.ask.deadline is not None and before.ask.deadline_named and \
                    not c.ask.deadline_named and len(words(c.text)) <= LEAN_WORDS:
                c.ask.deadline = before.ask.deadline
        # "Tomasz Wąs — which university?": a short question about a person after the part
        # that names them is about them, and the person's answer gives it
        clauses = [c for i, c in enumerate(clauses)
                   if not (i and clauses[i - 1].ask.organizers and not c.ask.organizers
                           and len(words(c.text)) <= LEAN_WORDS and c.intents
                           and c.intents[0][0] in ("organizer", "organizers"))]
        # "it's also under review at ICLR, can I still submit here?": the second part only asks
        # whether the first is allowed
        clauses = [c for i, c in enumerate(clauses)
                   if not (i and c.text in ALLOWED_QUESTIONS and clauses[i - 1].kind == "topic")
                   and not (i and self._fate_told(clauses[i - 1]) and self._only_may_i(c))]
        # "ok cool, that's all I needed about the page limit, cheers": thanks, not a question
        if not asked and not REQUEST.search(text) and any(
                c.kind == "chitchat" and c.chitchat in SOCIAL for c in clauses):
            clauses = [c for c in clauses
                       if c.kind == "chitchat" or QUESTION.match(c.text)] or clauses
        if 1 < len(clauses) <= WHOLE_READ and all(c.kind in {"none", "clarify"} for c in clauses):
            # "a 4-page short paper. is that too short?": together the parts say more
            whole = self._clause(text[-MAX_CLAUSE:], asked)
            if whole.kind not in {"none", "clarify"} or all(c.kind == "none" for c in clauses):
                clauses = [whole]
        clauses = clauses or [Clause(text, "none")]
        # "I'm in Berlin, when is the deadline?": the asker's zone holds for every part (not
        # a place asked about: "is it in Paris?")
        for c in clauses:
            c.ask.zone = c.ask.zone or zone
        return clauses

    def _own_main(self, said: list[str]) -> bool:
        """"the CHI 2025 main papers deadline", "the SC24 technical papers deadline": a track of
        our conference's own, named (by a word none of our deadlines and paper types say)."""
        return any(w in self._host_names and any(
            x in HOST_TRACKS and x not in self._named_by_us for x in said[i + 1:i + 3])
            for i, w in enumerate(said))

    def _streams_as_tracks(self, text: str) -> str:
        """``text`` with "stream" said after a paper type's word as "track" ("the short paper
        stream", "the preliminary techniques stream": a type, not a livestream)."""
        said = text.split(" ")
        for i, w in enumerate(said[1:], 1):
            if w.rstrip("?.,!") in ("stream", "streams") and (
                    (SYNONYMS.get(prev := said[i - 1]) or stem(prev)) in self._track_words
                    or stem(prev) in TYPE_WORDS):
                said[i] = w.replace("stream", "track")
        return " ".join(said)

    @staticmethod
    def _fate_told(clause: Clause) -> bool:
        """Whether a part tells of a paper's fate elsewhere ("it's also under review at ICPE"),
        by the venue it names or as the dual-submission subject."""
        return clause.ask.elsewhere or (clause.kind == "topic" and clause.topic is not None
                                        and clause.topic.name == "dual_submission")

    @staticmethod
    def _only_may_i(clause: Clause) -> bool:
        """Whether a part read as a deadline asks no date ("can I still submit it here?" after
        "it's under review at ICML": whether that is allowed)."""
        return clause.kind == "intent" and bool(clause.intents) and \
            clause.intents[0][0] == "deadline" and not asks_time(clause.text)

    def _elsewhere(self, text: str) -> bool:
        """Whether a clause speaks of a paper's fate at another venue ("also under review at
        ICLR", "rejected from the main track"; not "submit in ICML format", a style)."""
        said = words(text)
        if "both" in said and not self._own_names.isdisjoint(said) and \
                not SENT_TO_BOTH.isdisjoint(said) and not self._venues.isdisjoint(
                    said[said.index("both"):]):
            return True  # "commit my paper to both WASSA and the ACL main conference"
        if not self._fate_elsewhere.search(text):
            return False
        after = [said[i + 1:i + 3] for i, w in enumerate(said)
                 if w in OTHER_CONFERENCES and w not in self._conference_words]
        return not any(set(a) & STYLE_WORDS for a in after)

    @staticmethod
    def _checks_anonymized(text: str) -> bool:
        """Whether a clause asks yes or no whether papers must be anonymized ("do vision papers
        have to be anonymous?"; not "can I keep my name on it?")."""
        said = words(text)
        if not said or not (said[0] in CHECKS_ANONYMIZED["openers"] or len(said) <= 3):
            return False  # (a yes/no, or the subject alone: "double blind?")
        kept = set(said)
        if kept & CHECKS_ANONYMIZED["named"] and kept & CHECKS_ANONYMIZED["removing"]:
            # "do I need to strip author names?": whether to anonymize, the same way round
            return not kept & (CHECKS_ANONYMIZED["inverted"] - CHECKS_ANONYMIZED["named"])
        if not CHECKS_ANONYMIZED_SAYS.search(text):
            return False
        return not kept & CHECKS_ANONYMIZED["inverted"]

    def _without_venue_steps(self, text: str) -> str:
        """``text`` without the steps it gives another venue ("right after the eurosys
        notification, what's the actual date?": the notification is EuroSys's), when what is
        left still asks for a date of ours; else ``text`` as it is."""
        said = words(text)
        if self._venues.isdisjoint(said):
            return text
        drop = venue_steps(said, self._venues)
        if not drop:
            return text
        rest = " ".join(w for j, w in enumerate(said) if j not in drop)
        # (what is left must name a step of ours: "when is the eurosys notification?" does not)
        ours = kinds_in(rest) or ASKS_DEADLINE.search(rest) or (
            set(words(rest)) & self._own_words) - FUNCTION_WORDS
        return rest if ours and asks_a_date(rest) else text

    @staticmethod
    def _one_paper_to_both(text: str, ask: Ask) -> bool:
        """Whether ``text`` sends one paper to "both" of two things, none another venue ("the
        *same paper* to both the main track and ...")."""
        said = words(text)
        return "both" in said and not ask.other_events and any(
            w in ONE_PAPER and x in ONE_PAPER_THINGS for w, x in itertools.pairwise(said))

    @staticmethod
    def _asks_no_date(text: str) -> bool:
        """Whether a clause that may name a deadline asks something else of it: how to do a
        thing ("how exactly do we submit the docker image?") or whether a thing is accepted
        ("are demos accepted?") or whether one must register ("do I have to register for all
        of ECOOP?"), and no "when"."""
        said = words(text)
        if len(said) < 2 or asks_time(text):
            return False
        if Matcher._asks_how_many(text):
            return True  # "can I submit more than one abstract?": how many, not by when
        if said[0] in REGISTERING_OPENERS and not (STILL | REGISTERING_TIME) & set(said) and \
                kinds_in(text) == {"registration"}:
            return True  # "do I have to register for all of ECOOP?": whether, not by when
        if not JUDGED_FOR.isdisjoint(said) and ACCEPTANCE_SAID & set(said) and \
                kinds_in(text) == {"notification"}:
            return True  # "is that a problem for acceptance?": whether, not when
        # ("is work in progress ok to submit or ...": ok, before "to", "or" or the end)
        return (said[0] == "how" and said[1] in HOW_TO) or (said[0] in ACCEPTED_OPENERS and any(
            w in ACCEPTED_ENDINGS and said[i + 1:i + 2] in ([], ["to"], ["or"])
            for i, w in enumerate(said[1:], 1)))

    @staticmethod
    def _asks_how_many(text: str) -> bool:
        """Whether a clause asks for a count of papers or submissions, and no time ("how many
        papers can one author submit?", "more than one abstract?")."""
        return bool(phrases_in(text, ASKS_HOW_MANY, 4)) and not asks_time(text)

    def _names_only_a_type(self, clause: Clause) -> bool:
        """Whether a part says nothing but a paper type ("(archival track)", "for short
        papers")."""
        said = {SYNONYMS.get(w) or stem(w) for w in words(clause.text)} - FUNCTION_WORDS
        return bool(clause.ask.tracks) and bool(said) and said <= self._track_words | TYPE_WORDS

    def _another_edition(self, text: str) -> bool:
        """Whether ``text`` names an edition of another year by the workshop's name or as an
        edition ("dlfm 2026", "the 2024 edition"; not "is it in 2026?")."""
        year, first = year_in(text), self.knowledge.workshop.first_day
        if year is None or first is None or year == first.year:
            return False
        said = words(text)
        at = said.index(str(year))
        # ("like in 2021": "in" is a word of "Machine Learning in Structural Biology", no name)
        return (at > 0 and said[at - 1] in self._own_words
                and said[at - 1] not in FUNCTION_WORDS) or \
            bool(set(said[at + 1:at + 2]) & EDITION_WORDS)

    @staticmethod
    def _asks_place_or_time(clause: Clause) -> bool:
        """Whether a part is read, or nearly, as where or when the workshop is."""
        if clause.kind == "intent":
            asked = {n for n, _ in clause.intents}
        elif clause.kind in {"none", "clarify"}:
            asked = {n for n, v in clause.scores.items() if v >= GRAY}
        else:
            return False
        return bool(asked & PLACE_AND_TIME)

    def _asks_what_a_type_is(self, clause: Clause) -> bool:
        """Whether a part asks only what a paper type it names is ("what is the challenge
        track about", "tell me about the late-breaking research stream")."""
        said = words(clause.text)
        if not clause.ask.tracks or not said or said[0] not in TYPE_ASKED["openers"]:
            return False
        rest = {SYNONYMS.get(w) or stem(w) for w in said} - FUNCTION_WORDS - TYPE_ASKED["words"]
        return bool(rest) and rest <= self._track_words | TYPE_WORDS

    def _without_zone(self, clause: Clause, asked: bool) -> Clause:
        """A part not understood with the zone it names may be without it: "systems track
        submission in IST" is "systems track submission", asked in IST."""
        if clause.kind not in {"none", "clarify"} or clause.ask.zone is None:
            return clause
        rest = zone_finder().without_zone(clause.text)
        if not rest or rest == clause.text:
            return clause
        again = self._clause(rest, asked)
        if again.kind in {"none", "clarify"}:
            return clause
        again.ask.zone = clause.ask.zone
        return again

    def _lean_on_neighbours(self, clauses: list[Clause], asked: bool) -> list[Clause]:
        """A part that says little alone is read with its neighbour, as a follow-up is read
        with the previous question: "the abstract, when?" is one question, and "when do I
        submit the abstract and the paper?" asks when for the paper too."""
        out: list[Clause] = []
        skip = False
        for i, c in enumerate(clauses):
            if skip:
                skip = False
                continue
            weak = c.kind in {"none", "clarify"} or (c.kind == "topic" and not c.intents)
            if not weak or len(words(c.text)) > LEAN_WORDS:
                out.append(c)
                continue
            joined = None
            if i + 1 < len(clauses) and clauses[i + 1].text in BARE:
                joined = self._clause(f"{c.text} {clauses[i + 1].text}", asked)
                skip = joined.kind in {"intent", "faq"}
            elif out and out[-1].kind == "intent" and (c.ask.deadline or c.ask.organizers):
                # "...the abstract and the paper?": the same question, about its own entity
                joined = Clause(c.text, "intent", list(out[-1].intents), c.ask,
                                rule="leans_on_previous_part", scores=c.scores)
            out.append(joined if joined and joined.kind in {"intent", "faq"} else c)
        return out

    def _clause(self, text: str, asked: bool = True) -> Clause:
        clause = Clause(text, "none")
        if text.isdigit():  # ("quick q's: 1. ... 2. ...": a bare number asks nothing alone)
            clause.asked = asked
            return clause
        clause.asked = asked or bool(QUESTION.match(text))
        clause.workshop_related = bool(WORKSHOP_WORDS.search(text))
        ask = clause.ask
        ask.text = text
        ask.numbers = numbers_in(text)
        ask.topics_named = self.mentioned_topics(text)
        ask.zone = zone_finder().find(text)
        ask.clock = clock_said(text) if any(map(str.isdigit, text)) else None
        ask.clock_bare = clock_said(text, bare=True) if ask.zone is not None else None
        ask.negated = NEGATED_PREMISE.search(text) and CONFIRM_TAGS.search(text)
        ask.email_asked = ASKS_ADDRESS.search(text)
        ask.checks_anonymized = self._checks_anonymized(text)
        said = words(text)
        # ("is it single-blind or double-blind?" asks which, not whether)
        ask.checks_single_blind = bool(said) and said[0] in CHECKS_ANONYMIZED["openers"] and \
            bool(phrases_in(text, CHECKS_ANONYMIZED["single_blind"], 2)) and \
            CHECKS_ANONYMIZED["either"].isdisjoint(said)
        ask.committee_asked = bool(phrases_in(text, COMMITTEE_ASKED, 4))
        ask.year_named = year_in(text)

        present = self._leads.present(text)
        chit = self._chitchat(text, present)
        if chit in {"identity", "capabilities"} or (
                chit in SOCIAL and not asked and not QUESTION.match(text)):
            clause.kind, clause.chitchat = "chitchat", chit
            clause.rule = "smalltalk_alone"
            return clause

        scores, vetoed = self._cues.read(text, present)
        if scores.get("page_limit", 0.0) and scores.get("deadline", 0.0) >= FIRE and \
                ASKS_TIME_LEFT.search(text):
            scores["page_limit"] = 0.0  # "how long do I have until the deadline?": no length
        if ask.zone is not None and (clock := ask.clock or clock_said(text, bare=True)) and \
                self._converts_a_time(text, ask, scores):
            ask.clock = clock
            clause.kind, clause.intents = "intent", [("time_conversion", FIRE)]
            clause.rule = "time_conversion"
            return clause
        if (kind := asked_first(text)) is not None:
            # "who makes the final accept/reject call?": no date answers it
            for name in GIVES_NO[kind].intersection(scores):
                scores[name] = 0.0
                vetoed.add(name)
        if self.program.sessions and self._program_reading(text, ask, scores):
            clause.kind, clause.intents = "intent", [("program", FIRE)]
            clause.rule = "program_entity"
            return clause

        # the people named first: "is Jane at Birmingham?" asks about her affiliation, not
        # about travel to Birmingham
        self.people.find(text, ask, scores)
        if ask.role_asked and self.program.names_chairs and chaired(words(text)):
            ask.role_asked = None  # ("who chairs the panels?": the program's titles say)
        # what the program does not hold ("slides", "recorded", "volunteer"), if asked
        off_program = self._off_program.said_in(words(text))
        # ("the deadline in italian time?": a zone's words, not the language papers are in;
        # so too when another zone is named last: "...in italian time (i'm in rome)")
        unzoned = zone_finder().without_zone(text) if ask.zone and (
            ask.zone.abbreviation or ask.zone.said.endswith("time")
            or any(z.said.endswith("time") for z in zone_finder().all_in(text))) else text
        topics = self._topics(unzoned, ask, present if unzoned == text
                              else self._leads.present(unzoned), scores, off_program)
        if ask.role_asked:
            # "who is the publication chair?", no one is: the role's words ask about no subject
            held = set(self.faq.content(fold(ask.role_asked)))
            topics = [t for t in topics if not self.faq.triggers(t, text) <= held]
        elif ask.organizers and not ask.role_named and not ask.affiliation:
            # "is Herbert Bos one of the PC chairs?": that person's place, not the committee
            topics = [t for t in topics if not self.faq.triggers(t, text) <= COMMITTEE_WORDS]
        elif ask.role_named and ask.organizers:
            # "who is the publication chair?", "who handles sponsorship?": the role's own words
            # ask about no subject (but "who's giving keynotes?" asks about the program, not
            # the keynotes chair)
            held = {w for o in ask.organizers + ask.role_holders
                    for w in self.faq.content(expand(fold(o.role or "")))}
            # (nor does "who's on the program committee?" ask about the program)
            chair = bool((ROLE_HEADS | BODY_WORDS) & set(words(text)))
            topics = [t for t in topics if (t.answerable and not chair)
                      or not self.faq.triggers(t, text) <= held]
        offtopic = next((t for t in topics if t.offtopic), None)
        if offtopic:
            clause.kind, clause.topic = "topic", offtopic
            clause.rule = "offtopic_topic"
            return clause

        clause.scores = scores
        tokens = set(words(text))
        if tokens & self._edition_words:
            scores["previous_editions"] = scores.get("previous_editions", 0.0) + 0.5
        ask.elsewhere = self._elsewhere(text)
        # (the extension words all start "exten": a text without it is spared those searches)
        ask.future = bool(FUTURE.search(text)) or ("exten" in text and (
            bool(EXTENSION_REQUEST.search(text))
            or (bool(EXTENSION.search(text)) and not EXTENSION_DONE.search(text))))
        ask.published = bool(PUBLISHED_SAID.search(text))
        # the question without the steps it gives other venues ("after the EuroSys
        # notification"), once: for whether it is about another event, and for our deadline
        ours = self._without_venue_steps(text)
        about_other = self._other_events(text, ask, scores, ours)
        if ask.topics_named:
            scores["topics"] = scores.get("topics", 0.0) + 0.6
        # "the paper deadline in beijing time": the zone's words name no deadline
        asked_of = self._without_venue_steps(zone_finder().without_zone(text)) if ask.zone \
            else ours
        if ask.elsewhere and (fate := self._fate_elsewhere.search(asked_of)) and \
                (rest := f"{asked_of[:fate.start()]} {asked_of[fate.end():]}".strip()):
            # "got rejected from ACL main track, when's the deadline again?": the fate there
            # names no step of ours
            asked_of = rest
        deadline_unknown = self.deadlines.resolve(asked_of, ask, scores)
        if about_other and ours == text and kinds_in(text) and not any(
                w.startswith(o) for w in self._conference_words for o in ask.other_events):
            # "when is the NeurIPS 2020 camera ready due?": NeurIPS's step, though we have one
            # (not "the SC submissions site" of a workshop at SC20)
            scores.pop("deadline", None)
            ask.deadline, ask.deadline_named, deadline_unknown = None, False, None
        self._paper_types(text, ask, scores, clause.asked)
        if ask.tracks and any(scores.get(n, 0.0) >= FIRE for n in RULE_INTENTS) and (
                by_kind := described_words(self.knowledge, text)):
            # "the track for papers already *published*": the type's word, not the subject
            # of whether the workshop publishes
            topics = [t for t in topics if not self.faq.triggers(t, text) <= by_kind]
        if scores.get("deadlines", 0.0) >= FIRE:
            ask.group = self.deadlines.group(text)
        if ask.deadline is not None and topics and asks_a_date(text):
            # "when is the final version for the *proceedings* due?": a word of the name of the
            # deadline asked ("Proceeding-ready paper") names no subject of its own
            # (a word in the name said in the plural too: "Proceeding-ready" and "proceedings")
            name = words(fold(ask.deadline.name))
            if "camera_ready" in kinds_of(ask.deadline):
                name += CAMERA_READY_FOR  # "the final version for the Springer proceedings"
            own = set(self.faq.content(" ".join(name + [w + "s" for w in name])))
            topics = [t for t in topics if t.deadline_kind
                      or not self.faq.triggers(t, text) <= own]
        # "can I submit something already accepted at CoRL?" asks about our dual-submission
        # rule; "how exactly do we submit X?" and "are demos accepted?" ask how or whether, not
        # when (unless the deadline's note says how: "commit on the OpenReview page")
        elsewhere = ask.elsewhere and not asks_time(text)
        # ("how many papers can one author submit?": a count, whatever the note says of how)
        if elsewhere or self._asks_how_many(text) or (self._asks_no_date(text) and not (
                ask.deadline and ask.deadline.note and platforms_named(ask.deadline.note))):
            scores.pop("deadline", None)
            ask.deadline_named = False
        if elsewhere:
            # "under review at a journal": the venue's noun names no subject of ours
            topics = [t for t in topics if not self.faq.triggers(t, text) <= VENUE_NOUNS]
        if elsewhere and not any(t.narrow for t in topics) and not tokens & SETTLED_ELSEWHERE \
                and not any(v >= FIRE for n, v in scores.items() if n in RULE_INTENTS):
            # (not for a paper rejected or published there, nor for a rule asked of such a
            # paper: "how long can a paper under review at another venue be?"; and a paper
            # sent there later asks whether the workshop's counts as published: "can I submit
            # the full version to a conference later?")
            topics.append(ARCHIVAL if tokens & LATER_ELSEWHERE else DUAL_SUBMISSION)
        if scores.get("program", 0.0) >= FIRE and off_program and not (
                ask.session or ask.speaker or ask.moment):
            scores.pop("program")  # "is there a student volunteer program?": not the schedule
        fired = self._fired(scores, text)
        if "organizer" in fired and (ask.role_named or (
                len(ask.organizers) == 1 and ROLE_HEADS & tokens)):
            # "who's the program chair?": that person, not the whole committee; "is Christopher
            # Brinton a TPC chair?": that person's place
            fired.pop("organizers", None)
        if ask.organizers and "contact" in fired:
            # "who should I talk to about sponsoring?": the person, found by name or role
            clause.kind = "intent"
            clause.intents = best_first(fired)
            clause.rule = "person_and_contact"
            return clause
        if self._one_paper_to_both(text, ask) and len(tracks_named(self.knowledge, text)) >= 2:
            # "can the same paper go in both the special track and the regular track?": what
            # the call does not say, whatever an entry on the tracks says of each
            clause.kind, clause.topic, clause.intents = "topic", SEVERAL_TRACKS, []
            clause.rule = "several_tracks"
            return clause
        if about_other and not fired and ask.topic_label == HOST_DATES_TOPIC.label:
            clause.kind, clause.topic = "topic", HOST_DATES_TOPIC
            clause.prose = self._host_dates_said()
            clause.rule = "host_dates"
            return clause
        if about_other and not fired:  # "when is the ICLR deadline?": not about this workshop
            clause.kind, clause.topic = "topic", OTHER_EVENT
            clause.rule = "other_event"
            return clause

        faq_id, faq_score = self.faq.match(text)
        if faq_id and (not self.faq.gives_what_is_asked(faq_id, text)
                       or self.faq.leaves_out_subject(faq_id, text)):
            # "when is X's keynote?" and the entry gives no time; "prize money?" and it names none
            faq_id, faq_score = None, 0.0
        if faq_id and len(ask.tracks) == 1 and text.startswith(DEFINE_ONE_OPENERS) and \
                self._names_only_the_type(text, ask.tracks[0]) and \
                scores.get("paper_types", 0.0) >= FIRE:
            # "what is a work in progress paper?": the type's own description, not an entry
            # that only names the type
            faq_id, faq_score = None, 0.0
        if faq_id and self._other_step(faq_id, text):
            # "12 pages for the submitted version?" is not the entry on the final version's length
            faq_id, faq_score = None, 0.0
        if faq_id and any(t.name in NARROW_TOPICS and t.name not in self.faq.topics[faq_id]
                          for t in topics):
            # "under review at CIKM": a subject the entry (on reviewing) is not about
            faq_id, faq_score = None, 0.0
        if faq_id and ask.topics_named and scores.get("topics", 0.0) > 0 and \
                self.faq.only_these_shared(faq_id, text, ask.topics_named):
            # "do you accept papers on explainable AI for testing?": the call's topic, not an
            # entry that only shares that topic's words
            faq_id, faq_score = None, 0.0
        if (faq_id is None or faq_score < FAQ_FIRE) and not ask.organizers and not ask.speaker \
                and (naming := self.faq.naming(text)) is not None \
                and self.faq.gives_what_is_asked(naming, text):
            # "is someone from hugging face giving a talk?": the one entry that names them
            faq_id, faq_score = naming, FAQ_FIRE
        # ("camera ready??": a deadline named alone asks its day, over an entry on that step;
        # not "camera ready copyright?")
        named_deadline = ask.deadline_named and ("deadline" in fired or "timezone" in fired or (
            not fired and ask.deadline is not None and self._named_alone(text, ask.deadline)))
        # "how many pages for a short paper?": a strong built-in reading of a paper type's own
        # facts beats an entry (on the appendix) matched only at the bar
        strongest = max(fired.values(), default=0.0)
        # ("who's the program chair?", a role no organizer holds: not the entry listing the
        # program committee)
        # (nor, for "is Jane Roe on the PC?", an entry on the committee that never names her)
        if faq_id and faq_score >= FAQ_GRAY and set(fired) & self._speaks(faq_id) and \
                not ask.role_asked and self._falls_back_to(faq_id, text, set(fired)) and not (
                    ask.unlisted and not self.faq.says_name(faq_id, ask.unlisted)):
            clause.faq_fallback = faq_id
        builtin_first = faq_score < FAQ_CLEAR and (
            (bool(ask.tracks) and strongest >= STRONG) or strongest >= VERY_STRONG)
        # ("what time of day is the ddl exactly?": a deadline's time asked, and an entry on the
        # workshop's hours, which speaks of no deadline; "springer lncs format ok?": the paper's
        # style, and an entry on the workshop's format of sessions)
        if faq_id and any(fired.get(n, 0.0) >= bar and n not in self._speaks(faq_id)
                          for n, bar in OVER_A_SILENT_ENTRY.items()):
            builtin_first = True
        # (a day checked, "papers due sept 2 AoE?", whatever the zone asked made of the rest)
        if faq_id and self._day_not_in_entry(
                faq_id, ask, {**fired, "deadline": max(fired.get("deadline", 0.0),
                                                       scores.get("deadline", 0.0))}):
            builtin_first = True
        if faq_id and ASKS_TIME_LEFT.search(text) and any(
                fired.get(n, 0.0) >= FIRE for n in ("date", "deadline")) and not any(
                ASKS_TIME_LEFT.search(fold(q)) for q in self.knowledge.faq_entry(
                    faq_id).questions):
            # "how long until the workshop?": the time left to its day, not the entry on how
            # long the workshop is
            builtin_first = True
        if faq_id and scores.get("deadline", 0.0) >= FIRE and "deadline" not in \
                self._speaks(faq_id) and not DEADLINE_WORDS.isdisjoint(words(text)):
            # "what time is the deadline for me?": a deadline said outright, and an entry on
            # the program's time zones that never speaks of deadlines
            builtin_first = True
        if faq_id and self.faq.leaves_out_subject(faq_id, text) and \
                self.faq.naming(text) != faq_id:
            # "does the best paper award come with cash?": an entry on the awards that never
            # speaks of money does not say
            faq_id, faq_score = None, 0.0
        if faq_id and ask.organizers and not BODY_WORDS.isdisjoint(tokens) and \
                fired.get("organizer", 0.0) >= STRONG and \
                not {"organizer", "organizers"} & self._speaks(faq_id) and not any(
                    self.faq.says_name(faq_id, o.name) for o in ask.organizers):
            # "who's on the program committee?", "is Christian Cachin on the PC?": the people
            # found, not an entry on the programme that names none of them
            builtin_first = True
        if faq_id and ask.unlisted and not self.faq.says_name(faq_id, ask.unlisted):
            # "is Peter Boncz on the program committee?": whether that person is, not an entry
            # on the committee that never names them
            builtin_first = True
        if faq_id and faq_score >= FAQ_FIRE and not named_deadline and not builtin_first:
            return _as_entry(clause, faq_id, faq_score)
        # "link to watch the talks online?": how to attend (or the livestream), not talks
        # ...and "a tool/demo paper category?" with a tool paper type: that type
        topics = [t for t in topics if not set(t.modifies) & (
            set(fired) | ({"paper_types"} if ask.tracks else set()))]
        if DUAL_SUBMISSION in topics and self._one_paper_to_both(text, ask) and \
                without_type_names(self.knowledge, text) != text:
            # "the same paper to both the main track and the tiny track": two of its own
            # tracks, not another venue
            topics = [SEVERAL_TRACKS if t is DUAL_SUBMISSION else t for t in topics]
            fired.pop("deadline", None)
        if topics:
            return self._with_topics(clause, topics, fired)
        # ("acceptance notification date?" with no notification given: that step's date, not
        # the workshop's)
        dated_step = deadline_unknown in KIND_LABELS and set(fired) == {"date"} and \
            scores.get("deadline", 0.0) >= GRAY
        if deadline_unknown and ("deadline" in fired or dated_step):
            return _step_absent(clause, deadline_unknown, fired.get("deadline", FIRE))
        if fired:
            clause.kind = "intent"
            clause.intents = best_first(fired)
            clause.rule = "intents_fired"
            return clause
        if chit:
            clause.kind, clause.chitchat = "chitchat", chit
            clause.rule = "smalltalk"
            return clause
        return self._by_examples(clause, scores, vetoed, faq_id, faq_score)

    @staticmethod
    def _named_alone(text: str, deadline: Deadline) -> bool:
        """Whether ``text`` says only the deadline ("camera ready??", "final version?"): besides
        its name's words and function words, at most a word or two that name its kind."""
        rest = set(words(text)) - set(words(fold(deadline.name))) - FUNCTION_WORDS
        return not rest or (len(rest) <= NAMED_ALONE_REST and bool(kinds_in(" ".join(rest))))

    @staticmethod
    def _names_only_the_type(text: str, track: Track) -> bool:
        """Whether ``text``, after its opener, says only the type's name ("what is a work in
        progress paper?"; not "what is a work in progress paper allowed to include?")."""
        opener = next(o for o in DEFINE_ONE_OPENERS if text.startswith(o))
        name = set(words(fold(track.name)))
        return set(words(text[len(opener):])) - name <= DEFINE_ONE_FILLER

    def _paper_types(self, text: str, ask: Ask, scores: dict[str, float], asked: bool) -> None:
        """The paper types, when the knowledge lists them: a type named ("extended abstracts")
        with a length word asks its page limit; with an accepting verb and nothing else
        understood, whether the workshop takes it."""
        if self.knowledge.submission.tracks and scores.get("paper_types", 0.0) > 0:
            # "what kinds of papers can I submit?": with types listed, they are the answer too
            scores["paper_types"] = max(scores["paper_types"], FIRE)
        ask.tracks = tracks_named(self.knowledge, text)
        if not ask.tracks:
            return
        tokens = set(words(text))
        if tokens & LENGTH_WORDS and scores.get("page_limit", 0.0) > 0:
            scores["page_limit"] = max(scores["page_limit"], FIRE)
        elif asked and (tokens & ACCEPT_VERBS or text.startswith(DEFINE_OPENERS) or (
                len(ask.tracks) >= 2 and tokens & COMPARE_WORDS)
                or kind_described(self.knowledge, text)) and \
                not any(s >= FIRE for s in scores.values()):
            # "do you take extended abstracts?", "what's a cross-submission?", "extended
            # abstract vs short paper?"
            scores["paper_types"] = FIRE

    @staticmethod
    def _asks_place_only(text: str, options: list[str]) -> bool:
        """Whether a question opening with "where" (and not asking "when") has, among its close
        readings, the place and otherwise only times ("on the day" said in passing)."""
        said = words(text)
        return said[:1] == ["where"] and "when" not in said and "location" in options and all(
            o in TIME_READINGS for o in options if o != "location")

    def _by_examples(self, clause: Clause, scores: dict[str, float], vetoed: set[str],
                     faq_id: str | None, faq_score: float) -> Clause:
        """No cue decided: the examples do. One clearly best reading is answered; one plausible
        reading is answered with a hedge; two or more close ones are asked back."""
        text = clause.text
        # (but "what is llmjudge?", with an entry on it, asks what the challenge is, not when
        # its deadline is)
        asks_what = faq_id is not None and faq_score >= FAQ_GRAY and \
            clause.ask.deadline_named and not clause.ask.organizers and \
            words(text)[:2] in (["what", "is"], ["what", "are"]) and not asks_a_date(text)
        if len(words(text)) <= LEAN_WORDS and not asks_what and (
                clause.ask.deadline_named or clause.ask.organizers):
            # "final paper?", "Dan Crankshaw?": an entity named alone asks about it
            clause.kind = "intent"
            clause.intents = [("deadline" if clause.ask.deadline_named else "organizer", FIRE)]
            clause.rule = "bare_entity"
            return clause
        if asks_what and faq_id is not None:
            return _as_entry(clause, faq_id, faq_score)
        # (a long statement that asks nothing is read by no example: the examples are questions)
        hits = self.examples.hits(text) if len(text) <= MAX_EXAMPLE_TEXT and (
            clause.asked or len(words(text)) <= LONG_STATEMENT) else []
        clause.example_hits = hits
        talk = [h for h in hits if h.intent in SMALLTALK_NAMES]
        if talk and talk[0] is hits[0] and talk[0].score >= EXAMPLE_FIRE and \
                not clause.workshop_related:
            clause.kind, clause.chitchat = "chitchat", talk[0].intent
            clause.rule = "smalltalk_by_example"
            return clause
        # a negative cue ("who organizes the party") is not outvoted by an example; a statement
        # ("my talk is at 3pm, come by!") needs a closer example than a question
        floor = 0.0 if clause.asked else EXAMPLE_STATEMENT
        found = {h.intent: h.score for h in hits if h.intent not in SMALLTALK_NAMES
                 and h.intent not in vetoed and h.score >= floor}
        # the evidence for a reading: its cues and its closest example together; only readings
        # an example supports are plausible
        evidence = best_first({n: scores.get(n, 0.0) + s for n, s in found.items()
                               if s >= EXAMPLE_GRAY})
        if evidence and (found[evidence[0][0]] >= EXAMPLE_FIRE or len(evidence) == 1 or
                         evidence[0][1] - evidence[1][1] >= EXAMPLE_MARGIN * 2):
            name = evidence[0][0]
            clause.kind = "intent"
            clause.intents = [(name, FIRE)]
            clear = found[name] >= EXAMPLE_FIRE and all(
                s <= found[name] - EXAMPLE_MARGIN for n, s in found.items() if n != name)
            clause.hedge = not clear
            clause.rule = "example_match" if clear else "one_plausible_reading"
            faq_id, faq_score = self.faq.match(text) if self.knowledge.faq else (None, 0.0)
            if faq_id and faq_score >= FAQ_GRAY and name in self._speaks(faq_id) and \
                    self._falls_back_to(faq_id, text, {name}):
                # "how do I submit?" with no submission site in the file, and an organizer's
                # entry on it: the entry, should the file not hold the fact
                clause.faq_fallback = faq_id
            return clause
        if self._asks_what_a_type_is(clause):
            # "what's the challenge track about?": the paper type named, described
            clause.kind = "intent"
            clause.intents = [("paper_types", FIRE)]
            clause.rule = "type_described"
            return clause
        entry, explained = self.faq.explaining(text) if clause.asked else (None, 0.0)
        if entry is not None and (not self.faq.gives_what_is_asked(entry, text)
                                  or self.faq.leaves_out_subject(entry, text)):
            entry, explained = None, 0.0  # "when do poster proposals have to be in?": no day
        if entry is not None and explained >= ENTRY_FIRE and not evidence:
            # what the organizer wrote explains the question: answered, with a hedge
            clause.kind, clause.faq_id = "faq", entry
            clause.intents = [(f"faq:{entry}", FAQ_GRAY)]
            clause.hedge = True
            clause.rule = "faq_entry_explains"
            return clause
        if entry is not None and explained >= ENTRY_GRAY and (faq_id is None or
                                                               faq_score < FAQ_GRAY):
            faq_id, faq_score = entry, FAQ_GRAY
        gray = best_first({n: s for n, s in scores.items() if s >= GRAY})
        options = [(n, s, None) for n, s in gray[:3]]
        for n, s in evidence:
            if n not in {o[0] for o in options}:
                options.append((n, s, None))
        options = options[:3]
        if faq_id and faq_score >= FAQ_GRAY:
            options.insert(0, (f"faq:{faq_id}", faq_score, None))
        if len(options) == 1 and faq_id and options[0][0] == f"faq:{faq_id}" and clause.asked \
                and entry == faq_id and explained >= ENTRY_HEDGE:
            # one plausible reading, an organizer's entry whose words explain the question's
            # too: answered with a hedge
            clause.kind, clause.faq_id = "faq", faq_id
            clause.intents = [(f"faq:{faq_id}", faq_score)]
            clause.hedge = True
            clause.rule = "one_plausible_entry"
            return clause
        if len(options) > 1 and self._asks_place_only(
                text, [o[0] for o in options]):
            # "where do i need to go on the day?": of a place and times, the question word asks
            # the place
            clause.kind, clause.intents = "intent", [("location", FIRE)]
            clause.hedge = True
            clause.rule = "one_plausible_reading"
            return clause
        if len(options) == 1:  # one option that would only repeat the question: not asked back
            options = []
        clause.gray = options
        if clause.gray:
            clause.kind = "clarify"
        elif set(words(text)) & self.own_vocabulary:
            clause.workshop_related = True  # its own words: "I don't know", never off-topic
        clause.rule = "close_readings" if clause.gray else "nothing_matched"
        return clause

    def _topics(self, text: str, ask: Ask, present: set[str] | None = None,
                scores: dict[str, float] | None = None,
                off_program: bool = False) -> list[Topic]:
        """The unknown-looking subjects a clause asks about, leaving out words that name this
        workshop's own deadlines ("Extended abstract") and topics ("speaker anonymization")
        (``present``: the leads found in ``text``, when a shared pass found them)."""
        # "which city? need to book flights before prices explode": the reason is not the subject
        # "...on sept 1 if I registered the abstract?": nor is the condition
        unnamed = re.sub(r"(?<=\w )\b(because|since|cause|cuz|before prices|so that|so (i|we|she|"
                         r"he|they) can|if (i|we|you|they|my|our) (already )?(registered|submitted|"
                         r"sent|uploaded|did|have|had|got))\b.*$"
                         # "since it's non-archival, can I ...": the premise is not the subject
                         r"|^(since|because|given that|as) [^,?]{0,40}?(?=\b(can|could|do|does|"
                         r"should|may|must|would|will) (i|we|you|they|my|our)\b)", "", text)
        for phrase in self.deadlines.phrases:
            if phrase in unnamed:  # whole words only: "paper" is not inside "papers"
                unnamed = re.sub(rf"\b{re.escape(phrase)}\b", " ", unnamed)
        # ("when is the deadline for internet-qoe?": the name asks about no internet access)
        unnamed = self.deadlines.without_short_name(unnamed)
        typed = unnamed
        unnamed = without_type_names(self.knowledge, unnamed)  # "demo abstracts", "short papers"
        for topic in ask.topics_named:
            for w in topic_words(topic):
                unnamed = re.sub(rf"\b{re.escape(w)}\w*", " ", unnamed)
        if ask.unlisted:  # "is Jane Roe organizing?": a name, whatever its words mean
            for w in fold(ask.unlisted).split():
                unnamed = re.sub(rf"\b{re.escape(w)}\b", " ", unnamed)
        for person in ask.organizers:
            # "is Jane at Birmingham?": her affiliation; "who handles the proceedings?": the
            # proceedings chair
            said = words(fold(f"{person.name} {person.affiliation or ''}")) + [
                w for w in words(fold(person.role or "")) if not SESSION_NAMES.search(w)]
            for w in set(said) - FUNCTION_WORDS:
                unnamed = re.sub(rf"\b{re.escape(w)}\b", " ", unnamed)
        # ("any chance it gets pushed again?": a deadline extended before does not say whether
        # it will be again)
        # (of a deadline: "could my paper be moved to this workshop?" moves no date)
        future = bool(FUTURE.search(unnamed)) and not DEADLINE_WORDS.isdisjoint(words(text))
        found = [t for t in TOPIC_BANK.found_in(unnamed, present if unnamed == text else None)
                 if not (t.covered_by and self._covers(
                     t.covered_by, tuple(w for f in t.covered_saying for w in f))
                     and not (future and t.covered_by == "extended_from"))]
        if ask.unlisted_committee:
            # ("is Peter Boncz on the program committee?" asks who is on it, not how the
            # committee reviews)
            found = [t for t in found if t.offtopic]
        asked = scores or {}
        rule_asked = any(asked.get(n, 0.0) > 0 for n in RULE_INTENTS)
        if rule_asked:
            # "how many pages for an archival paper?": the word names the paper type asked about
            found = [t for t in found if not t.answerable
                     or not (said := self.faq.triggers(t, unnamed))
                     or not said <= self._track_words]
        if typed != unnamed and not any(s >= FIRE for s in asked.values()) and not rule_asked:
            # "is this workshop archival?" with an "Archival track": a field still answers it
            # (when nothing else is asked about the track: "pages for an archival paper")
            found += [t for t in TOPIC_BANK.found_in(typed, present if typed == text else None)
                      if t.answerable and t not in found and not t.deadline_kind]
        if unnamed != text and not any(t.offtopic for t in found):
            # ("my latex throws undefined control sequence": not about the workshop, whatever
            # topic of the call its words share, "user control"; only a phrase the removal
            # broke, not a word of the call's topic itself: "papers on bug detection?")
            # (the leads found in the whole text already serve: they are not looked for again)
            found += [t for t in TOPIC_BANK.found_in(text, present) if t.offtopic and any(
                " " in m.group(0) and m.group(0) not in unnamed
                for m in t.compiled.finditer(text))][:1]
        if any(t.deadline_kind == "registration" for t in found) and \
                "registration" not in kinds_in(text):
            # "abstract registration deadline?": registering the abstract, not registration
            found = [t for t in found if t.deadline_kind != "registration"]
        if off_program:
            # "will the keynote slides be shared?": something of the sessions the program does
            # not hold, not the schedule (nor is a "volunteer program")
            found = [t for t in found if t.name != "schedule"]
        if len(found) > 1:
            found = _without_words_of_others(found, unnamed)
        if len(found) > 1 and any(t.any_words for t in found):
            # "attend without *presenting*": a subject said only inside the words of one that is
            # the same whatever words say it is that one's, not a subject of its own
            said = {t.name: self.faq.triggers(t, unnamed) for t in found}
            found = [t for t in found if not any(
                u.any_words and said[t.name] < said[u.name] for u in found if u is not t)]
        # "reviewer assignment date?": a subject that is one of this workshop's deadlines
        # (a subject with an answer of its own only when the deadline is named more fully:
        # "extended" alone does not name "Extended abstract")
        return [t for t in found if t.deadline_kind
                or not ((said := self.faq.triggers(t, unnamed)) and (
                    self.deadlines.names_one(said, text) if t.answerable
                    else said <= self.deadlines.named_words))]

    def _covers(self, field: str, saying: tuple[str, ...] = ()) -> bool:
        """Whether the knowledge holds what a topic's ``covered_by`` names: a workshop field
        (saying one of ``saying``, when given), or ``extended_from`` (some deadline was
        extended)."""
        if field == "extended_from":
            return any(d.extended_from is not None for d in self.knowledge.deadlines)
        if field == "tracks":  # the paper types listed answer "what tracks are there?"
            return bool(self.knowledge.submission.tracks)
        value = getattr(self.knowledge.workshop, field)
        if value and saying:
            said = words(fold(str(value)))
            # (a number names a room too, "Garnet 218-219", unless it is a street's: "1801
            # Kalakaua Ave")
            # (nor a year's: "co-located with ICFP 2024")
            numbered = any(w.isdigit() and STREET_WORDS.isdisjoint(said[i + 1:i + 4])
                           and not is_year(w)
                           for i, w in enumerate(said))
            return numbered or not set(saying).isdisjoint(said)
        return bool(value)

    def _named_by_its_words(self, topic: Topic, ask: Ask) -> Deadline | None:
        """"when is the abstract due?" with no abstract step but an "Extended abstract
        submission": the deadline found, when its name says the words that ask the subject."""
        if not topic.deadline_kind or not asks_time(ask.text):
            return None
        said = self.faq.triggers(topic, ask.text)
        if not said:
            return None
        saying = [d for d in ([ask.deadline] if ask.deadline else self.knowledge.deadlines)
                  if not OPENS.search(d.name)
                  and all(set(words(x)) <= set(words(fold(d.name))) for x in said)]
        return saying[0] if len(saying) == 1 else None

    def _noted(self, topic: Topic, ask: Ask) -> Deadline | None:
        """The deadline asked about, when its note speaks to the topic ("no extensions")."""
        if topic.deadline_kind:
            # a step of its own ("early bird registration"): a note on another deadline that
            # mentions it ("abstracts already registered") does not make that deadline it
            return None
        if topic.answerable and topic.narrow:
            # a policy with a field of its own: "pick the proceedings track when submitting"
            # in a deadline's note does not make "is it archival?" that deadline
            return None
        d = ask.deadline or main_deadline(self.knowledge)
        if d and d.note and ask.future and topic.name == "extension" and \
                not FIRM_DEADLINE.search(fold(d.note)) and not PAST.search(ask.text):
            return None  # "will it be extended again?": "extended from June 3" does not say
        if not (d and d.note and topic.compiled.search(fold(d.note))):
            return None
        # (in the words the question says it: "submit via the *online* form" does not speak to
        # "is there a *hybrid* option?")
        # (a subject that is one whatever words say it, the same in other words: "the original
        # deadline" and "extended from June 3")
        asked, noted = self.faq.triggers(topic, ask.text), self.faq.triggers(topic, fold(d.note))
        return d if topic.any_words is True or asked & noted else None

    def _other_events(self, text: str, ask: Ask, scores: dict[str, float],
                      ours: str) -> bool:
        """Another conference named: True when the clause asks about it ("ICML's page limit"),
        and then only what can concern us too (which conference we are part of) is kept;
        ``ours``: the text without the steps it gives other venues."""
        # "the CoRL main track deadline": the conference's, not ours
        # (but "main track ddl?" with a paper type of ours called "Main Track" is ours)
        said = words(text)
        # (both are asked only of a text that says "main": most say no main anything)
        main_ours = main_host = False
        if "main" in text:
            main_ours = "main" in self._named_by_us and not MAIN_CONFERENCE.search(text) and \
                self._host_names.isdisjoint(said)
            # ("the page limit for the main recsys full papers track": the host's main
            # conference)
            # (not compared: "ACM format like the main recsys papers?")
            # ("CASES papers *in the main conference*": the host's own papers)
            # (the main conference itself only when a step or rule of it is asked: not "is it
            # in the main conference venue?")
            rule_asked = bool(ASKS_DEADLINE.search(text) or LENGTH_WORDS.intersection(said))
            main_host = rule_asked and any(w == "main" and said[i + 1:i + 2] and (
                said[i + 1] in self._host_names or (
                    said[i + 1] in MAIN_EVENT_NOUNS
                    and " ".join(said[max(i - 2, 0):i]) in MAIN_EVENT_BEFORE))
                and not COMPARED_WITH & set(said[max(i - 2, 0):i])
                for i, w in enumerate(said)) and not COMPARE.search(text)
        if (self._host_dates_names & set(said) or MAIN_CONFERENCE.search(text)) and \
                HOST_DATES_ASKED & set(said) and not {
                w for w in said if w not in HOST_DATES and w not in self._host_names
                and w not in self._host_dates_names and not is_year(w)}:
            # "when is ACM MM this year?": the host's own dates, not the workshop's day
            ask.other_events = ["main conference"]
            ask.topic_label = "the main conference's own dates"
            scores.clear()
            return True
        # ("the same paper to both WASSA and the ACL main conference": us too)
        both_with_us = "both" in said and not self._own_names.isdisjoint(said)
        if "workshop" not in text and not both_with_us and (("main" in text and not main_ours
                                        and (MAIN_TRACK.search(text) or main_host)) or (
                not ask.elsewhere and self._host_names & set(said)
                and ASKS_DEADLINE.search(text) and self._own_main(said))):
            ask.other_events = ["main conference"]
            scores.clear()
            return True
        # (a year starts with 19 or 20: a text that writes neither names no event by its year,
        # and most do not)
        dated: set[str] = set()
        years = "19" in text or "20" in text
        if years:
            # ("the ICAIF 2023 deadline": a name no dictionary has, with a year, is an event's)
            dated = {w for w, y in itertools.pairwise(said) if is_year(y)
                     and w.isalpha() and len(w) >= 3 and w not in english_words()
                     and not regex(MONTH_WORD).fullmatch(w)
                     and w not in self.own_vocabulary and w not in self._edition_words}
            # ("the FAST 2024 deadline": an everyday word written in capitals, with a year)
            dated |= {w for w, y in itertools.pairwise(said) if is_year(y)
                      and w in CAPITALS.get() and w not in self.own_vocabulary
                      and not regex(MONTH_WORD).fullmatch(w) and w not in FUNCTION_WORDS
                      and w not in self._edition_words and w not in EVENT_NOT_NAMES}
            # ("the EURO 2026 conference": a name with a year, called a conference, even an
            # everyday word)
            dated |= {w for w, y, n in zip(said, said[1:], said[2:], strict=False)
                      if is_year(y) and n in EVENT_NOUNS and w.isalpha() and len(w) >= 3
                      and not regex(MONTH_WORD).fullmatch(w) and w not in self.own_vocabulary
                      and w not in self._edition_words and w not in FUNCTION_WORDS
                      and w not in EVENT_NOT_NAMES}
        others = (OTHER_CONFERENCES.intersection(said) | dated) - self._conference_words - \
            self._own_words
        if self._host_year and years:
            # "the CHI 2024 paper deadline" for a workshop at CHI 2023: another year's host
            others |= {w for w, y in itertools.pairwise(said) if w in self._conference_words
                       and not w.isdigit() and is_year(y) and y != self._host_year}
        if not others:
            return False
        ask.other_events = sorted(others)
        if ours != text:
            return False  # "our deadline falls after the ICML notification": ours is asked
        # ("is the workshop at", "is this workshop part of": the noun after its determiner)
        after_self = 3 if said[2:3] == ["workshop"] and (
            said[1] in SELF_WORDS or said[1] in ("the", "your", "our")) else 2
        if len(said) > after_self and said[0] in IS_WORDS and (
                said[1] in SELF_WORDS or said[1] in self._own_words or after_self == 3) and \
                said[after_self] in SELF_THEN and not any(
                scores.get(n, 0.0) >= FIRE for n in RULE_INTENTS):
            # "is BEA at NAACL this year?", "is this the KDD one?": which conference we are
            # part of, checked
            scores["conference"] = max(scores.get("conference", 0.0), FIRE)
            return False
        names = "|".join(others)
        if ask.elsewhere:  # "also under review at ICLR": our dual-submission rule, not ICLR's
            return False
        # "is it 8 pages like the NeurIPS main track?": ours, compared with theirs
        compared = any(w in others and COMPARED_WITH & set(said[max(i - 2, 0):i])
                       for i, w in enumerate(said))
        about_other = None if compared else re.search(rf"\b(for|of|at|in) (the )?({names})\b"
                                rf"(?!( \d{{2,4}})? (format|template|style|latex))"
                                rf"|\b(where|when) (is|was|will|does|did) (the )?({names})\b"
                                rf"|\bis (an?|the) ({names})( \d{{2,4}})? (papers?|submissions?)\b"
                                rf"(?!.{{0,25}}\b(here|ok|okay|fine|allowed|welcome|eligible|resubmit))"
                                rf"|\b({names})( \d{{2,4}})?( [a-z]+ track| papers?)? "
                                rf"(papers? (are )?due|page|deadline|organi[sz]\w*|venue|"
                                rf"location|date|notification|reviews?|submission|party|main|"
                                rf"camera-ready|abstracts? (are )?due|rebuttal)",
                                text)
        # ("when is the KDD research track deadline?": KDD's step, no check of our host)
        steps = about_other and (ASKS_DEADLINE.search(text) or kinds_in(text))
        keep = ("previous_editions",) if steps else ("conference", "previous_editions") \
            if about_other else (
            "conference", "previous_editions", "style", "page_limit", "anonymity",
            "file_format", "format", "topics", "about", "organizers", "organizer", "contact",
            "location")
        for name in list(scores):
            if name not in keep:
                del scores[name]
        return bool(about_other)

    def _fired(self, scores: dict[str, float], text: str) -> dict[str, float]:
        """The intents understood, less those a more specific one covers."""
        fired = {n: s for n, s in scores.items() if s >= FIRE}
        if COMPARE.search(text):  # "is the workshop on the same day as the deadline?"
            return fired
        for name in list(fired):
            intent = next(i for i in self._intents if i.name == name)
            if any(other in fired for other in intent.suppressed_by):
                del fired[name]
        return fired

    def _with_topics(self, clause: Clause, topics: list[Topic],
                     fired: dict[str, float]) -> Clause:
        ask = clause.ask
        # a subject's deadline: the one the question names when it is of that kind ("the non
        # archival track's camera-ready"), else the first of the kind
        # ("the WIP abstracts": the deadline of that type, whose name says no "abstract")
        deadline_for = {t.name: (ask.deadline if ask.deadline and t.deadline_kind and (
            t.deadline_kind in kinds_of(ask.deadline) or t.deadline_kind in ask.kinds_in_type)
                                 else None)
                        or self.deadlines.of_kind(t.deadline_kind, ask.text)
                        or self._noted(t, ask)
                        or self._named_by_its_words(t, ask) for t in topics}
        # what a deadline answers ("early bird") is not for an FAQ entry to cover too
        covering = self.faq.covering([t for t in topics if not deadline_for[t.name]] or topics,
                                     ask.text)
        if covering and all(t.answerable for t in topics) and not all(
                self.faq.asked_throughout(covering, t.name) for t in topics) and not (
                set(self.faq.content(ask.text))
                - {w for t in topics for w in self.faq.triggers(t, ask.text)}):
            # "is it archival?", which a field answers and which asks nothing more, is not for
            # an entry that speaks of the "proceedings version" in one of its phrasings
            covering = None
        if covering and any(fired.get(n, 0.0) >= bar and n not in self._speaks(covering)
                            for n, bar in OVER_A_SILENT_ENTRY.items() if n != "page_limit"):
            # "what file format should the poster be?": a rule the entry on attending (which
            # names the poster session) never speaks of (but a length asked may be the minutes
            # an entry gives: "how long is a full paper talk?")
            covering = None
        faq_covers = set(self.faq.topics[covering]) if covering else set()
        covered = all(deadline_for[t.name] or t.name in faq_covers for t in topics)
        deadlines = [d for d in deadline_for.values() if d]
        named = ask.deadline if ask.deadline_named else None
        if covered and (deadlines or named) and "deadline" in fired and (
                (named and self._named_alone(ask.text, named)) or asks_a_date(ask.text)
                or kinds_in(ask.text)
                or not DEADLINE_WORDS.isdisjoint(words(ask.text))):
            # ("poster size?", "portrait or landscape?": a subject a deadline's note names, not
            # asked when)
            # "last day to register at the cheaper price?": the registration deadline
            # "the final version of accepted papers": the subject's deadline (camera-ready),
            # not one a kind word points at ("accepted": the notification)
            # ...but "when will I know if my abstract got accepted?": the step asked of the
            # subject (its notification), when the question says that step
            step = ask.deadline is not None and bool(
                kinds_of(ask.deadline) & STEPS_OF_A_SUBJECT & kinds_in(ask.text)) and all(
                t.deadline_kind in SUBJECT_KINDS for t in topics)
            absent = [k for k in sorted(kinds_in(ask.text) & STEPS_OF_A_SUBJECT)
                      if self.deadlines.of_kind(k) is None]
            if absent and all(t.deadline_kind in SUBJECT_KINDS for t in topics):
                # "when do we get notified if our abstract is accepted?" with no notification
                # given: that step is not known, whatever the abstract's own deadline
                return _step_absent(clause, absent[0], fired["deadline"])
            if not step:
                ask.deadline = named if named in deadlines or not deadlines else (
                    ask.deadline if ask.deadline in deadlines else deadlines[0])
            clause.kind = "intent"
            clause.intents = [("deadline", fired["deadline"])]
            if covering and not (named is not None and not DEADLINE_WORDS.isdisjoint(
                    words(ask.text)) and self._entry_of_other_days(covering, ask.deadline)):
                # ("abstract deadline?" is not also for the entry on the late poster round)
                clause.intents.append((f"faq:{covering}", FAQ_FIRE))
            clause.rule = "topic_is_a_deadline"
            return clause
        if covering and fired.get("page_limit", 0.0) >= FIRE and self._page_limit_known and \
                all(t.deadline_kind for t in topics) and not self.faq.asks_pages(covering):
            # "how many pages can the abstract be?": the call's page limit, not an entry on the
            # abstract that says nothing of its length (a poster workshop's revised version)
            covering = None
        if covering and self._day_not_in_entry(covering, ask, fired):
            clause.kind, clause.intents = "intent", [("deadline", fired["deadline"])]
            clause.rule = "intents_fired"
            return clause
        if covering and not (all(deadline_for.values()) and not fired
                             and self._asks_when_of(clause)):
            # ("camera ready??" is the camera-ready deadline, not the entry on its extra page)
            clause.kind, clause.faq_id = "faq", covering
            clause.intents = [(f"faq:{covering}", FAQ_FIRE)]
            clause.rule = "faq_covers_topic"
            return clause
        # (the host conference named is where the subject is, not what is asked: "do I need a
        # full ACL registration?")
        others = {n: v for n, v in fired.items() if n not in {"deadline", "date", "conference"}}
        if all(deadline_for.values()) and (others or self._asks_when_of(clause)):
            # every unknown-looking subject is one of this workshop's deadlines after all:
            # "when is the abstract due" asks for it; "do I anonymize my abstract" asks about
            # the anonymity rule, with the abstract as the paper in question; "an extra page for
            # the camera-ready?" asks neither (unknown, below)
            clause.kind = "intent"
            if others:
                clause.intents = best_first(others)
            else:
                ask.deadline = deadlines[0]
                clause.intents = [("deadline", max(fired.get("deadline", 0.0), FIRE))]
            clause.rule = "topics_are_deadlines"
            return clause
        uncovered = [t for t in topics if not deadline_for[t.name] and t.name not in faq_covers] \
            or topics
        # "must an author attend in person?": the rule is unknown, whatever the mode says
        topic = next((t for t in uncovered if not t.answerable), None) or next(
            (t for t in uncovered if t.name in self._answered_topics), uncovered[0])
        ask.topic_label = topic.label
        if "contact" in fired and fired["contact"] >= FIRE:
            clause.kind = "intent"
            clause.intents = [("contact", fired["contact"])]
            clause.rule = "contact_for_topic"
            return clause
        clause.kind = "topic"
        clause.topic = topic
        clause.intents = best_first(fired)
        clause.prose = self._described(topic, clause.text)
        clause.rule = "topic_in_description" if clause.prose else "topic_not_covered"
        return clause

    def _host_dates_said(self) -> str | None:
        """The sentences of the description and FAQ answers that give the host conference's
        own days: its name, a month and a number, and no step ("ICWSM 2025 runs June 23-26,
        2025.")."""
        month = regex(MONTH_WORD)
        said = [s for s, folded in self._description + self._faq_sentences
                if self._host_dates_names & set(words(folded))
                # (a month with its day: "June 23-26", not the verb "may")
                and _dated_month(words(folded), month)
                and not kinds_in(folded)]  # ("Registration through ISCA opens on May 25")
        quoted = " ".join(dict.fromkeys(said))
        return (quoted[:MAX_QUOTE].rsplit(" ", 1)[0] + " …" if len(quoted) > MAX_QUOTE
                else quoted) or None

    def _described(self, topic: Topic, text: str) -> str | None:
        """The sentences of the workshop's (or a paper type's) description that speak of
        ``topic`` in the words ``text`` asks with ("supplementary material" is not said by a
        sentence on appendix pages), if any; none for a question asking how much."""
        if not topic.quoted or ASKS_AMOUNT.search(text):
            return None
        asked = self.faq.triggers(topic, text)
        sentences = self._description + (self._faq_sentences if topic.quoted == "faq" else [])
        said = [s for s, folded in sentences if topic.compiled.search(folded)
                and (not asked or topic.any_words is True
                     or asked & self.faq.triggers(topic, folded))]
        quoted = " ".join(said)
        return (quoted[:MAX_QUOTE].rsplit(" ", 1)[0] + " …" if len(quoted) > MAX_QUOTE
                else quoted) or None

    def _asks_when_of(self, clause: Clause) -> bool:
        """Whether a clause about deadline-like subjects asks about the deadline: a word of
        time, or no sign of another question ("do I need to register an abstract first?" does;
        "how many reviewers per paper?" and "an extra page for the camera-ready?" do not)."""
        text = clause.text
        if ASKS_WHEN.search(text) or clause.scores.get("deadline", 0.0) >= FIRE:
            return True
        if self._asks_no_date(text):  # "do I have to register for all of ECOOP?"
            return False
        if " or " in text and not asks_a_date(text):  # "portrait or landscape?": which, not when
            return False
        # "what are the review criteria?": a question for something other than a time
        said = words(text)[:2]
        if said[:1] and said[0] in OTHER_QUESTION and not set(said[1:]) & NOT_OTHER_QUESTION:
            return False
        return not ASKS_AMOUNT.search(text) and not any(
            clause.scores.get(n, 0.0) > 0 for n in RULE_INTENTS)

    def _program_reading(self, text: str, ask: Ask, scores: dict[str, float]) -> bool:
        """Whether the clause asks about the program through one of its entities (not when it
        writes the day of a deadline: "what time on the 15th?"); ``scores``: the clause's cue
        scores, the program's among them."""
        if self.deadlines.by_day(text) is not None:
            return False
        reads = self.program.reads(
            text, ask, scores.get("program", 0.0), lambda: self.faq.match(text)[1] >= FAQ_FIRE,
            lambda: self.faq.covering(TOPIC_BANK.found_in(text), text) is not None,
            lambda: self._faq_says_who(text))
        if reads and not ask.speaker and self.faq.naming(text) is not None:
            # "is someone from meta giving a talk?": the one entry that names where a speaker
            # is from, not every talk of the program
            ask.session = None
            return False
        said = words(text)
        if reads and ask.session and not ask.speaker and (
                (OBLIGED.search(text) and said[:1] != ["how"])
                or f"{ask.session} track" in text) and \
                not asks_time(text) and PROGRAM_SAYS.isdisjoint(said):
            # "do we have to show a demo or is that optional?": whether one must, not when
            # the demos are; "is there a separate demo track?": a kind of paper
            ask.session = None
            return False
        if reads and ask.session and not ask.speaker and (
                self._type_named_as(ask.session, text) or self._type_not_session(text)):
            # "how long is a student talk slot?": the paper type "Student talk", not the talks;
            # "how long should the poster abstract be?": the type "Poster", not the posters
            ask.session = None
            return False
        return reads

    def _faq_says_who(self, text: str) -> bool:
        """Whether an FAQ entry asked "who" itself ("who are the invited speakers?") clearly
        answers ``text``."""
        faq_id, score = self.faq.match(text)
        return faq_id is not None and score >= FAQ_FIRE and self.faq.asked_who(faq_id)

    def _type_not_session(self, text: str) -> bool:
        """Whether ``text`` names a paper type and no word of the schedule ("session",
        "when", "room"): "how much time do I get for a full paper talk?" asks about the type."""
        return PROGRAM_SAYS.isdisjoint(words(text)) and bool(tracks_named(self.knowledge, text))

    def _type_named_as(self, session: str, text: str) -> bool:
        """Whether ``text`` names a paper type whose name holds the session's words and more
        of it is said ("a student talk": the type "Student talk"; "the last talk": a session)."""
        session_words = set(words(fold(session)))
        said = set(words(text))
        return any(session_words < (name := set(words(fold(t.name))))
                   and (name - session_words) & said
                   for t in tracks_named(self.knowledge, text))

    def _chitchat(self, text: str, present: set[str] | None = None) -> str | None:
        scores, _ = self._smalltalk_cues.read(text, present)
        best = max((i.name for i in CHITCHAT if i.name in scores), key=scores.__getitem__,
                   default=None)
        return best if best is not None and scores[best] >= FIRE else None

RULES: dict[str, str] = {r["name"]: r["says"] for r in table("rules.yaml")["rules"]}


def _unpunctuated(word: str) -> str:
    """A word of a message without the punctuation around it ("FAST?" -> "FAST")."""
    return word.strip(string.punctuation)


def _as_entry(clause: Clause, faq_id: str, score: float) -> Clause:
    """``clause`` read as asking what an organizer's entry answers (with a hedge below
    ``FAQ_FIRE``: "If you mean ...")."""
    clause.kind, clause.faq_id = "faq", faq_id
    clause.intents = [(f"faq:{faq_id}", score)]
    clause.hedge = score < FAQ_FIRE
    clause.rule = "faq_match"
    return clause


def _dated_month(said: list[str], month: re.Pattern[str]) -> bool:
    """Whether ``said`` (a sentence's words) has a month with its day beside it ("June 23",
    "23 June"; not the verb "may", nor "May 2026")."""
    return any(month.fullmatch(w) and any(x.isdigit() and len(x) <= 2
                                          for x in said[max(0, i - 1):i + 2])
               for i, w in enumerate(said))


def _step_absent(clause: Clause, kind: str, score: float) -> Clause:
    """``clause`` read as asking for a kind of deadline the file does not have ("when is the
    camera-ready due?" and no camera-ready): an honest "I don't know" about that step."""
    clause.kind = "topic"
    clause.topic = Topic(kind, KIND_LABELS.get(kind, ""), ())
    clause.intents = [("deadline", score)]
    clause.rule = "deadline_kind_absent"
    return clause


def _folded_tags(clauses: list[Clause], is_tag: Callable[[Clause, Clause], bool],
                 mend: Callable[[Clause, Clause], None]) -> list[Clause]:
    """The parts, less each that ``is_tag(part before, part)`` finds only adds to the part
    before, which ``mend(part before, tag)`` changes instead."""
    kept: list[Clause] = []
    for c in clauses:
        if kept and is_tag(kept[-1], c):
            mend(kept[-1], c)
        else:
            kept.append(c)
    return kept


def _confirms_a_premise(before: Clause, c: Clause) -> bool:
    """"..., is that true here?" after a premise the part before states."""
    return c.kind in {"none", "clarify"} and bool(CONFIRM_TAGS.search(c.text)) and \
        len(words(c.text)) <= TAG_WORDS and bool(NEGATED_PREMISE.search(before.text))


def _checks_a_length(before: Clause, c: Clause) -> bool:
    """"..., am I over?" after a length asked of the page limit."""
    return c.kind == "none" and bool(WITHIN_LIMIT.search(c.text)) and \
        len(words(c.text)) <= TAG_WORDS and _reading(before) == "page_limit"


def _asks_the_end(before: Clause, c: Clause) -> bool:
    """A bare "end" after a part asking when the day starts."""
    return c.kind == "none" and before.ask.moment == "start" and \
        not (before.ask.session or before.ask.speaker) and \
        " ".join(words(c.text)) in BARE_ENDS


def _reading(clause: Clause) -> str | None:
    """The intent a part is read as first, if any."""
    return clause.intents[0][0] if clause.intents else None


def _kept_before(clauses: list[Clause],
                 drop: Callable[[Clause, Clause], bool]) -> list[Clause]:
    """The parts, less each that ``drop(part, the part after it)`` leaves out."""
    return [c for c, after in itertools.pairwise([*clauses, None])
            if after is None or not drop(c, after)]


def _missed_before(clause: Clause, after: Clause) -> bool:
    """"missed the main track deadline, can i still send a tiny paper?": the deadline told as
    missed is what happened, and the question is the part after it, which names its own."""
    return (after.kind == "none" or _reading(after) == "deadline") \
        and bool(after.ask.deadline_named or after.ask.tracks) \
        and not MISSED.isdisjoint(words(clause.text)[:3]) \
        and (clause.ask.deadline_named or _reading(clause) == "deadline") \
        and not QUESTION.match(clause.text) and not CONDITIONAL.match(clause.text)


def _bare_before_session(clause: Clause, after: Clause) -> bool:
    """"when and where is the conference dinner?": the bare "when" is the session's."""
    return clause.text in PLACE_OR_TIME and _reading(after) == "program"


NAME_SEPARATORS = [f" {x} " for x in table_words("name_separators")]


def _names_apart(names: str) -> list[str]:
    """The names a dash or slash sets apart ("SemDial 2025 – Bialogue")."""
    for separator in NAME_SEPARATORS[1:]:
        names = names.replace(separator, NAME_SEPARATORS[0])
    return names.split(NAME_SEPARATORS[0])
