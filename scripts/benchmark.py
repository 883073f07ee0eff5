"""Speed and memory of the core, on demand (not part of the test suite).

    python scripts/benchmark.py              # all figures
    python scripts/benchmark.py --quick      # fewer repetitions
    python scripts/benchmark.py --cold-only  # only the start-up of the command line and the bot
    python scripts/benchmark.py --cold-only --no-bytecode-cache  # ... with no .pyc written

Measures: knowledge load and index build; per-question latency (p50/p99) in-process on the
shipped workshop and with the knowledge file grown 10x and 100x (generated ``faq:`` entries until
the file is that many times its shipped size); peak memory. Then the cold start of
``workshop-bot ask`` (shipped and 100x knowledge) and the time until the Discord bot is ready to
serve (built, its responder made from the 100x knowledge file), each with the on-disk cache of
the built responder and without it, beside ``python -c pass`` and ``python -c "import discord"``,
run in turn in the same loop so that they share the machine's state.

Targets (issue 2): p99 <= 1 ms shipped, <= 5 ms at 100x; cost growing at most linearly with the
number of phrasings. (issue 11) ``ask`` cold start <= 0.3 s shipped, <= 1 s at 100x; the bot
ready to serve <= 2 s at 100x.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# the start-up cache of this process (the understanding's data files) is its own, not the user's
_CACHE = tempfile.TemporaryDirectory(prefix="workshop-bot-bench-")
os.environ["WORKSHOP_BOT_CACHE_DIR"] = _CACHE.name

from bot.core.disk_cache import ENV_VAR as CACHE_DIR_VAR  # noqa: E402
from bot.core.disk_cache import DiskCache  # noqa: E402
from bot.core.knowledge.loader import MAX_BYTES, default_path, parse_knowledge  # noqa: E402
from bot.core.knowledge.yaml_tree import read_tree  # noqa: E402
from bot.core.responder import Responder  # noqa: E402
from bot.core.responder_cache import load_responder  # noqa: E402

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
    """The shipped knowledge file grown ``factor`` times: generated ``faq:`` entries (three
    phrasings each) added until the file is ``factor`` times its size. Returns the text and its
    number of FAQ phrasings."""
    data = yaml.safe_load(text)
    faq = list(data.get("faq") or [])
    if factor == 1:
        return text, sum(len(e["questions"]) for e in faq)
    target = len(text.encode("utf-8")) * factor
    size = len(yaml.safe_dump(data).encode("utf-8"))
    i = 0
    while size < target:
        topic = " ".join(rng.sample(WORDS, 2)) + f" {i}"
        entry = {"id": f"gen-{i}", "answer": f"Generated answer about {topic}.",
                 "questions": [f"what about the {topic}", f"is there a {topic}",
                               f"tell me about {topic} rules"]}
        faq.append(entry)
        size += len(yaml.safe_dump([entry]).encode("utf-8"))
        i += 1
    if faq:
        data["faq"] = faq
    out = yaml.safe_dump(data, sort_keys=False)
    # what the loader accepts: a grown file that it refuses measures nothing
    assert len(out.encode("utf-8")) <= MAX_BYTES, "grown past the loader's size limit"
    read_tree(out)  # raises past the loader's gate on values
    return out, sum(len(e["questions"]) for e in faq)


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


def side_by_side(commands: dict[str, list[str]], runs: int,
                 env: dict[str, dict[str, str]]) -> dict[str, tuple[float, float]]:
    """Median wall time and median CPU time (user + system) in seconds of each command, run in
    turn ``runs`` times after one warm-up round, so that every command sees the same machine
    state. CPU time is the steadier figure on a busy machine. ``env``: extra environment
    variables of a command."""
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for n in range(runs + 1):
        for name, cmd in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT,
                           env={**os.environ, **env.get(name, {})})
            elapsed = time.perf_counter() - t
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if n:  # round 0 warms the disk cache, the bytecode and the responder caches
                wall[name].append(elapsed)
                cpu[name].append(after.ru_utime - before.ru_utime
                                 + after.ru_stime - before.ru_stime)
    return {name: (statistics.median(wall[name]), statistics.median(cpu[name]))
            for name in commands}


# The Discord bot built and ready to serve (not connected: that is the network's time): its
# settings, database and knowledge source with the responder made from the knowledge file.
READY = """
import sys
from bot.app import create_bot
from bot.settings import Settings
create_bot(Settings(knowledge=sys.argv[1], db=sys.argv[2], guild_id=1))
"""


def cold_start(runs: int, text: str, bytecode: bool = True) -> None:
    exe = Path(sys.executable).with_name("workshop-bot")
    cli = [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli.main"]
    ask = [*cli, "ask", "--json", "--now", "2017-10-15", "when is the deadline?"]
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "knowledge-100x.yaml"
        big_text, phrasings = grown(text, 100, random.Random(7))
        big.write_text(big_text, encoding="utf-8")
        py = [sys.executable, "-c"]
        ready = [*py, READY, str(big), str(Path(tmp) / "bot.sqlite3")]
        commands = {
            "python -c pass": [*py, "pass"],
            "python -c 'import discord'": [*py, "import discord"],
            "ask --json (shipped, cached)": ask,
            "ask --json (shipped, no cache)": ask,
            "ask --json (100x knowledge, cached)": [*ask, "--knowledge", str(big)],
            "ask --json (100x knowledge, no cache)": [*ask, "--knowledge", str(big)],
            "bot ready to serve (100x, cached)": ready,
            "bot ready to serve (100x, no cache)": ready,
        }
        # every command with Python's bytecode cache, as an installed package runs (pip
        # byte-compiles it), kept apart from the source tree (--no-bytecode-cache: none written,
        # so a source tree without one compiles its modules at every start); the start-up cache
        # in a directory of this run's own (never the user's), or none
        common = {"PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
                  "PYTHONDONTWRITEBYTECODE": ""} if bytecode else {"PYTHONDONTWRITEBYTECODE": "1"}
        common[CACHE_DIR_VAR] = str(Path(tmp) / "cache")
        env = {name: {**common, **({CACHE_DIR_VAR: ""} if "no cache" in name else {})}
               for name in commands}
        medians = side_by_side(commands, runs, env)
    base_wall, base_cpu = medians["python -c pass"]
    print(f"cold start, median of {runs} runs each, run in turn ({' '.join(cli)}); the 100x "
          f"knowledge file: {len(big_text.encode()) / 1e3:.0f} kB, {phrasings:,} FAQ phrasings;")
    print("  cached: the built responder read from the on-disk cache (filled in a warm-up run); "
          "no cache: WORKSHOP_BOT_CACHE_DIR=''; Python's bytecode cache: "
          + ("written and used, as an installed package" if bytecode else
             "not written (PYTHONDONTWRITEBYTECODE=1)"))
    print(f"  {'command':<42} {'wall s':>7} {'ratio':>6} {'cpu s':>7} {'ratio':>6}"
          "   (ratio: to python -c pass)")
    for name, (w, c) in medians.items():
        print(f"  {name:<42} {w:7.3f} {w / base_wall:5.1f}x {c:7.3f} {c / base_cpu:5.1f}x")
    targets = [("ask shipped", "ask --json (shipped, cached)", 0.3),
               ("ask at 100x", "ask --json (100x knowledge, cached)", 1.0),
               ("bot ready at 100x", "bot ready to serve (100x, cached)", 2.0)]
    print("  targets (wall, cached): " + "; ".join(
        f"{label} <= {limit:.3f} s: {medians[name][0]:.3f} s "
        f"({'met' if medians[name][0] <= limit else 'NOT met'})"
        for label, name, limit in targets))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--cold-only", action="store_true",
                        help="only the start-up of the command line and the bot")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="start the commands without writing Python's bytecode cache")
    args = parser.parse_args()
    rounds = 3 if args.quick else 20
    text = default_path().read_text(encoding="utf-8")
    if not args.cold_only:
        in_process(text, rounds)
    cold_start(3 if args.quick else 9, text, bytecode=not args.no_bytecode_cache)


def from_cache(source: str) -> float:
    """Milliseconds to read the responder of ``source`` back from a filled start-up cache."""
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "knowledge.yaml"
        file.write_text(source, encoding="utf-8")
        store = DiskCache.open(Path(tmp) / "cache", "responder")
        assert store is not None
        load_responder(file, store)  # built and written
        t = time.perf_counter()
        load_responder(file, store)
        return (time.perf_counter() - t) * 1e3


def in_process(text: str, rounds: int) -> None:
    rng = random.Random(7)
    qs = questions()
    print(f"questions: {len(qs)} distinct, {rounds} rounds each")
    print("latency: 'new' = a question the bot has not seen; 'repeat' = asked again")
    print("knowledge: the shipped file, and grown 10x and 100x in size by generated FAQ entries")
    print("'cached ms': load and index read back from the start-up cache instead")
    print(f"{'knowledge':<10} {'kB':>5} {'phrasings':>9} {'load ms':>8} {'index ms':>9} "
          f"{'cached ms':>9} {'new p50':>8} {'new p99':>8} {'repeat p50':>10} "
          f"{'repeat p99':>10}")
    for factor in (1, 10, 100):
        source, n = grown(text, factor, rng)
        t = time.perf_counter()
        k = parse_knowledge(source, "bench.yaml")
        load = (time.perf_counter() - t) * 1e3
        t = time.perf_counter()
        responder = Responder(k)
        index = (time.perf_counter() - t) * 1e3
        cached = from_cache(source)
        r = rounds if factor < 100 else max(1, rounds // 4)
        p50, p99 = latency(responder, qs, r, fresh=True)
        w50, w99 = latency(responder, qs, r, fresh=False)
        print(f"{str(factor) + 'x':<10} {len(source.encode()) / 1e3:>5.0f} {n:>9} {load:>8.1f} "
              f"{index:>9.1f} {cached:>9.1f} "
              f"{p50:>8.3f} {p99:>8.3f} {w50:>10.3f} {w99:>10.3f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process (incl. the 100x knowledge): {peak:.0f} MB")


if __name__ == "__main__":
    main()
