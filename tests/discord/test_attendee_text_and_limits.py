"""Issue 7, smaller holes on the Discord side: attendee text shown to organizers is inert, /ask
shares the per-user limit with chat, a vote on a purged answer says so, and a big inbox is
deferred rather than missing Discord's 3 seconds."""

from __future__ import annotations

from datetime import timedelta

import discord
import pytest
from reading import custom_ids

from bot.storage import DEFAULT_RETENTION


@pytest.fixture
def organizer(world):
    staff = world.guild.create_role("Staff", permissions=discord.Permissions(manage_guild=True))
    return world.guild.add_member(world.env.create_user("olga"), roles=[staff])


def _inbox(result) -> str:
    messages = [m for m in [result.response, *result.followups] if m is not None and m.embeds]
    return messages[-1].embeds[0].description or ""


async def test_attendee_text_in_the_inbox_renders_no_link_and_pings_nobody(world, organizer):
    bait = (f"<@{world.bob.user.id}> @everyone karaoke night? [free tickets](https://evil.example/"
            "login) https://evil.example/x **now**")
    await world.ask(bait)
    text = _inbox(await organizer.slash(world.general, "unanswered"))
    assert "free tickets" in text and "evil.example" in text  # shown, as plain text
    assert "\\[free tickets\\]" in text  # the masked link's brackets are escaped: no link
    assert "https://" not in text and "http://" not in text  # no bare link either
    assert f"<@{world.bob.user.id}>" not in text and "@everyone" not in text  # no mention
    assert "**now**" not in text  # markdown shown as typed, not rendered


async def test_slash_ask_shares_the_per_user_limit_with_chat(world):
    for _ in range(3):
        assert await world.ask("how many pages?") is not None
    for _ in range(2):
        r = await world.alice.slash(world.general, "ask", question="how many pages?")
        assert "4 pages" in r.response.embeds[0].description
    r = await world.alice.slash(world.general, "ask", question="how many pages?")
    assert "pause for a minute" in r.response.embeds[0].description
    r = await world.bob.slash(world.general, "ask", question="how many pages?")  # someone else
    assert "4 pages" in r.response.embeds[0].description
    await world.env.advance_time(61)
    r = await world.alice.slash(world.general, "ask", question="how many pages?")
    assert "4 pages" in r.response.embeds[0].description


async def test_a_vote_on_an_answer_whose_question_was_purged_says_it_is_too_old(world):
    reply = await world.ask("how many pages?")
    assert reply is not None and any(i.startswith("wb:vote:") for i in custom_ids(reply))
    services = world.env.bot.services
    services.storage.sync.purge(services.clock() + DEFAULT_RETENTION + timedelta(days=1))
    r = await world.bob.click(reply, label="Helpful")
    text = r.response.content
    assert "too old to vote on" in text and "already voted" not in text


async def test_a_big_inbox_is_deferred_and_grouped(world, organizer):
    storage, now = world.env.bot.services.storage.sync, world.env.bot.services.clock()
    for i in range(1200):
        storage.log_question(question=f"question number {i} about topic{i}", intent=None,
                             answered=False, confidence=0.1, source="mention",
                             at=now - timedelta(minutes=i), guild_id=world.guild.id)
    r = await organizer.slash(world.general, "unanswered")
    callbacks = [h.json for h in world.env.http_requests if h.path.endswith("/callback")]
    assert callbacks[-1]["type"] == 5  # deferred first ("thinking"), then the inbox
    assert "1200 questions" in r.response.embeds[0].footer.text
