"""``workshop-bot run`` and ``sync`` without a token: exit 2 and say how to get one."""

from __future__ import annotations

import pytest

from bot.cli.main import main


@pytest.mark.parametrize("command", ["run", "sync"])
def test_without_a_token_exits_2_and_explains_how_to_get_one(command, bot_env, capsys):
    assert main([command]) == 2
    err = capsys.readouterr().err
    assert ("DISCORD_TOKEN" in err and "Developer Portal" not in err) or "Reset Token" in err
    assert "discord.com/developers/applications" in err


def test_invalid_settings_are_reported_without_the_token(bot_env, capsys):
    bot_env.setenv("DISCORD_TOKEN", "secret-token-value")
    bot_env.setenv("WORKSHOP_BOT_GUILD_ID", "not-a-number")
    assert main(["run"]) == 2
    captured = capsys.readouterr()
    assert "WORKSHOP_BOT_GUILD_ID" in captured.err or "guild_id" in captured.err
    assert "secret-token-value" not in captured.err + captured.out


def test_settings_never_show_the_token(bot_env):
    from bot.settings import Settings

    bot_env.setenv("DISCORD_TOKEN", "secret-token-value")
    settings = Settings()
    assert settings.token() == "secret-token-value"
    assert "secret-token-value" not in repr(settings) + str(settings)
