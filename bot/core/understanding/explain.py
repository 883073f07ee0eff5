"""How a question was understood, in words: the ``workshop-bot ask --explain`` report."""

from __future__ import annotations

from bot.core.understanding.intents import Words, intent_by_name, pattern_of, regex
from bot.core.understanding.matcher import RULES, Clause

TOP = 5  # intents shown per part


def explain(clauses: list[Clause]) -> str:
    """One block per part of the question: its reading, scores, entities, examples and rule."""
    lines = [f"understood {len(clauses)} part(s)"]
    for n, c in enumerate(clauses, 1):
        lines.append(f"part {n}: {c.text!r}")
        reading = c.kind
        if c.kind == "intent":
            reading += " " + ", ".join(f"{name} ({score:.2f})" for name, score in c.intents)
        elif c.kind == "faq":
            reading += f" {c.faq_id}"
        elif c.kind == "topic" and c.topic:
            reading += f" {c.topic.name} ({c.topic.label or 'not covered'})"
        elif c.kind == "chitchat":
            reading += f" {c.chitchat}"
        elif c.kind == "clarify":
            reading += " between " + ", ".join(f"{name} ({score:.2f})" for name, score, _ in c.gray)
        if c.hedge:
            reading += " [hedged]"
        lines.append(f"  reading: {reading}")
        lines.append(f"  rule: {c.rule} - {RULES.get(c.rule, '')}")
        scores = sorted(((k, v) for k, v in c.scores.items() if v), key=lambda kv: -kv[1])[:TOP]
        if scores:
            lines.append("  cue scores: " + ", ".join(f"{k} {v:.2f}" for k, v in scores))
            for name, _ in scores[:2]:
                intent = intent_by_name(name)
                hits = [_said(p, c.text) for p, w in (intent.cues if intent else ())
                        if w and _finds(pattern_of(p), c.text)]
                if hits:
                    lines.append(f"    {name} cues found: " + " | ".join(hits[:3]))
        if c.example_hits:
            lines.append("  closest examples: " + "; ".join(
                f"{h.intent} {h.score:.2f} {h.example!r}" for h in c.example_hits))
        entities = _entities(c)
        lines.append("  entities: " + (", ".join(entities) if entities else "none"))
    return "\n".join(lines)


def _finds(pattern: str, text: str) -> bool:
    return bool(regex(pattern).search(text))


def _said(cue: str | Words, text: str) -> str:
    """A cue as shown: a regular expression, or the words of a word list that were found."""
    if isinstance(cue, Words):
        return "words: " + ", ".join(m.group(0) for m in regex(cue.pattern).finditer(text))
    return cue


def _entities(c: Clause) -> list[str]:
    a = c.ask
    out = []
    if a.deadline:
        out.append(f"deadline={a.deadline.id}" + (" (named)" if a.deadline_named else ""))
    out += [f"deadline={d.id}" for d in a.deadlines if d is not a.deadline]
    if a.next_deadline:
        out.append("deadline=next")
    out += [f"person={o.name}" for o in a.organizers]
    if a.affiliation:
        out.append(f"affiliation={a.affiliation}")
    out += [f"topic={t}" for t in a.topics_named]
    out += [f"other_event={e}" for e in a.other_events]
    out += [f"number={x}" for x in a.numbers]
    if a.zone:
        out.append(f"zone={a.zone.key} ({a.zone.said})")
    return out
