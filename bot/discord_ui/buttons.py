""""Did you mean" and feedback buttons. Both are dynamic items: their custom_id carries all they
need, so they keep working on old messages after the bot restarts.

- ``wb:pick:<question id>:<intent>:<entity>`` answers a suggestion (entity percent-encoded, may
  be empty) and stores the asker's pick with the question (a suggested phrasing); the older
  ``wb:dym:<intent>:<entity>`` (no question) keeps working on old messages;
- ``wb:vote:<question id>:<up|down>`` stores a helpful / not helpful vote;
- ``wb:ask:<question id>`` hands an "I don't know" question to the organizers (the organizer
  side, :mod:`bot.organizer.handoff`, does the rest; found by its cog name).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from urllib.parse import quote, unquote

import discord
from discord.ext import commands

from bot.core.answers.answer import Answer, Kind, Suggestion
from bot.discord_ui.embeds import answer_embed, clip
from bot.discord_ui.errors import send_private
from bot.discord_ui.replies import describe_http_error, record_phrasing, record_question
from bot.services import Services, services_of
from bot.storage import DEFAULT_RETENTION, StorageError, VoteOutcome

log = logging.getLogger(__name__)

CUSTOM_ID_MAX = 100
LABEL_MAX = 80
MAX_SUGGESTIONS = 10  # two rows of five; the vote buttons take another row
HANDOFF_COG = "Handoff"  # the cog that hands questions to the organizers


class DidYouMeanButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"wb:dym:(?P<intent>.+):(?P<entity>[^:]*)",
):
    """A suggestion; clicking it answers that reading of the question."""

    def __init__(self, intent: str, entity: str | None, label: str,
                 question_id: int | None = None) -> None:
        self.intent = intent
        self.entity = entity or None
        self.question_id = question_id
        super().__init__(
            discord.ui.Button(
                label=clip(label, LABEL_MAX) or intent,
                style=discord.ButtonStyle.primary,
                custom_id=self.custom_id_for(intent, entity, question_id),
            )
        )

    @staticmethod
    def custom_id_for(intent: str, entity: str | None, question_id: int | None = None) -> str:
        encoded = quote(entity or "", safe="")
        if question_id is None:
            return f"wb:dym:{intent}:{encoded}"
        return f"wb:pick:{question_id}:{intent}:{encoded}"

    @classmethod
    def fits(cls, suggestion: Suggestion, question_id: int | None = None) -> bool:
        return len(cls.custom_id_for(suggestion.intent, suggestion.entity,
                                     question_id)) <= CUSTOM_ID_MAX

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button,
                             match: re.Match[str]) -> DidYouMeanButton:
        return cls(match["intent"], unquote(match["entity"]) or None, item.label or match["intent"])

    async def callback(self, interaction: discord.Interaction) -> None:
        services = services_of(interaction.client)
        label = self.item.label or self.intent
        if self.question_id is not None and not _asked_by_someone_else(interaction):
            # the asker's own pick: what their wording meant, for the organizers' FAQ
            picked = f"{self.intent}:{self.entity}" if self.entity else self.intent
            record_phrasing(services, self.question_id, "pick", label, picked,
                            interaction.guild_id)
        answer = services.source.responder.answer(self.intent, services.clock(), self.entity)
        question_id = record_question(services, label, answer, "suggestion",
                                      interaction.guild_id)
        embed = answer_embed(answer)
        view = answer_view(answer, question_id, may_hand_off(services, interaction.guild_id))
        try:
            if _asked_by_someone_else(interaction):
                # Someone else's question: answer them privately, leave the asker's reply alone.
                if view is None:  # discord.py cannot be handed view=None here
                    await interaction.response.send_message(embed=embed, ephemeral=True)
                else:
                    await interaction.response.send_message(embed=embed, view=view,
                                                            ephemeral=True)
            else:
                await interaction.response.edit_message(embed=embed, view=view)
        except discord.HTTPException as exc:
            log.warning("could not answer a suggestion click: %s", describe_http_error(exc))


class PickButton(DidYouMeanButton,
                 template=r"wb:pick:(?P<question_id>[0-9]+):(?P<intent>.+):(?P<entity>[^:]*)"):
    """A suggestion that knows the question it answers: the asker's pick is stored with it."""

    def __init__(self, question_id: int, intent: str, entity: str | None, label: str) -> None:
        super().__init__(intent, entity, label, question_id)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button,
                             match: re.Match[str]) -> PickButton:
        return cls(int(match["question_id"]), match["intent"], unquote(match["entity"]) or None,
                   item.label or match["intent"])


