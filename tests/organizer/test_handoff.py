"""Hand-off: an attendee's unknown question, through the organizers, back to the attendee; the
saved answer then serves the next person, across restarts."""

from __future__ import annotations

import pytest
from organizer_world import Server

from bot.app import create_bot

QUESTION = "is there a vegan lunch option at the social dinner?"
SIMILAR = "vegan lunch option at the social dinner?"
ANSWER = "Yes: tell the registration desk and you get the vegan menu."


def _ids(message) -> list[str]:
    return [c.custom_id for row in message.components for c in row.children]


async def _ask(server: Server, text: str, who=None):
    who = who or server.member
    sent = await who.send(server.general, f"{server.env.bot.user.mention} {text}")
    reply = server.general.last_message
    assert reply.id != sent.id
    return sent, reply


@pytest.fixture
def organizers(server: Server):
    return server.guild.create_text_channel("organizers")


async def test_a_question_goes_to_the_organizers_and_the_answer_back_to_the_asker(
        server: Server, organizers) -> None:
    env = server.env
    asked, reply = await _ask(server, QUESTION + " <https://evil.example> @everyone")
    assert reply.embeds[0].title == "I don't know"
    ask_id = next(i for i in _ids(reply) if i.startswith("wb:ask:"))

    # someone else cannot pass mia's question on
    other = await server.organizer.click(reply, custom_id=ask_id)
    assert "Only the person who asked" in server.reply(other).description
    assert organizers.last_message is None

    sent = await server.member.click(reply, custom_id=ask_id)
    assert "Sent to the organizers" in server.reply(sent).description
    post = organizers.last_message
    assert post.author.id == env.bot.user.id and not post.embeds
    assert f"<@{server.member.id}>" in post.content and f"<#{server.general.id}>" in post.content
    assert "```\n" + QUESTION in post.content  # verbatim, in a code block: no link, no ping
    post_call = next(c for c in env.http_requests if c.method == "POST"
                     and c.path == f"/channels/{organizers.id}/messages")
    assert post_call.json["allowed_mentions"]["parse"] == []
    assert not post_call.json["allowed_mentions"].get("users")

    # the same question is not posted twice
    again = await server.member.click(reply, custom_id=ask_id)
    assert "already sent" in server.reply(again).description
    assert len(server.posts(organizers)) == 1

    # an attendee cannot answer
    refused = await server.member.click(post, label="Answer")
    assert "only organizers" in server.reply(refused).description.lower()

    shown = await server.organizer.click(post, label="Answer")
    await server.organizer.submit_modal(shown, {"answer": ANSWER})
    answer = server.general.last_message
    assert answer.author.id == env.bot.user.id
    assert answer.reference is not None and answer.reference.message_id == asked.id
    assert answer.content == f"<@{server.member.id}>"
    assert ANSWER in answer.embeds[0].description
    call = [c for c in env.http_requests if c.method == "POST"
            and c.path == f"/channels/{server.general.id}/messages"][-1]
    assert call.json["allowed_mentions"]["users"] == [str(server.member.id)] or \
        call.json["allowed_mentions"]["users"] == [server.member.id]
    assert call.json["allowed_mentions"]["parse"] == []

    post = organizers.last_message
    assert "Answered by olga" in post.content and ANSWER in post.content
    assert "(mia)" in post.content  # who asked, still named after the edit
    assert any(i.startswith("wb:ho:save:") for i in _ids(post))
    assert not any(i.startswith("wb:ho:answer:") for i in _ids(post))

    # the inbox says it was handed off and answered
    inbox = await server.organizer.slash(server.general, "unanswered")
    assert "answered by the organizers" in server.reply(inbox).description


async def test_a_saved_answer_serves_the_next_person_across_restarts(
        server: Server, organizers) -> None:
    env = server.env
    _, reply = await _ask(server, QUESTION)
    await env.restart_bot(create_bot())  # every button outlives the process
    await server.member.click(reply, label="Ask the organizers")
    post = organizers.last_message
    await env.restart_bot(create_bot())
    shown = await server.organizer.click(post, label="Answer")
    await server.organizer.submit_modal(shown, {"answer": ANSWER})
    post = organizers.last_message

    await env.restart_bot(create_bot())  # the Save button outlives the process
    refused = await server.member.click(post, label="Save for similar questions")
    assert "only organizers" in server.reply(refused).description.lower()
    await server.manager.click(post, label="Save for similar questions")
    post = organizers.last_message
    assert "Saved as `saved-1`" in post.content and not _ids(post)

    _, reply = await _ask(server, SIMILAR, who=server.manager)
    assert ANSWER in reply.embeds[0].description  # through the FAQ understanding
    await server.organizer.slash(server.general, "reload")  # a reload keeps them
    _, reply = await _ask(server, SIMILAR, who=server.manager)
    assert ANSWER in reply.embeds[0].description

    await env.restart_bot(create_bot())
    _, reply = await _ask(server, QUESTION)
    assert ANSWER in reply.embeds[0].description
    _, other = await _ask(server, "where is the workshop?")
    assert ANSWER not in other.embeds[0].description  # must not: it answers only its own

    listed = await server.organizer.slash(server.general, "saved-answers")
    assert "saved-1" in server.reply(listed).description
    removed = await server.organizer.select(listed.response.message, ["1"],
                                            custom_id="wb:saved:remove")
    assert "Removed `saved-1`" in server.reply(removed).description
    _, reply = await _ask(server, QUESTION)
    assert ANSWER not in (reply.embeds[0].description or "")


