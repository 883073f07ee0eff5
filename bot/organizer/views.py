"""Organizer components: cancel / retry selects in /scheduled, "mark handled" in /unanswered, the
"announce this change" button after a reload (all keep working after a restart: dynamic items),
and the announce modal."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.core.grouping import QuestionGroup
from bot.discord_ui.errors import send_private
from bot.organizer.render import first_words
from bot.storage import Announcement, AnnouncementStatus

if TYPE_CHECKING:
    from bot.organizer.cog import OrganizerCog

log = logging.getLogger(__name__)

CANCEL_ID = "organizer:cancel"
RETRY_ID = "organizer:retry"
HANDLED_ID = "organizer:handled"
ANNOUNCE_CHANGE_ID = "organizer:announce-change"
MESSAGE_MAX = 4000  # Discord's limit for a modal text input


def _cog(interaction: discord.Interaction) -> OrganizerCog | None:
    client = interaction.client
    cog = client.get_cog("OrganizerCog") if isinstance(client, commands.Bot) else None
    return cog  # type: ignore[return-value]


async def _organizer_only(interaction: discord.Interaction) -> bool:
    """Re-check at click time that the member is (still) an organizer of the home server; tell
    them if not."""
    cog = _cog(interaction)
    refusal = "Sorry, only organizers can do that." if cog is None else cog.refusal(interaction)
    if refusal is not None:
        await send_private(interaction, refusal)
        return False
    return True


class _OrganizerOnly:
    """For dynamic items with a fixed custom_id that only organizers may use."""

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> Any:
        return cls()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return await _organizer_only(interaction)


class _OrganizerSelect(_OrganizerOnly, discord.ui.DynamicItem[discord.ui.Select],
                       template=r"organizer:unused"):
    """A select whose callback re-checks the organizer and hands the value to the cog."""

    custom = ""

    def __init__(self, options: Sequence[discord.SelectOption] = (),
                 placeholder: str = "") -> None:
        super().__init__(discord.ui.Select(
            custom_id=self.custom, placeholder=placeholder,
            options=list(options) or [discord.SelectOption(label="-", value="0")]))

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = _cog(interaction)
        value = int(self.item.values[0]) if self.item.values else 0
        if cog is not None:
            await self.handle(cog, interaction, value)

    async def handle(self, cog: OrganizerCog, interaction: discord.Interaction,
                     value: int) -> None:
        raise NotImplementedError


class CancelSelect(_OrganizerSelect, template=CANCEL_ID):
    custom = CANCEL_ID

    async def handle(self, cog: OrganizerCog, interaction: discord.Interaction,
                     value: int) -> None:
        await cog.cancel_from_select(interaction, value)


class RetrySelect(_OrganizerSelect, template=RETRY_ID):
    custom = RETRY_ID

    async def handle(self, cog: OrganizerCog, interaction: discord.Interaction,
                     value: int) -> None:
        await cog.retry_from_select(interaction, value)


class HandledSelect(_OrganizerSelect, template=HANDLED_ID):
    custom = HANDLED_ID

    async def handle(self, cog: OrganizerCog, interaction: discord.Interaction,
                     value: int) -> None:
        await cog.mark_handled_from_select(interaction, value)


def scheduled_view(items: Sequence[Announcement]) -> discord.ui.View | None:
    if not items:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(CancelSelect([
        discord.SelectOption(
            label=f"#{a.id} " + first_words(a.title or a.message, 80),
            description=("failed" if a.status is AnnouncementStatus.FAILED
                         else a.due_at.strftime("%Y-%m-%d %H:%M UTC")),
            value=str(a.id))
        for a in items[:25]], placeholder="Cancel an announcement…"))
    failed = [a for a in items if a.status is AnnouncementStatus.FAILED]
    if failed:
        view.add_item(RetrySelect([
            discord.SelectOption(label=f"#{a.id} " + first_words(a.title or a.message, 80),
                                 value=str(a.id))
            for a in failed[:25]], placeholder="Try a failed one again…"))
    return view


def unanswered_view(groups: Sequence[QuestionGroup]) -> discord.ui.View | None:
    if not groups:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(HandledSelect([
        discord.SelectOption(label=first_words(g.label, 90), description=f"{g.count} asked",
                             value=str(g.id))
        for g in groups[:25]], placeholder="Mark a group handled…"))
    return view


Submit = Callable[[discord.Interaction, str, str | None], Awaitable[None]]


class AnnounceModal(discord.ui.Modal):
    """Write a long announcement (up to 4000 characters)."""

    def __init__(self, submit: Submit, *, title_text: str | None = None,
                 message_text: str | None = None) -> None:
        super().__init__(title="Announcement", timeout=30 * 60)
        self._submit = submit
        self.heading: discord.ui.TextInput[AnnounceModal] = discord.ui.TextInput(
            label="Title", custom_id="title", required=False, max_length=256,
            default=title_text)
        self.body: discord.ui.TextInput[AnnounceModal] = discord.ui.TextInput(
            label="Message", custom_id="message", style=discord.TextStyle.paragraph,
            max_length=MESSAGE_MAX,
            default=message_text)
        self.add_item(self.heading)
        self.add_item(self.body)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self._submit(interaction, self.body.value, self.heading.value or None)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        log.error("announce modal failed", exc_info=error)
        await send_private(interaction, "Sorry, that did not work; it is logged.")


class AnnounceChangeButton(_OrganizerOnly, discord.ui.DynamicItem[discord.ui.Button],
                           template=ANNOUNCE_CHANGE_ID):
    """After a reload: opens the announce modal with the changes filled in.

    The changes are read back from the reload reply the button sits under, so the button keeps
    working after a restart (and past any view timeout).
    """

    def __init__(self) -> None:
        super().__init__(discord.ui.Button(label="Announce this change",
                                           style=discord.ButtonStyle.primary,
                                           custom_id=ANNOUNCE_CHANGE_ID))

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = _cog(interaction)
        if cog is not None:
            await interaction.response.send_modal(cog.announce_modal(
                title_text="Update", message_text=changes_text(interaction.message)))


def changes_text(message: discord.Message | None) -> str:
    """The "• change" lines of a reload reply (what the organizer saw), for the modal."""
    description = (message.embeds[0].description or "") if message and message.embeds else ""
    lines = [line for line in description.splitlines() if line.startswith("• ")]
    return "\n".join(lines)[:MESSAGE_MAX]


def announce_change_view() -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(AnnounceChangeButton())
    return view


DYNAMIC_ITEMS = (CancelSelect, RetrySelect, HandledSelect, AnnounceChangeButton)
