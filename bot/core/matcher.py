"""Understanding a question: which intents, which entities, or which unknown topic.

The matcher is built once per knowledge file. It knows the built-in intents (generic cues) and
learns the rest from the knowledge: organizer names and affiliations, deadline names, the
conference's name, and the organizer's own ``faq:`` phrasings (an inverted index, so cost grows
with the phrasings that share words with the question, not with all of them).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bot.core.answers import Ask, numbers_in, topic_words
from bot.core.intents import (
    ASK_WHO,
    CHITCHAT,
    INTENTS,
    PERSON_CUES,
    TOPICS,
    WORKSHOP_WORDS,
    Intent,
    Topic,
    make_intent,
)
from bot.core.model import Deadline, Knowledge, Organizer
from bot.core.text import COMMON_WORDS, Speller, expand, fold, split_clauses, words

# one search tells whether any unknown-looking topic is asked about (most clauses: none)
ANY_TOPIC = re.compile("|".join(f"(?:{t.pattern})" for t in TOPICS))
NEXT_DEADLINE = re.compile(r"\b(next|upcoming|nearest|closest|coming) (deadline|due date)\b|"
                           r"\bdeadline (coming up|next)\b")
ASKS_SEVERAL = re.compile(r"\b(same (day|date|time)|both|and|or|vs|versus|before or after)\b")
SOCIAL = frozenset({"thanks", "ack", "goodbye", "compliment"})
# topics that ask the time or the cost *of* something else ("what time is the lunch?")
MODIFIER_TOPICS = frozenset({"schedule", "fees"})
REQUEST = re.compile(r"\b(in advance|please|need|could you|can you|tell me|let me know|"
                     r"give me|looking for|wondering)\b")
COMPARE = re.compile(r"\b(workshop|event|it)\b.{0,30}\b(same (day|date|time) as|before or after)\b")
QUESTION = re.compile(r"^(what|when|where|who|whom|how|which|why|is|are|am|can|could|do|does|did|"
                      r"should|would|will|was|were|has|have|any|anyone|anybody|may|might|must)\b")
CONDITIONAL = re.compile(r"^(if|once|assuming|in case|provided|supposing|as long as|unless|"
                         r"even if)\b")
BARE = re.compile(r"^(when|where|which|what|how|who|and|by when|why)$")
FIRE = 1.0  # an intent is understood at this score
GRAY = 0.5  # between GRAY and FIRE it is offered as "did you mean"
FAQ_FIRE = 0.74
FAQ_GRAY = 0.55

# Which deadline a question means, by kind. A knowledge deadline gets a kind when its id or name
# matches; a question names a kind when the clause matches.
DEADLINE_KINDS: dict[str, str] = {
    "submission": r"\b(submi\w*|papers? (due|deadline)|full papers?|manuscripts?)\b",
    "notification": r"\b(notification|notifications|notified|notify|decisions?|acceptance|"
                    r"accept|accepted|rejected|results?|outcome|hear back|find out|verdict|"
                    r"emails go out|got in|get in|gets in|getting in|made it|know if|hear if|"
                    r"hear whether|notificacion|benachrichtigung|aceptacion|zusage|avisan|"
                    r"aceptado|aceptados|aceito|akzeptiert|accepte)\b|"
                    r"通知|录用|錄用|採択|採否|合否|합격|통보",
    "camera_ready": r"\b(camera-?ready|(final|revised) (version|paper|copy))\b|カメラレディ|最终版|"
                    r"最終版",
    "abstract": r"\b(abstracts?|title registration)\b|\bregister\b.{0,25}\btitle\b",
    "rebuttal": r"\b(rebuttals?|author response)\b",
    "registration": r"\b(regist\w*|early[- ]bird)\b",
}
_KIND_RX = {k: re.compile(v) for k, v in DEADLINE_KINDS.items()}
_KIND_LABELS = {"submission": "a submission deadline", "notification": "when authors are notified",
                "camera_ready": "the camera-ready version", "abstract": "abstract registration",
                "rebuttal": "a rebuttal period", "registration": "registration"}

# Qualifiers that still mean one of this workshop's deadlines ("the paper deadline").
OWN_DEADLINE_WORDS = frozenset("""
    the a an this that these paper papers submission submissions workshop workshops our your
    its final full official next first main exact actual real current same overall important
    key upcoming hard soft extended aoe utc pst pdt time timezone zone what which whats when is
    s of for any all every workshop s el la le il lo der die das o do da du del de los las les
