"""Personal reminders: ``/remind deadline [before]`` sends the member one direct message that long
before the deadline (default one day), and ``/reminders`` lists their own, with cancel.

Delivery: a small loop sleeps until the next reminder is due (woken early when one is added or a
reload moves one). Each reminder is claimed in the database before its message goes out, so it is
sent at most once across restarts; a failed delivery is logged and retried only for a passing
Discord error, at most :data:`MAX_TRIES` times. A reload that moves a deadline moves its reminders;
one whose deadline is gone (or no longer dated) is cancelled, and the member is not messaged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime, timedelta

import discord
from discord import app_commands
from discord.ext import commands
from discord.utils import format_dt

from bot.core.answers.timefmt import span
from bot.core.knowledge.model import Deadline, Knowledge
from bot.core.when import WhenError, parse_span
from bot.discord_ui.embeds import bounded_embed, clip, notice_embed
from bot.discord_ui.remind_views import DYNAMIC_ITEMS, reminders_view
from bot.discord_ui.replies import describe_http_error, reply_privately
from bot.services import Services
from bot.storage import Storage, StorageError
from bot.storage.personal_reminders import PersonalReminder

log = logging.getLogger(__name__)

REMIND_COG = "Reminders"
DEFAULT_BEFORE = "1 day"
MAX_SLEEP = timedelta(hours=1)
MAX_TRIES = 3
RETRY_AFTER = timedelta(minutes=2)
CHOICE_MAX = 100


def due_of(knowledge: Knowledge, deadline: Deadline) -> datetime | None:
    """When the deadline passes, or None when the knowledge gives no date (``due: TBA``)."""
    try:
        return deadline.due_at(knowledge.tz)
    except (OverflowError, ValueError):
        return None


def read_before(text: str) -> timedelta:
    """``before`` in the bot's one duration grammar (:func:`bot.core.when.parse_span`)."""
    offset = parse_span(text)
    if offset is None:
        raise WhenError(f"I could not read `{clip(text, 50)}` as a length of time. Try "
                        "`1 day`, `6h`, `2 days`, `1 week` or `1h30m`.")
    if offset <= timedelta():
        raise WhenError("`before` must be longer than zero, for example `1 day`.")
    return offset


