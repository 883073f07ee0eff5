"""Benchmark the Discord front end through SimCord, beside an echo bot in the same run.

    python scripts/bench_discord.py [-n 300] [--json]
    python scripts/bench_discord.py --held-lock [-n 5] [--json]

``--held-lock``: how long an answer takes to appear while another *process* holds the database's
write lock, beside the same bot with the lock free (the yardstick). The time is taken when the
reply reaches the channel (a listener on the same event loop), not when SimCord's action returns:
SimCord also waits for the bot's storage thread, which waits for the lock.

For mention answers and ``/ask``: answers per second and latency of the real bot and of a minimal
echo bot (same SimCord, same discord.py), so the difference is our own work on top of the library.
Also times our own work per answer directly (match + embed + buttons + storing the question,
without Discord), and reports the process's peak memory (RSS; includes SimCord, an upper bound).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import discord
from discord.ext import commands

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "tests" / "discord" / "data" / "workshop.yaml"
QUESTIONS = (
    "when is the paper submission deadline?", "where is the workshop?", "how many pages?",
    "who are the organizers?", "is the review double-blind?", "what topics are in scope?",
    "when is the author notification?", "what file format?", "is there a vegan lunch?",
    "how do I contact the organizers?",
)


class EchoBot(commands.Bot):
    """The least a bot can do: reply to a mention, answer /ask, with a fixed embed."""

    def __init__(self) -> None:
        super().__init__(command_prefix=commands.when_mentioned, intents=discord.Intents.default(),
                         allowed_mentions=discord.AllowedMentions.none(), help_command=None)

        @self.tree.command(name="ask", description="echo")
        async def ask(interaction: discord.Interaction, question: str) -> None:
            await interaction.response.send_message(
                embed=discord.Embed(title="echo", description=question), ephemeral=True)

    async def setup_hook(self) -> None:
        await self.tree.sync()

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.user not in message.mentions:
            return
        await message.reply(embed=discord.Embed(title="echo", description=message.content),
                            mention_author=False)


def _lower_idle() -> None:
    import simcord.env

    defaults = getattr(getattr(simcord.env.Env, "_settle_internal", None), "__kwdefaults__", None)
    if isinstance(defaults, dict) and "idle" in defaults:
        defaults["idle"] = 0.001


def _stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "per_second": round(len(samples) / sum(samples), 1),
        "mean_ms": round(statistics.fmean(samples) * 1000, 3),
        "p50_ms": round(ordered[len(ordered) // 2] * 1000, 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 3),
    }


async def _drive(bot: commands.Bot, n: int) -> dict[str, dict[str, float]]:
    import simcord

    async with simcord.run(bot) as env:
        guild = env.create_guild()
        channel = guild.create_text_channel("general")
        # four questions per person (the flood guard allows five a minute, chat and /ask
        # together): people for mentions, then others for /ask, and one more to warm up
        per = n // 4 + 1
        people = [guild.add_member(env.create_user(f"user{i}")) for i in range(2 * per + 1)]
        mention = bot.user.mention
        for warmup in range(5):
            await people[-1].send(channel, f"{mention} {QUESTIONS[warmup]}")
        mentions, slashes = [], []
        for i in range(n):
            who, question = people[i // 4], QUESTIONS[i % len(QUESTIONS)]
            start = time.perf_counter()
            await who.send(channel, f"{mention} {question}")
            mentions.append(time.perf_counter() - start)
            assert channel.last_message.author.id == bot.user.id
        for i in range(n):
            start = time.perf_counter()
            r = await people[per + i // 4].slash(channel, "ask",
                                                 question=QUESTIONS[i % len(QUESTIONS)])
            slashes.append(time.perf_counter() - start)
            assert r.acknowledged
    return {"mention": _stats(mentions), "ask": _stats(slashes)}


def _own_work(n: int) -> dict[str, float]:
    """Our code alone, per answer: respond, embed, buttons, store the question."""
    from bot.app import create_bot
    from bot.discord_ui.buttons import answer_view
    from bot.discord_ui.embeds import answer_embed
    from bot.discord_ui.replies import record_question

    async def measure() -> list[float]:
        bot = create_bot()
        services = bot.services
        samples = []
        for i in range(n):
            question = QUESTIONS[i % len(QUESTIONS)]
            start = time.perf_counter()
            answer = services.source.responder.respond(question, services.clock())
            question_id = record_question(services, question, answer, "mention", None)
            answer_embed(answer).to_dict()
            view = answer_view(answer, question_id)
            if view is not None:
                view.to_components()
            samples.append(time.perf_counter() - start)
        await services.storage.close()
        return samples

    return _stats(asyncio.run(measure()))


_LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('held', 'by another process')")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


async def _reply_times(bot: commands.Bot, n: int, db: str, *, locked: bool) -> dict[str, float]:
    """Seconds from a mention to the bot's reply in the channel, with or without another process
    holding the write lock the whole time."""
    import subprocess

    import simcord

    seen = asyncio.Event()

    async def on_message(message: discord.Message) -> None:
        if bot.user is not None and message.author.id == bot.user.id:
            seen.set()

    bot.add_listener(on_message)
    async with simcord.run(bot, settle_timeout=60.0) as env:
        guild = env.create_guild()
        channel = guild.create_text_channel("general")
        people = [guild.add_member(env.create_user(f"user{i}")) for i in range(n)]
        await people[0].send(channel, f"{bot.user.mention} hello")  # warm up
        locker = None
        if locked:
            locker = subprocess.Popen([sys.executable, "-c", _LOCKER, db], text=True,
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE)
            assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        samples = []
        try:
            for i in range(n):
                seen.clear()
                start = time.perf_counter()
                sending = asyncio.create_task(
                    people[i].send(channel, f"{bot.user.mention} {QUESTIONS[i % 10]}"))
                await seen.wait()
                samples.append(time.perf_counter() - start)
                await sending
        finally:
            if locker is not None and locker.stdin is not None:
                locker.stdin.write("\n")
                locker.stdin.close()
                locker.wait(timeout=60)
    return _stats(samples)


def _held_lock(n: int, as_json: bool) -> int:
    from bot.app import create_bot
    from bot.storage.connection import BUSY_TIMEOUT

    db = os.environ["WORKSHOP_BOT_DB"]
    free = asyncio.run(_reply_times(create_bot(), n, db, locked=False))
    held = asyncio.run(_reply_times(create_bot(), n, db, locked=True))
    result = {"n": n, "lock_free": free, "lock_held": held, "busy_timeout_s": BUSY_TIMEOUT}
    if as_json:
        print(json.dumps(result))
        return 0
    for name, figures in (("lock free", free), ("lock held", held)):
        print(f"{name:10} reply after mean {figures['mean_ms']:8.3f} ms, "
              f"p95 {figures['p95_ms']:8.3f} ms")
    print(f"(the question itself is stored once the lock is free, or dropped with a log line "
          f"after the writer's {BUSY_TIMEOUT:.0f} s busy timeout)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="answers per measurement")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--held-lock", action="store_true",
                        help="answer latency while another process holds the write lock")
    args = parser.parse_args()
    _lower_idle()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WORKSHOP_BOT_KNOWLEDGE"] = str(KNOWLEDGE)
        os.environ["WORKSHOP_BOT_DB"] = str(Path(tmp) / "bench.sqlite3")
        for name in ("WORKSHOP_BOT_GUILD_ID", "WORKSHOP_BOT_QA_CHANNELS"):
            os.environ.pop(name, None)
        if args.held_lock:
            return _held_lock(args.n if args.n != 300 else 5, args.json)
        from bot.app import create_bot

        echo = asyncio.run(_drive(EchoBot(), args.n))
        ours = asyncio.run(_drive(create_bot(), args.n))
        own = _own_work(args.n)
    result = {
        "n": args.n,
        "echo_bot": echo,
        "workshop_bot": ours,
        "overhead_ms": {kind: round(ours[kind]["mean_ms"] - echo[kind]["mean_ms"], 3)
                        for kind in ("mention", "ask")},
        "own_work_per_answer": own,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.json:
        print(json.dumps(result))
        return 0
    for kind in ("mention", "ask"):
        print(f"{kind:8} echo {echo[kind]['per_second']:8.1f}/s {echo[kind]['mean_ms']:7.3f} ms"
              f"   workshop-bot {ours[kind]['per_second']:8.1f}/s {ours[kind]['mean_ms']:7.3f} ms"
              f" (p95 {ours[kind]['p95_ms']:.3f})   overhead {result['overhead_ms'][kind]:+.3f} ms")
    print(f"own work per answer: mean {own['mean_ms']:.3f} ms, p50 {own['p50_ms']:.3f} ms, "
          f"p95 {own['p95_ms']:.3f} ms")
    print(f"peak RSS of the whole process (bot + SimCord): {result['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