""".split())
OTHER_CONFERENCES = re.compile(
    r"\b(nips|icml|iclr|cvpr|iccv|eccv|acl|emnlp|naacl|kdd|aaai|ijcai|sosp|osdi|nsdi|eurosys|"
    r"mlsys|sigmod|vldb|asplos|isca|usenix|socc|sigir|uai|aistats|colt|corl|icra|iros|icassp|"
    r"interspeech|www|chi|siggraph|sc)\b")

ROLE_GENERIC = frozenset({"chair", "chairs", "general", "member", "members", "organizer"})
NICKNAMES = {"chris": "christopher", "joe": "joseph", "joey": "joseph", "sid": "siddhartha",
             "dan": "daniel", "danny": "daniel", "sam": "samuel", "alex": "alexander",
             "mike": "michael", "bob": "robert", "bill": "william", "liz": "elizabeth",
             "kate": "katherine", "jen": "jennifer", "tom": "thomas", "matt": "matthew"}
AFFILIATION_ALIASES = {"carnegie mellon": "cmu", "msr": "microsoft research", "fb": "facebook",
                       "ucb": "berkeley"}
GENERIC_AFFILIATION = frozenset(
"""
    research university univ institute institution lab labs laboratory inc corp corporation
    college school center centre group department dept and of the at uc us usa ai
""".split())
FUNCTION_WORDS = frozenset(
"""
    a an the is are was were be been am do does did i you we they he she it my our your their
    me us them this that these those of to in on at for with by from and or but so if can
    could should would will shall may might must have has had there here what when where who
    whom which how why please hi hey hello any some just also about s not no yes
