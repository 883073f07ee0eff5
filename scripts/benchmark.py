"""Speed and memory of the core, on demand (not part of the test suite).

    python scripts/benchmark.py            # all core figures
    python scripts/benchmark.py --quick    # fewer repetitions

Measures: knowledge load and index build; per-question latency (p50/p99) in-process on the
shipped workshop and with the knowledge grown 10x and 100x by generated ``faq:`` entries; the
cold start of ``workshop-bot ask``; peak memory. Targets (issue 2): p99 <= 1 ms shipped, <= 5 ms
at 100x; cold start <= 0.3 s; cost growing at most linearly with the number of phrasings.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.knowledge.loader import default_path, parse_knowledge  # noqa: E402
from bot.core.responder import Responder  # noqa: E402
from bot.core.understanding.intents import CHITCHAT, INTENTS  # noqa: E402

NOW = datetime(2017, 10, 10, 19, 0, tzinfo=UTC)
WORDS = ("lattice quantum orchard velvet harbor cinder meadow prism falcon ember glacier tundra "
         "sonnet cobalt saffron juniper marble nectar obsidian pylon quarry raven sequoia "
         "tangent umber vortex willow xenon yarrow zephyr anvil beacon canyon dynamo").split()


def questions() -> list[str]:
    qs: list[str] = []
    for path in (ROOT.parent / "shared" / "eval" / "dev-questions.yaml",
                 ROOT / "tests" / "eval" / "mlsys-extra.yaml"):
        if path.exists():
            qs += [c["q"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return qs


def grown(text: str, factor: int, rng: random.Random) -> tuple[str, int]:
    """The shipped knowledge plus generated FAQ entries: ``factor`` times its phrasings."""
    base = sum(len(i.examples) for i in INTENTS + CHITCHAT)
    data = yaml.safe_load(text)
    n_phrasings = base * (factor - 1)
    faq = []
    for i in range(0, n_phrasings, 3):
        topic = " ".join(rng.sample(WORDS, 2)) + f" {i}"
        faq.append({"id": f"gen-{i}", "answer": f"Generated answer about {topic}.",
                    "questions": [f"what about the {topic}", f"is there a {topic}",
                                  f"tell me about {topic} rules"]})
    data["faq"] = faq
    return yaml.safe_dump(data), base + len(faq) * 3


def latency(responder: Responder, qs: list[str], rounds: int,
            fresh: bool) -> tuple[float, float]:
    """p50 and p99 in ms. ``fresh``: every question is new to the bot (its cache of recent
    readings is emptied before each); otherwise the repeats are answered from that cache."""
    times = []
    for _ in range(rounds):
        for q in qs:
            if fresh:
                responder._understand.cache_clear()
            t = time.perf_counter()
            responder.respond(q, NOW)
            times.append(time.perf_counter() - t)
    times.sort()
    return times[len(times) // 2] * 1e3, times[int(len(times) * 0.99)] * 1e3


def cold_start(runs: int) -> float:
    exe = Path(sys.executable).with_name("workshop-bot")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli.main"]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([*cmd, "ask", "when is the deadline?"], check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    rounds = 3 if args.quick else 20
    rng = random.Random(7)
    text = default_path().read_text(encoding="utf-8")
    qs = questions()
    print(f"questions: {len(qs)} distinct, {rounds} rounds each")
    print("latency: 'new' = a question the bot has not seen; 'repeat' = asked again")
    print(f"{'knowledge':<10} {'phrasings':>9} {'load ms':>8} {'index ms':>9} "
          f"{'new p50':>8} {'new p99':>8} {'repeat p50':>10} {'repeat p99':>10}")
    for factor in (1, 10, 100):
        source, n = (text, sum(len(i.examples) for i in INTENTS + CHITCHAT)) if factor == 1 \
            else grown(text, factor, rng)
        t = time.perf_counter()
        k = parse_knowledge(source, "bench.yaml")
        load = (time.perf_counter() - t) * 1e3
        t = time.perf_counter()
        responder = Responder(k)
        index = (time.perf_counter() - t) * 1e3
        r = rounds if factor < 100 else max(1, rounds // 4)
        p50, p99 = latency(responder, qs, r, fresh=True)
        w50, w99 = latency(responder, qs, r, fresh=False)
        print(f"{str(factor) + 'x':<10} {n:>9} {load:>8.1f} {index:>9.1f} "
              f"{p50:>8.3f} {p99:>8.3f} {w50:>10.3f} {w99:>10.3f}")
    print(f"cold start of `workshop-bot ask`: {cold_start(3 if args.quick else 7):.3f} s (median)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process (incl. the 100x knowledge): {peak:.0f} MB")


if __name__ == "__main__":
    main()
