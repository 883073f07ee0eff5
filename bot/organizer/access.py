"""Who is an organizer: a member with the organizer role, or with the Manage Server permission,
in the workshop's home server when one is set (``WORKSHOP_BOT_GUILD_ID``).

Checked every time an organizer command or button runs. Commands are not hidden with
``default_permissions``: that would hide them from role-only organizers too, and hiding is only a
courtesy; this check is what refuses everyone else.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.discord_ui.errors import Refusal
from bot.settings import Settings

HOME_ONLY = ("Organizer commands work only in the workshop's own server. Anyone can add this bot "
             "to a server of their own; its organizer tools stay with the workshop's organizers.")


class NotOrganizer(app_commands.MissingAnyRole):
    """Raised by the check; the command tree's error handler tells the member, privately."""

    def __init__(self, role: str) -> None:
        super().__init__([role])
        self.args = (f"only members with the {role} role or the Manage Server permission "
                     "may use organizer commands",)


def is_organizer(user: discord.abc.User, settings: Settings) -> bool:
    if not isinstance(user, discord.Member):
        return False  # in a DM there is no server role to check
    if user.guild_permissions.manage_guild:
        return True
    wanted = settings.organizer_role.casefold()
    return any(role.name.casefold() == wanted for role in user.roles)



class NotHomeServer(Refusal):
    """An organizer command used outside the home server."""

    def __init__(self) -> None:
        super().__init__(HOME_ONLY)


def check_organizer(interaction: discord.Interaction, settings: Settings) -> None:
    """Raise :class:`NotHomeServer` or :class:`NotOrganizer` unless the member may act here."""
    if settings.guild_id is not None and interaction.guild_id != settings.guild_id:
        raise NotHomeServer()
    if interaction.guild_id is None or not is_organizer(interaction.user, settings):
        raise NotOrganizer(settings.organizer_role)
