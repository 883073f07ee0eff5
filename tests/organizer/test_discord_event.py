"""The workshop as a Discord scheduled event: created, updated by reloads, never duplicated, and
without Manage Events a note in the log and in /stats."""

from __future__ import annotations

import logging

import discord
from organizer_world import Server, knowledge_text

from bot.app import create_bot


def _events(server: Server) -> list:
    backend = server.env.backend
    return list(backend.get_guild(server.guild.id).scheduled_events.values())


def _bot_role(server: Server):
    guild = server.env.backend.get_guild(server.guild.id)
    return next(r for r in guild.roles.values() if r.managed)


async def test_one_event_is_kept_in_step_with_the_knowledge_across_reloads_and_restarts(
        server: Server, knowledge_file) -> None:
    await server.env.settle()  # the server was just created: let the bot see it
    events = _events(server)
    assert len(events) == 1
    event = events[0]
    assert event.name == "Organizer Test Workshop"
    assert event.entity_type == 3 and event.entity_metadata == {"location": "Lisbon, Portugal"}
    assert event.scheduled_start_time.startswith("2026-02-01T00:00:00")
    assert event.scheduled_end_time.startswith("2026-02-01T23:59:59")
    assert event.creator_id == server.env.bot.user.id

    # a reload moves it (the same event, not a new one)
    knowledge_file.write_text(knowledge_text().replace("date: 2026-02-01", "date: 2026-02-03")
                              .replace("Lisbon, Portugal", "Porto, Portugal"), encoding="utf-8")
    await server.organizer.slash(server.general, "reload")
    events = _events(server)
    assert len(events) == 1 and events[0].id == event.id
    assert events[0].scheduled_start_time.startswith("2026-02-03T00:00:00")
    assert events[0].entity_metadata == {"location": "Porto, Portugal"}

    # a program gives the event its hours; a stream link its place when the workshop is virtual
    knowledge_file.write_text(
        knowledge_text().replace("date: 2026-02-01", "date: 2026-02-03\n  mode: virtual\n"
                                 "  stream_url: https://stream.example.org/live")
        + "program:\n  - title: Opening\n    start: 2026-02-03T09:00\n"
          "  - title: Closing\n    start: 2026-02-03T17:00\n    end: 2026-02-03T17:30\n",
        encoding="utf-8")
    await server.organizer.slash(server.general, "reload")
    events = _events(server)
    assert len(events) == 1 and events[0].id == event.id
    assert events[0].scheduled_start_time.startswith("2026-02-03T09:00:00")
    assert events[0].scheduled_end_time.startswith("2026-02-03T17:30:00")
    assert events[0].entity_metadata == {"location": "https://stream.example.org/live"}

    # restarts find the bot's own event: never a second one
    await server.env.restart_bot(create_bot())
    await server.env.restart_bot(create_bot())
    assert [e.id for e in _events(server)] == [event.id]
    creates = [c for c in server.env.http_requests
               if c.method == "POST" and c.path.endswith("/scheduled-events")]
    assert len(creates) == 1


async def test_an_organizers_own_event_is_left_alone_and_a_stray_duplicate_removed(
        server: Server) -> None:
    await server.env.settle()
    backend = server.env.backend
    backend.create_scheduled_event(server.guild.id, name="Social dinner", entity_type=3,
                                   creator_id=server.organizer.id,
                                   scheduled_start_time="2026-02-01T19:00:00+00:00",
                                   scheduled_end_time="2026-02-01T22:00:00+00:00",
                                   entity_metadata={"location": "Somewhere"})
    backend.create_scheduled_event(server.guild.id, name="Organizer Test Workshop",
                                   entity_type=3, creator_id=backend.bot_user.id,
                                   scheduled_start_time="2026-02-01T00:00:00+00:00",
                                   scheduled_end_time="2026-02-01T23:59:59+00:00",
                                   entity_metadata={"location": "Lisbon, Portugal"})
    await server.env.restart_bot(create_bot())
    names = sorted(e.name for e in _events(server))
    assert names == ["Organizer Test Workshop", "Social dinner"]


async def test_without_manage_events_it_says_so_once_and_carries_on(
        server: Server, knowledge_file, caplog) -> None:
    backend = server.env.backend
    await server.env.settle()
    for event in _events(server):
        backend.delete_scheduled_event(server.guild.id, event.id)
    role = _bot_role(server)
    perms = discord.Permissions(role.permissions)
    perms.manage_events = False
    backend.edit_role(server.guild.id, role.id, {"permissions": perms.value})
    caplog.set_level(logging.WARNING, logger="bot.organizer.discord_event")
    await server.env.restart_bot(create_bot())
    assert len([r for r in caplog.records if "Manage Events" in r.getMessage()]) >= 1
    caplog.clear()  # from here, one process: one warning, whatever happens
    knowledge_file.write_text(knowledge_text().replace("date: 2026-02-01", "date: 2026-02-03"),
                              encoding="utf-8")
    await server.organizer.slash(server.general, "reload")
    assert _events(server) == []
    assert not [r for r in caplog.records if "Manage Events" in r.getMessage()]
    stats = await server.organizer.slash(server.general, "stats")
    fields = {f.name: f.value for f in server.reply(stats).fields}
    assert "Manage Events" in fields["Discord event"]
    reply = await server.member.send(server.general, f"{server.env.bot.user.mention} where?")
    assert server.general.last_message.id != reply.id  # still answering

    # granted later: the event appears
    perms.manage_events = True
    backend.edit_role(server.guild.id, role.id, {"permissions": perms.value})
    await server.env.advance_time(1)
    assert len(_events(server)) == 1
