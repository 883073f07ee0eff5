"""Which organizers a clause is about: by name ("is Joe still at Berkeley?"), by role ("who is the
program chair?"), or by affiliation ("who's from CMU?").

Names are indexed by their words, rarer and longer words weighing more, so a first name alone
is a weak hint that a cue ("email", "works at") makes enough. Nicknames and common abbreviations
of affiliations are understood.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from bot.core.answers.builders import Ask
from bot.core.knowledge.model import Organizer
from bot.core.understanding.faq_index import FUNCTION_WORDS
from bot.core.understanding.intents import ASK_WHO, FIRE, PERSON_CUES, required_strings
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import (
    COMMON_WORDS,
    english_words,
    expand,
    fold,
    says_whole,
    words,
)

ROLE_GENERIC = frozenset(table_words("generic_role"))
HEADED_ROLE_WORDS = frozenset(table_words("headed_role_words"))  # "the workshop *chair*"
ROLE_HEADS = frozenset(table_words("role_heads"))
ROLE_NOTE_WORDS = ROLE_HEADS | frozenset(table_words("role_note_words"))
CO_CHAIR = frozenset(table_words("co_chair"))  # (as "co-chair" reads once its hyphen is joined)
# words that may come before a role's word without naming another role ("who *handles* the
# proceedings", "the *workshop* publicity chair")
COMMON_ROLE_WORDS = frozenset(table_words("not_a_role")) | frozenset(table_words("role_verbs"))
EVERYONE_ROLE = frozenset(table_words("everyone_role"))
MEMBER_WORDS = frozenset(table_words("role_member_words"))  # "steering committee *member*"
# "who's the publicity chair?": the role asked, by the word before "chair"
# ("who is on the steering committee?": a body of people, by the word before it)
ROLE_ASKED = re.compile(r"\b([a-z]+) (?:co-?)?(?:chairs?|committee|board)\b")
NOT_A_ROLE = frozenset(table_words("not_a_role"))
ENGLISH_FUNCTION_WORDS = frozenset(table_words("function_words"))
# bodies that are the organizers or the reviewers, not a role of their own
EVERYONE_BOARD = frozenset(table_words("everyone_board"))
CHAIRED_WHOLE = frozenset(table_words("chaired_whole"))
CHAIRING = frozenset(table_words("chairing"))  # "who *chairs* the sessions?"
FULL_NAME = 1.2  # name words worth a whole name ("Yibo Zhu", "Dongsu"), against a role said
NOT_A_NAME = frozenset(table_words("not_a_name"))
NICKNAMES: dict[str, str] = table_words("nicknames")
AFFILIATION_ALIASES: dict[str, str] = table_words("affiliation_aliases")
GENERIC_AFFILIATION = frozenset(table_words("generic_affiliation"))
# "is jane roe one of the organizers?", "is jane roe organizing this?": a person checked against
# the organizers (or the program committee)
MEMBER_CHECK = re.compile(
    r"^(?:(?:is|was|are) )?(?P<name>[a-z][\w.'-]*(?: [a-z][\w.'-]*){0,3}?) (?:is |was )?"
    r"(?:also |still )?"
    r"(?:one of the (?:[\w-]+ )?(?:organi[sz]ers|chairs)|an? (?:co-?)?organi[sz]er|a chair|"
    r"among the organi[sz]ers|part of the organi[sz]|on the organi[sz]ing committee|"
    r"organi[sz]ing|(?P<committee>on the "
    r"(?:(?:program|technical|review|reviewing) )?committee|on the pc|a reviewer|reviewing))\b")
# (a text without one of these has no such check)
MEMBER_CHECK_NEEDS = required_strings(MEMBER_CHECK.pattern) or ("",)


class PeopleFinder:
    """The organizers of one knowledge file, indexed by the words of their names and
    affiliations."""

    def __init__(self, organizers: list[Organizer],
                 not_names: frozenset[str] = frozenset()) -> None:
        self.organizers = organizers
        # the words of the workshop's own names and its host's ("acm sigplan is organizing this
        # right?" names no person)
        self.not_names = not_names
        self.name_index = self._index_people(organizers)
        self.affiliation_index = self._index_affiliations(organizers)
        self._initials = self._index_initials(organizers)
        # every word that can name someone: a word of a name or a nickname, also with an "s"
        # after it ("sids email"); a clause's other words are passed over at once
        keys = set(self.name_index) | set(NICKNAMES)
        self._name_words = frozenset(keys | {k + "s" for k in keys})
        self._names = [" ".join(words(fold(p.name))) for p in organizers]
        # ...and said without the middle names or initials ("Anindya Das" for "Anindya Bijoy
        # Das", "Christopher Brinton" for "Christopher G. Brinton")
        self._short_names = [f"{said[0]} {said[-1]}" if len(said := name.split()) > 2 else name
                             for name in self._names]
        # each role, as said in full ("program chair") and as its distinctive words
        # (read as questions are: "TPC co-chair" is a "program committee co-chair")
        roles = {i: expand(fold(p.role)) for i, p in enumerate(organizers) if p.role}
        plain = {i: _as_a_chair(r) for i, r in roles.items()}
        # ...also without what a bracket adds ("programme committee chair (contact for paper
        # submission questions)" is a programme committee chair), and each of several roles
        # held alone ("programme committee chair and local organizing committee")
        said = {i: _role_forms(roles[i], plain[i], expand(fold(_without_trailing_note(p.role))))
                for i, p in enumerate(organizers) if p.role}
        # "who is on the steering committee?": each "Steering Committee Member"
        # (each role of several: "publicity chair; steering committee member")
        self._bodies = {i: re.compile("|".join(rf"\b{re.escape(b)}\b" for b in bodies))
                        for i, p in enumerate(organizers)
                        if p.role and (bodies := _bodies(expand(fold(
                            _without_trailing_note(p.role)))))}
        listed = {fold(part.strip()) for p in organizers if p.role and "; " in p.role
                  for part in p.role.split("; ")}
        self._roles = [
            (i, (said[i], re.compile("|".join(rf"\b{re.escape(r)}s?\b" for r in said[i]))),
             # (each word once: "committee chair and local organizing committee")
             list(dict.fromkeys(w for w in words(roles[i])
                                if len(w) >= 3 and w not in ROLE_GENERIC
                                and w not in FUNCTION_WORDS)))
            for i, p in enumerate(organizers)
            # a role everyone holds ("organizer", "organizing committee member (moderator of
            # the panel)") names no one in particular
            if p.role and not _held_by_everyone(p.role)]
        # ...unless others list it among roles of their own: "organizing committee" beside
        # "organizing committee; program committee" is that body's member too, found by the
        # words of the role as theirs are (never by the whole of a role they do not hold)
        self._roles += [
            (i, ((), None),
             [w for w in words(roles[i]) if len(w) >= 3 and w not in ROLE_GENERIC
              and w not in FUNCTION_WORDS])
            for i, p in enumerate(organizers)
            if p.role and _held_by_everyone(p.role) and fold(p.role.strip()) in listed]

    @staticmethod
    def _index_people(people: list[Organizer]) -> dict[str, list[tuple[int, float]]]:
        index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, person in enumerate(people):
            tokens = words(fold(person.name))
            # "Weber-Lindqvist" is also typed "weberlindqvist"
            joined = [a + b for a, b in pairwise(tokens)
                      if f"{a}-{b}" in fold(person.name)]
            for t in set(tokens) | set(joined):
                if t in FUNCTION_WORDS and len(tokens) > 1:
                    continue  # "Tomasz Wąs": "was" names no one
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
            # (an acronym is a name even when it spells a word of some language: "MIT")
            acronyms = {fold(w) for w in person.affiliation.replace(",", " ").split()
                        if w.isupper() and len(w) >= 3}  # (not "IT", "TU": "who runs it?")
            for t in words(fold(person.affiliation)):
                if t not in GENERIC_AFFILIATION and len(t) > 1 and (
                        t not in FUNCTION_WORDS or t in acronyms):
                    index[t].add(i)
        return index

    @staticmethod
    def _index_initials(people: list[Organizer]) -> dict[str, set[int]]:
        """Each affiliation by the initials of its capitalized words ("Arizona State
        University": "asu"), when they spell no word; found only as where someone is from or
        at ("who is from ASU?"), never alone ("a USB-C adapter")."""
        index: dict[str, set[int]] = defaultdict(set)
        for i, person in enumerate(people):
            affiliation = person.affiliation or ""
            for sep in (";", "/", "&", " and "):
                affiliation = affiliation.replace(sep, ",")
            for part in affiliation.split(","):
                initials = fold("".join(w[0] for w in part.split() if w[:1].isupper()))
                if len(initials) >= 3 and initials not in english_words():
                    index[initials].add(i)
        return index

    def _unknown_name(self, said: list[str]) -> bool:
        """Whether ``said`` reads as the name of someone not listed: not a group ("phd
        students"), no organizer's affiliation ("google"), and not only words of organizers'
        names ("jörg" alone)."""
        # (English function words only: "Le Song" is a name, "the chair" is not)
        if said[0] in COMMON_WORDS or said[0] in ENGLISH_FUNCTION_WORDS or set(said) & NOT_A_NAME:
            return False
        if any(w in self.affiliation_index or w in self.not_names for w in said):
            return False
        # "is jörg organizing?": an organizer named by part of the name
        return not all(w in self.name_index for w in said)

    def find(self, text: str, ask: Ask, scores: dict[str, float]) -> None:
        """Put the organizers ``text`` names in ``ask``, and raise the organizer(s) intents."""
        tokens = words(text)
        found: dict[int, float] = defaultdict(float)
        by_name: dict[int, float] = defaultdict(float)
        # ("shared task chairs?": a role alone asks who holds it)
        asks_who = bool(ASK_WHO.search(text)) or "in charge" in text or "handles" in text or (
            len(tokens) <= 4 and bool(tokens) and tokens[-1] in ROLE_HEADS)
        # ("who are the pc chairs?": the chairs, not the members of the committee they chair)
        chairs_asked = not ROLE_HEADS.isdisjoint(tokens)
        for i, (forms, role), stems in self._roles:
            said = forms[0] if forms else ""
            if role is not None and any(map(text.__contains__, forms)) and (
                    m := role.search(text)) and \
                    not _headed_by_another(text, m, m.group(0)):
                # (the more of the role said, the surer: "general co-chair" over "co-chair")
                found[i] += 1.5 + 0.05 * len(m.group(0).split())
                ask.role_named = True
                ask.role_holders.append(self.organizers[i])
            elif (asks_who or "how many" in text) and (body := self._bodies.get(i)) and (
                    m := body.search(text)):
                found[i] += 1.5 + 0.05 * len(m.group(0).split())
                ask.role_named = True
                ask.role_holders.append(self.organizers[i])
            elif chairs_asked and ROLE_HEADS.isdisjoint(words(said)):
                continue
            elif asks_who and (hits := sum(1 for w in stems if any(
                    _same_word(t, w) and not _qualified(tokens, j, said)
                    # ("who's organizing geosearch?": the workshop's name, not "geo-sciences";
                    # but "the CoTMA side" of a "CoTMA organizer", said whole)
                    and (t == w or t not in self.not_names)
                    # ("who is organizing this workshop?": "workshop" names the workshop,
                    # not the "workshop chair")
                    and (w not in HEADED_ROLE_WORDS or (tokens[j + 1:j + 2] and (
                        tokens[j + 1] in ROLE_HEADS or tokens[j + 1] in stems)))
                    for j, t in enumerate(tokens)))):
                # the more words of a role the question has, the surer ("the gaze in the wild
                # part": the part-1 organizers, not the part-2 ones)
                found[i] += 1.0 + 0.1 * (hits - 1)
                ask.role_named = True
        if asks_who and not found and set(tokens) & ROLE_HEADS and not _role_asked(text) and \
                not chaired(tokens):  # ("who chairs the sessions?" is not every chair)
            # "who are the chairs?": those whose role is a chair, when not everyone's is
            chairs = [i for i, p in enumerate(self.organizers)
                      if p.role and set(words(fold(p.role))) & ROLE_HEADS]
            if chairs and len(chairs) < len(self.organizers):
                for i in chairs:
                    found[i] += 1.0
                ask.role_named = True
        # (in the order of the set of the words, so the weights add up as they always have)
        for t in filter(self._name_words.__contains__, set(tokens)):
            if t not in self.name_index and t.endswith("s") and t[:-1] in self.name_index:
                t = t[:-1]  # "sids email": a possessive without its apostrophe
            if t not in self.name_index and t.endswith("s") and t[:-1] in NICKNAMES:
                t = t[:-1]
            t = NICKNAMES.get(t, t) if t not in self.name_index else t
            for i, weight in self.name_index.get(t, ()):
                found[i] += weight
                by_name[i] += weight
        for i, name in enumerate(self._names):
            # a name said in full is a name, however short its words ("EJ Park")
            # (each looked for as a substring first: most clauses hold no organizer's name)
            short = self._short_names[i]
            if by_name.get(i, 0.0) < FULL_NAME and (
                    (name in text and says_whole(text, name))
                    or (short in text and says_whole(text, short))):
                found[i] += FULL_NAME - by_name[i]
                by_name[i] = FULL_NAME
        if ask.role_named and (full := [i for i, w in by_name.items() if w >= FULL_NAME]):
            # "is Yibo Zhu one of the workshop chairs?": the person named, whose role answers
            # it, not the chairs
            for i in full:
                found[i] += FULL_NAME
        has_cue = bool(PERSON_CUES.search(text))
        # a weak hint only ("Edward" when an organizer is called Edward Chen) names no one
        named = {i for i, w in found.items() if w >= 1.0 or (w >= 0.6 and has_cue)}
        if not named and asks_who and (m := _role_asked(text)) and (
                m.group(0).endswith(("chair", "chairs")) or m.group(1) not in EVERYONE_BOARD):
            ask.role_asked = m.group(0)  # a role no organizer holds
        elif not named and asks_who and (chair := chaired(tokens)):
            ask.role_asked = chair  # "who chairs the sessions?": no organizer is said to
        # (a text without the strings every such check says is spared the search)
        if not named and any(map(text.__contains__, MEMBER_CHECK_NEEDS)) and \
                (m := MEMBER_CHECK.search(text)) and \
                self._unknown_name(m.group("name").split()):
            ask.unlisted = " ".join(w.capitalize() for w in m.group("name").split())
            ask.unlisted_committee = bool(m.group("committee"))
            scores["organizers"] = max(scores.get("organizers", 0.0), FIRE)
            scores.pop("organizer", None)
            return
        # the places named, and the organizers from them
        # (each walk over the words only when one of them is a place: most name none)
        places = [t for t in tokens if t in self.affiliation_index] \
            if not self.affiliation_index.keys().isdisjoint(tokens) else []
        affiliated: set[int] = set().union(*(self.affiliation_index[t] for t in places))
        if not places and not self._initials.keys().isdisjoint(tokens):
            places = [t for t in tokens if t in self._initials
                      and (f"from {t}" in text or f"at {t}" in text)]
            affiliated = set().union(*(self._initials[t] for t in places))
        people = [i for i, w in found.items() if w >= 1.0 or (w >= 0.6 and has_cue)]
        if people:
            best = max(found[i] for i in people)
            chosen = [i for i in people if found[i] >= best - 0.01]
            # "which David is at McGill?": of those named alike, the one from the place named
            if len(chosen) > 1 and (narrowed := [i for i in chosen if i in affiliated]):
                chosen = narrowed
            ask.organizers = [self.organizers[i] for i in sorted(chosen)]
            scores["organizer"] = max(scores.get("organizer", 0.0), 1.0 + best)
            return
        if places and (ASK_WHO.search(text) or scores.get("organizers", 0) >= FIRE):
            place = places[0]
            ask.affiliation = next(
                (o.affiliation for o in self.organizers
                 if o.affiliation and place in words(fold(o.affiliation))),
                # ("asu": the place its initials spell)
                next((self.organizers[i].affiliation for i in sorted(affiliated)
                      if self.organizers[i].affiliation), place))
            # ("at the MIT-IBM Watson AI lab": those whose place says every word said, not
            # everyone at IBM; "from texas or pnnl" names two places, each one's people)
            whole = [i for i in sorted(affiliated) if len(set(places)) > 1
                     and all(i in self.affiliation_index.get(t, ()) for t in places)]
            ask.organizers = [self.organizers[i] for i in (whole or sorted(affiliated))]
            if whole:
                ask.affiliation = self.organizers[whole[0]].affiliation
            scores["organizers"] = max(scores.get("organizers", 0.0), FIRE)


def _role_asked(text: str) -> re.Match[str] | None:
    """The first role ``text`` names by the word before "chair", "committee" or "board"
    ("who chairs the *best paper* committee?": not "who chairs")."""
    return next((m for m in ROLE_ASKED.finditer(text) if m.group(1) not in NOT_A_ROLE), None)


def chaired(tokens: list[str]) -> str | None:
    """The chair a question asks for by what is chaired ("who chairs the sessions?": the
    session chair)."""
    at = next((i for i, t in enumerate(tokens) if t in CHAIRING), None)
    if at is None:
        return None
    after = [t for t in tokens[at + 1:at + 3] if t not in ENGLISH_FUNCTION_WORDS]
    if not after or not after[0].isalpha() or after[0] in CHAIRED_WHOLE:
        return None
    return f"{after[0].removesuffix('s')} chair"


def _role_forms(role: str, plain: str, bare: str) -> tuple[str, ...]:
    """The ways a role line (folded, expanded) is said: in full, as a chair ("general chair" of
    a "general co-chair"), without a closing note ``bare``, and each of several chair roles it
    lists on its own ("programme committee chair and local organizing committee")."""
    held = _roles_held(bare)
    parts = [y for x in held for y in (x, _as_a_chair(x))] if held != [bare] else []
    return tuple(dict.fromkeys([role, plain, bare, _as_a_chair(bare), *parts]))


def _bodies(bare: str) -> list[str]:
    """The bodies a role line makes its holder one of ("publicity chair; steering committee
    member": the steering committee), each role of the line on its own."""
    parts = bare.replace("; ", " and ").replace(", ", " and ").split(" and ")
    heads = [part.strip().rpartition(" ") for part in parts]
    return [head for head, _, last in heads if last in MEMBER_WORDS and len(words(head)) > 1]


def _held_by_everyone(role: str) -> bool:
    """Whether a role is one everyone holds ("organizer"), also with a note after it that
    names no role ("organizing committee member (moderator of the panel)"; not "organizer
    (also program committee member)")."""
    bare = _without_trailing_note(role)
    note = set(words(fold(role[len(bare):])))
    return set(words(fold(bare))) <= EVERYONE_ROLE and note.isdisjoint(ROLE_NOTE_WORDS)


def _roles_held(role: str) -> list[str]:
    """The chair roles one role line lists ("programme committee chair and local organizing
    committee": the programme committee chair; "grand challenge chair; doctoral consortium
    chair": both)."""
    parts = [x.strip() for x in role.replace("; ", " and ").replace(", ", " and ").split(" and ")]
    # (each a role of its own when a chair word heads it and it says more than that word, and
    # not one everyone holds; "shared task and tutorial chair" is one role, and "chair,
    # program committee" no "chair" of every kind)
    return [x for x in parts if not ROLE_HEADS.isdisjoint(words(x)) and len(words(x)) > 1
            and not set(words(x)) <= EVERYONE_ROLE]


def _without_trailing_note(role: str) -> str:
    """A role without a bracket that closes it ("programme committee chair (contact for paper
    submission questions)"); one with a bracket inside is kept whole ("organizer, Part 1 (AM):
    Gaze Estimation")."""
    at = role.rfind(" (")
    return role[:at] if at > 0 and role.endswith(")") and ")" not in role[at:-1] else role


def _as_a_chair(role: str) -> str:
    """A role with its co-chair said as a chair ("general co-chair": "general chair"; a
    co-chair is one of the chairs), except a bare co-chair, who is not every chair."""
    plain = " ".join("chair" if w in CO_CHAIR else w for w in role.replace(
        "co-chair", "cochair").replace("co chair", "cochair").split())
    return role if plain in ROLE_HEADS else plain


def _headed_by_another(text: str, m: re.Match[str], role: str) -> bool:
    """Whether a role said in full is only the first part of another one: "program committee
    *chairs*" are not the program committee."""
    after, last = words(text[m.end():m.end() + 12]), words(role)[-1:]
    return bool(after and last) and after[0] in ROLE_HEADS and last[0] not in ROLE_HEADS


def _qualified(tokens: list[str], at: int, role: str) -> bool:
    """Whether the word at ``at`` is said of another thing than the role: "the *steering*
    committee" is not the program committee chair's, "best *paper*" not the paper session
    chair's."""
    before = tokens[at - 1] if at else ""
    return bool(before) and before not in FUNCTION_WORDS and before not in COMMON_ROLE_WORDS \
        and not any(_same_word(before, w) for w in role.split())


def _same_word(said: str, role_word: str) -> bool:
    """Whether a word of a question is a word of a role, or the same word longer or shorter
    ("website" for "web", "programme" for "program"; not "publication" for "publicity")."""
    return said.startswith(role_word) or (len(said) >= 4 and role_word.startswith(said))