def _asked_by_someone_else(interaction: discord.Interaction) -> bool:
    message = interaction.message
    if message is None:
        return False
    asker: int | None = None
    if message.interaction_metadata is not None:
        asker = message.interaction_metadata.user.id
    elif message.reference is not None and isinstance(message.reference.resolved, discord.Message):
        asker = message.reference.resolved.author.id
    return asker is not None and asker != interaction.user.id


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"wb:vote:(?P<question_id>[0-9]+):(?P<verdict>up|down)",
):
    """Helpful / not helpful, stored with the question it answers."""

    def __init__(self, question_id: int, helpful: bool) -> None:
        self.question_id = question_id
        self.helpful = helpful
        super().__init__(
            discord.ui.Button(
                label="Helpful" if helpful else "Not helpful",
                emoji="👍" if helpful else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"wb:vote:{question_id}:{'up' if helpful else 'down'}",
            )
        )

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button,
                             match: re.Match[str]) -> VoteButton:
        return cls(int(match["question_id"]), match["verdict"] == "up")

    async def callback(self, interaction: discord.Interaction) -> None:
        services = services_of(interaction.client)
        try:
            outcome = await services.storage.record_vote(
                question_id=self.question_id, helpful=self.helpful,
                voter=interaction.user.id, at=services.clock(),
            )
        except (StorageError, sqlite3.Error):
            log.exception("could not store a vote on question %s", self.question_id)
            text = "Sorry, I could not save your vote just now. Please try again later."
        else:
            if outcome is VoteOutcome.GONE:
                text = ("This answer is too old to vote on (questions are kept for "
                        f"{DEFAULT_RETENTION.days} days), or it was never recorded. Thanks "
                        "anyway! Ask again to get a fresh answer.")
            elif outcome is VoteOutcome.ALREADY:
                text = "You already voted on this answer. Thanks!"
            elif self.helpful:
                text = "Thanks! Glad that helped."
            else:
                # their next question may say it in other words: kept as a phrasing of this one
                services.rephrasings.unhelpful(interaction.user.id, self.question_id,
                                               services.clock())
                text = ("Thanks for telling me. Try asking in other words; the organizers see "
                        "answers that did not help, and `/contact` shows how to reach them.")
        try:
            await interaction.response.send_message(text, ephemeral=True)
        except discord.HTTPException as exc:
            log.warning("could not confirm a vote: %s", describe_http_error(exc))


class AskOrganizersButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"wb:ask:(?P<question_id>[0-9]+)",
):
    """On an "I don't know" reply: hand the question to the organizers."""

    def __init__(self, question_id: int) -> None:
        self.question_id = question_id
        super().__init__(discord.ui.Button(label="Ask the organizers", emoji="🙋",
                                           style=discord.ButtonStyle.primary,
                                           custom_id=f"wb:ask:{question_id}"))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button,
                             match: re.Match[str]) -> AskOrganizersButton:
        return cls(int(match["question_id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        client = interaction.client
        cog = client.get_cog(HANDOFF_COG) if isinstance(client, commands.Bot) else None
        if cog is None:
            await interaction.response.send_message(
                "Sorry, I cannot reach the organizers from here; `/contact` shows how to write "
                "to them.", ephemeral=True)
            return
        try:
            await cog.hand_off(interaction, self.question_id)  # type: ignore[attr-defined]
        except StorageError:
            log.exception("handing question %s to the organizers failed", self.question_id)
            await send_private(interaction, "Sorry, I could not pass your question on just "
                               "now; please try again in a moment.")


def may_hand_off(services: Services, guild_id: int | None) -> bool:
    """Whether a question asked here can go to the organizers: with a home server set, only
    one asked there or by direct message (another server's questions stay in it)."""
    home = services.settings.guild_id
    return home is None or guild_id in (None, home)


def answer_view(answer: Answer, question_id: int | None,
                hand_off: bool = True) -> discord.ui.View | None:
    """Suggestion buttons (if any), for a stored question the vote buttons, and on an "I don't
    know" the *Ask the organizers* button (unless ``hand_off`` is False: see
    :func:`may_hand_off`)."""
    view = discord.ui.View(timeout=None)
    suggestions = [s for s in answer.suggestions if DidYouMeanButton.fits(s)]
    seen: set[str] = set()
    for suggestion in suggestions:
        # with the question in its id when that fits (the pick is then stored with it)
        button: DidYouMeanButton = (
            PickButton(question_id, suggestion.intent, suggestion.entity, suggestion.label)
            if question_id is not None and DidYouMeanButton.fits(suggestion, question_id) else
            DidYouMeanButton(suggestion.intent, suggestion.entity, suggestion.label))
        if button.custom_id in seen or len(seen) >= MAX_SUGGESTIONS:
            continue
        seen.add(button.custom_id)
        view.add_item(button)
    if question_id is not None and answer.kind is not Kind.CLARIFY:
        row = (len(seen) + 4) // 5
        if answer.kind is Kind.UNKNOWN and hand_off:
            ask = AskOrganizersButton(question_id)
            ask.row = row
            view.add_item(ask)
        for helpful in (True, False):
            vote = VoteButton(question_id, helpful)
            vote.row = row
            view.add_item(vote)
    if not view.children:
        return None
    # Every button is a dynamic item, dispatched by the templates the bot registered at start, so
    # discord.py need not keep this view. A stopped view is sent but never stored: no per-message
    # state, and no 15-minute timeout task for each private (ephemeral) reply.
    view.stop()
    return view


DYNAMIC_ITEMS = (DidYouMeanButton, PickButton, VoteButton, AskOrganizersButton)
