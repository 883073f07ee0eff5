"""Command sync at start: only when the definitions changed; to one server when configured."""

from __future__ import annotations

from bot.app import SYNC_HASH_KEY, create_bot


def command_puts(env) -> list[str]:
    return [r.path for r in env.http_requests
            if r.method == "PUT" and r.path.endswith("/commands")]


async def test_first_start_syncs_globally_and_a_restart_does_not_sync_again(world):
    env = world.env
    assert len(command_puts(env)) == 1 and "/guilds/" not in command_puts(env)[0]
    assert env.bot.services.storage.sync.get_meta(SYNC_HASH_KEY) == env.bot.command_hash()

    await env.restart_bot(create_bot())
    assert len(command_puts(env)) == 1  # unchanged definitions: no second sync
    r = await world.alice.slash(world.general, "deadlines")  # and the commands still work
    assert r.acknowledged


async def test_a_changed_target_syncs_again_to_that_server_only(world, bot_env):
    env = world.env
    bot_env.setenv("WORKSHOP_BOT_GUILD_ID", str(world.guild.id))
    await env.restart_bot(create_bot())
    puts = command_puts(env)
    assert len(puts) == 2 and puts[-1].endswith(f"/guilds/{world.guild.id}/commands")
    r = await world.alice.slash(world.general, "venue")
    assert r.acknowledged


async def test_forced_sync_syncs_even_when_nothing_changed(world):
    env = world.env
    await env.restart_bot(create_bot(sync="force"))
    assert len(command_puts(env)) == 2
