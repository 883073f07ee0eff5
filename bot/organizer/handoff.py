"""Hand-off to the organizers: a question the bot could not answer goes, on the asker's request,
to the organizers' channel; an organizer's answer goes back to the asker where they asked, and may
be saved as an answer for the same and similar questions from then on.

The post in the organizers' channel is plain text (no embed): who asked, where, and the question
in a code block, so nothing in it renders as a link or pings anyone. Saved answers are extra FAQ
entries of the home server (:meth:`bot.core.knowledge.source.KnowledgeSource.set_saved`).
"""

from __future__ import annotations

import asyncio
import logging

import discord
from discord import app_commands
from discord.ext import commands
from discord.utils import escape_markdown, escape_mentions, format_dt

from bot.core.knowledge.model import FaqEntry
from bot.discord_ui.buttons import _asked_by_someone_else
from bot.discord_ui.embeds import bounded_embed, clip, notice_embed
from bot.discord_ui.errors import send_private
from bot.discord_ui.replies import describe_http_error, reply_privately, where
from bot.organizer.access import check_organizer, is_organizer
from bot.organizer.handoff_views import (
    DYNAMIC_ITEMS,
    HANDOFF_COG,
    AnswerModal,
    RemoveSavedSelect,
    answer_view,
    save_view,
)
from bot.organizer.render import attendee_text, first_words
from bot.services import Services
from bot.storage import StorageError
from bot.storage.handoffs import Handoff, SavedAnswer

log = logging.getLogger(__name__)

QUESTION_SHOWN = 900  # of the question, in the organizers' post (Discord allows 2000 in all)
ANSWER_SHOWN = 600  # of the answer, in the same post once answered
PRIVATE_SOURCES = {"slash", "suggestion"}  # the reply was private: answer by direct message


def code_block(text: str) -> str:
    """User text shown verbatim: no markdown, no link, no mention renders inside a code block
    (a backtick is replaced so the block cannot be closed early)."""
    return "```\n" + text.replace("`", "ˋ").strip() + "\n```"


def saved_entry(saved: SavedAnswer) -> FaqEntry | None:
    try:
        return FaqEntry(id=saved.faq_id, questions=list(saved.questions), answer=saved.answer)
    except ValueError:  # a blank wording, say: it cannot be an entry
        log.warning("saved answer %s cannot be used as a FAQ entry; skipped", saved.id)
        return None


