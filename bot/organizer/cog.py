"""The organizer commands: /announce, /scheduled, /reload, /unanswered, /stats.

Every command checks at run time that the member is an organizer of the home server
(:mod:`bot.organizer.access`) and acts on that server's data only; every reply to an organizer is
private (ephemeral). Nothing here waits on the event loop for the disk: storage calls are awaited
off the loop (:class:`bot.storage.OffLoopStorage`) and the knowledge file is parsed on a thread.
The cog owns the post scheduler and the knowledge-file watcher
(:mod:`bot.organizer.knowledge_watch`), started in :meth:`OrganizerCog.cog_load` and stopped in
``cog_unload``.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

import discord
from discord import app_commands
from discord.ext import commands, tasks
from discord.utils import format_dt

from bot.core.grouping import AskedQuestion, QuestionGroup, find_group, group_questions
from bot.core.stats import compute_stats
from bot.core.when import WhenError, parse_when
from bot.discord_ui.replies import reply_privately
from bot.organizer import render
from bot.organizer.access import NotOrganizer, check_organizer
from bot.organizer.delivery import Delivery
from bot.organizer.inbox_notes import group_notes
from bot.organizer.knowledge_watch import KnowledgeWatch
from bot.organizer.reminder_sync import announce_channel, reminder_channels, sync_reminders
from bot.organizer.scheduler import Outcome, Result, Scheduler
from bot.organizer.views import (
    DYNAMIC_ITEMS,
    AnnounceModal,
    announce_change_view,
    scheduled_view,
    unanswered_view,
)
from bot.services import Services
from bot.storage import DEFAULT_RETENTION, AnnouncementStatus, StorageError

log = logging.getLogger(__name__)

WATCH_SECONDS = 60.0  # how often the knowledge file's modification time is checked
STATS_DAYS = 14
DEFER_GROUPING = 1000  # open questions above which /unanswered defers and groups on a thread


class OrganizerCog(commands.Cog):
    """Organizer tools. Construct with the bot and its :class:`Services`."""

    watch_seconds: float = WATCH_SECONDS

    def __init__(self, bot: commands.Bot, services: Services) -> None:
        self.bot = bot
        self.services = services
        self.scheduler = Scheduler(services.storage, Delivery(bot), services.clock,
                                   ready=self._when_ready)
        self._replan_pending = False  # re-planning reminders failed; the watcher tries again
        self.knowledge_watch = KnowledgeWatch(bot, services, self._replan)

    # ------------------------------------------------------------------ lifecycle

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(*DYNAMIC_ITEMS)
        self.scheduler.start()
        self.watch_knowledge.change_interval(seconds=self.watch_seconds)
        self.watch_knowledge.start()
        self.purge_old.start()

    async def cog_unload(self) -> None:
        self.watch_knowledge.cancel()
        self.purge_old.cancel()
        await self.scheduler.stop()
        self.bot.remove_dynamic_items(*DYNAMIC_ITEMS)

    async def _when_ready(self) -> None:
        """Before the first pass: reminders whose moment passed while down are never posted."""
        await self.bot.wait_until_ready()
        storage, now = self.services.storage, self.services.clock()
        missed = await storage.mark_missed_reminders(now)
        if missed:
            log.info("%d reminders fell due while the bot was down; not posting them late",
                     missed)
        await self._replan()  # a failure here is retried by the watcher; posts go out meanwhile

    async def _sync_reminders(self) -> str | None:
        if not self.bot.is_ready():
            return None  # done when ready
        report = await self.services.storage.run(
            sync_reminders, self.services.source.knowledge,
            reminder_channels(self.bot, self.services.settings), self.services.clock())
        self._replan_pending = False
        self.scheduler.wake()
        failed = (f" {report.failed} cannot be scheduled (see /scheduled)."
                  if report.failed else "")
        if report.queued or report.cancelled or report.failed:
            return (f"Reminders re-planned: {report.queued} queued, "
                    f"{report.cancelled} cancelled.{failed}")
        return None

    async def _replan(self) -> str | None:
        """:meth:`_sync_reminders`, but a failure (the database is busy, say) is logged and
        tried again at the next knowledge-file check, until it succeeds."""
        try:
            return await self._sync_reminders()
        except Exception:
            self._replan_pending = True
            log.exception("re-planning the reminders failed; trying again at the next "
                          "knowledge-file check")
            return ("Reminders could not be re-planned just now (a database error; it is "
                    "logged). I will try again automatically until it works.")

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self._replan()

    @commands.Cog.listener()
    async def on_guild_channel_create(self, channel: discord.abc.GuildChannel) -> None:
        if self._is_announce_channel(channel):
            await self._replan()

    @commands.Cog.listener()
    async def on_guild_channel_update(self, before: discord.abc.GuildChannel,
                                      after: discord.abc.GuildChannel) -> None:
        if before.name != after.name and self._is_announce_channel(after):
            await self._replan()

    def _is_announce_channel(self, channel: discord.abc.GuildChannel) -> bool:
        return isinstance(channel, discord.TextChannel) and \
            announce_channel(channel.guild, self.services.settings) == channel

    # ------------------------------------------------------------------ access

    def refusal(self, interaction: discord.Interaction) -> str | None:
        """Why this member may not use organizer tools here (None: they may)."""
        try:
            check_organizer(interaction, self.services.settings)
        except NotOrganizer:
            return "Sorry, only organizers can do that."
        except app_commands.CheckFailure as exc:
            return str(exc)
        return None

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        check_organizer(interaction, self.services.settings)  # raises: the tree says why
        return True

    @staticmethod
    def _server(interaction: discord.Interaction) -> int:
        """The server whose data an organizer action reads or changes (checked before)."""
        if interaction.guild_id is None:
            raise app_commands.NoPrivateMessage()
        return interaction.guild_id

    # ------------------------------------------------------------------ /announce

    @app_commands.command(name="announce",
                          description="Post an announcement now or later (organizers only)")
    @app_commands.describe(
        message="The text (leave empty to write a long one in a form)",
        title="A title for the announcement",
        channel="Where to post it (default: the announcements channel)",
        at="When: in 2h, in 3 days, tomorrow 9:00, 2026-03-01T09:00 (workshop time zone)",
        ping="A role to notify (only this role is pinged)",
    )
    @app_commands.guild_only()
    async def announce(self, interaction: discord.Interaction,
                       message: app_commands.Range[str, 1, 4000] | None = None,
                       title: app_commands.Range[str, 1, 256] | None = None,
                       channel: discord.TextChannel | None = None,
                       at: str | None = None, ping: discord.Role | None = None) -> None:
        target, when, problem = self._validate(interaction, channel, at, ping)
        if problem:
            await self._private(interaction, problem, render.ERROR)
            return
        assert target is not None
        role_id = ping.id if ping else None

        async def submit(modal_interaction: discord.Interaction, text: str,
                         heading: str | None) -> None:
            await self._queue(modal_interaction, target, text, heading, when, role_id)

        if message is None:
            await interaction.response.send_modal(AnnounceModal(submit, title_text=title))
            return
        await self._queue(interaction, target, message, title, when, role_id)

    def announce_modal(self, *, title_text: str | None, message_text: str) -> AnnounceModal:
        """The modal behind "Announce this change": posts at once to the announcements channel."""

        async def submit(interaction: discord.Interaction, text: str,
                         heading: str | None) -> None:
            target, _, problem = self._validate(interaction, None, None, None)
            if problem or target is None:
                await self._private(interaction, problem or "No channel.", render.ERROR)
                return
            await self._queue(interaction, target, text, heading, None, None)

        return AnnounceModal(submit, title_text=title_text, message_text=message_text)

    def _validate(self, interaction: discord.Interaction, channel: discord.TextChannel | None,
                  at: str | None, ping: discord.Role | None,
                  ) -> tuple[discord.TextChannel | None, datetime | None, str | None]:
        guild = interaction.guild
        if guild is None:
            return None, None, "Announcements are made in the workshop's server."
        settings = self.services.settings
        target = channel or announce_channel(guild, settings)
        if target is None:
            return None, None, (f"This server has no #{settings.announce_channel} channel; "
                                "create it or pick a `channel`.")
        me = guild.me
        perms = target.permissions_for(me) if me is not None else None
        if perms is not None and not (perms.send_messages and perms.embed_links
                                      and perms.read_message_history):
            # a retry looks for its own earlier post in the channel before posting again
            return None, None, (f"I cannot post embeds in {target.mention}; give me Send "
                                "Messages, Embed Links and Read Message History there, or pick "
                                "another channel.")
        if ping is not None and (ping.is_default() or ping.guild.id != guild.id):
            return None, None, ("`ping` must be a role of this server, not @everyone; "
                                "announcements never ping everyone.")
        if ping is not None and perms is not None and not (ping.mentionable
                                                           or perms.mention_everyone):
            # Discord would post the mention without notifying anyone: say so now instead.
            return None, None, (f"Discord would not notify **{ping.name}**: the role is not "
                                "mentionable. Allow anyone to @mention it (Server Settings → "
                                f"Roles), or give me Mention Everyone in {target.mention}.")
        when = None
        if at is not None and at.strip():
            try:
                when = parse_when(at, self.services.clock(), self.services.source.knowledge.tz)
            except WhenError as exc:
                return None, None, f"Nothing was scheduled. {exc}"
        return target, when, None

    async def _queue(self, interaction: discord.Interaction, channel: discord.TextChannel,
                     text: str, title: str | None, when: datetime | None,
                     role_id: int | None) -> None:
        if not text.strip():
            await self._private(interaction, "The message is empty; nothing was posted.",
                                render.ERROR)
            return
        if when is None:
            # answer Discord first: a lost interaction must not leave a stored post unposted
            await interaction.response.defer(ephemeral=True, thinking=True)
        now = self.services.clock()
        try:
            ann_id = await self.services.storage.add_announcement(
                guild_id=channel.guild.id, channel_id=channel.id, title=title, message=text,
                author=interaction.user.display_name, role_id=role_id, due_at=when or now,
                created_at=now)
        except (StorageError, OverflowError, ValueError) as exc:
            log.error("announcement by %s not stored: %s", interaction.user.id, exc)
            await self._private(interaction, "Nothing was scheduled or posted: I could not store "
                                f"the announcement ({exc}). Nothing is lost from before; tell "
                                "whoever runs the bot.", render.ERROR)
            return
        assert ann_id is not None
        log.info("announcement #%d queued by %s for %s", ann_id, interaction.user.id,
                 (when or now).isoformat())
        if when is not None:
            self.scheduler.wake(when)
            await self._private(
                interaction, f"Scheduled `#{ann_id}` for {format_dt(when, 'F')} "
                f"({format_dt(when, 'R')}) in {channel.mention}. See or cancel it with "
                "/scheduled.", render.OK)
            return
        try:
            result = await self.scheduler.deliver_now(ann_id)
        finally:
            self.scheduler.wake()  # whatever happened here, the loop retries what is still due
        text_out, colour = await self._outcome_text(ann_id, channel, result)
        await interaction.followup.send(embed=render.note(text_out, colour), ephemeral=True)

    async def _outcome_text(self, ann_id: int, channel: discord.TextChannel,
                      result: Result) -> tuple[str, discord.Colour]:
        """What became of an immediate post, as it really is."""
        if result.outcome is Outcome.SENT:
            link = (f"https://discord.com/channels/{channel.guild.id}/{channel.id}/"
                    f"{result.message_id}")
            return f"Posted in {channel.mention}: {link}", render.OK
        if result.outcome is Outcome.RETRYING:
            return (f"Could not post in {channel.mention} now ({result.error}). I will keep "
                    "trying; /scheduled shows how it goes."), render.WARN
        if result.outcome is Outcome.FAILED:
            return (f"Could not post in {channel.mention} ({result.error}); /scheduled lists "
                    "it as failed, to try again or cancel."), render.ERROR
        ann = await self.services.storage.announcement(ann_id)
        if ann is not None and ann.status is AnnouncementStatus.CANCELLED:
            return f"`#{ann_id}` was cancelled before it was posted.", render.WARN
        return (f"`#{ann_id}` is queued for {channel.mention}; /scheduled shows how it goes.",
                render.INFO)

    # ------------------------------------------------------------------ /scheduled

    @app_commands.command(name="scheduled",
                          description="Pending and failed announcements, with cancel "
                                      "(organizers only)")
    @app_commands.guild_only()
    async def scheduled(self, interaction: discord.Interaction) -> None:
        embed, view = await self._scheduled_message(self._server(interaction))
        await self._private(interaction, embed=embed, view=view)

    async def _scheduled_message(self, guild_id: int,
                                 ) -> tuple[discord.Embed, discord.ui.View | None]:
        storage = self.services.storage
        reminders = await storage.scheduled(guild_id=guild_id, kinds=("reminder",))
        # A reminder that failed every try is listed (and can be retried) like an announcement.
        failed = [r for r in reminders if r.status is AnnouncementStatus.FAILED]
        pending = [r for r in reminders if r.status is AnnouncementStatus.PENDING]
        items = failed + await storage.scheduled(guild_id=guild_id)
        return render.scheduled_embed(items, pending), scheduled_view(items)

    async def cancel_from_select(self, interaction: discord.Interaction, ann_id: int) -> None:
        storage = self.services.storage
        ann = await storage.announcement(ann_id)
        if ann is None or ann.guild_id != self._server(interaction):
            text = f"`#{ann_id}` was no longer pending."
        elif await self.scheduler.cancel(ann_id, self.services.clock()):
            self.scheduler.wake()
            text = f"Cancelled `#{ann_id}`."
        elif self.scheduler.is_posting(ann_id):
            text = f"`#{ann_id}` is being posted right now; it can no longer be cancelled."
        elif (latest := await storage.announcement(ann_id)) \
                and latest.status is AnnouncementStatus.SENT:
            text = f"`#{ann_id}` was already posted; it can no longer be cancelled."
        else:
            text = f"`#{ann_id}` was no longer pending."
        await self._refresh(interaction, text)

    async def retry_from_select(self, interaction: discord.Interaction, ann_id: int) -> None:
        storage = self.services.storage
        ann = await storage.announcement(ann_id)
        # The same post again (same id, same kind): a try that did reach Discord is found.
        if ann is None or ann.guild_id != self._server(interaction) \
                or not await storage.retry_failed(ann_id, self.services.clock()):
            await self._refresh(interaction, f"`#{ann_id}` is not a failed announcement.")
            return
        self.scheduler.wake()
        await self._refresh(interaction, f"`#{ann_id}` queued again.")

    async def _refresh(self, interaction: discord.Interaction, text: str) -> None:
        embed, view = await self._scheduled_message(self._server(interaction))
        await interaction.response.edit_message(embed=render.with_status(embed, text), view=view)

    # ------------------------------------------------------------------ /reload

    @app_commands.command(name="reload",
                          description="Read the knowledge file again (organizers only)")
    @app_commands.guild_only()
    async def reload(self, interaction: discord.Interaction) -> None:
        if self.knowledge_watch.busy:
            await self._private(interaction, "A reload is already running; its result will be "
                                "in use in a moment. Try again if you changed the file since.",
                                render.WARN)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)  # parsing may be slow
        held = self.knowledge_watch.held
        result, reminders_note = await self.knowledge_watch.reload()
        if not result.ok:
            await self._private(interaction, embed=render.problems_embed(result.problems))
            return
        if held:
            note = (f"The file had changed on disk in a way I did not apply on my own ({held}); "
                    "your /reload applied it.")
            reminders_note = f"{note}\n{reminders_note}" if reminders_note else note
        view = announce_change_view() if result.changes and \
            interaction.guild is not None else None
        await self._private(interaction, embed=render.changes_embed(result.changes,
                                                                     reminders_note), view=view)

    @tasks.loop(seconds=WATCH_SECONDS)
    async def watch_knowledge(self) -> None:
        """Reload automatically when the knowledge file changes on disk (once it has stopped
        changing); re-plan reminders that could not be re-planned before. An error is logged
        and the check goes on."""
        try:
            await self._watch_once()
        except Exception:
            log.exception("checking the knowledge file failed; trying again at the next check")

    async def _watch_once(self) -> None:
        if self._replan_pending:
            await self._replan()
        await self.knowledge_watch.check()

    @tasks.loop(hours=24)
    async def purge_old(self) -> None:
        """Retention: forget questions and finished posts older than 90 days, once a day."""
        try:
            await self.services.storage.purge(self.services.clock(), DEFAULT_RETENTION)
        except Exception:  # a busy database, say: tomorrow's run purges the same rows
            log.exception("retention purge failed; trying again tomorrow")

    # ------------------------------------------------------------------ /unanswered

    @app_commands.command(name="unanswered",
                          description="Questions the bot could not answer, grouped "
                                      "(organizers only)")
    @app_commands.guild_only()
    async def unanswered(self, interaction: discord.Interaction) -> None:
        groups = await self._groups(interaction)
        notes = await self.services.storage.run(group_notes, groups)
        await self._private(interaction, embed=render.unanswered_embed(groups, notes=notes),
                            view=unanswered_view(groups))

    async def _groups(self, interaction: discord.Interaction) -> list[QuestionGroup]:
        """This server's open questions, grouped; a large inbox is grouped on a thread, with
        the interaction deferred first (Discord wants an answer within 3 s)."""
        records = await self.services.storage.unanswered_questions(
            guild_id=self._server(interaction))
        asked = [AskedQuestion(r.id, r.question, r.intent, r.at) for r in records]
        if len(asked) <= DEFER_GROUPING:
            return group_questions(asked)
        if not interaction.response.is_done():
            if interaction.type is discord.InteractionType.component:
                await interaction.response.defer()
            else:
                await interaction.response.defer(ephemeral=True, thinking=True)
        return await asyncio.to_thread(group_questions, asked)

    async def mark_handled_from_select(self, interaction: discord.Interaction,
                                       group_id: int) -> None:
        groups = await self._groups(interaction)
        group = find_group(groups, group_id)
        if group is None:
            text = "That group was already handled."
        else:
            n = await self.services.storage.mark_handled(
                group.ids, self.services.clock(), guild_id=self._server(interaction))
            text = f"Marked handled: “{render.attendee_text(group.label)}” ({n} questions)."
            groups = [g for g in groups if g is not group]  # the rest, without grouping again
        notes = await self.services.storage.run(group_notes, groups)
        embed = render.with_status(render.unanswered_embed(groups, notes=notes), text)
        if interaction.response.is_done():
            await interaction.edit_original_response(embed=embed, view=unanswered_view(groups))
        else:
            await interaction.response.edit_message(embed=embed, view=unanswered_view(groups))

    # ------------------------------------------------------------------ /stats

    @app_commands.command(name="stats",
                          description="Questions per day, share answered, top intents, votes "
                                      "(organizers only)")
    @app_commands.guild_only()
    async def stats(self, interaction: discord.Interaction) -> None:
        now = self.services.clock()
        records = await self.services.storage.questions_between(
            start=now - timedelta(days=STATS_DAYS), guild_id=self._server(interaction))
        figures = compute_stats(records, now=now, tz=self.services.source.knowledge.tz,
                                days=STATS_DAYS)
        embed = render.stats_embed(figures, STATS_DAYS)
        event_cog = self.bot.get_cog("DiscordEvent")
        event_note = event_cog.status(interaction.guild_id) if event_cog else None  # type: ignore[attr-defined]
        if event_note:
            embed.add_field(name="Discord event", value=event_note, inline=False)
        await self._private(interaction, embed=embed)

    # ------------------------------------------------------------------ replies

    async def _private(self, interaction: discord.Interaction, text: str | None = None,
                       colour: discord.Colour = render.INFO, *,
                       embed: discord.Embed | None = None,
                       view: discord.ui.View | None = None) -> None:
        await reply_privately(interaction, embed=embed or render.note(text or "", colour),
                              view=view)
