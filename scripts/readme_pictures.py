"""Render the README pictures of real bot replies through SimCord's preview (not part of the tests).

    python scripts/readme_pictures.py [--out DIR] [--knowledge FILE] [--chromium PATH]

Runs the real bot (``bot.app.create_bot``) against SimCord, asks what an attendee would ask, and
saves PNGs of the replies as Discord draws them. Needs ``simcord[preview,screenshot]`` and a
Chromium; Playwright's own browser download is not needed: the system one is launched instead.

The default knowledge is the example workshop of the Discord tests, because SimCord's clock starts
on 2026-01-01 and its deadlines are still ahead then (the packaged 2017 workshop is long over).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE = ROOT / "tests" / "discord" / "data" / "workshop.yaml"
VAGUE = ("format?", "how long", "pages or words", "emial")


def use_system_chromium(executable: str) -> None:
    """Make SimCord's screenshot launcher start an installed Chromium."""
    from simcord.preview import _capture

    async def ensure_browser(self):
        if self._browser is None:
            from playwright.async_api import async_playwright

            self._playwright = await async_playwright().start()
            self._browser = await self._playwright.chromium.launch(executable_path=executable)
        return self._browser

    _capture.ManagedCapture._ensure_browser = ensure_browser


async def shoot(out: Path) -> list[Path]:
    import simcord

    from bot.app import create_bot
    from bot.core.answers.answer import Kind

    saved: list[Path] = []
    bot = create_bot()
    async with simcord.run(bot) as env:
        guild = env.create_guild("ESW 2026")
        channel = guild.create_text_channel("questions")
        alice = guild.add_member(env.create_user("alice", global_name="Alice"))
        try:  # SimCord names every bot "TestBot"; rename it the way an organizer would
            await bot.user.edit(username="Workshop Bot")
        except Exception as exc:
            print(f"(bot keeps its default name: {exc})", file=sys.stderr)
        me = bot.user.mention

        async def capture(name: str, target: object, layout: str = "message") -> None:
            async with env.preview(channel, viewers=[alice], layout=layout,
                                   display="fixed", width=900, height=720) as preview:
                path = out / f"{name}.png"
                await preview.screenshot(path, viewer=alice, target=target)
                saved.append(path)

        await alice.send(channel, f"{me} when is the paper submission deadline?")
        await capture("chat-answer", channel.last_message, layout="channel")

        services = bot.services
        vague = next(q for q in VAGUE
                     if services.source.responder.respond(q, services.clock()).kind
                     is Kind.CLARIFY)
        await alice.send(channel, f"{me} {vague}")
        await capture("did-you-mean", channel.last_message, layout="channel")

        await capture("deadlines", await alice.slash(channel, "deadlines"))
        await capture("committee", await alice.slash(channel, "committee"))
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--knowledge", type=Path, default=DEFAULT_KNOWLEDGE)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    use_system_chromium(args.chromium)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WORKSHOP_BOT_KNOWLEDGE"] = str(args.knowledge)
        os.environ["WORKSHOP_BOT_DB"] = str(Path(tmp) / "pictures.sqlite3")
        for name in ("WORKSHOP_BOT_GUILD_ID", "WORKSHOP_BOT_QA_CHANNELS", "DISCORD_TOKEN"):
            os.environ.pop(name, None)
        for path in asyncio.run(shoot(args.out)):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
