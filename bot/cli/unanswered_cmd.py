"""``workshop-bot unanswered``: the organizers' inbox offline, from the bot's database.

Prints the same groups as ``/unanswered`` (near-duplicate questions the bot could not answer or
that were voted not helpful, most frequent first) and can write the open ones as ``faq:`` stubs.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from bot.cli.database import add_database_options, read_database
from bot.core.grouping import AskedQuestion, QuestionGroup, group_questions
from bot.storage import Storage
from bot.storage.phrasings import Phrasing, distinct_phrasings

MAX_PHRASINGS = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "unanswered", help="list the questions the bot could not answer, grouped",
        description="List questions the bot could not answer (or that attendees voted not "
                    "helpful), grouped when they are near-duplicates, most frequent first.")
    add_database_options(p, "questions")
    p.add_argument("--faq-stubs", metavar="FILE", type=Path,
                   help="also write the open groups as faq: entries to fill in, to FILE")
    p.add_argument("--limit", metavar="N", type=_positive, default=0,
                   help="show at most this many groups")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    read = read_database(args, _inbox)
    if read is None:
        return 1
    groups, phrasings = read
    shown = groups[: args.limit] if args.limit > 0 else groups
    print(render_groups(shown, total_groups=len(groups), phrasings=phrasings))
    if args.faq_stubs:
        args.faq_stubs.write_text(faq_stubs(groups), encoding="utf-8")
        print(f"\nWrote {len(groups)} faq: stubs to {args.faq_stubs}; fill in each answer and "
              "copy them into the knowledge file.")
    return 0


def _inbox(storage: Storage, guild: int | None
           ) -> tuple[list[QuestionGroup], dict[int, list[Phrasing]]]:
    records = storage.unanswered_questions(guild_id=guild)
    groups = group_questions(AskedQuestion(r.id, r.question, r.intent, r.at) for r in records)
    return groups, storage.phrasings_for([r.id for r in records])


def render_groups(groups: list[QuestionGroup], *, total_groups: int | None = None,
                  phrasings: dict[int, list[Phrasing]] | None = None) -> str:
    if not groups:
        return "No open unanswered questions."
    total = total_groups if total_groups is not None else len(groups)
    questions = sum(g.count for g in groups)
    lines = [f"{total} open groups ({questions} questions shown), most frequent first:", ""]
    for g in groups:
        lines.append(f"{g.count:>4}x  {g.label}    [closest intent: {g.intent or 'none'}]")
        others = [v for v in g.variants if v != g.label][:3]
        if others:
            lines.append("       also: " + "; ".join(f'"{v}"' for v in others))
        picked = distinct_phrasings(g.ids, phrasings or {})[:MAX_PHRASINGS]
        if picked:  # what askers picked or rephrased to: the wording to give the FAQ entry
            lines.append("       suggested phrasing: " + "; ".join(
                f'{"picked" if p.kind == "pick" else "rephrased as"} "{p.text}"'
                + (f" ({p.intent})" if p.intent else "") for p in picked))
    return "\n".join(lines)


def faq_stubs(groups: list[QuestionGroup]) -> str:
    """YAML ``faq:`` entries with the questions filled in and the answers left to write."""
    out = [
        "# FAQ stubs written by `workshop-bot unanswered`: questions attendees asked that the",
        "# bot could not answer. Write each answer, then copy the entries you want under faq:",
        "# in the knowledge file. An empty answer is reported by `workshop-bot check`.",
        "faq:",
    ]
    used: set[str] = set()
    for g in groups:
        ident = _unique(_slug(g.label), used)
        out.append(f"  - id: {ident}")
        out.append(f"    # asked {g.count} time{'s' if g.count != 1 else ''}; "
                   f"closest intent: {g.intent or 'none'}")
        out.append("    questions:")
        out.extend(f"      - {json.dumps(v, ensure_ascii=False)}" for v in g.variants[:5])
        out.append('    answer: ""')
    if not groups:
        out[-1] = "faq: []"
    return "\n".join(out) + "\n"


def _slug(text: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    return "-".join(words[:6]) or "question"


def _unique(ident: str, used: set[str]) -> str:
    candidate, n = ident, 2
    while candidate in used:
        candidate, n = f"{ident}-{n}", n + 1
    used.add(candidate)
    return candidate


def _positive(text: str) -> int:
    """``--limit``: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
