"""What kind of step a deadline is (submission, notification, camera-ready, abstract, rebuttal,
registration), read from its id and name, and which kinds a question names.

Shared by the deadline finder (which deadline a question means) and the answers ("the
deadline", said alone, is the paper submission).
"""

from __future__ import annotations

import re

from bot.core.knowledge.model import Deadline, Knowledge
from bot.core.understanding.intents import word_list
from bot.core.understanding.text import fold

# A knowledge deadline gets a kind when its id or name matches; a question names a kind when the
# clause matches.
DEADLINE_KINDS: dict[str, str] = {
    "submission": r"\b(submi\w*|papers? (due|deadline)|full papers?|manuscripts?)\b",
    "notification": r"\b(notification|notifications|notified|notify|decisions?|acceptance|"
                    r"accept|accepted|rejected|results?(?! track)|"
                    r"outcome|hear back|find out|verdict|"
                    r"emails go out|got in|get in|gets in|getting in|made it|know if|hear if|"
                    r"hear whether|notificacion|benachrichtigung|aceptacion|zusage|avisan|"
                    r"aceptado|aceptados|aceito|akzeptiert|accepte)\b|"
                    r"通知|录用|錄用|採択|採否|合否|합격|통보",
    "camera_ready": r"\b(camera-?ready|(final|revised) (versions?|papers?|cop(y|ies)))\b|"
                    r"カメラレディ|最终版|"
                    r"最終版",
    "abstract": r"(?<!extended )\b(abstracts?|title registration)\b|\bregister\b.{0,25}\btitle\b",
    "rebuttal": r"\b(rebuttals?|author response)\b",
    "registration": r"\b(regist\w*|early[- ]bird)\b",
}
KIND_RX = {k: re.compile(v) for k, v in DEADLINE_KINDS.items()}
PAPER = word_list("paper_words")
KIND_LABELS = {"submission": "a submission deadline", "notification": "when authors are notified",
               "camera_ready": "the camera-ready version", "abstract": "abstract registration",
               "rebuttal": "a rebuttal period", "registration": "registration"}


def kinds_of(deadline: Deadline) -> set[str]:
    """The kinds of step a deadline is, by its id and name."""
    named = fold(f"{deadline.id} {deadline.name}")
    kinds = {k for k, rx in KIND_RX.items() if rx.search(named)}
    if "abstract" in kinds:  # "Abstract registration" registers an abstract, not attendees
        kinds.discard("registration")
    if kinds & {"camera_ready", "notification"}:
        # "Camera-ready papers due" is not the paper submission deadline
        kinds.discard("submission")
    return kinds


# a moment that opens something ("Paper submission open", "Test set release"), not a cut-off
OPENS = re.compile(r"(?i)\b(open(s|ed|ing)?|release[sd]?|start(s|ed)?|begins?|began|"
                   r"launch(es|ed)?|announced?|announcements?|available)\b")


def main_deadline(k: Knowledge) -> Deadline | None:
    """The deadline people mean by "the deadline": the paper submission (a deadline that is a
    submission and no other step, or one just called "Paper"), else the first that is a
    submission among other steps, else the only one."""
    # ("Paper submission open" is when submitting starts, not the deadline)
    kinds = [(d, kinds_of(d)) for d in k.deadlines
             if not OPENS.search(d.name) or "notification" in kinds_of(d)]
    return (next((d for d, ks in kinds if ks == {"submission"}
                  or (not ks and PAPER.search(fold(f"{d.id} {d.name}")))), None)
            or next((d for d, ks in kinds if "submission" in ks), None)
            or (k.deadlines[0] if len(k.deadlines) == 1 else None))
