"""Posting one announcement or reminder to Discord, marked so it is never posted twice.

Each post carries ``#<id>`` at the end of its embed footer. Before trying again a post whose
earlier try may have reached Discord (a crash between posting and recording, a timeout after
Discord accepted it, an organizer's retry of a failed post), :class:`Delivery` looks for that mark
in the channel's history since that post's first try, however many messages came after it.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

import discord

from bot.discord_ui.embeds import clip
from bot.storage import Announcement

log = logging.getLogger(__name__)

# The search for an earlier try starts this long before it (this host's clock and Discord's may
# differ a little), and reads at most HISTORY_MAX messages (a post that cannot be checked is not
# posted blindly: it fails, visibly in /scheduled).
CLOCK_SLACK = timedelta(minutes=10)
HISTORY_MAX = 10_000
EMBED_COLOUR = discord.Colour.blurple()
REMINDER_COLOUR = discord.Colour.gold()
_MARK = re.compile(r"#(\d+)$")
TITLE_MAX = 256
TEXT_MAX = 4096


def footer_for(ann: Announcement) -> str:
    who = f"Announced by {ann.author}" if ann.author else (
        "Deadline reminder" if ann.kind == "reminder" else "Announcement")
    return f"{clip(who, 200)} · #{ann.id}"


def marked_id(message: discord.Message) -> int | None:
    """The announcement id a message carries in its embed footer, if any."""
    for embed in message.embeds:
        text = embed.footer.text or ""
        m = _MARK.search(text)
        if m:
            return int(m.group(1))
    return None


def announcement_embed(ann: Announcement) -> discord.Embed:
    embed = discord.Embed(
        title=clip(ann.title or ("Reminder" if ann.kind == "reminder" else "Announcement"),
                   TITLE_MAX),
        description=clip(ann.message, TEXT_MAX),
        colour=REMINDER_COLOUR if ann.kind == "reminder" else EMBED_COLOUR,
    )
    embed.set_footer(text=footer_for(ann))
    return embed


def mentions_for(role_id: int | None) -> discord.AllowedMentions:
    """Nobody is pinged, except the one role an organizer chose."""
    return discord.AllowedMentions(everyone=False, users=False, replied_user=False,
                                   roles=[discord.Object(id=role_id)] if role_id else False)


class DeliveryError(Exception):
    """A post that cannot be made now (it will be retried)."""


class Delivery:
    """``await delivery(announcement)`` -> message id; raises when the post failed."""

    def __init__(self, bot: discord.Client) -> None:
        self.bot = bot

    async def __call__(self, ann: Announcement) -> int:
        channel = await self._channel(ann.channel_id)
        if ann.attempts > 0 or ann.first_try_at is not None:
            # an earlier try may have reached Discord: look (from then on) before posting
            since = (ann.first_try_at or ann.due_at) - CLOCK_SLACK
            existing = await self.find_posted(channel, ann.id, since)
            if existing is not None:
                log.info("%s #%d was already posted (message %d); not posting again",
                         ann.kind, ann.id, existing.id)
                return existing.id
        content = f"<@&{ann.role_id}>" if ann.role_id else None
        message = await channel.send(content=content, embed=announcement_embed(ann),
                                     allowed_mentions=mentions_for(ann.role_id))
        if isinstance(channel, discord.TextChannel) and channel.is_news():
            try:
                await message.publish()
            except discord.HTTPException as exc:  # posted; only the follower copy failed
                log.warning("%s #%d posted but not published to followers: %s", ann.kind,
                            ann.id, exc)
        return message.id

    async def _channel(self, channel_id: int) -> discord.abc.Messageable:
        channel = self.bot.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(channel_id)
            except discord.NotFound:
                raise DeliveryError(f"channel {channel_id} no longer exists") from None
        if not isinstance(channel, discord.abc.Messageable):
            raise DeliveryError(f"channel {channel_id} cannot hold messages")
        return channel

    async def find_posted(self, channel: discord.abc.Messageable, announcement_id: int,
                          since: datetime) -> discord.Message | None:
        """Our post marked ``#announcement_id`` among the messages after ``since``."""
        me = self.bot.user
        read = 0
        # Newest first, down to ``since``: paged with ``before``, which stops at ``since``.
        async for message in channel.history(limit=HISTORY_MAX, after=since, oldest_first=False):
            read += 1
            if me is not None and message.author.id == me.id \
                    and marked_id(message) == announcement_id:
                return message
        if read >= HISTORY_MAX:
            raise DeliveryError(
                f"cannot tell whether #{announcement_id} was already posted: over {HISTORY_MAX} "
                "messages since its first try. Look in the channel; if it is not there, "
                "announce it again")
        return None
