"""Who is an organizer: a member with the organizer role, or with the Manage Server permission.

Checked every time an organizer command or button runs. Commands are not hidden with
``default_permissions``: that would hide them from role-only organizers too, and hiding is only a
courtesy; this check is what refuses everyone else.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.settings import Settings


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

