"""Threads and forum posts of a Q&A channel are answered: the parent channel decides."""

from __future__ import annotations

import simcord
from reading import all_text
from simcord.builders import ChannelHandle

from bot.app import create_bot
from bot.settings import Settings


def _thread(env: simcord.Env, guild: simcord.GuildHandle, parent: ChannelHandle, name: str,
            owner: simcord.MemberActor, *, forum: bool = False) -> ChannelHandle:
    """A thread (or, with ``forum``, a forum post) a member opened under ``parent``. A forum
    post has no "started a thread" message in its parent."""
    thread = env.backend.create_thread(parent.id, name, owner.id, broadcast=not forum)
    if forum:
        env.backend.announce_thread_create(thread)
    return ChannelHandle(env, guild, thread)


async def test_threads_and_forum_posts_of_a_qa_channel_are_answered(bot_env):
    bot = create_bot(Settings(qa_channels="ask-the-bot,help-forum"))
    async with simcord.run(bot) as env:
        guild = env.create_guild()
        qa = guild.create_text_channel("ask-the-bot")
        forum = guild.create_forum_channel("help-forum")
        general = guild.create_text_channel("general")
        alice = guild.add_member(env.create_user("alice"))

        # the thread's own title is no Q&A channel name: its parent's is
        thread = _thread(env, guild, qa, "my venue question", alice)
        await alice.send(thread, "where is the workshop?")
        reply = thread.last_message
        assert reply.author.id == bot.user.id and "Chicago" in all_text(reply.embeds[0])

        post = _thread(env, guild, forum, "Page limit?", alice, forum=True)
        await alice.send(post, "how many pages can the paper have?")
        reply = post.last_message
        assert reply.author.id == bot.user.id and "4" in all_text(reply.embeds[0])

        # a thread named like a Q&A channel, under an ordinary channel, is not one
        lookalike = _thread(env, guild, general, "ask-the-bot", alice)
        sent = await alice.send(lookalike, "where is the workshop?")
        assert lookalike.last_message.id == sent.id


async def test_a_mention_in_any_thread_is_answered(world):
    thread = _thread(world.env, world.guild, world.general, "chat", world.alice)
    reply = await world.ask("where is the workshop?", channel=thread)
    assert reply is not None and "Chicago" in all_text(reply.embeds[0])
