"""Failures: a send that fails, a channel the bot may not write in, a command that crashes."""

from __future__ import annotations

import logging

import discord
from reading import all_text


async def test_a_failed_send_is_logged_and_the_next_question_is_answered(world, caplog):
    world.env.inject_error("POST", "/channels/*/messages", status=500)
    with caplog.at_level(logging.WARNING, logger="bot.discord_ui"):
        assert await world.ask("where is the workshop?") is None
    assert any("could not reply" in r.getMessage() and "500" in r.getMessage()
               for r in caplog.records)
    assert not world.env.errors  # handled, not crashed
    reply = await world.ask("where is the workshop?", who=world.bob)
    assert reply is not None and "Chicago" in all_text(reply.embeds[0])


async def test_a_missing_permission_in_one_channel_does_not_stop_the_bot(world):
    me = world.env.bot.user  # the bot may read this channel but not write in it
    locked = world.guild.create_text_channel(
        "read-only", overwrites={me: discord.PermissionOverwrite(send_messages=False)})
    sent = await world.alice.send(locked, f"{world.mention} where is the workshop?")
    assert locked.last_message.id == sent.id  # the bot could not answer there...
    assert not world.env.errors
    assert await world.ask("where is the workshop?") is not None  # ...and still serves elsewhere


async def test_a_crashing_command_gets_a_private_apology_and_a_logged_traceback(
        world, monkeypatch, caplog):
    responder = world.env.bot.services.source.responder

    def broken(question, now):
        raise RuntimeError("matcher exploded")

    monkeypatch.setattr(responder, "respond", broken)
    with caplog.at_level(logging.ERROR, logger="bot.discord_ui.errors"):
        r = await world.alice.slash(world.general, "ask", question="where is the workshop?")
    assert r.ephemeral
    assert "Sorry, something went wrong" in all_text(r.response.embeds[0])
    assert "matcher exploded" not in all_text(r.response.embeds[0])  # no internals shown
    logged = [rec for rec in caplog.records if rec.exc_info]
    assert logged and "matcher exploded" in str(logged[0].exc_info[1])
    errors = world.env.errors  # reading them acknowledges the expected one
    assert any("matcher exploded" in str(e) for e in errors)
    monkeypatch.undo()
    again = await world.alice.slash(world.general, "deadlines")
    assert "Paper submission" in all_text(again.response.embeds[0])
