"""The core's front door: a question (or a chosen intent) and a moment in, an :class:`Answer` out.

Front ends (terminal, Discord) only talk to :class:`Responder`; they never look inside the matcher.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.core.answers import builders as answers
from bot.core.answers.answer import MARK, Answer, Kind, Suggestion, without_marks
from bot.core.answers.builders import Ask
from bot.core.answers.timefmt import plural
from bot.core.answers.v2_intents import V2_INTENTS, v2_topic_answer
from bot.core.answers.zone_line import converted
from bot.core.knowledge.model import Knowledge, Organizer
from bot.core.understanding.conversation import (
    REFERENCES,
    Conversation,
    combined,
    leans_on_previous,
    names_a_person,
)
from bot.core.understanding.explain import explain
from bot.core.understanding.intents import FIRE, intent_by_name, word_list
from bot.core.understanding.matcher import Clause, Matcher
from bot.core.understanding.text import fold, is_year, words

MAX_PARTS = 4
MAX_QUESTION = 2000  # characters read of one message
MAX_REMEMBERED = 300  # characters of a conversation's last question kept for follow-ups
SAID_AS_ASKED = 85  # how alike (token set ratio) a question and an entry's own must be
WEAK = frozenset({"none", "clarify"})


ASKS_GAP = word_list("asks_gap")  # "how many days between acceptance and camera-ready?"


class Responder:
    """Answers questions about one workshop. Build once per knowledge; cheap to call."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.matcher = Matcher(knowledge)
        # Understanding depends only on the text (answers depend on "now" and are built each
        # time); people ask the same things over and over, so recent readings are kept.
        self._understand = lru_cache(maxsize=4096)(self.matcher.understand)

    # --- free text -----------------------------------------------------------------------

    def respond(self, question: str, now: datetime) -> Answer:
        """Understand a free-text question and answer it as of ``now`` (timezone-aware)."""
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        question = without_marks(question)
        if not question.strip():
            return self._capabilities()
        return self._answer(self._understand(question[:MAX_QUESTION]), now)

    def converse(self, question: str, now: datetime,
                 context: Conversation | None = None) -> tuple[Answer, Conversation]:
        """Like :meth:`respond`, for the next question of one person in one place: a follow-up
        ("and her email?", "what about short papers?") asked while ``context`` is fresh is read
        against the previous question. Returns the answer and the context to pass next time."""
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        text = question[:MAX_QUESTION]
        if not text.strip():
            return self._capabilities(), Conversation("", now)
        read = self._read_follow_up(text, now, context)
        if read is not None and context is not None:
            # a follow-up leans on the question it follows; the next one leans on that too
            # ("how many pages?" / "what about short papers?" / "and full papers?")
            return self._answer(read[1], now), Conversation(context.question, now)
        clauses = self._understand(text)
        return self._answer(clauses, now), Conversation(text[-MAX_REMEMBERED:], now)

    def _read_follow_up(self, question: str, now: datetime,
                        context: Conversation | None) -> tuple[str, list[Clause]] | None:
        """The follow-up reading (the question joined with the previous one), when it applies."""
        if context is None or not context.question or not context.fresh(now) or \
                not leans_on_previous(question):
            return None
        alone = self._understand(question)
        refers = bool(REFERENCES.search(question.lower()))
        if not refers and not all(c.kind in WEAK or c.hedge or c.kind == "topic"
                                  for c in alone):
            return None
        joined = combined(question, context.question)
        clauses = self._understand(joined)
        if all(c.kind in WEAK for c in clauses):
            return None
        if names_a_person(question) and not any(
                c.ask.organizers or c.ask.speaker for c in self._understand(context.question)):
            # "his", "her" point at a person: "and his email?" after "when's the deadline?" is
            # no follow-up (and not the deadline again)
            return None
        return joined, clauses

    def explain(self, question: str) -> str:
        """How ``question`` was understood: parts, intents with scores, entities, examples and
        the rule that decided each part (for ``workshop-bot ask --explain``)."""
        return explain(self._understand(question[:MAX_QUESTION]))

    def _answer(self, clauses: list[Clause], now: datetime) -> Answer:
        parts = [self._clause_answer(c, now) for c in clauses]
        return self._with_gap(clauses, self._combine(parts))

    def _with_gap(self, clauses: list[Clause], a: Answer) -> Answer:
        """"How long between the deadline and notification?": the two deadlines the answer
        gives, and the days between them."""
        if not a.answered or not any(ASKS_GAP.search(c.text) for c in clauses):
            return a
        names = {d.name for d in self.knowledge.deadlines}
        said = list({m.label: m for m in a.moments if m.label in names}.values())
        if len(said) != 2:
            return a
        first, last = sorted(said, key=lambda m: m.at)
        # (each day as its deadline states it: 23:59 AoE on August 20 is the 20th)
        days = (last.at.date() - first.at.date()).days
        a.text += f"\nFrom {first.label} to {last.label}: {plural(days, 'day')}."
        return a

    def _clause_answer(self, clause: Clause, now: datetime) -> Answer:
        a = self._clause_reply(clause, now)
        if clause.ask.negated:
            # "parallel submissions not allowed, right?" - "Yes: allowed" would mislead
            if a.text.startswith("Yes: "):
                a.text = "No, the opposite: " + a.text.removeprefix("Yes: ")
            elif a.text.startswith("No: "):
                a.text = "Right: " + a.text.removeprefix("No: ")
        return a

    def _clause_reply(self, clause: Clause, now: datetime) -> Answer:
        k = self.knowledge
        if clause.kind == "faq" and clause.faq_id:
            a = answers.faq(k, now, clause.ask, clause.faq_id)
            a.intent, a.confidence = f"faq:{clause.faq_id}", _confidence(clause.score)
            if clause.hedge:
                return _hedged_entry(k, a, clause.faq_id)
            if clause.rule == "faq_covers_topic" or not _said_as_asked(k, clause):
                return _answering_its_own(k, a, clause.faq_id)
            return a
        if clause.kind == "intent":
            parts = [self._build(name, now, clause.ask, score)
                     for name, score in clause.intents[:MAX_PARTS]]
            if clause.faq_fallback and not any(p.answered or (
                    p.moments and not self.matcher.faq.gives_a_time(clause.faq_fallback))
                    for p in parts):
                # the fact asked is not in the knowledge, but an organizer's entry is close
                # (not, when what is not known comes with a day that is, an entry that gives
                # no day or time: "is the deadline at 5pm?" is not "will it be extended?")
                a = answers.faq(k, now, clause.ask, clause.faq_fallback)
                a.intent = f"faq:{clause.faq_fallback}"
                return _hedged_entry(k, a, clause.faq_fallback)
            if clause.hedge and parts[0].answered:
                return _hedged(parts[0], clause.intents[0][0])
            names = {name for name, _ in clause.intents[:MAX_PARTS]}
            if any(p.answered for p in parts) and names in ALTERNATIVE_READINGS:
                # one question read two ways ("what kinds of papers": types and topics): what
                # is known answers it, without "I don't know" about the other reading
                parts = [p for p in parts if p.answered]
            return self._combine(parts)
        if clause.kind == "topic" and clause.topic:
            if clause.topic.offtopic:
                return self._offtopic()
            known = v2_topic_answer(k, now, clause.topic.name, clause.ask.deadline,
                                    clause.ask.tracks, clause.ask.future, clause.ask.published)
            if known is not None:
                known.confidence = 0.8
                return converted(k, known, clause.ask.zone)  # its times in a zone named too
            if clause.prose:
                a = Answer(Kind.ANSWER, "From the call for papers",
                           f"What the call says: {clause.prose}", intent="about")
                a.confidence = 0.6
                return a
            label = clause.ask.topic_label or clause.topic.label
            if clause.topic.name.startswith("other:"):
                other = clause.topic.name.removeprefix("other:")
                label = f"{'an' if other[:1] in 'aeiou' else 'a'} {other} deadline"
            also = ""
            if clause.topic.context:
                near = answers.BUILDERS[clause.topic.context](k, now, clause.ask)
                said, asked = set(words(fold(near.text))), set(words(clause.text))
                if near.answered and any(said & set(f) and asked & set(f)
                                         for f in clause.topic.covered_saying):
                    # the template itself speaks of what is asked ("LaTeX or MS Word", "10pt"
                    # for "what font size?"; not "max file size?" of a "two-column" template)
                    return near
                also = near.text if near.answered else ""
            a = answers.unknown(k, label, clause.intents[0][0] if clause.intents else None,
                                also=also and f"What it does say: {also}")
            a.confidence = 0.8
            return a
        if clause.kind == "chitchat" and clause.chitchat:
            return self._chitchat(clause.chitchat)
        if clause.kind == "clarify":
            return self._clarify(clause)
        if clause.workshop_related:
            a = answers.unknown(k, None)
            a.confidence = 0.3
            return a
        return self._offtopic()

    def _build(self, name: str, now: datetime, ask: Ask, score: float) -> Answer:
        if name.startswith("faq:"):
            a = answers.faq(self.knowledge, now, ask, name.removeprefix("faq:"))
        else:
            a = answers.BUILDERS[name](self.knowledge, now, ask)
        a.intent = a.intent or name
        a.confidence = _confidence(score)
        return a

    def _combine(self, parts: list[Answer]) -> Answer:
        answered = [p for p in parts if p.answered]
        if answered:
            unknowns = [p for p in parts if p.kind is Kind.UNKNOWN and p.text not in
                        {a.text for a in answered}]
            keep = _dedupe(answered + unknowns)
        else:
            order = [Kind.UNKNOWN, Kind.CHITCHAT, Kind.CLARIFY, Kind.OFFTOPIC]
            best = min(parts, key=lambda p: order.index(p.kind))
            keep = [best]
        if len(keep) == 1:
            return keep[0]
        first = keep[0]
        merged = Answer(first.kind,
                        " & ".join(dict.fromkeys(p.title for p in keep if p.answered)) or
                        first.title, "")
        texts = []
        for p in keep:
            texts.append(_shift_marks(p.text, len(merged.moments)) if p.moments else p.text)
            for f in p.fields:
                merged.fields.append(
                    type(f)(f.name, _shift_marks(f.value, len(merged.moments)), f.inline))
            merged.moments.extend(p.moments)
            merged.links.extend(link for link in p.links if link not in merged.links)
        merged.text = "\n\n".join(texts)
        merged.intent = "+".join(dict.fromkeys(p.intent for p in keep if p.intent)) or None
        merged.confidence = min(p.confidence for p in keep)
        merged.entity = first.entity
        return merged

    # --- direct intents ------------------------------------------------------------------

    def answer(self, intent: str, now: datetime, entity: str | None = None) -> Answer:
        """Answer a known intent directly (slash commands, "did you mean" clicks).

        Intents: date, location, conference, deadline (entity = deadline id), deadlines,
        timezone, page_limit, anonymity, file_format, style, format, submission, requirements,
        topics, about, previous_editions, organizers, organizer and contact (entity = organizer
        index), website, help, and ``faq:<id>`` for an organizer's FAQ entry; and the
        version-2 ones of :data:`bot.core.answers.v2_intents.V2_INTENTS` (program, program_now,
        program_next, program_after and speaker with a session title or a name, breaks,
        paper_types and archival with a track, dual_submission, attendance, tba_deadlines).
        """
        k = self.knowledge
        ask = Ask()
        entity = without_marks(entity) if entity is not None else None
        if intent.startswith("faq:"):
            faq_id = intent.removeprefix("faq:")
            if not any(f.id == faq_id for f in k.faq):
                return answers.unknown(k, None)
            a = answers.faq(k, now, ask, faq_id)
            a.intent, a.confidence = intent, 1.0
            return a
        if intent == "help":
            return self._capabilities()
        if intent in V2_INTENTS:
            a = V2_INTENTS[intent](k, now, entity)
            a.intent, a.confidence = a.intent or intent, 1.0
            return a
        if intent not in answers.BUILDERS:
            return answers.unknown(k, None)
        if entity is not None and intent in {"deadline", "timezone"}:
            ask.deadline = k.deadline(entity)
            if ask.deadline is None:
                return answers.unknown(k, f"a deadline called '{entity}'", intent)
        if entity is not None and intent in {"organizer", "contact"}:
            person = self._organizer(entity)
            if person is None:
                return answers.unknown(k, f"an organizer called '{entity}'", intent)
            ask.organizers = [person]
        return self._build(intent, now, ask, 2.0)

    def _organizer(self, key: str) -> Organizer | None:
        """An organizer by index (as in button ids) or by name."""
        people = self.knowledge.organizers
        if key.isdigit() and int(key) < len(people):
            return people[int(key)]
        folded = fold(key)
        return next((o for o in people if fold(o.name) == folded), None)

    def deadline_choices(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        """(label, deadline id) pairs best matching ``text`` (all when it is empty)."""
        text = without_marks(text)
        items = {d.id: f"{d.name}" for d in self.knowledge.deadlines}
        return _choices(items, text, limit)

    def organizer_choices(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        """(label, organizer key) pairs best matching ``text`` (all when it is empty)."""
        text = without_marks(text)
        items = {str(i): o.name + (f" ({o.affiliation})" if o.affiliation else "")
                 for i, o in enumerate(self.knowledge.organizers)}
        return _choices(items, text, limit)

    # --- replies that state no facts ------------------------------------------------------

    def _clarify(self, clause: Clause) -> Answer:
        suggestions = []
        for name, _score, entity in clause.gray:
            if name.startswith("faq:"):
                entry = self.knowledge.faq_entry(name[4:])
                label = entry.questions[0]
            elif name == "deadline" and (main := answers.main_deadline(self.knowledge)):
                label = f"The {main.name.lower()} deadline"
            else:
                intent = intent_by_name(name)
                label = intent.label if intent else name
            suggestions.append(Suggestion(label[:1].upper() + label[1:], name, entity))
        a = Answer(Kind.CLARIFY, "Did you mean…",
                   "I'm not sure what you're asking. Did you mean one of these?",
                   intent=clause.gray[0][0], confidence=round(clause.gray[0][1] / FIRE * 0.5, 2),
                   suggestions=suggestions)
        return a

    def _chitchat(self, kind: str) -> Answer:
        name = self.knowledge.workshop.name
        replies = {
            "greeting": f"Hi! I answer questions about {name}: dates, deadlines, submission "
                        "rules, organizers. What would you like to know?",
            "thanks": "You're welcome! Ask me anytime.",
            "goodbye": "Bye! Good luck with your paper.",
            "identity": f"I'm a bot that answers questions about {name} from the workshop's "
                        "published information. For anything I can't answer, I'll point you to "
                        "the organizers, who are real people.",
            "compliment": "Thanks, that's kind! Anything else about the workshop?",
            "ack": "Great. Anything else I can help with?",
        }
        if kind == "capabilities":
            return self._capabilities()
        return Answer(Kind.CHITCHAT, "Hi!" if kind == "greeting" else "", replies[kind],
                      intent=kind, confidence=0.9)

    def _capabilities(self) -> Answer:
        name = self.knowledge.workshop.name
        text = (f"Ask me anything about {name}, in your own words. For example:\n"
                "• When is the paper deadline?\n• Where and when is the workshop?\n"
                "• How many pages, and do references count?\n• Is it double-blind?\n"
                "• Which template should I use?\n• Who are the organizers, and how do I "
                "contact them?\nIf I don't know something, I'll say so and tell you whom to ask.")
        return Answer(Kind.CHITCHAT, "What I can help with", text, intent="help", confidence=0.9)

    def _offtopic(self) -> Answer:
        name = self.knowledge.workshop.name
        return Answer(Kind.OFFTOPIC, "Not something I know",
                      f"That's outside what I can help with: I only answer questions about "
                      f"{name} (dates, deadlines, submission rules, organizers). Try asking "
                      "\"what can you do?\"", confidence=0.0)


def _hedged_entry(k: Knowledge, a: Answer, faq_id: str) -> Answer:
    """An organizer's entry given for a question it may not be: "If you mean "...?": ..."."""
    entry = k.faq_entry(faq_id)
    a.text = f"If you mean \"{entry.questions[0]}\": {a.text}"
    a.confidence = min(a.confidence, 0.6)
    return a


def _answering_its_own(k: Knowledge, a: Answer, faq_id: str) -> Answer:
    """An entry on the subject asked about, asked in other words: a yes or a no it opens with
    answers its own question, said with it ("can we be accepted without showing up?" is not
    answered "Yes: authors must attend")."""
    entry = k.faq_entry(faq_id)
    if entry.questions and words(fold(a.text))[:1] in (["yes"], ["no"]):
        a.text = f"To \"{entry.questions[0]}\": {a.text}"
    return a


def _said_as_asked(k: Knowledge, clause: Clause) -> bool:
    """Whether the clause is asked much as one of its entry's own questions is, or checks
    numbers the entry's answer gives ("can the camera-ready be 9 pages?" and "...: 9 for long
    papers"): a yes or a no the entry opens with then answers it as it stands."""
    entry = k.faq_entry(clause.faq_id or "")
    # (counts, not years: "published at IJCAI 2022" checks no number the entry gives)
    numbers = {w for w in words(clause.text) if w.isdigit() and not is_year(w)}
    if numbers and numbers <= set(words(entry.answer)):
        return True
    return any(fuzz.token_set_ratio(fold(clause.text), fold(q)) >= SAID_AS_ASKED
               for q in entry.questions)


def _hedged(a: Answer, name: str) -> Answer:
    """One plausible reading, answered with a short hedge: "If you mean the page limit: ..."."""
    intent = intent_by_name(name)
    if intent is not None:
        a.text = f"If you mean {intent.label}: {a.text}"
    a.confidence = min(a.confidence, 0.6)
    return a


# intents that, understood together, are two readings of one question (not two questions)
ALTERNATIVE_READINGS = (frozenset({"paper_types", "topics"}),)


def _confidence(score: float) -> float:
    return round(min(0.99, 0.5 + 0.25 * score), 2)


def _shift_marks(text: str, offset: int) -> str:
    """Renumber the moment marks of ``text`` when answers are merged."""
    if offset == 0:
        return text
    return MARK.sub(lambda m: f"\ue000{int(m.group(1)) + offset}\ue001", text)


def _dedupe(parts: list[Answer]) -> list[Answer]:
    seen: set[str] = set()
    out = []
    for p in parts:
        key = p.text
        if key not in seen:
            seen.add(key)
            out.append(p)
    # "missed it by a day, is oct 21 still ok?": the plain deadline is inside the checked one
    return [p for p in out if not any(q is not p and _inside(p, q) for q in out)]


def _inside(p: Answer, q: Answer) -> bool:
    """Whether ``q`` says all that ``p`` says (its text, links and fields)."""
    text = p.render(p.text).strip()
    return bool(text) and text in q.render(q.text) and all(
        link in q.links for link in p.links) and all(f in q.fields for f in p.fields)


def _choices(items: dict[str, str], text: str, limit: int) -> list[tuple[str, str]]:
    if not text.strip():
        return [(label, key) for key, label in items.items()][:limit]
    labels = {key: fold(f"{key} {label}") for key, label in items.items()}
    hits = process.extract(fold(text), labels, scorer=fuzz.WRatio, limit=limit, score_cutoff=50)
    return [(items[key], key) for _label, _score, key in hits]
