"""Render the README pictures of real bot replies through SimCord's preview (not part of the tests):
the attendees' side and the organizers' (announcements, /scheduled, /reload, /unanswered, a
reminder, and a question handed to the organizers and answered).

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


# A deadline two days after SimCord's start, so that a reminder post comes quickly.
SOON_DEADLINE = """
  - id: abstract
    name: Abstract registration
    due: 2026-01-03T12:00
    reminders: [1d]
"""


async def shoot_organizers(out: Path, knowledge: Path) -> list[Path]:
    """The organizer side: /announce and its post, /scheduled, /reload with its changes,
    /unanswered, a reminder post, and a question handed to the organizers and answered."""
    import simcord

    from bot.app import create_bot

    text = knowledge.read_text(encoding="utf-8").replace(
        "deadlines:\n", "deadlines:" + SOON_DEADLINE, 1)
    knowledge.write_text(text, encoding="utf-8")
    saved: list[Path] = []
    bot = create_bot()
    async with simcord.run(bot, settle_timeout=120) as env:
        guild = env.create_guild("ESW 2026")
        general = guild.create_text_channel("general")
        announcements = guild.create_text_channel("announcements")
        organizers = guild.create_text_channel("organizers")
        role = guild.create_role("Organizers")
        olga = guild.add_member(env.create_user("olga", global_name="Olga"), roles=[role])
        alice = guild.add_member(env.create_user("alice", global_name="Alice"))
        try:
            await bot.user.edit(username="Workshop Bot")
        except Exception as exc:
            print(f"(bot keeps its default name: {exc})", file=sys.stderr)
        me = bot.user.mention

        async def capture(name: str, channel: object, target: object, viewer: object,
                          layout: str = "message", height: int = 720) -> None:
            async with env.preview(channel, viewers=[viewer], layout=layout,
                                   display="fixed", width=900, height=height) as preview:
                path = out / f"{name}.png"
                await preview.screenshot(path, viewer=viewer, target=target)
                saved.append(path)

        posted = await olga.slash(general, "announce", title="Welcome!",
                                  message="The call for papers is out: submissions open on "
                                          "February 1. Ask me anything about the workshop here.")
        await capture("announce", general, posted, olga)
        await capture("announcement", announcements, announcements.last_message, alice)

        await olga.slash(general, "announce", title="Reminder: office hours",
                         message="Organizers answer questions live on Friday at 17:00.",
                         at="in 3 days")
        await capture("scheduled", general, await olga.slash(general, "scheduled"), olga)

        knowledge.write_text(text.replace("due: 2026-03-02", "due: 2026-03-09"),
                             encoding="utf-8")
        await capture("reload", general, await olga.slash(general, "reload"), olga)

        # a question handed to the organizers, and the answer
        await alice.send(general, f"{me} is there a vegan option at the lunch?")
        reply = general.last_message
        await capture("handoff-ask", general, reply, alice, layout="channel", height=480)
        await alice.click(reply, label="Ask the organizers")
        await capture("handoff-post", organizers, organizers.last_message, olga)
        shown = await olga.click(organizers.last_message, label="Answer")
        await olga.submit_modal(shown, {"answer": "Yes: every lunch has a vegan and a "
                                                  "gluten-free menu; no need to ask ahead."})
        await capture("handoff-answer", general, general.last_message, alice,
                      layout="channel", height=480)
        await capture("handoff-answered", organizers, organizers.last_message, olga)

        for question in ("is there a student discount on registration?",
                         "is there a discount for students?", "can I bring a guest?"):
            await alice.send(general, f"{me} {question}")
        await capture("unanswered", general, await olga.slash(general, "unanswered"), olga)

        # the abstract's 1-day reminder falls on Jan 2, 18:00 UTC: shown a minute after
        await env.advance_time(24 * 3600)
        await env.advance_time(18 * 3600 + 60)
        reminder = next(m for m in reversed(announcements.history())
                        if m.embeds and (m.embeds[0].title or "").startswith("Reminder"))
        await capture("reminder", announcements, reminder, alice)
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
        paths = asyncio.run(shoot(args.out))
        copy = Path(tmp) / "knowledge.yaml"  # /reload needs a file to change
        copy.write_text(args.knowledge.read_text(encoding="utf-8"), encoding="utf-8")
        os.environ["WORKSHOP_BOT_KNOWLEDGE"] = str(copy)
        os.environ["WORKSHOP_BOT_DB"] = str(Path(tmp) / "organizer-pictures.sqlite3")
        paths += asyncio.run(shoot_organizers(args.out, copy))
        for path in paths:
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
