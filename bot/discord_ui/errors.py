"""The one error handler of the command tree: a short private note to the user, the traceback to
the log. Nothing here ever shows a traceback or internal detail in Discord."""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from bot.discord_ui.embeds import notice_embed
from bot.discord_ui.replies import reply_privately

log = logging.getLogger(__name__)

APOLOGY = ("Sorry, something went wrong on my side while answering that. "
           "The problem has been logged; please try again in a moment.")
NOT_ALLOWED = "Sorry, you can't use this command here."


class Refusal(app_commands.CheckFailure):
    """A check that failed with a reason meant for the user: shown as it is, privately."""


def _text_for(error: app_commands.AppCommandError) -> str:
    if isinstance(error, Refusal):
        return str(error)
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.MissingRole):
        error = app_commands.MissingAnyRole([error.missing_role])
    if isinstance(error, app_commands.MissingAnyRole):
        roles = " or ".join(f"**{role}**" for role in error.missing_roles)
        return (f"Sorry, only organizers can use this command: members with the {roles} role "
                "or the Manage Server permission.")
    if isinstance(error, app_commands.MissingPermissions):
        return "Sorry, only organizers (Manage Server permission) can use this command."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command works in the workshop's server, not in direct messages."
    if isinstance(error, app_commands.CheckFailure):
        return NOT_ALLOWED
    if isinstance(error, app_commands.TransformerError):
        return f"I could not read `{error.value}` for that option."
    return APOLOGY


class WorkshopTree(app_commands.CommandTree):
    """The command tree, with the bot's single error handler."""

    async def on_error(self, interaction: discord.Interaction,
                       error: app_commands.AppCommandError) -> None:
        command = interaction.command.qualified_name if interaction.command else "?"
        text = _text_for(error)
        if text is APOLOGY:
            original = getattr(error, "original", error)
            log.error("/%s failed", command, exc_info=(type(original), original,
                                                        original.__traceback__))
        else:
            log.info("/%s refused for user %s: %s", command, interaction.user.id,
                     type(error).__name__)
        await send_private(interaction, text)


async def send_private(interaction: discord.Interaction, text: str) -> None:
    """An ephemeral note, whether or not the interaction was already answered; never raises."""
    if interaction.type is discord.InteractionType.autocomplete:
        return  # autocomplete cannot show a message
    await reply_privately(interaction, embed=notice_embed(text))
