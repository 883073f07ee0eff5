"""/program: what is on now and next, and the whole day (from program:)."""

from __future__ import annotations

import simcord
from reading import all_text

from bot.app import create_bot
from bot.settings import Settings

PROGRAM = """\
workshop:
  name: Day Test Workshop
  timezone: UTC
  date: 2026-01-01
  location: Lisbon, Portugal
program:
  - title: Opening remarks
    start: 2026-01-01T09:00
    end: 2026-01-01T09:15
  - title: "Keynote: Systems at scale"
    start: 2026-01-01T09:15
    end: 2026-01-01T10:00
    speakers: [Grace Example]
  - title: Coffee break
    start: 2026-01-01T10:00
    end: 2026-01-01T10:30
    kind: break
"""


async def test_program_shows_now_next_and_the_day(bot_env, tmp_path):
    path = tmp_path / "day.yaml"
    path.write_text(PROGRAM, encoding="utf-8")
    bot = create_bot(Settings(knowledge=path, db=tmp_path / "bot.sqlite3"))
    async with simcord.run(bot) as env:
        guild = env.create_guild()
        general = guild.create_text_channel("general")
        alice = guild.add_member(env.create_user("alice"))
        early = await alice.slash(general, "program")  # 00:00, before the first session
        titles = [e.title for e in early.response.embeds]
        assert titles == ["On now", "Program"]
        assert "Opening remarks" in all_text(early.response.embeds[0])
        await env.advance_time(9 * 3600 + 20 * 60)  # 09:20, during the keynote
        r = await alice.slash(general, "program")
        now, day = r.response.embeds
        on_now, then = all_text(now).split("Then:")
        assert "Keynote" in on_now and "Opening" not in on_now  # must not: a finished one
        assert "Coffee break" in then
        assert all(t in all_text(day) for t in ("Opening remarks", "Keynote", "Coffee break"))


async def test_program_without_one_says_so(world):
    r = await world.alice.slash(world.general, "program")
    embed = r.response.embeds[0]
    assert embed.title == "I don't know" and "Keynote" not in all_text(embed)