class HandoffCog(commands.Cog, name=HANDOFF_COG):
    """Questions handed to the organizers, their answers, and saved answers."""

    def __init__(self, bot: commands.Bot, services: Services) -> None:
        self.bot = bot
        self.services = services

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(*DYNAMIC_ITEMS)
        await self.refresh_saved()

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(*DYNAMIC_ITEMS)

    # ------------------------------------------------------------------ where

    def home_guild(self, guild: discord.Guild | None) -> discord.Guild | None:
        """The server whose organizers answer: the home server when set (for questions asked
        there or by direct message; a question of another server stays in that server: None);
        else the one asked in; for a direct message, the only server the bot is in."""
        home = self.services.settings.guild_id
        if home is not None:
            return self.bot.get_guild(home) if guild is None or guild.id == home else None
        if guild is not None:
            return guild
        return self.bot.guilds[0] if len(self.bot.guilds) == 1 else None

    def organizer_channel(self, guild: discord.Guild) -> discord.TextChannel | None:
        wanted = self.services.settings.organizer_channel.lstrip("#").casefold()
        return next((c for c in guild.text_channels if c.name.casefold() == wanted), None)

    def saved_scope(self) -> int | None:
        """The one server whose saved answers the bot uses everywhere: the home server; without
        one set, the only server the bot is in; None (no saved answers) when it is in several,
        so no other server's admins can put words in the workshop's mouth."""
        home = self.services.settings.guild_id
        if home is not None:
            return home
        return self.bot.guilds[0].id if len(self.bot.guilds) == 1 else None

    async def refresh_saved(self) -> None:
        """Rebuild the responder with the saved answers (at start, after a save or delete)."""
        storage, source = self.services.storage, self.services.source
        scope = self.saved_scope()
        try:
            saved = await storage.saved_answers(scope) if scope is not None else []
        except StorageError:
            log.exception("could not read the saved answers; answering without them")
            return
        entries = [e for s in saved if (e := saved_entry(s)) is not None]
        if entries or source.saved:
            await asyncio.to_thread(source.set_saved, entries)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        await self.refresh_saved()  # the servers are known now

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self.refresh_saved()

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        await self.refresh_saved()

    # ------------------------------------------------------------------ asker: hand off

    async def hand_off(self, interaction: discord.Interaction, question_id: int) -> None:
        """*Ask the organizers*: post the question in the organizers' channel."""
        services = self.services
        if _asked_by_someone_else(interaction):
            await send_private(interaction, "Only the person who asked can pass this question "
                               "on. Ask it yourself and you can send it to the organizers too.")
            return
        guild = self.home_guild(interaction.guild)
        channel = self.organizer_channel(guild) if guild is not None else None
        if guild is None or channel is None:
            log.warning("hand-off refused: no #%s channel in the home server",
                        services.settings.organizer_channel)
            await send_private(interaction, "Sorry, the organizers have no channel for questions "
                               "here yet; `/contact` shows how to write to them.")
            return
        record = await services.storage.question(question_id)
        if record is None:
            await send_private(interaction, "Sorry, I no longer have that question; please "
                               "ask it again.")
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        message = interaction.message
        asked_message = (message.reference.message_id
                         if message is not None and message.reference is not None else None)
        in_dm = isinstance(interaction.channel, discord.DMChannel)
        handoff_id = await services.storage.add_handoff(
            guild_id=guild.id, question_id=question_id,
            question=record.question, asker_id=interaction.user.id,
            asker_name=interaction.user.display_name,
            channel_id=interaction.channel_id or 0, message_id=asked_message,
            where_asked="dm" if in_dm else record.source, at=services.clock())
        if handoff_id is None:
            await self._followup(interaction, "You already sent this question to the "
                                 "organizers; their answer will reach you here.")
            return
        handoff = await services.storage.handoff(handoff_id)
        assert handoff is not None
        try:
            post = await channel.send(self.post_text(handoff),
                                      view=answer_view(handoff_id),
                                      allowed_mentions=discord.AllowedMentions.none(),
                                      suppress_embeds=True)
        except discord.HTTPException as exc:
            log.warning("could not post a hand-off in %s: %s", where(channel),
                        describe_http_error(exc))
            await services.storage.forget_handoff(handoff_id)
            await self._followup(interaction, "Sorry, I could not reach the organizers just "
                                 "now; please try again in a moment.")
            return
        await services.storage.set_handoff_post(handoff_id,
                                channel_id=channel.id, post_id=post.id)
        log.info("question %d handed to the organizers (hand-off #%d)", question_id, handoff_id)
        where_to = "here, as a reply"
        if in_dm:
            where_to = "here"
        elif record.source in PRIVATE_SOURCES:
            where_to = "by direct message (keep yours open for this server)"
        await self._followup(interaction, "Sent to the organizers. When one of them answers, "
                             f"you'll get it {where_to}.")

    def post_text(self, handoff: Handoff, answered: str | None = None) -> str:
        """The organizers' post: who asked, where, the question; then the answer, if any."""
        name = escape_mentions(escape_markdown(handoff.asker_name or f"user {handoff.asker_id}"))
        if handoff.where_asked == "dm":
            place = "by direct message"
        elif handoff.where_asked in PRIVATE_SOURCES:
            place = f"privately (/ask) in <#{handoff.channel_id}>"
        else:
            place = f"in <#{handoff.channel_id}>"
        lines = [f"🙋 **Question for the organizers** · `#{handoff.id}`",
                 f"From <@{handoff.asker_id}> ({name}) {place}, "
                 f"{format_dt(handoff.created_at, 'R')}:",
                 code_block(clip(handoff.question, QUESTION_SHOWN))]
        if answered:
            lines.append(answered)
        return "\n".join(lines)

    # ------------------------------------------------------------------ organizers: answer

    def _may_answer(self, interaction: discord.Interaction, handoff: Handoff) -> bool:
        return (interaction.guild_id == handoff.guild_id
                and is_organizer(interaction.user, self.services.settings))

    async def open_answer_form(self, interaction: discord.Interaction, handoff_id: int) -> None:
        handoff = await self.services.storage.handoff(handoff_id)
        if handoff is None:
            await send_private(interaction, "That question is no longer kept.")
            return
        if not self._may_answer(interaction, handoff):
            await send_private(interaction, "Sorry, only organizers can answer.")
            return
        if handoff.answer is not None:
            await send_private(interaction, f"{handoff.answered_by} already answered it.")
            return
        await interaction.response.send_modal(AnswerModal(self, handoff_id, handoff.question))

    async def deliver_answer(self, interaction: discord.Interaction, handoff_id: int,
                             text: str) -> None:
        """The form was sent: store the answer, deliver it, and show it under the question."""
        storage, clock = self.services.storage, self.services.clock
        handoff = await storage.handoff(handoff_id)
        if handoff is None or not self._may_answer(interaction, handoff):
            await send_private(interaction, "Sorry, only organizers can answer.")
            return
        text = text.strip()
        if not text:
            await send_private(interaction, "The answer is empty; nothing was sent.")
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        by = interaction.user.display_name
        if not await storage.answer_handoff(handoff_id, answer=text, by=by,
                                       at=clock()):
            await self._followup(interaction, "Someone answered it a moment ago; yours was "
                                 "not sent.")
            return
        delivered = await self.send_to_asker(handoff, text, by)
        handoff = await storage.handoff(handoff_id)
        assert handoff is not None
        await self._update_post(interaction, handoff, saved=False)
        if delivered:
            note = "Sent to the person who asked. *Save for similar questions* keeps it."
        else:
            note = ("Stored, but I could not deliver it (their direct messages are closed, or "
                    "the channel is gone); it is logged. Reach them another way.")
        await self._followup(interaction, note)

    async def send_to_asker(self, handoff: Handoff, text: str, by: str) -> bool:
        """The answer, where they asked: a reply in that channel (pinging only them), or a
        direct message (for a DM or a private /ask: never posted in public instead, since the
        question was private). False when it could not be sent."""
        embed = bounded_embed(
            title="Answer from the organizers", description=text,
            fields=[("Your question", attendee_text(handoff.question, 1000), False)],
            colour=discord.Colour.green(), footer=f"Answered by {by}")
        only_them = discord.AllowedMentions(users=[discord.Object(id=handoff.asker_id)],
                                            everyone=False, roles=False, replied_user=True)
        if handoff.where_asked == "dm" or handoff.where_asked in PRIVATE_SOURCES:
            return await self._dm(handoff.asker_id, embed)
        channel = self.bot.get_channel(handoff.channel_id)
        if channel is None:  # an archived thread, say, is not in the cache
            try:
                channel = await self.bot.fetch_channel(handoff.channel_id)
            except discord.HTTPException:
                channel = None
        if not isinstance(channel, discord.abc.Messageable):
            log.warning("hand-off #%d: channel %s is gone", handoff.id, handoff.channel_id)
            return False
        reference = None
        if handoff.message_id is not None:
            reference = discord.MessageReference(message_id=handoff.message_id,
                                                 channel_id=handoff.channel_id,
                                                 fail_if_not_exists=False)
        try:
            await channel.send(f"<@{handoff.asker_id}>", embed=embed, reference=reference,
                               allowed_mentions=only_them)  # type: ignore[arg-type]
        except discord.HTTPException as exc:
            log.warning("hand-off #%d: could not answer in %s: %s", handoff.id, where(channel),
                        describe_http_error(exc))
            return False
        return True

    async def _dm(self, user_id: int, embed: discord.Embed) -> bool:
        try:
            user = self.bot.get_user(user_id) or await self.bot.fetch_user(user_id)
            await user.send(embed=embed)
        except discord.HTTPException as exc:
            log.info("could not send a direct message to user %s: %s", user_id,
                     describe_http_error(exc))
            return False
        return True

    async def _update_post(self, interaction: discord.Interaction, handoff: Handoff, *,
                           saved: bool) -> None:
        """Show the answer (and whether it was saved) under the question in its post."""
        assert handoff.answer is not None and handoff.answered_at is not None
        status = (f"✅ **Answered by {escape_markdown(handoff.answered_by or '?')}** "
                  f"{format_dt(handoff.answered_at, 'R')}:\n"
                  + code_block(clip(handoff.answer, ANSWER_SHOWN)))
        if saved and handoff.saved_id is not None:
            status += (f"\n💾 Saved as `saved-{handoff.saved_id}`: used for similar questions "
                       "(`/saved-answers` lists and removes them).")
        content = self.post_text(handoff, status)
        message = interaction.message
        kwargs: dict[str, object] = {"content": content[:2000],
                                     "allowed_mentions": discord.AllowedMentions.none()}
        kwargs["view"] = discord.ui.View() if saved else save_view(handoff.id)
        try:
            if message is not None and message.id == handoff.post_id:
                await message.edit(**kwargs)  # type: ignore[arg-type]
            elif handoff.post_channel_id and handoff.post_id:
                channel = self.bot.get_channel(handoff.post_channel_id)
                if isinstance(channel, discord.TextChannel):
                    await channel.get_partial_message(handoff.post_id).edit(
                        **kwargs)  # type: ignore[arg-type]
        except discord.HTTPException as exc:
            log.warning("hand-off #%d: could not update the organizers' post: %s", handoff.id,
                        describe_http_error(exc))

    # ------------------------------------------------------------------ organizers: save

    async def save(self, interaction: discord.Interaction, handoff_id: int) -> None:
        storage = self.services.storage
        handoff = await storage.handoff(handoff_id)
        if handoff is None or not self._may_answer(interaction, handoff):
            await send_private(interaction, "Sorry, only organizers can save answers.")
            return
        if self.saved_scope() != handoff.guild_id:
            await send_private(interaction, "Saved answers are used by the bot everywhere, so "
                               "they come from the workshop's home server only: set "
                               "WORKSHOP_BOT_GUILD_ID to this server's id to save answers.")
            return
        await interaction.response.defer()
        saved = await storage.save_answer(handoff_id,
                                        by=interaction.user.display_name,
                                        at=self.services.clock())
        if saved is None:
            await self._followup(interaction, "Answer it first; then it can be saved.")
            return
        await self.refresh_saved()
        log.info("hand-off #%d saved as %s", handoff_id, saved.faq_id)
        handoff = await storage.handoff(handoff_id)
        assert handoff is not None
        await self._update_post(interaction, handoff, saved=True)

    # ------------------------------------------------------------------ /saved-answers

    @app_commands.command(name="saved-answers",
                          description="Answers saved from handed-off questions, with remove "
                                      "(organizers only)")
    @app_commands.guild_only()
    async def saved_answers(self, interaction: discord.Interaction) -> None:
        check_organizer(interaction, self.services.settings)
        embed, view = await self._saved_message(interaction.guild_id)
        await reply_privately(interaction, embed=embed, view=view)

    async def _saved_message(self, guild_id: int | None,
                             ) -> tuple[discord.Embed, discord.ui.View | None]:
        saved = await self.services.storage.saved_answers(guild_id or 0)
        if not saved:
            return notice_embed("No saved answers yet. Answer a handed-off question in the "
                                "organizers' channel, then press *Save for similar questions*.",
                                title="Saved answers"), None
        lines = [f"`saved-{s.id}` “{attendee_text(s.questions[0], 80)}” → "
                 f"{first_words(s.answer, 120)}" for s in saved[:20]]
        embed = bounded_embed(title="Saved answers", description="\n".join(lines),
                              colour=discord.Colour.blurple(),
                              footer="`workshop-bot faq export` prints them as faq: entries.")
        view = discord.ui.View(timeout=None)
        view.add_item(RemoveSavedSelect([
            discord.SelectOption(label=clip(f"saved-{s.id} {s.questions[0]}", 100),
                                 value=str(s.id)) for s in saved[:25]]))
        view.stop()
        return embed, view

    async def remove_saved(self, interaction: discord.Interaction, saved_id: int) -> None:
        home = self.services.settings.guild_id
        if not is_organizer(interaction.user, self.services.settings) \
                or interaction.guild_id is None or home not in (None, interaction.guild_id):
            await send_private(interaction, "Sorry, only organizers can remove saved answers.")
            return
        removed = await self.services.storage.delete_saved_answer(saved_id,
                                          interaction.guild_id)
        if removed:
            await self.refresh_saved()
            log.info("saved answer %d removed by %s", saved_id, interaction.user.id)
        embed, view = await self._saved_message(interaction.guild_id)
        status = f"Removed `saved-{saved_id}`." if removed else \
            f"`saved-{saved_id}` was already removed."
        embed.description = f"**{status}**\n\n{embed.description or ''}"[:4096]
        kwargs: dict[str, object] = {"embed": embed, "view": view or discord.ui.View()}
        await interaction.response.edit_message(**kwargs)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ replies

    async def _followup(self, interaction: discord.Interaction, text: str) -> None:
        await reply_privately(interaction, embed=notice_embed(text))
