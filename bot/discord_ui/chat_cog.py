"""Chat: answer a mention in a server channel, any direct message, and (optionally) every message
in the Q&A channels, as a reply to the message.

Mentions and DMs reach a bot without the privileged message-content intent; Q&A channels need it
(``WORKSHOP_BOT_QA_CHANNELS``), because there the bot must read messages that do not mention it.
Threads of a Q&A channel, and posts of a Q&A forum, count as the Q&A channel: the parent decides.
"""

from __future__ import annotations

import logging
import re

import discord
from discord.ext import commands

from bot.core.understanding.conversation import Conversation
from bot.discord_ui.attendee_cog import ATTENDEE_COG
from bot.discord_ui.buttons import answer_view, may_hand_off
from bot.discord_ui.cooldown import COOLDOWN_NOTE, Cooldown, Verdict
from bot.discord_ui.embeds import answer_embed, notice_embed
from bot.discord_ui.help_text import help_embed
from bot.discord_ui.replies import MAX_QUESTION, describe_http_error, record_question, where
from bot.services import Services

log = logging.getLogger(__name__)

MAX_CONVERSATIONS = 1000  # remembered follow-up contexts before stale ones are dropped


def qa_parent(channel: object) -> object:
    """The channel whose name decides whether it is a Q&A channel: a thread (or a forum post)
    is decided by its parent channel, never by its own title."""
    if isinstance(channel, discord.Thread):
        return channel.parent
    return channel


class ChatCog(commands.Cog, name="Chat"):
    """Answers questions written in plain words."""

    def __init__(self, bot: commands.Bot, services: Services,
                 cooldown: Cooldown | None = None) -> None:
        self.bot = bot
        self.services = services
        self.cooldown = cooldown or Cooldown()
        # each person's conversation in each channel, for follow-ups ("and her email?")
        self.conversations: dict[tuple[int, int], Conversation] = {}

    def _source(self, message: discord.Message) -> str | None:
        """How the message reached us ("mention", "dm", "qa-channel"), or None to ignore it."""
        me = self.bot.user
        if me is None:
            return None
        if message.guild is None:
            return "dm" if isinstance(message.channel, discord.DMChannel) else None
        if any(user.id == me.id for user in message.mentions):
            return "mention"
        own_role = message.guild.self_role
        if own_role is not None and own_role in message.role_mentions:
            return "mention"
        qa = self.services.settings.qa_channels
        channel_name = getattr(qa_parent(message.channel), "name", None)
        if qa and channel_name and channel_name.lower() in qa:
            return "qa-channel"
        return None

    def _question(self, message: discord.Message) -> str:
        """The message without the bot's own mention(s)."""
        me = self.bot.user
        text = message.content
        if me is not None:
            text = re.sub(rf"<@!?{me.id}>", " ", text)
        own_role = message.guild.self_role if message.guild else None
        if own_role is not None:
            text = text.replace(own_role.mention, " ")
        return " ".join(text.split()).lstrip(",:;- ")[:MAX_QUESTION]

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.webhook_id is not None:
            return  # other bots, webhooks and ourselves
        if message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return  # system messages ("started a thread", pins, joins) ask nothing
        source = self._source(message)
        if source is None:
            return
        now = self.services.clock()
        verdict = self.cooldown.hit(message.author.id, now)
        if verdict is Verdict.SILENT:
            return
        if verdict is Verdict.NOTE:
            await self._send(message, embed=notice_embed(COOLDOWN_NOTE))
            return
        question = self._question(message)
        attendee_cog = self.bot.get_cog(ATTENDEE_COG)
        if not question and attendee_cog is not None:  # just a mention: say what I can do
            await self._send(message, embed=help_embed(attendee_cog, self.bot, self.services))
            return
        key = (message.author.id, message.channel.id)
        answer, self.conversations[key] = self.services.source.responder.converse(
            question, now, self.conversations.get(key))
        if len(self.conversations) > MAX_CONVERSATIONS:  # forget the stale ones
            self.conversations = {k: c for k, c in self.conversations.items() if c.fresh(now)}
        guild_id = message.guild.id if message.guild else None
        question_id = record_question(self.services, question, answer, source, guild_id,
                                      message.author.id) if question else None
        view = answer_view(answer, question_id, may_hand_off(self.services, guild_id))
        await self._send(message, embed=answer_embed(answer), view=view)

    async def _send(self, message: discord.Message, *, embed: discord.Embed,
                    view: discord.ui.View | None = None) -> None:
        kwargs: dict[str, object] = {"embed": embed, "mention_author": False}
        if view is not None:
            kwargs["view"] = view
        try:
            await message.reply(**kwargs)  # type: ignore[arg-type]
        except discord.HTTPException as exc:
            # A 5xx, or a channel where we may not speak: log it and keep serving everyone else.
            log.warning("could not reply in %s: %s", where(message.channel),
                        describe_http_error(exc))