class RemindCog(commands.Cog, name=REMIND_COG):
    """Personal direct-message reminders before a deadline."""

    def __init__(self, bot: commands.Bot, services: Services) -> None:
        self.bot = bot
        self.services = services
        self._task: asyncio.Task[None] | None = None
        self._sleeper: asyncio.Future[None] | None = None
        self._replans: set[asyncio.Task[None]] = set()
        self._listener = self._on_reload

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(*DYNAMIC_ITEMS)
        self.services.source.listeners.append(self._listener)
        self._task = asyncio.create_task(self._run(), name="workshop-bot personal reminders")

    async def cog_unload(self) -> None:
        with contextlib.suppress(ValueError):
            self.services.source.listeners.remove(self._listener)
        self.bot.remove_dynamic_items(*DYNAMIC_ITEMS)
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    # ------------------------------------------------------------------ /remind

    @app_commands.command(name="remind")
    @app_commands.describe(
        deadline="Which deadline (start typing: submission, notification, …)",
        before="How long before it: 1 day (default), 6h, 2 days, 1 week, 1h30m")
    async def remind(self, interaction: discord.Interaction, deadline: str,
                     before: app_commands.Range[str, 1, 50] | None = None) -> None:
        """A direct message from me before a deadline, once (default: one day before)."""
        services = self.services
        knowledge = services.source.knowledge
        found = knowledge.deadline(deadline) or self._best(deadline)
        if found is None:
            await self._note(interaction, f"I know no deadline called `{clip(deadline, 60)}`; "
                             "pick one from the list.")
            return
        text = (before or DEFAULT_BEFORE).strip()
        try:
            offset = read_before(text)
        except WhenError as exc:
            await self._note(interaction, f"No reminder was set. {exc}")
            return
        now = services.clock()
        due = due_of(knowledge, found)
        if due is None:
            await self._note(interaction, f"The date of **{found.name}** has not been announced "
                             "yet (TBA), so I cannot time a reminder. Ask again once it has a "
                             "date (`/deadline` shows it).")
            return
        if due <= now:
            await self._note(interaction, f"**{found.name}** has already passed "
                             f"({format_dt(due, 'R')}).")
            return
        run_at = due - offset
        if run_at <= now:
            await self._note(interaction, f"{span(offset)} before **{found.name}** has already "
                             f"passed: it is due {format_dt(due, 'R')}. Pick a shorter `before`.")
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild_id = interaction.guild_id or services.settings.guild_id or 0
        reminder_id, new = await services.storage.add_personal_reminder(
            guild_id=guild_id,
            user_id=interaction.user.id, deadline_id=found.id, before_text=text, before=offset,
            run_at=run_at, at=now)
        self.wake()
        log.info("personal reminder #%d %s (deadline %s, %s before)", reminder_id,
                 "set" if new else "already set", found.id, text)
        lines = [f"I'll send you a direct message {format_dt(run_at, 'F')} "
                 f"({format_dt(run_at, 'R')}), {text} before **{found.name}**."
                 if new else f"You already have that reminder: {format_dt(run_at, 'F')}."]
        if new and not await self._dm_open(interaction.user, found, run_at):
            lines.append("⚠️ I could not send you a direct message just now: your direct "
                         "messages look closed. Allow direct messages from this server's members "
                         "(Privacy Settings), or the reminder cannot reach you.")
        lines.append("`/reminders` lists yours, with cancel.")
        await reply_privately(interaction, embed=notice_embed("\n".join(lines)))

    @remind.autocomplete("deadline")
    async def _deadline_names(self, interaction: discord.Interaction,
                              current: str) -> list[app_commands.Choice[str]]:
        pairs = self.services.source.responder.deadline_choices(current, 25)
        return [app_commands.Choice(name=clip(label, CHOICE_MAX), value=key)
                for label, key in pairs if len(key) <= CHOICE_MAX][:25]

    def _best(self, text: str) -> Deadline | None:
        best = self.services.source.responder.deadline_choices(text, 1)
        return self.services.source.knowledge.deadline(best[0][1]) if best else None

    async def _dm_open(self, user: discord.abc.User, deadline: Deadline,
                       run_at: datetime) -> bool:
        """Say hello by direct message now; False when Discord refuses (closed DMs)."""
        try:
            await user.send(embed=notice_embed(
                f"Reminder set: I'll write here {format_dt(run_at, 'F')}, before "
                f"**{deadline.name}**."))
        except discord.HTTPException as exc:
            log.info("user %s cannot receive direct messages: %s", user.id,
                     describe_http_error(exc))
            return False
        return True

    # ------------------------------------------------------------------ /reminders

    @app_commands.command(name="reminders")
    async def reminders(self, interaction: discord.Interaction) -> None:
        """Your personal deadline reminders, with cancel."""
        embed, view = await self.listing(interaction.user.id)
        await reply_privately(interaction, embed=embed, view=view)

    async def listing(self, user_id: int) -> tuple[discord.Embed, discord.ui.View | None]:
        items = await self.services.storage.personal_reminders_of(user_id)
        knowledge = self.services.source.knowledge
        if not items:
            return notice_embed("You have no reminders. `/remind` sets one.",
                                title="Your reminders"), None
        lines = [f"{format_dt(r.run_at, 'F')} ({format_dt(r.run_at, 'R')}): "
                 f"{r.before_text} before **{self._name(knowledge, r)}**" for r in items[:20]]
        embed = bounded_embed(title="Your reminders", description="\n".join(lines),
                              colour=discord.Colour.blurple())
        return embed, reminders_view([(r.id, f"{self._name(knowledge, r)}, {r.before_text} "
                                       "before") for r in items[:25]])

    @staticmethod
    def _name(knowledge: Knowledge, reminder: PersonalReminder) -> str:
        deadline = knowledge.deadline(reminder.deadline_id)
        return deadline.name if deadline else reminder.deadline_id

    async def cancel(self, interaction: discord.Interaction, reminder_id: int) -> None:
        done = await self.services.storage.cancel_personal_reminder(
            reminder_id, interaction.user.id, self.services.clock())
        embed, view = await self.listing(interaction.user.id)
        status = "Cancelled." if done else "That reminder was no longer pending."
        embed.description = f"**{status}**\n\n{embed.description or ''}"[:4096]
        kwargs: dict[str, object] = {"embed": embed, "view": view or discord.ui.View()}
        await interaction.response.edit_message(**kwargs)  # type: ignore[arg-type]

    async def _note(self, interaction: discord.Interaction, text: str) -> None:
        await reply_privately(interaction, embed=notice_embed(text))

    # ------------------------------------------------------------------ reloads

    def _on_reload(self, old: Knowledge, new: Knowledge) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # reloaded outside the bot's loop: the next start re-plans
            return
        task = loop.create_task(self.replan())
        self._replans.add(task)
        task.add_done_callback(self._replans.discard)

    async def replan(self) -> None:
        """Follow the knowledge: move reminders whose deadline moved, cancel orphaned ones."""
        try:
            moved = await self.services.storage.run(
                replan_reminders, self.services.source.knowledge, self.services.clock())
        except StorageError:
            log.exception("re-planning personal reminders failed; their old times stay")
            return
        if moved:
            log.info("personal reminders: %d moved or cancelled after a knowledge change", moved)
        self.wake()

    # ------------------------------------------------------------------ delivery


    # ------------------------------------------------------------------ delivery

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        storage, clock = self.services.storage, self.services.clock
        try:
            lost = await storage.fail_interrupted_personal_reminders(clock())
            if lost:
                log.warning("%d personal reminders were being sent when the bot stopped; not "
                            "sending them again", lost)
        except StorageError:
            log.exception("personal reminders: could not check for interrupted ones")
        await self.replan()  # the file may have changed while the bot was down
        while True:
            try:
                await self._send_due()
                upcoming = await storage.next_personal_reminder_at()
            except StorageError:
                log.exception("personal reminders: database error; trying again in a minute")
                upcoming = clock() + timedelta(minutes=1)
            delay = MAX_SLEEP if upcoming is None else min(upcoming - clock(), MAX_SLEEP)
            await self._sleep(delay)

    def wake(self) -> None:
        """Look again now (a reminder was added or moved)."""
        if self._sleeper is not None and not self._sleeper.done():
            self._sleeper.cancel()

    async def _sleep(self, delay: timedelta) -> None:
        # a plain timer (which SimCord's simulated clock drives), cancelled to wake early
        self._sleeper = asyncio.ensure_future(asyncio.sleep(max(delay.total_seconds(), 0.0)))
        try:
            await asyncio.wait([self._sleeper])
        finally:
            if not self._sleeper.done():
                self._sleeper.cancel()
            self._sleeper = None

    async def _send_due(self) -> None:
        storage, clock = self.services.storage, self.services.clock
        early = timedelta(milliseconds=5)  # a timer may fire a hair early
        while due := await storage.claim_due_personal_reminders(clock() + early):
            for reminder in due:
                await self._deliver(reminder)

    async def _deliver(self, reminder: PersonalReminder) -> None:
        storage, now = self.services.storage, self.services.clock()
        knowledge = self.services.source.knowledge
        deadline = knowledge.deadline(reminder.deadline_id)
        due = due_of(knowledge, deadline) if deadline else None
        if deadline is None or due is None:
            await storage.drop_personal_reminder(reminder.id,
                                    reason="deadline removed or no longer dated", at=now)
            return
        if due <= now:
            await storage.drop_personal_reminder(reminder.id,
                                    reason="the deadline passed before it could be sent",
                                    at=now, status="missed")
            return
        try:
            user = self.bot.get_user(reminder.user_id) or await self.bot.fetch_user(
                reminder.user_id)
            await user.send(embed=reminder_embed(knowledge, deadline, due))
        except discord.HTTPException as exc:
            error = describe_http_error(exc)
            passing = exc.status >= 500 or exc.status == 429
            if passing and reminder.attempts < MAX_TRIES:
                log.warning("personal reminder #%d: try %d failed (%s); trying again",
                            reminder.id, reminder.attempts, error)
                await storage.retry_personal_reminder(reminder.id,
                                        run_at=now + RETRY_AFTER, error=error)
            else:
                log.warning("personal reminder #%d could not be delivered to user %s (%s); "
                            "giving up", reminder.id, reminder.user_id, error)
                await storage.finish_personal_reminder(reminder.id,
                                        status="failed", at=now, error=error)
            return
        await storage.finish_personal_reminder(reminder.id, status="sent",
                                at=self.services.clock())
        log.info("personal reminder #%d sent", reminder.id)


