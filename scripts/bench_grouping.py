"""Benchmark /unanswered grouping: distinct questions, blocked grouping vs an all-pairs pass.

    python scripts/bench_grouping.py [--json]

Groups 10,000 distinct questions with the bot's grouping (bot.core.grouping), and 2,500 with both
it and the yardstick: the all-pairs pass it replaced (each question scored against every group so
far), in the same run. Before the change 2,500 distinct questions missed Discord's 3 seconds.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.grouping import THRESHOLD, AskedQuestion, group_questions, normalize

T0 = datetime(2026, 1, 1, tzinfo=UTC)
COMMON = ["when", "is", "where", "how", "can", "i", "my", "paper", "deadline", "poster", "the"]


def distinct(n: int) -> list[AskedQuestion]:
    rng = random.Random(1)
    words = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=7)) for _ in range(n)]
    return [AskedQuestion(i + 1, " ".join(rng.sample(COMMON, 3) + rng.sample(words, 4)), None,
                          T0 + timedelta(seconds=i)) for i in range(n)]


def all_pairs(questions: list[AskedQuestion]) -> int:
    """The yardstick: every question against every group's first question so far."""
    keys: list[str] = []
    for q in questions:
        key = normalize(q.text)
        if not keys or process.extractOne(key, keys, scorer=fuzz.token_sort_ratio,
                                          score_cutoff=THRESHOLD) is None:
            keys.append(key)
    return len(keys)


def timed(fn, *args) -> tuple[float, int]:
    start = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - start, out if isinstance(out, int) else len(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = {}
    for n, yardstick in ((2_500, True), (10_000, False)):
        questions = distinct(n)
        seconds, groups = timed(group_questions, questions)
        row = {"grouping_s": round(seconds, 3), "groups": groups}
        if yardstick:
            seconds, groups = timed(all_pairs, questions)
            row |= {"all_pairs_s": round(seconds, 3), "all_pairs_groups": groups}
        result[n] = row
    if args.json:
        print(json.dumps(result))
        return 0
    for n, row in result.items():
        line = f"{n:>6} questions: grouping {row['grouping_s']:.3f} s ({row['groups']} groups)"
        if "all_pairs_s" in row:
            line += f"; all pairs {row['all_pairs_s']:.3f} s ({row['all_pairs_groups']} groups)"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
