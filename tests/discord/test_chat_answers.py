"""Chat: mentions in channels and direct messages, answered as replies; other bots ignored."""

from __future__ import annotations

import discord
import pytest
from reading import all_text, custom_ids

from bot.settings import Settings


async def test_mention_is_answered_publicly_as_a_reply(world):
    sent = await world.alice.send(world.general, f"{world.mention} where is the workshop?")
    reply = world.general.last_message
    assert reply.author.id == world.env.bot.user.id
    assert reply.reference is not None and reply.reference.message_id == sent.id
    assert not reply.flags.ephemeral
    text = all_text(reply.embeds[0])
    assert "Chicago" in text
    assert any(i.startswith("wb:vote:") for i in custom_ids(reply))


async def test_direct_message_is_answered(world):
    await world.alice.send_dm("when is the paper submission deadline?")
    reply = world.alice.user.dm_channel.last_message
    assert reply.author.id == world.env.bot.user.id
    text = all_text(reply.embeds[0])
    assert "Paper submission" in text and "March 2, 2026" in text and ":R>" in text


async def test_question_is_stored_with_what_the_bot_understood(world):
    reply = await world.ask("when is the paper submission deadline?")
    up = next(i for i in custom_ids(reply) if i.endswith(":up"))
    question_id = int(up.split(":")[2])
    stored = world.env.bot.services.storage.sync.question(question_id)
    assert stored.question == "when is the paper submission deadline?"  # mention stripped
    assert stored.source == "mention" and stored.answered and stored.intent == "deadline"


async def test_unknown_question_gets_the_honest_reply_pointing_to_contact(world):
    reply = await world.ask("is there a vegan lunch option at the social dinner?")
    embed = reply.embeds[0]
    assert "/contact" in all_text(embed)
    up = next(i for i in custom_ids(reply) if i.endswith(":up"))
    stored = world.env.bot.services.storage.sync.question(int(up.split(":")[2]))
    assert not stored.answered  # it shows up for the organizers in /unanswered


async def test_a_bare_mention_explains_what_the_bot_can_do(world):
    await world.alice.send(world.general, world.mention)
    reply = world.general.last_message
    assert reply.author.id == world.env.bot.user.id
    assert "/deadlines" in all_text(reply.embeds[0])


async def test_messages_without_a_mention_are_left_alone(world):
    sent = await world.alice.send(world.general, "when is the paper submission deadline?")
    assert world.general.last_message.id == sent.id


async def test_other_bots_and_webhooks_are_ignored(world):
    robot = world.guild.add_member(world.env.create_user("otherbot", bot=True))
    sent = await robot.send(world.general, f"{world.mention} where is the workshop?")
    assert world.general.last_message.id == sent.id
    hook = world.guild.create_webhook(world.general, "Feed")
    await hook.send(f"{world.mention} where is the workshop?")
    assert world.general.last_message.author.id != world.env.bot.user.id


async def test_everyone_in_a_question_pings_no_one(world):
    await world.alice.send(world.general, f"{world.mention} @everyone <@&1> when is the deadline?")
    reply = world.general.last_message
    assert reply.author.id == world.env.bot.user.id
    posts = [r for r in world.env.http_requests
             if r.method == "POST" and r.path.startswith("/channels/") and r.path.endswith(
                 "/messages")]
    assert posts
    for request in posts:
        allowed = request.json["allowed_mentions"]
        assert allowed["parse"] == [] and not allowed.get("users") and not allowed.get("roles")
        assert allowed.get("replied_user") is not True
    assert not reply.mention_everyone and not reply.mentions and not reply.role_mentions


async def test_cooldown_sends_one_note_per_flood(world):
    answered = []
    for n in range(8):
        answered.append(await world.ask(f"where is the workshop? ({n})"))
    replies = [r for r in answered if r is not None]
    notes = [r for r in replies if "faster than I can keep up" in all_text(r.embeds[0])]
    assert len(replies) == 6 and len(notes) == 1  # five answers, then one note, then silence
    assert answered[5] is notes[0] or answered[5].id == notes[0].id
    # bob is not slowed down by alice's flood
    assert await world.ask("where is the workshop?", who=world.bob) is not None
    # a minute later alice is welcome again
    await world.env.advance_time(61)
    again = await world.ask("where is the workshop?")
    assert again is not None and "Chicago" in all_text(again.embeds[0])


async def test_qa_channels_answer_without_a_mention(bot_env, tmp_path):
    import simcord

    from bot.app import create_bot

    settings = Settings(qa_channels="ask-the-bot")
    assert settings.qa_channels == ("ask-the-bot",)
    bot = create_bot(settings)
    assert bot.intents.message_content  # Q&A channels need the privileged intent
    async with simcord.run(bot) as env:
        guild = env.create_guild()
        qa = guild.create_text_channel("ask-the-bot")
        general = guild.create_text_channel("general")
        alice = guild.add_member(env.create_user("alice"))
        await alice.send(qa, "where is the workshop?")
        reply = qa.last_message
        assert reply.author.id == bot.user.id and "Chicago" in all_text(reply.embeds[0])
        sent = await alice.send(general, "where is the workshop?")
        assert general.last_message.id == sent.id


async def test_without_qa_channels_the_bot_asks_for_no_privileged_intent(bot_env):
    from bot.app import create_bot

    bot = create_bot(Settings())
    assert not bot.intents.message_content
    assert not bot.intents.members and not bot.intents.presences


@pytest.mark.simcord(approved_intents=discord.Intents.default())
async def test_connects_and_answers_with_only_default_intents(world):
    assert world.env.bot.is_ready()
    reply = await world.ask("where is the workshop?")
    assert reply is not None and "Chicago" in all_text(reply.embeds[0])
    await world.alice.send_dm("where is the workshop?")
    assert "Chicago" in all_text(world.alice.user.dm_channel.last_message.embeds[0])


async def test_qa_channels_without_the_approved_intent_fail_at_connect(bot_env):
    import simcord

    from bot.app import create_bot

    bot = create_bot(Settings(qa_channels="ask-the-bot"))
    with pytest.raises(discord.PrivilegedIntentsRequired):
        async with simcord.run(bot, approved_intents=discord.Intents.default()):
            pass


async def test_a_follow_up_is_read_against_the_same_persons_last_question(world):
    first = await world.ask("who is the general chair?")
    assert "Ada Example" in all_text(first.embeds[0])
    follow = all_text((await world.ask("and her email?")).embeds[0])
    assert "ada@example.org" in follow
    assert "grace@sample.org" not in follow  # her, not everyone's
    # someone else's "and her email?" leans on nothing of Alice's
    other = all_text((await world.ask("and her email?", who=world.bob)).embeds[0])
    assert "Ada Example" not in other or "grace@sample.org" in other


async def test_a_follow_up_expires_after_a_few_minutes(world):
    await world.ask("who is the general chair?")
    await world.env.advance_time(10 * 60)
    later = all_text((await world.ask("and her email?")).embeds[0])
    assert "ada@example.org" not in later or "grace@sample.org" in later  # no "her" any more
