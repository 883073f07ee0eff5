"""Slash commands for attendees: every fact of the workshop, one command each.

Replies are private (ephemeral): a lookup is for the person who asked, and a busy workshop channel
should not fill up with the same deadline answered twenty times. Chat answers (a mention in a
channel) stay public, because the question itself was public.
"""

from __future__ import annotations

import io
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.answers import program
from bot.core.answers.answer import Answer
from bot.core.answers.calendar import build_calendar, calendar_filename
from bot.discord_ui.buttons import answer_view, may_hand_off
from bot.discord_ui.cooldown import COOLDOWN_NOTE, Cooldown, Verdict
from bot.discord_ui.embeds import answer_embed, bounded_embed, clip, notice_embed
from bot.discord_ui.help_text import help_embed
from bot.discord_ui.replies import (
    MAX_QUESTION,
    describe_http_error,
    record_question,
    reply_privately,
)
from bot.services import Services

log = logging.getLogger(__name__)

CHOICE_MAX = 100  # Discord's limit for a choice's name and value
EMBEDS_TOTAL_MAX = 6000  # characters over every embed of one message
ATTENDEE_COG = "Attendees"


class AttendeeCog(commands.Cog, name=ATTENDEE_COG):
    """What every attendee can ask."""

    def __init__(self, services: Services, cooldown: Cooldown | None = None) -> None:
        self.services = services
        self.cooldown = cooldown or Cooldown()  # shared with chat (see bot.app)

    # ------------------------------------------------------------------ plumbing

    async def _reply(self, interaction: discord.Interaction, answer: Answer,
                     view: discord.ui.View | None = None) -> None:
        await self._send(interaction, embed=answer_embed(answer), view=view)

    async def _send(self, interaction: discord.Interaction, *, embed: discord.Embed,
                    view: discord.ui.View | None = None, file: discord.File | None = None) -> None:
        await reply_privately(interaction, embed=embed, view=view, file=file)

    async def _intent(self, interaction: discord.Interaction, intent: str,
                      entity: str | None = None) -> None:
        responder = self.services.source.responder
        await self._reply(interaction, responder.answer(intent, self.services.clock(), entity))

    @staticmethod
    def _choices(pairs: list[tuple[str, str]]) -> list[app_commands.Choice[str]]:
        return [
            app_commands.Choice(name=clip(label, CHOICE_MAX), value=key)
            for label, key in pairs
            if len(key) <= CHOICE_MAX
        ][:25]

    # ------------------------------------------------------------------ commands

    @app_commands.command(name="ask")
    @app_commands.describe(question="Your question, e.g. “when is the paper due?”")
    async def ask(self, interaction: discord.Interaction,
                  question: app_commands.Range[str, 1, MAX_QUESTION]) -> None:
        """Ask the bot anything about the workshop in your own words."""
        now = self.services.clock()
        if self.cooldown.hit(interaction.user.id, now) is not Verdict.ALLOW:
            await self._send(interaction, embed=notice_embed(COOLDOWN_NOTE))
            return
        answer = self.services.source.responder.respond(question, now)
        question_id = record_question(self.services, question, answer, "slash",
                                      interaction.guild_id, interaction.user.id)
        await self._reply(interaction, answer, answer_view(
            answer, question_id, may_hand_off(self.services, interaction.guild_id)))

    @app_commands.command(name="deadlines")
    async def deadlines(self, interaction: discord.Interaction) -> None:
        """Every deadline, whether it has passed, and how much time is left."""
        await self._intent(interaction, "deadlines")

    @app_commands.command(name="deadline")
    @app_commands.describe(name="Which deadline (start typing: submission, notification, …)")
    async def deadline(self, interaction: discord.Interaction, name: str) -> None:
        """One deadline: its date, your local time, and how long until it passes."""
        await self._intent(interaction, "deadline", self._deadline_id(name))

    @deadline.autocomplete("name")
    async def _deadline_names(self, interaction: discord.Interaction,
                              current: str) -> list[app_commands.Choice[str]]:
        return self._choices(self.services.source.responder.deadline_choices(current, 25))

    def _deadline_id(self, name: str) -> str:
        """The id of a deadline picked from the list, or the best match for typed text."""
        source = self.services.source
        if source.knowledge.deadline(name) is not None:
            return name
        best = source.responder.deadline_choices(name, 1)
        return best[0][1] if best else name

    @app_commands.command(name="about")
    async def about(self, interaction: discord.Interaction) -> None:
        """What the workshop is about, its conference and its website."""
        await self._intent(interaction, "about")

    @app_commands.command(name="venue")
    async def venue(self, interaction: discord.Interaction) -> None:
        """Where and when the workshop takes place."""
        await self._intent(interaction, "location")

    @app_commands.command(name="format")
    async def format(self, interaction: discord.Interaction) -> None:
        """Submission format: page limit, template, anonymity, file type."""
        await self._intent(interaction, "format")

    @app_commands.command(name="topics")
    async def topics(self, interaction: discord.Interaction) -> None:
        """The topics the workshop invites papers on."""
        await self._intent(interaction, "topics")

    @app_commands.command(name="committee")
    async def committee(self, interaction: discord.Interaction) -> None:
        """The organizing committee."""
        await self._intent(interaction, "organizers")

    @app_commands.command(name="contact")
    @app_commands.describe(person="An organizer to contact (leave empty for how to reach them all)")
    async def contact(self, interaction: discord.Interaction, person: str | None = None) -> None:
        """How to reach the organizers, or one organizer in particular."""
        if person is None or not person.strip():
            await self._intent(interaction, "contact")
            return
        responder = self.services.source.responder
        # a pick from the list is the organizer's position; typed text is matched by name
        picked = person.isdigit() and int(person) < len(responder.knowledge.organizers)
        best = [] if picked else responder.organizer_choices(person, 1)
        entity = best[0][1] if best else person
        await self._intent(interaction, "organizer", entity)

    @contact.autocomplete("person")
    async def _organizer_names(self, interaction: discord.Interaction,
                               current: str) -> list[app_commands.Choice[str]]:
        return self._choices(self.services.source.responder.organizer_choices(current, 25))

    @app_commands.command(name="program")
    async def program(self, interaction: discord.Interaction) -> None:
        """What is on now and next, and the whole day's program."""
        knowledge, now = self.services.source.knowledge, self.services.clock()
        day = program.program_day(knowledge, now)
        if not knowledge.program:
            await self._reply(interaction, day)  # the honest "I don't know", with the contact
            return
        # "on now" names what comes next too (or the first session, before the day)
        embeds = [answer_embed(program.program_now(knowledge, now)), answer_embed(day)]
        # Discord allows 6000 characters over all the embeds of one message
        first = embeds if sum(len(e) for e in embeds) <= EMBEDS_TOTAL_MAX else embeds[:-1]
        try:
            await interaction.response.send_message(embeds=first, ephemeral=True)
            if len(first) < len(embeds):
                await interaction.followup.send(embed=embeds[-1], ephemeral=True)
        except discord.HTTPException as exc:
            log.warning("could not answer /program: %s", describe_http_error(exc))

    @app_commands.command(name="calendar")
    async def calendar(self, interaction: discord.Interaction) -> None:
        """The workshop day and every deadline as a calendar file (.ics)."""
        knowledge = self.services.source.knowledge
        data = build_calendar(knowledge, self.services.clock())
        name = calendar_filename(knowledge)
        count = len(knowledge.deadlines)
        embed = bounded_embed(
            title=f"{knowledge.workshop.short_name or knowledge.workshop.name}: calendar",
            description=(
                f"The workshop day and {count} deadline{'' if count == 1 else 's'}. "
                "Open the file, or import it: Google Calendar → Settings → Import & export; "
                "Outlook → Add calendar → Upload from file. Importing a newer file updates "
                "the same events."
            ),
            colour=discord.Colour.blurple(),
        )
        await self._send(interaction, embed=embed, file=discord.File(io.BytesIO(data), name))

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """Every command, with examples."""
        await self._send(interaction, embed=help_embed(self, interaction.client, self.services))
