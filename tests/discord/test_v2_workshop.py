"""A version-2 workshop on Discord: the program in each reader's own time, a TBA deadline, the
stream, the workshop's contact, and /calendar with the sessions."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from reading import all_text

V2 = Path(__file__).resolve().parents[1] / "fixtures" / "v2" / "all-fields.yaml"


@pytest.fixture
def bot_env(bot_env: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    bot_env.setenv("WORKSHOP_BOT_KNOWLEDGE", str(V2))
    return bot_env


async def test_the_schedule_shows_each_session_as_a_discord_timestamp(world):
    r = await world.alice.slash(world.general, "ask", question="what's the schedule?")
    text = all_text(r.response.embeds[0])
    assert "Keynote: Systems for learning at scale" in text
    # 09:15 in Berlin on June 14, 2031 = 07:15 UTC, shown in the reader's own zone
    assert "<t:1939187700:f> your time" in text
    assert "I don't know" not in text


async def test_a_tba_deadline_and_the_deadline_list(world):
    one = await world.alice.slash(world.general, "deadline", name="camera-ready")
    text = all_text(one.response.embeds[0])
    assert "to be announced" in text and "<t:" not in text
    listing = all_text((await world.alice.slash(world.general, "deadlines")).response.embeds[0])
    assert listing.index("Paper submission") < listing.index("Camera-ready version: to be "
                                                              "announced")
    assert "extended from April 2, 2031" in listing


async def test_watching_online_and_whom_to_write_to(world):
    watch = await world.ask("can I watch online?")
    assert watch is not None and "https://rls.example.net/live" in all_text(watch.embeds[0])
    contact = await world.alice.slash(world.general, "contact")
    assert all_text(contact.response.embeds[0]).count("chairs@rls.example.net") >= 1
    unknown = await world.ask("is there a dress code?")
    assert unknown is not None and "chairs@rls.example.net" in all_text(unknown.embeds[0])


async def test_calendar_holds_the_sessions_and_leaves_out_the_tba_deadline(world):
    r = await world.alice.slash(world.general, "calendar")
    [attachment] = r.response.attachments
    calendar = Calendar.from_ical(await attachment.read())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert "Keynote: Systems for learning at scale" in summaries
    assert len([s for s in summaries if "Camera-ready" in s]) == 0
    assert len(summaries) == 1 + 2 + 8