""".split())


# Words people use for the same thing, for matching organizers' FAQ entries ("toddler" asks
# about "childcare", "zoom" about presenting "remotely").
SYNONYMS: dict[str, str] = {w: group for group, members in {
    "fee": "fee fees price prices cost costs pay paying paid payment expensive cheap cheaper rate "
           "rates free charge charged",
    "child": "child children kid kids toddler toddlers baby babies childcare daycare nanny infant",
    "volunteer": "volunteer volunteers volunteering helper helpers",
    "remote": "remote remotely virtual virtually online zoom video stream streamed livestream",
    "present": "present presenting presentation presentations talk talks speak speaking",
    "register": "register registration registering registered ticket tickets pass passes",
    "size": "size sizes big large dimension dimensions tall wide width height",
    "poster": "poster posters board boards",
    "visa": "visa visas invitation",
    "hotel": "hotel hotels accommodation accommodations lodging stay",
    "food": "food lunch lunches dinner meal meals catering",
    "tutorial": "tutorial tutorials hands training bootcamp",
}.items() for w in members.split()}


def stem(word: str) -> str:
    """A crude English stem, enough to match "meeting" with "meet" and "grants" with "grant"."""
    for suffix, keep in (("ing", 4), ("ed", 4), ("s", 3)):
        if word.endswith(suffix) and len(word) - len(suffix) >= keep and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


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

    @property
    def score(self) -> float:
        return self.intents[0][1] if self.intents else 0.0


@dataclass
class _Phrasing:
    faq_id: str
    text: str
    tokens: frozenset[str]
    weight: float  # sum of idf of its tokens


class Matcher:
    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._intents = self._with_conference(INTENTS, knowledge)
        self._deadline_kinds = {d.id: self._kinds_of(d) for d in knowledge.deadlines}
        self._deadline_words = {d.id: {SYNONYMS.get(w) or stem(w) for w in
                                       self._distinctive(f"{d.id} {d.name}")}
                                for d in knowledge.deadlines}
        self._deadline_phrases = sorted(
            {p for d in knowledge.deadlines
             if len(p := re.sub(r"\b(deadline|due|date)\b", "", fold(d.name)).strip()) > 3},
            key=len, reverse=True)
        name_words = set(words(fold(knowledge.workshop.name)))
        self._own_words = name_words | {w for n in self.self_names(knowledge) for w in words(n)}
        self._conference_words = set(words(fold(knowledge.workshop.conference or "")))
        self._edition_words = {
            w for e in knowledge.workshop.previous_editions for w in words(fold(e.name))
            if w.isalpha() and len(w) >= 3 and w not in name_words}
        self._people = self._index_people(knowledge.organizers)
        own = set(words(fold(knowledge.workshop.name)))
        self._topic_words = [(t, [w for w in topic_words(t) if w not in own])
                             for t in knowledge.workshop.topics]
        self._affiliations = self._index_affiliations(knowledge.organizers)
        vocab = self._vocabulary()
        self.speller = Speller(vocab)
        self._build_faq()

    # --- building ------------------------------------------------------------------------

    @staticmethod
    def self_names(k: Knowledge) -> set[str]:
        """What people call this workshop: its short name, acronym ("REI"), and "the workshop"."""
        full = fold(k.workshop.name)
        names = {full}
        acronyms = re.findall(r"\(([^()\s]{2,12})\)", full)  # "... Manuscripts (CAHM)"
        names.update(acronyms)
        full = re.sub(r"\s*\([^()]*\)", "", full).strip()
        names.add(full)
        if k.workshop.short_name:
            names.add(fold(k.workshop.short_name))
            names.update(w for w in words(fold(k.workshop.short_name)) if w.isalpha())
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
            if any("CONF" in p or "SELF" in p for p, _ in intent.cues):
                cues = tuple((p.replace("CONF", f"(?:{alt})").replace("SELF", f"(?:{self_alt})"),
                              w) for p, w in intent.cues)
                intent = make_intent(intent.name, intent.label, cues, intent.examples,
                                     intent.suppressed_by)
            out.append(intent)
        return tuple(out)

    @staticmethod
    def _kinds_of(deadline: Deadline) -> set[str]:
        named = fold(f"{deadline.id} {deadline.name}")
        kinds = {k for k, rx in _KIND_RX.items() if rx.search(named)}
        if "abstract" in kinds:  # "Abstract registration" registers an abstract, not attendees
            kinds.discard("registration")
        return kinds

    @staticmethod
    def _distinctive(text: str) -> set[str]:
        generic = {"deadline", "date", "due", "the", "of", "for", "and", "day", "paper"}
        return {w for w in words(fold(text).replace("-", " ").replace("_", " "))
                if len(w) > 2 and w not in generic}

    @staticmethod
    def _index_people(people: list[Organizer]) -> dict[str, list[tuple[int, float]]]:
        index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, person in enumerate(people):
            tokens = words(fold(person.name))
            for t in set(tokens):
                if len(t) >= 5 and t not in COMMON_WORDS:
                    weight = 1.0
                elif len(t) >= 3:
                    weight = 0.6
                else:
                    weight = 0.3
                index[t].append((i, weight))
        return index

    @staticmethod
    def _index_affiliations(people: list[Organizer]) -> dict[str, set[int]]:
        index: dict[str, set[int]] = defaultdict(set)
        for i, person in enumerate(people):
            if not person.affiliation:
                continue
            for t in words(fold(person.affiliation)):
                if t not in GENERIC_AFFILIATION and len(t) > 1:
                    index[t].add(i)
        return index

    def _vocabulary(self) -> set[str]:
        vocab: set[str] = set()
        for intent in self._intents + CHITCHAT:
            for example in intent.examples:
                vocab.update(words(expand(example)))
            for pattern, _ in intent.cues:
                vocab.update(w for w in re.findall(r"[a-z]{4,}", pattern))
        for topic in TOPICS:
            for pattern in topic.cues:
                vocab.update(w for w in re.findall(r"[a-z]{4,}", pattern))
        for pattern in DEADLINE_KINDS.values():
            vocab.update(re.findall(r"[a-z]{4,}", pattern))
        vocab.update(self._people)
        vocab.update(self._affiliations)
        for d in self.knowledge.deadlines:
            vocab.update(words(fold(d.name)))
        for topic in self.knowledge.workshop.topics:
            vocab.update(words(fold(topic)))
        for entry in self.knowledge.faq:
            for q in entry.questions:
                vocab.update(words(expand(q)))
        # fragments of regexes that are not words
        return {w for w in vocab if w.isalpha()}

    def _content(self, text: str) -> list[str]:
        """Content words, crudely stemmed ("grants" -> "grant", "meeting" -> "meet"), with
        synonyms made one ("price" -> "fee"); the workshop's own name says nothing here."""
        text = text.replace("how much", "fee").replace("help out", "volunteer")
        return [SYNONYMS.get(w) or stem(w) for w in words(text)
                if w not in FUNCTION_WORDS and w not in self._own_words]

    def _build_faq(self) -> None:
        self._phrasings: list[_Phrasing] = []
        raw: list[tuple[str, str, list[str]]] = []
        df: dict[str, int] = defaultdict(int)
        for entry in self.knowledge.faq:
            for q in entry.questions:
                norm = self.speller.correct(expand(q))
                tokens = self._content(norm)
                raw.append((entry.id, norm, tokens))
                for t in set(tokens):
                    df[t] += 1
        n = max(len(raw), 1)
        self._idf = {t: math.log(1 + n / c) + 0.5 for t, c in df.items()}
        # for each FAQ entry: the topics its questions are about, with the words that say so
        self._faq_topics: dict[str, dict[str, set[str]]] = {}
        self._faq_words: dict[str, tuple[set[str], set[str]]] = {}
        for entry in self.knowledge.faq:
            asked = self.speller.correct(expand(" ".join(entry.questions)))
            said = self.speller.correct(expand(entry.answer))
            self._faq_topics[entry.id] = {t.name: triggers for t in TOPICS
                                          if (triggers := self._triggers(t, asked))}
            self._faq_words[entry.id] = (set(self._content(asked)),
                                         set(self._content(asked + " " + said)))
        self._postings: dict[str, list[int]] = defaultdict(list)
        for faq_id, norm, tokens in raw:
            tset = frozenset(tokens)
            weight = sum(self._idf[t] for t in tset) or 1.0
            self._phrasings.append(_Phrasing(faq_id, norm, tset, weight))
            for t in tset:
                self._postings[t].append(len(self._phrasings) - 1)

    def mentioned_topics(self, text: str) -> list[str]:
        """The knowledge's topics that a question names ("is GPU work in scope?")."""
        asked = set(words(text))
        stems = {w[:6] for w in asked if len(w) >= 5}
        hits = []
        for topic, tw in self._topic_words:
            found = [x for x in tw if x in asked or (len(x) >= 5 and x[:6] in stems)]
            # half its words, or one long specific one ("dialects", "anonymization")
            if tw and (len(found) / len(tw) >= 0.5 or any(len(x) >= 7 for x in found)):
                hits.append(topic)
        return hits

    # --- understanding -------------------------------------------------------------------

    def understand(self, question: str) -> list[Clause]:
        """Split a message into the questions it asks and understand each one."""
        text = expand(question)
        text = self.speller.correct(text)
        for alias, canonical in AFFILIATION_ALIASES.items():
            text = re.sub(rf"\b{alias}\b", canonical, text)
        asked = "?" in question or "？" in question
        clauses = [self._clause(c, asked) for c in split_clauses(text)]
        # "if we get accepted, when is the final version due?": the condition is not a question
        if len(clauses) > 1:
            clauses = [c for c in clauses if not CONDITIONAL.match(c.text)] or clauses
        # "deadline for papers, when?": a bare question word after a question belongs to it
        clauses = [c for i, c in enumerate(clauses)
                   if not (i and BARE.match(c.text) and any(p.kind == "intent"
                                                             for p in clauses[:i]))]
        # "ok cool, that's all I needed about the page limit, cheers": thanks, not a question
        if not asked and not REQUEST.search(text) and any(
                c.kind == "chitchat" and c.chitchat in SOCIAL for c in clauses):
            clauses = [c for c in clauses
                       if c.kind == "chitchat" or QUESTION.match(c.text)] or clauses
        if len(clauses) > 1 and all(c.kind in {"none", "clarify"} for c in clauses):
            # "a 4-page short paper. is that too short?": together the parts say more
            whole = self._clause(text, asked)
            if whole.kind not in {"none", "clarify"} or all(c.kind == "none" for c in clauses):
                clauses = [whole]
        return clauses or [Clause(text, "none")]

    def _clause(self, text: str, asked: bool = True) -> Clause:
        clause = Clause(text, "none")
        clause.workshop_related = bool(WORKSHOP_WORDS.search(text))
        ask = clause.ask
        ask.text = text
        ask.numbers = numbers_in(text)
        ask.topics_named = self.mentioned_topics(text)

        chit = self._chitchat(text)
        if chit == "identity" or (chit in SOCIAL and not asked and not QUESTION.match(text)):
            clause.kind, clause.chitchat = "chitchat", chit
            return clause

        topics = self._topics(text, ask)
        offtopic = next((t for t in topics if t.offtopic), None)
        if offtopic:
            clause.kind, clause.topic = "topic", offtopic
            return clause

        scores = self._score_intents(text)
        tokens = set(words(text))
        if tokens & self._edition_words:
            scores["previous_editions"] = scores.get("previous_editions", 0.0) + 0.5
        self._other_events(text, ask, scores)
        if ask.topics_named:
            scores["topics"] = scores.get("topics", 0.0) + 0.6
        self._people_entities(text, ask, scores)
        deadline_unknown = self._resolve_deadline(text, ask, scores)
        fired = self._fired(scores, text)

        faq_id, faq_score = self._match_faq(text)
        named_deadline = ask.deadline_named and "deadline" in fired
        if faq_id and faq_score >= FAQ_FIRE and not named_deadline:
            clause.kind, clause.faq_id = "faq", faq_id
            clause.intents = [(f"faq:{faq_id}", faq_score)]
            return clause
        if topics:
            return self._with_topics(clause, topics, fired)
        if deadline_unknown and "deadline" in fired:
            clause.kind = "topic"
            clause.topic = Topic(deadline_unknown, _KIND_LABELS.get(deadline_unknown, ""), ())
            clause.intents = [("deadline", fired["deadline"])]
            return clause
        if fired:
            clause.kind = "intent"
            clause.intents = sorted(fired.items(), key=lambda kv: -kv[1])
            return clause
        if chit:
            clause.kind, clause.chitchat = "chitchat", chit
            return clause
        gray = sorted(((n, s) for n, s in scores.items() if s >= GRAY), key=lambda kv: -kv[1])
        clause.gray = [(n, s, None) for n, s in gray[:3]]
        if faq_id and faq_score >= FAQ_GRAY:
            clause.gray.insert(0, (f"faq:{faq_id}", faq_score, None))
        if clause.gray:
            clause.kind = "clarify"
        return clause

    def _topics(self, text: str, ask: Ask) -> list[Topic]:
        """The unknown-looking subjects a clause asks about, leaving out words that name this
        workshop's own deadlines ("Extended abstract") and topics ("speaker anonymization")."""
        unnamed = text
        for phrase in self._deadline_phrases:
            unnamed = unnamed.replace(phrase, " ")
        for topic in ask.topics_named:
            for w in topic_words(topic):
                unnamed = re.sub(rf"\b{re.escape(w)}\w*", " ", unnamed)
        if not ANY_TOPIC.search(unnamed):
            return []
        return [t for t in TOPICS if t.compiled.search(unnamed)
                and not (t.covered_by and getattr(self.knowledge.workshop, t.covered_by))]

    def _other_events(self, text: str, ask: Ask, scores: dict[str, float]) -> None:
        """Another conference named: about it ("ICML's page limit"), not about us."""
        others = set(OTHER_CONFERENCES.findall(text)) - self._conference_words - self._own_words
        if not others:
            return
        ask.other_events = sorted(others)
        names = "|".join(others)
        about_other = re.search(rf"\b(for|of|at|in) (the )?({names})\b|\b({names})( \d{{2,4}})? "
                                rf"(page|deadline|organi[sz]\w*|venue|"
                                rf"location|date|notification|reviews?|submission|party|main)",
                                text)
        keep = ("conference", "previous_editions") if about_other else (
            "conference", "previous_editions", "style", "page_limit", "anonymity",
            "file_format", "format", "topics", "about", "organizers", "organizer", "contact",
            "location")
        for name in list(scores):
            if name not in keep:
                del scores[name]

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
        covering = self._faq_covering(topics, ask.text)
        faq_covers = set(self._faq_topics[covering]) if covering else set()
        deadline_for = {t.name: self._deadline_of_kind(t.deadline_kind) for t in topics}
        covered = all(deadline_for[t.name] or t.name in faq_covers for t in topics)
        deadlines = [d for d in deadline_for.values() if d]
        named = ask.deadline if ask.deadline_named else None
        if covered and (deadlines or named) and "deadline" in fired:
            # "last day to register at the cheaper price?": the registration deadline
            ask.deadline = named or (ask.deadline if ask.deadline in deadlines else deadlines[0])
            clause.kind = "intent"
            clause.intents = [("deadline", fired["deadline"])]
            if covering:
                clause.intents.append((f"faq:{covering}", FAQ_FIRE))
            return clause
        if covering:
            clause.kind, clause.faq_id = "faq", covering
            clause.intents = [(f"faq:{covering}", FAQ_FIRE)]
            return clause
        if all(deadline_for.values()):
            # every unknown-looking subject is one of this workshop's deadlines after all:
            # "when is the abstract due" asks for it; "do I anonymize my abstract" asks about
            # the anonymity rule, with the abstract as the paper in question
            clause.kind = "intent"
            others = {n: v for n, v in fired.items() if n not in {"deadline", "date"}}
            if others:
                clause.intents = sorted(others.items(), key=lambda kv: -kv[1])
            else:
                ask.deadline = deadlines[0]
                clause.intents = [("deadline", max(fired.get("deadline", 0.0), FIRE))]
            return clause
        topic = next(t for t in topics if not deadline_for[t.name] and t.name not in faq_covers)
        ask.topic_label = topic.label
        if "contact" in fired and fired["contact"] >= FIRE:
            clause.kind = "intent"
            clause.intents = [("contact", fired["contact"])]
            return clause
        clause.kind = "topic"
        clause.topic = topic
        clause.intents = sorted(fired.items(), key=lambda kv: -kv[1])
        return clause

    def _score_intents(self, text: str) -> dict[str, float]:
        scores: dict[str, float] = {}
        for intent in self._intents:
            total = intent.score(text)
            if total > 0:
                scores[intent.name] = round(total, 3)
        return scores

    def _chitchat(self, text: str) -> str | None:
        best, best_score = None, 0.0
        for intent in CHITCHAT:
            total = intent.score(text)
            if total >= FIRE and total > best_score:
                best, best_score = intent.name, total
        return best

    def _people_entities(self, text: str, ask: Ask, scores: dict[str, float]) -> None:
        tokens = words(text)
        found: dict[int, float] = defaultdict(float)
        asks_who = bool(ASK_WHO.search(text)) or "in charge" in text or "handles" in text
        for i, person in enumerate(self.knowledge.organizers):
            if not person.role:
                continue
            if re.search(rf"\b{re.escape(fold(person.role))}s?\b", text):
                found[i] += 1.5
            elif asks_who and any(re.search(rf"\b{re.escape(w)}", text) for w in words(
                    fold(person.role)) if len(w) >= 5 and w not in ROLE_GENERIC):
                found[i] += 1.0
        for t in set(tokens):
            t = NICKNAMES.get(t, t) if t not in self._people else t
            for i, weight in self._people.get(t, ()):
                found[i] += weight
        has_cue = bool(PERSON_CUES.search(text))
        people = [i for i, w in found.items() if w >= 1.0 or (w >= 0.6 and has_cue)]
        if people:
            best = max(found[i] for i in people)
            chosen = [i for i in people if found[i] >= best - 0.01]
            ask.organizers = [self.knowledge.organizers[i] for i in sorted(chosen)]
            scores["organizer"] = max(scores.get("organizer", 0.0), 1.0 + best)
            return
        affiliated: set[int] = set()
        named = None
        for t in tokens:
            if t in self._affiliations:
                affiliated |= self._affiliations[t]
                named = named or t
        if named and (ASK_WHO.search(text) or scores.get("organizers", 0) >= FIRE):
            ask.affiliation = next(
                (o.affiliation for o in self.knowledge.organizers
                 if o.affiliation and named in fold(o.affiliation)), named)
            ask.organizers = [self.knowledge.organizers[i] for i in sorted(affiliated)]
            scores["organizers"] = max(scores.get("organizers", 0.0), FIRE)

    def _deadline_of_kind(self, kind: str | None) -> Deadline | None:
        if kind is None:
            return None
        return next((d for d in self.knowledge.deadlines if kind in self._deadline_kinds[d.id]),
                    None)

    def _resolve_deadline(self, text: str, ask: Ask, scores: dict[str, float]) -> str | None:
        """Pick the deadline a clause means. Returns a kind the knowledge has no deadline for."""
        mentioned = {k for k, rx in _KIND_RX.items() if rx.search(text)}
        canon = {SYNONYMS.get(w) or stem(w) for w in words(text)}
        if NEXT_DEADLINE.search(text):
            ask.next_deadline = True
            if scores.get("deadline", 0) >= GRAY:
                scores["deadline"] = max(scores["deadline"], FIRE)
            return None
        best, best_score = None, 0.0
        scored = []
        for d in self.knowledge.deadlines:
            by_kind = len(self._deadline_kinds[d.id] & mentioned) * 1.0
            distinct = self._deadline_words[d.id]
            by_name = len(distinct & canon) / len(distinct) if distinct else 0.0
            score = by_kind + by_name
            # a specific kind (notification) beats the generic one (submission)
            if "notification" in mentioned and "notification" in self._deadline_kinds[d.id]:
                score += 1.2
            scored.append((d, score, by_name))
            if score > best_score:
                best, best_score = d, score
        if best is not None and best_score >= 0.5:
            ask.deadline = best
            if CONDITIONAL.match(text):  # "if we get accepted, ...": a condition, not a question
                return None
            ask.deadline_named = any(d is best and by_name >= 0.5 for d, _, by_name in scored)
            # "isn't the paper deadline the same day as the notification?": both
            both = [d for d, score, _ in scored if score >= 1.0]
            if len(both) > 1 and ASKS_SEVERAL.search(text):
                ask.deadlines = both
            if scores.get("deadline", 0) >= GRAY:
                scores["deadline"] = max(scores["deadline"], FIRE)
            return None
        specific = mentioned - {"submission"}
        missing = [k for k in specific if self._deadline_of_kind(k) is None]
        if missing and len(specific) == len(missing):
            return missing[0]
        return self._foreign_deadline(text)

    def _foreign_deadline(self, text: str) -> str | None:
        """"my grant deadline", "the 2019 deadline": a deadline that is not one of ours."""
        known = set().union(*self._deadline_words.values()) if self._deadline_words else set()
        years = {str(d.due_at(self.knowledge.tz).year) for d in self.knowledge.deadlines}
        for m in re.finditer(r"\b([a-z0-9]+) (deadline|deadlines|due date)\b", text):
            word = m.group(1)
            if word in OWN_DEADLINE_WORDS or word in known or word in years:
                continue
            if any(rx.search(word) for rx in _KIND_RX.values()):
                continue
            return f"other:{word}"
        return None

    def _triggers(self, topic: Topic, text: str) -> set[str]:
        """The words by which ``text`` is about ``topic``, made comparable ("talks" -> present)."""
        found = " ".join(m.group(0) for m in topic.compiled.finditer(text))
        return {SYNONYMS.get(w) or stem(w) for w in words(found)}

    def _faq_covering(self, topics: list[Topic], text: str) -> str | None:
        """An FAQ entry on the same subject as the clause's topics (the organizer answered it):
        every topic asked about in the same terms ("give my talk over zoom" is the "present
        remotely" entry; "will talks be recorded" is not), and words in common."""
        tokens = set(self._content(text))
        asked_by = {t.name: self._triggers(t, text) for t in topics}
        best, best_shared = None, 0
        for faq_id, covered in self._faq_topics.items():
            hits = {name for name in asked_by if asked_by[name] & covered.get(name, set())}
            # "what time is the mentoring lunch": the time or price *of* the subject covered
            if not tokens or not hits or not set(asked_by) - hits <= MODIFIER_TOPICS:
                continue
            asked, everything = self._faq_words[faq_id]
            # the same subject is not enough: the question must share words with the entry
            # ("poster size" answers "will my A0 poster fit", not "poster printing service")
            in_questions = len(tokens & asked)
            shared = len(tokens & everything)
            if (shared >= 2 or in_questions / len(tokens) >= 0.5) and shared > best_shared:
                best, best_shared = faq_id, shared
        return best

    def _match_faq(self, text: str) -> tuple[str | None, float]:
        if not self._phrasings:
            return None, 0.0
        tokens = set(self._content(text))
        if not tokens:
            return None, 0.0
        candidates: set[int] = set()
        for t in tokens:
            candidates.update(self._postings.get(t, ()))
        best_id, best = None, 0.0
        for idx in candidates:
            p = self._phrasings[idx]
            shared = p.tokens & tokens
            coverage = sum(self._idf[t] for t in shared) / p.weight
            extra = len(tokens - p.tokens) / max(len(tokens), 1)
            score = 0.65 * coverage + 0.35 * fuzz.token_set_ratio(text, p.text) / 100
            score -= 0.15 * max(0.0, extra - 0.5)
            # words of the organizer's answer count too ("power outlet for demos" is answered
            # by "demo tables with power outlets") when the question shares a word with it
            said = self._faq_words[p.faq_id][1]
            if len(tokens) >= 3 and len(tokens & said) / len(tokens) >= 0.75:
                score = max(score, FAQ_FIRE)
            if score > best:
                best_id, best = p.faq_id, score
        return best_id, best
