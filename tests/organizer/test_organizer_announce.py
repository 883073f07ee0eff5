"""/announce and the organizer check: who may, what is posted, and who gets pinged."""

from __future__ import annotations

import discord
from organizer_world import Server

from bot.organizer.access import NotOrganizer


def _posts_requests(server: Server, channel_id: int) -> list:
    path = f"/channels/{channel_id}/messages"
    return [r for r in server.env.http_requests if r.method == "POST" and r.path == path]


async def test_a_member_is_refused_every_organizer_command_and_nothing_is_posted(
        server: Server) -> None:
    member = server.member
    results = [
        await member.slash(server.general, "announce", message="fake news @everyone"),
        await member.slash(server.general, "announce", message="later", at="in 2h"),
        await member.slash(server.general, "announce"),  # would open the modal
        await member.slash(server.general, "scheduled"),
        await member.slash(server.general, "reload"),
        await member.slash(server.general, "unanswered"),
        await member.slash(server.general, "stats"),
    ]
    for r in results:
        assert r.ephemeral
        assert r.modal is None
        assert "only organizers" in server.reply(r).description
    errors = server.env.errors
    assert len(errors) == len(results)
    assert all(isinstance(e, NotOrganizer) for e in errors)
    assert server.posts() == [] and server.posts(server.general) == []
    assert server.storage.scheduled(include_failed=True) == []  # no announcement queued


async def test_an_organizer_by_role_announces_now(server: Server) -> None:
    r = await server.announce(message="Coffee is in room B.", title="Coffee")
    assert r.ephemeral
    posts = server.posts()
    assert len(posts) == 1
    embed = posts[0].embeds[0]
    assert (embed.title, embed.description) == ("Coffee", "Coffee is in room B.")
    assert embed.footer.text.startswith("Announced by olga")
    assert "Posted in" in server.reply(r).description


async def test_an_organizer_by_manage_server_announces_too(server: Server) -> None:
    # max has only the Staff role (Manage Server), not the Organizers role (see conftest)
    await server.announce(server.manager, message="Lunch at noon.")
    posts = server.posts()
    assert len(posts) == 1
    assert posts[0].embeds[0].description == "Lunch at noon."
    assert posts[0].embeds[0].footer.text.startswith("Announced by max")


async def test_everyone_in_the_text_never_pings_and_ping_pings_exactly_its_role(
        server: Server) -> None:
    attendees = server.guild.create_role("Attendees-2026")
    await server.announce(message=f"@everyone the room changed <@&{server.staff_role.id}>")
    await server.announce(message="@everyone @here doors open", ping=attendees)
    plain, pinged = _posts_requests(server, server.announcements.id)
    assert plain.json["allowed_mentions"]["parse"] == []  # no everyone, no users, no roles
    assert not plain.json["allowed_mentions"].get("roles")
    assert not plain.json.get("content")
    assert pinged.json["content"] == f"<@&{attendees.id}>"
    assert pinged.json["allowed_mentions"]["parse"] == []
    assert [int(r) for r in pinged.json["allowed_mentions"]["roles"]] == [attendees.id]
    first, second = server.posts()
    assert not first.mention_everyone and first.role_mentions == []
    assert not second.mention_everyone
    assert [r.id for r in second.role_mentions] == [attendees.id]


async def test_a_long_announcement_is_written_in_a_modal(server: Server) -> None:
    shown = await server.announce(title="Program")
    assert shown.modal is not None
    long_text = "Session details. " * 230  # ~3900 characters, beyond a comfortable option
    await server.organizer.submit_modal(shown, {"title": "Program", "message": long_text})
    posts = server.posts()
    assert len(posts) == 1
    assert posts[0].embeds[0].title == "Program"
    assert posts[0].embeds[0].description == long_text.strip()


async def test_another_channel_and_announcement_channels_are_published(server: Server) -> None:
    news = server.guild.create_news_channel("news")
    await server.announce(message="Published to followers.", channel=news)
    posts = server.posts(news)
    assert len(posts) == 1
    crossposts = [r for r in server.env.http_requests if r.method == "POST"
                  and r.path == f"/channels/{news.id}/messages/{posts[0].id}/crosspost"]
    assert len(crossposts) == 1
    assert server.posts() == []


async def test_pinging_everyone_as_the_role_is_refused(server: Server) -> None:
    r = await server.announce(message="hi", ping=server.guild.default_role)
    assert "not @everyone" in server.reply(r).description
    assert server.posts() == []


async def test_a_role_that_would_not_be_pinged_is_refused(server: Server) -> None:
    # Discord pings a role only if it is mentionable or the bot may mention everyone there
    quiet = server.guild.create_text_channel(
        "quiet", overwrites={server.env.bot.user: discord.PermissionOverwrite(
            mention_everyone=False)})
    silent_role = server.guild.create_role("Reviewers")  # not mentionable
    r = await server.announce(message="reviews are due", channel=quiet, ping=silent_role)
    reply = server.reply(r).description
    assert "Reviewers" in reply and "mention" in reply
    assert server.posts(quiet) == [] and server.storage.scheduled() == []

    loud_role = server.guild.create_role("Authors", mentionable=True)
    await server.announce(message="camera-ready is due", channel=quiet, ping=loud_role)
    posts = server.posts(quiet)
    assert len(posts) == 1 and [r.id for r in posts[0].role_mentions] == [loud_role.id]


async def test_a_channel_whose_history_the_bot_cannot_read_is_refused(server: Server) -> None:
    # a retry looks for its own earlier post first; without history it could post twice
    blind = server.guild.create_text_channel(
        "blind", overwrites={server.env.bot.user: discord.PermissionOverwrite(
            read_message_history=False)})
    r = await server.announce(message="hi", channel=blind)
    assert "Read Message History" in server.reply(r).description
    assert server.posts(blind) == [] and server.storage.scheduled() == []
