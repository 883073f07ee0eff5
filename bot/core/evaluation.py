"""Run a labeled question set against a knowledge file and report accuracy per kind.

The set is a YAML list of ``{q, kind, must, must_not}`` entries (kind: answer, unknown, chitchat,
offtopic), as in the project's dev question set. This is how organizers check their own YAML.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml

from bot.core.responder import Responder

KINDS = ("answer", "unknown", "chitchat", "offtopic")


class EvalSetError(Exception):
    """A question set that cannot be read."""


@dataclass
class Case:
    q: str
    kind: str
    must: list[str] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)
    topic: str | None = None


@dataclass
class Outcome:
    case: Case
    ok: bool
    answered: bool
    intent: str | None
    answer: str
    why: str = ""


@dataclass
class Report:
    outcomes: list[Outcome]

    def by_kind(self) -> dict[str, tuple[int, int]]:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for o in self.outcomes:
            counts[o.case.kind][0] += o.ok
            counts[o.case.kind][1] += 1
        return {k: (v[0], v[1]) for k, v in counts.items()}

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    def format(self) -> str:
        lines = ["kind       right / total   accuracy"]
        for kind in KINDS:
            if kind in self.by_kind():
                ok, total = self.by_kind()[kind]
                lines.append(f"{kind:<10} {ok:>5} / {total:<5}   {ok / total:7.1%}")
        ok = sum(o.ok for o in self.outcomes)
        lines.append(f"{'all':<10} {ok:>5} / {len(self.outcomes):<5}   "
                     f"{ok / max(len(self.outcomes), 1):7.1%}")
        for o in self.failures:
            said = o.answer.replace("\n", " ")
            lines.append(f"\nFAIL [{o.case.kind}] {o.case.q}\n  why: {o.why}\n"
                         f"  bot (answered={str(o.answered).lower()}, intent={o.intent}): "
                         f"{said[:300]}")
        return "\n".join(lines)


def load_cases(path: str | Path) -> list[Case]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise EvalSetError(f"{path}: cannot read the question set: {exc}") from None
    if not isinstance(data, list):
        raise EvalSetError(f"{path}: the question set must be a YAML list of entries")
    cases = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or "q" not in item or item.get("kind") not in KINDS:
            raise EvalSetError(f"{path}: entry {i + 1} needs q: and kind: (one of "
                               f"{', '.join(KINDS)})")
        cases.append(Case(str(item["q"]), item["kind"], list(item.get("must") or []),
                          list(item.get("must_not") or []), item.get("topic")))
    return cases


def judge(case: Case, answered: bool, text: str) -> tuple[bool, str]:
    if case.kind == "answer":
        if not answered:
            return False, "expected an answer, the bot said it does not know"
        for rx in case.must:
            if not re.search(rx, text, re.IGNORECASE):
                return False, f"missing /{rx}/"
        for rx in case.must_not:
            if re.search(rx, text, re.IGNORECASE):
                return False, f"must not match /{rx}/"
        return True, ""
    if answered:
        return False, f"expected answered=false for {case.kind}"
    if case.kind == "chitchat" and not text.strip():
        return False, "empty reply to small talk"
    return True, ""


def evaluate(responder: Responder, cases: list[Case], now: datetime) -> Report:
    outcomes = []
    for case in cases:
        a = responder.respond(case.q, now)
        text = a.plain_text()
        ok, why = judge(case, a.answered, text)
        outcomes.append(Outcome(case, ok, a.answered, a.intent, text, why))
    return Report(outcomes)
