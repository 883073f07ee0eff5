"""What saved answers cost: rebuilding the responder after a save, and answering with them.

    python scripts/bench_saved_answers.py [-n 200]

Saved answers are extra FAQ entries (bot.core.knowledge.source): a save or a removal rebuilds the
responder (off the event loop). The yardstick, in the same run, is the packaged workshop without
any saved answer: its build time and its per-question time.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime

from bot.core.knowledge.loader import load_knowledge
from bot.core.knowledge.model import FaqEntry
from bot.core.knowledge.source import KnowledgeSource
from bot.core.responder import Responder

NOW = datetime(2017, 10, 1, tzinfo=UTC)
QUESTIONS = ("when is the paper deadline?", "how many pages?", "who are the organizers?",
             "is there a vegan lunch option number 7?", "can I bring my poster on a tube?")


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def per_question(responder: Responder, rounds: int = 40) -> float:
    def run() -> None:
        for q in QUESTIONS:
            responder.matcher.understand(q)  # uncached: the lru cache would hide the work
            responder.respond(q, NOW)
    return timed(run, rounds) / len(QUESTIONS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="how many saved answers")
    args = parser.parse_args()
    knowledge = load_knowledge()
    source = KnowledgeSource()
    entries = [FaqEntry(id=f"saved-{i}", questions=[f"is there a vegan lunch option number {i}?"],
                        answer=f"Yes, option {i}.") for i in range(args.n)]
    base_build = timed(lambda: Responder(knowledge), 5)
    saved_build = timed(lambda: source.set_saved(entries), 5)
    base_q = per_question(Responder(knowledge))
    saved_q = per_question(source.responder)
    print(f"responder build: {base_build * 1000:.1f} ms without saved answers, "
          f"{saved_build * 1000:.1f} ms with {args.n}")
    print(f"per question:    {base_q * 1000:.2f} ms without, {saved_q * 1000:.2f} ms with")
    hit = source.responder.respond("is there a vegan lunch option number 7?", NOW)
    print(f"a saved answer is used: {hit.intent} -> {hit.plain_text()[:40]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
