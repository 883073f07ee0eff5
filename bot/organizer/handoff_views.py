"""The hand-off's buttons: *Answer* and *Save* under a question in the organizers' channel, and
the remove select of ``/saved-answers``. All are dynamic items (their custom_id says which
hand-off), so they work on posts made before a restart; each re-checks at click time that the
member is an organizer of the server the question belongs to."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.discord_ui.errors import send_private
from bot.storage import StorageError

if TYPE_CHECKING:
    from bot.organizer.handoff import HandoffCog

log = logging.getLogger(__name__)

HANDOFF_COG = "Handoff"
ANSWER_MAX = 1500  # what the asker receives; the organizers' post shows the start of it


DATABASE_NOTE = "Sorry, I could not reach my database just now; please try again in a moment."


async def guarded(interaction: discord.Interaction, action: Awaitable[None]) -> None:
    """Run a button's action; a database error becomes a short private note (and a log line)."""
    try:
        await action
    except StorageError:
        log.exception("a hand-off button failed on a database error")
        await send_private(interaction, DATABASE_NOTE)


def handoff_cog(interaction: discord.Interaction) -> HandoffCog | None:
    client = interaction.client
    cog = client.get_cog(HANDOFF_COG) if isinstance(client, commands.Bot) else None
    return cog  # type: ignore[return-value]


class AnswerButton(discord.ui.DynamicItem[discord.ui.Button],
                   template=r"wb:ho:answer:(?P<id>[0-9]+)"):
    """Opens the answer form (organizers of the question's server only)."""

    def __init__(self, handoff_id: int) -> None:
        self.handoff_id = handoff_id
        super().__init__(discord.ui.Button(label="Answer", style=discord.ButtonStyle.primary,
                                           emoji="✍️", custom_id=f"wb:ho:answer:{handoff_id}"))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: Any,
                             match: re.Match[str], /) -> AnswerButton:
        return cls(int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = handoff_cog(interaction)
        if cog is not None:
            await guarded(interaction, cog.open_answer_form(interaction, self.handoff_id))


class SaveButton(discord.ui.DynamicItem[discord.ui.Button],
                 template=r"wb:ho:save:(?P<id>[0-9]+)"):
    """Keeps the answer as a saved answer for the same and similar questions."""

    def __init__(self, handoff_id: int) -> None:
        self.handoff_id = handoff_id
        super().__init__(discord.ui.Button(label="Save for similar questions", emoji="💾",
                                           style=discord.ButtonStyle.success,
                                           custom_id=f"wb:ho:save:{handoff_id}"))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: Any,
                             match: re.Match[str], /) -> SaveButton:
        return cls(int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = handoff_cog(interaction)
        if cog is not None:
            await guarded(interaction, cog.save(interaction, self.handoff_id))


class RemoveSavedSelect(discord.ui.DynamicItem[discord.ui.Select],
                        template=r"wb:saved:remove"):
    """``/saved-answers``: pick one to remove."""

    def __init__(self, options: list[discord.SelectOption] | None = None) -> None:
        super().__init__(discord.ui.Select(
            custom_id="wb:saved:remove", placeholder="Remove a saved answer…",
            options=options or [discord.SelectOption(label="-", value="0")]))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: Any,
                             match: re.Match[str], /) -> RemoveSavedSelect:
        return cls()

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = handoff_cog(interaction)
        values = self.item.values
        if cog is not None and values and values[0].isdigit():
            await guarded(interaction, cog.remove_saved(interaction, int(values[0])))


class AnswerModal(discord.ui.Modal):
    """The organizer's answer to one handed-off question."""

    def __init__(self, cog: HandoffCog, handoff_id: int, question: str) -> None:
        super().__init__(title="Answer the question", timeout=30 * 60)
        self.cog = cog
        self.handoff_id = handoff_id
        self.text: discord.ui.TextInput[AnswerModal] = discord.ui.TextInput(
            label="Answer (sent to the person who asked)", custom_id="answer",
            style=discord.TextStyle.paragraph, max_length=ANSWER_MAX,
            placeholder=question[:100])
        self.add_item(self.text)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await guarded(interaction,
                      self.cog.deliver_answer(interaction, self.handoff_id, self.text.value))

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        log.error("answer form failed", exc_info=error)
        await send_private(interaction, "Sorry, that did not work; it is logged.")


def answer_view(handoff_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(AnswerButton(handoff_id))
    view.stop()  # dispatched by the registered templates; nothing to keep per message
    return view


def save_view(handoff_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(SaveButton(handoff_id))
    view.stop()
    return view


DYNAMIC_ITEMS = (AnswerButton, SaveButton, RemoveSavedSelect)
