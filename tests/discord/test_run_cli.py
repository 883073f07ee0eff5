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


@pytest.mark.parametrize("command", ["run", "sync"])
def test_without_a_token_the_help_names_the_command(command, bot_env, capsys):
    assert main([command]) == 2
    assert f"run `workshop-bot {command}` again" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["run", "sync"])
def test_no_network_is_one_clear_line_not_a_traceback(command, bot_env, capsys, monkeypatch):
    # Nothing may reach Discord in tests: the connection attempt itself fails here, as it does
    # on a machine without network (DNS errors and refused connections are OSErrors).
    from bot.app import WorkshopBot

    async def unreachable(self, *args, **kwargs):
        raise OSError("Cannot connect to host discord.com:443")

    monkeypatch.setattr(WorkshopBot, "login", unreachable)
    monkeypatch.setattr(WorkshopBot, "start", unreachable)
    bot_env.setenv("DISCORD_TOKEN", "secret-token-value")
    assert main([command]) == 1
    captured = capsys.readouterr()
    assert "cannot reach Discord (OSError)" in captured.err
    assert "Traceback" not in captured.err and "secret-token-value" not in captured.err