async def test_a_question_asked_by_direct_message_is_answered_by_direct_message(
        server: Server, organizers) -> None:
    await server.member.send_dm(QUESTION)
    dm = server.member.user.dm_channel
    reply = dm.last_message
    sent = await server.member.user.click(reply, label="Ask the organizers")
    assert "get it here." in server.reply(sent).description  # in this DM
    post = organizers.last_message
    assert "by direct message" in post.content
    shown = await server.organizer.click(post, label="Answer")
    await server.organizer.submit_modal(shown, {"answer": ANSWER})
    delivered = dm.last_message
    assert delivered.id != reply.id and ANSWER in delivered.embeds[0].description


async def test_without_an_organizers_channel_the_asker_is_told(server: Server) -> None:
    _, reply = await _ask(server, QUESTION)
    r = await server.member.click(reply, label="Ask the organizers")
    assert "/contact" in server.reply(r).description


async def test_in_several_servers_without_a_home_server_answers_are_not_saved(
        server: Server, organizers) -> None:
    server.env.create_guild("Someone else's server")  # anyone can add the bot to theirs
    _, reply = await _ask(server, QUESTION)
    await server.member.click(reply, label="Ask the organizers")
    post = organizers.last_message
    shown = await server.organizer.click(post, label="Answer")
    await server.organizer.submit_modal(shown, {"answer": ANSWER})
    assert ANSWER in server.general.last_message.embeds[0].description  # still delivered
    refused = await server.organizer.click(organizers.last_message,
                                           label="Save for similar questions")
    assert "WORKSHOP_BOT_GUILD_ID" in server.reply(refused).description
    assert server.storage.saved_answers() == []


async def test_a_discord_or_database_error_loses_nothing_and_can_be_tried_again(
        server: Server, organizers) -> None:
    from bot.storage import StorageError

    env = server.env
    _, reply = await _ask(server, QUESTION)
    env.inject_error("POST", f"/channels/{organizers.id}/messages", status=500)
    r = await server.member.click(reply, label="Ask the organizers")
    assert "could not reach the organizers" in server.reply(r).description
    assert organizers.last_message is None

    def broken(*args, **kwargs):
        raise StorageError("database is locked")

    server.storage.add_handoff = broken  # the storage looks its methods up per call
    r = await server.member.click(reply, label="Ask the organizers")
    assert "try again in a moment" in server.reply(r).description
    del server.storage.add_handoff

    r = await server.member.click(reply, label="Ask the organizers")  # now it goes through
    assert "Sent to the organizers" in server.reply(r).description
    assert len(server.posts(organizers)) == 1


async def test_a_private_ask_is_answered_by_direct_message_never_in_public(
        server: Server, organizers) -> None:
    r = await server.member.slash(server.general, "ask", question=QUESTION)
    sent = await server.member.click(r.response.message, label="Ask the organizers")
    assert "by direct message" in server.reply(sent).description
    post = organizers.last_message
    assert "privately (/ask)" in post.content
    shown = await server.organizer.click(post, label="Answer")
    await server.organizer.submit_modal(shown, {"answer": ANSWER})
    dm = server.member.user.dm_channel.last_message
    assert ANSWER in dm.embeds[0].description
    assert server.general.history() == []  # must not: the private question made public


async def test_with_a_home_server_questions_of_another_server_stay_there(
        knowledge_file, tmp_path) -> None:
    import simcord

    from bot.settings import Settings

    home_id = 1_400_000_000_000_000_001
    bot = create_bot(Settings(knowledge=knowledge_file, db=tmp_path / "home.sqlite3",
                              guild_id=home_id))
    async with simcord.run(bot) as env:
        home = env.create_guild("Workshop", id=home_id)
        home_organizers = home.create_text_channel("organizers")
        other = env.create_guild("Elsewhere")
        lobby = other.create_text_channel("lobby")
        other.create_text_channel("organizers")
        stranger = other.add_member(env.create_user("sam"))
        await stranger.send(lobby, f"{bot.user.mention} {QUESTION}")
        reply = lobby.last_message
        assert reply.embeds[0].title == "I don't know"
        assert not any(i.startswith("wb:ask:") for i in _ids(reply))  # no button that cannot work
        assert home_organizers.last_message is None  # must not: another server's question
