"""The cancel select of ``/reminders``: a dynamic item, so it works after a restart; it only ever
cancels the clicking member's own reminders."""

from __future__ import annotations

import re
from typing import Any

import discord
from discord.ext import commands

from bot.discord_ui.embeds import clip

CANCEL_ID = "wb:remind:cancel"


class CancelReminderSelect(discord.ui.DynamicItem[discord.ui.Select], template=CANCEL_ID):
    def __init__(self, options: list[discord.SelectOption] | None = None) -> None:
        super().__init__(discord.ui.Select(
            custom_id=CANCEL_ID, placeholder="Cancel a reminder…",
            options=options or [discord.SelectOption(label="-", value="0")]))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: Any,
                             match: re.Match[str], /) -> CancelReminderSelect:
        return cls()

    async def callback(self, interaction: discord.Interaction) -> None:
        client = interaction.client
        cog = client.get_cog("Reminders") if isinstance(client, commands.Bot) else None
        values = self.item.values
        if cog is not None and values and values[0].isdigit():
            await cog.cancel(interaction, int(values[0]))  # type: ignore[attr-defined]


def reminders_view(items: list[tuple[int, str]]) -> discord.ui.View | None:
    if not items:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(CancelReminderSelect([discord.SelectOption(label=clip(label, 100),
                                                             value=str(rid))
                                        for rid, label in items]))
    view.stop()
    return view


DYNAMIC_ITEMS = (CancelReminderSelect,)
