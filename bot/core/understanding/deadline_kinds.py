"""What kind of step a deadline is (submission, notification, camera-ready, abstract, rebuttal,
registration), read from its id and name, and which kinds a question names.

Shared by the deadline finder (which deadline a question means) and the answers ("the
deadline", said alone, is the paper submission).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.knowledge.model import Deadline, Knowledge
from bot.core.understanding.intents import required_strings, word_list
from bot.core.understanding.tables import words as table_words
from bot.core.understanding.text import fold, words
from bot.core.understanding.text_cache import text_cache

# A knowledge deadline gets a kind when its id or name matches; a question names a kind when the
# clause matches.
DEADLINE_KINDS: dict[str, str] = {
    # ("Short paper / poster deadline")
    "submission": r"\b(submi\w*|papers?( ?/ ?\w+)? (due|deadline)|full papers?|manuscripts?)\b",
    "notification": r"\b(notification|notifications|notified|notify|decisions?|acceptance|"
                    # ("accepted contributed talks", "accepted papers": which ones, no decision)
                    r"accept|accepted(?! (\w+ )?(papers?|talks?|posters?|works?|authors?))|"
                    r"rejected|"
                    # ("rather than results", "preliminary results": research results)
                    r"(?<!than )(?<!preliminary )(?<!experimental )(?<!new )(?<!our )(?<!negative )"
                    r"(?<!full )(?<!complete )(?<!initial )(?<!promising )"
                    r"(?<!empirical )(?<!prior )(?<!challenge )(?<!competition )"
                    r"results?(?! track)|"
                    r"outcome|hear back|find out|verdict|"
                    r"emails go out|got in|get in|gets in|getting in|made it|know if|hear if|"
                    r"hear whether|notificacion|benachrichtigung|aceptacion|zusage|avisan|"
                    r"aceptado|aceptados|aceito|akzeptiert|accepte)\b|"
                    r"通知|录用|錄用|採択|採否|合否|합격|통보",
    "camera_ready": r"\b(camera-?ready|(final|revised) (versions?|papers?|cop(y|ies)|one|pdf|"
                    r"manuscripts?)|"
                    r"[a-z]+-ready (versions?|papers?|cop(y|ies))|"
                    r"proceedings? (versions?|cop(y|ies)))\b|"
                    r"カメラレディ|最终版|"
                    r"最終版",
    "abstract": r"(?<!extended )\b(abstracts?|title registration)\b|\bregister\b.{0,25}\btitle\b",
    "rebuttal": r"\b(rebut\w*|author response)\b",
    "registration": r"\b(regist\w*|early[- ]bird)\b",
}
REGISTERED_THINGS = frozenset(table_words("registered_things"))
STEP_QUALIFIERS = frozenset(table_words("venue_step_qualifiers"))
DEADLINE_WORDS = frozenset(table_words("deadline_words"))
OTHER_VENUES = frozenset(table_words("other_conferences"))
KIND_RX = {k: re.compile(v) for k, v in DEADLINE_KINDS.items()}


def _fewest(strings: tuple[str, ...]) -> tuple[str, ...]:
    """``strings`` without those that hold another of them: a text with "accepted" has
    "accept", so checking "accept" alone finds as much."""
    return tuple(x for x in strings if not any(y != x and y in x for y in strings))


# (the strings each kind's pattern cannot match without, checked first; and those of them a
# text of only ASCII can hold, for the texts most are)
_KIND_NEEDS = {k: _fewest(required_strings(v) or ("",)) for k, v in DEADLINE_KINDS.items()}
_KIND_NEEDS_ASCII = {k: tuple(x for x in needs if x.isascii())
                     for k, needs in _KIND_NEEDS.items()}


def kinds_in(text: str) -> set[str]:
    """The kinds of deadline ``text`` names ("camera-ready", "abstract")."""
    return set(_kinds_in(text))


@text_cache()
def _kinds_in(text: str) -> frozenset[str]:
    # (each kind's strings checked by ``map``: no interpreted step per string)
    needs = _KIND_NEEDS_ASCII if text.isascii() else _KIND_NEEDS
    found = frozenset(k for k, rx in KIND_RX.items()
                      if any(map(text.__contains__, needs[k])) and rx.search(text))
    if {"abstract", "registration"} <= found and _registers_a_thing(text):
        return found - {"registration"}  # "register the abstract": the abstract's step
    return found


def venue_steps(said: list[str], venues: frozenset[str] | set[str]) -> set[int]:
    """The places in ``said`` (a text's words) of steps another venue is given: the venue, its
    year, a few words that qualify its step and the step's own words ("icml 2025 submission
    deadline", "hri early registration deadline", "eurosys notification")."""
    drop: set[int] = set()
    for i, w in enumerate(said):
        if w not in venues or w.isdigit():
            continue
        j = i + 1
        while j < len(said) and (said[j].isdigit() or said[j] == "s"):  # (its year, "hri's")
            j += 1
        end = j
        while end < len(said) and said[end] in STEP_QUALIFIERS and end - j < 2:
            end += 1
        stepped = end
        while stepped < len(said):
            if kinds_in(said[stepped]) or said[stepped] in DEADLINE_WORDS:
                stepped += 1
            elif kinds_in(" ".join(said[stepped:stepped + 2])):
                stepped += 2
            else:
                break
        if stepped > end:
            drop.update(range(i, stepped))
    return drop


ATTENDING = frozenset(table_words("attending_words"))
PAPER_REGISTERED = frozenset(table_words("paper_registered_things"))


def registers(text: str, things: frozenset[str], reach: int) -> bool:
    """Whether a word of registering in ``text`` has one of ``things`` up to ``reach`` words
    from it ("register for in person attendance", "Paper registration deadline")."""
    said = words(text)
    return any(w.startswith("regist") and set(said[max(0, i - reach):i + reach + 1]) & things
               for i, w in enumerate(said))


def _registers_a_thing(text: str) -> bool:
    """Whether every word of registering in ``text`` has an abstract or a title next to it (up
    to two words apart: "register the abstract", "abstract registration")."""
    said = words(text)
    at = [i for i, w in enumerate(said) if w.startswith("regist")]
    return bool(at) and all(set(said[max(0, i - 2):i + 3]) & REGISTERED_THINGS for i in at)
PAPER = word_list("paper_words")
PRELIMINARY = word_list("preliminary_step_words")
LATE_ROUND = word_list("late_round_words")
REVIEWED_ELSEWHERE = word_list("reviewed_elsewhere_words")
JOURNAL_STEP = word_list("journal_step_words")  # "special issue", "journal"
MAIN_TRACK_SAID = word_list("main_track_said")  # "Main Track submission deadline"
KIND_LABELS = {"submission": "a submission deadline", "notification": "when authors are notified",
               "camera_ready": "the camera-ready version", "abstract": "abstract registration",
               "rebuttal": "a rebuttal period", "registration": "registration",
               "opening": "when submissions open",
               "extended_abstract": "a deadline for extended abstracts"}


def kinds_of(deadline: Deadline) -> set[str]:
    """The kinds of step a deadline is, by its id and name."""
    return set(_kinds_of_name(f"{deadline.id} {deadline.name}"))


@lru_cache(maxsize=4096)
def _kinds_of_name(name: str) -> frozenset[str]:
    said = words(fold(name))
    # ("Early decision (before the HRI early registration deadline)": HRI's step is no kind)
    if drop := venue_steps(said, OTHER_VENUES):
        name = " ".join(w for i, w in enumerate(said) if i not in drop)
    kinds = kinds_in(fold(name))
    if "abstract" in kinds:  # "Abstract registration" registers an abstract, not attendees
        kinds.discard("registration")
    if kinds & {"camera_ready", "notification"}:
        # "Camera-ready papers due" is not the paper submission deadline
        kinds.discard("submission")
    return frozenset(kinds)


# a moment that opens something ("Paper submission open", "Test set release"), not a cut-off
OPENS = re.compile(r"(?i)\b(open(s|ed|ing)?|release[sd]?|start(s|ed)?|begins?|began|"
                   r"launch(es|ed)?|announced?|announcements?|available)\b")


def main_deadline(k: Knowledge) -> Deadline | None:
    """The deadline people mean by "the deadline": the paper submission (a deadline that is a
    submission and no other step, or one just called "Paper"), else the first that is a
    submission among other steps, else the only one."""
    at = _main_index(tuple((d.id, d.name) for d in k.deadlines))
    return None if at is None else k.deadlines[at]


@lru_cache(maxsize=256)
def _main_index(named: tuple[tuple[str, str], ...]) -> int | None:
    """The position of the main deadline among deadlines given as (id, name)."""
    # ("Paper submission open" is when submitting starts, not the deadline)
    kinds = [(i, _kinds_of_name(f"{d_id} {name}")) for i, (d_id, name) in enumerate(named)
             if not OPENS.search(name) or "notification" in _kinds_of_name(f"{d_id} {name}")]
    # of several plain submissions, the first that says "paper" ("Paper submission", not an
    # earlier "Joint MWE track submission")
    # (a late round is not "the deadline": "Late poster submission" beside "Abstract
    # submission (talks and posters)")
    kinds = [(i, ks) for i, ks in kinds if not LATE_ROUND.search(fold(named[i][1]))] or kinds
    plain = [i for i, ks in kinds if ks == {"submission"}
             or (not ks and PAPER.search(fold(" ".join(named[i]))))]
    if plain:
        # (and not a preliminary step: "Mentorship track first-round (draft) submission")
        # (nor the route for papers reviewed elsewhere: "... with reviews and ARR commitment")
        # (nor a journal's step: "JLAMP special issue: manuscript submission deadline")
        # (and one that says it is the main track's: "Main & Special Track Submission
        # Deadline", not "Tiny Papers Track Submission Deadline")
        return min(plain, key=lambda i: (JOURNAL_STEP.search(fold(named[i][1])),
                                         PRELIMINARY.search(fold(named[i][1])),
                                         REVIEWED_ELSEWHERE.search(fold(named[i][1])),
                                         not MAIN_TRACK_SAID.search(fold(named[i][1])),
                                         not PAPER.search(fold(" ".join(named[i]))), i))
    for i, ks in kinds:
        if "submission" in ks:
            return i
    return 0 if len(named) == 1 else None