def reminder_embed(knowledge: Knowledge, deadline: Deadline, due: datetime) -> discord.Embed:
    text = f"**{deadline.name}** is due {format_dt(due, 'F')} your time ({format_dt(due, 'R')})."
    if deadline.date_only:
        text += (f"\nThe call gives only the day; this is the end of that day in "
                 f"{knowledge.workshop.timezone}.")
    if deadline.note:
        text += f"\n{deadline.note}"
    name = knowledge.workshop.short_name or knowledge.workshop.name
    return bounded_embed(title=f"Reminder: {deadline.name}", description=text,
                         colour=discord.Colour.gold(),
                         footer=f"{name} · you asked for this with /remind")


def replan_reminders(storage: Storage, knowledge: Knowledge, now: datetime) -> int:
    """Move pending reminders whose deadline moved; cancel those whose deadline is gone or no
    longer dated. Returns how many changed (one storage job, off the event loop)."""
    changed = 0
    for r in storage.pending_personal_reminders():
        deadline = knowledge.deadline(r.deadline_id)
        due = due_of(knowledge, deadline) if deadline else None
        if due is None:
            reason = "deadline removed" if deadline is None else "deadline no longer dated"
            storage.drop_personal_reminder(r.id, reason=reason, at=now)
            changed += 1
            continue
        run_at = max(due - r.before, now) if due > now else due - r.before
        if run_at != r.run_at:
            storage.move_personal_reminder(r.id, run_at)
            changed += 1
    return changed
