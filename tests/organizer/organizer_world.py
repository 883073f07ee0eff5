"""Test helpers for the organizer tests (a module of its own so tests can import them)."""

from __future__ import annotations

from dataclasses import dataclass

import discord
import simcord

KNOWLEDGE = """\
workshop:
  name: Organizer Test Workshop
  timezone: UTC
  date: 2026-02-01
  location: Lisbon, Portugal

deadlines:
  - id: submission
    name: Paper submission
    due: {submission}
  - id: notification
    name: Author notification
    due: 2026-01-05
    reminders: [1d]

reminders: [7d, 1d, 1h]

submission:
  page_limit: 4
"""

def knowledge_text(submission: str = "2026-01-10T12:00") -> str:
    return KNOWLEDGE.format(submission=submission)


@dataclass
class Server:
    env: simcord.Env
    guild: simcord.GuildHandle
    general: simcord.ChannelHandle
    announcements: simcord.ChannelHandle
    organizers_role: simcord.RoleHandle
    staff_role: simcord.RoleHandle
    organizer: simcord.MemberActor  # by role
    manager: simcord.MemberActor  # by Manage Server, without the role
    member: simcord.MemberActor  # an attendee

    @property
    def storage(self):
        return self.env.bot.services.storage.sync

    def posts(self, channel: simcord.ChannelHandle | None = None) -> list[discord.Message]:
        """Messages the bot posted in a channel (announcements by default)."""
        history = (channel or self.announcements).history()
        return [m for m in history if m.author.id == self.env.bot.user.id]

    async def announce(self, who: simcord.MemberActor | None = None, **options: object):
        return await (who or self.organizer).slash(self.general, "announce", **options)

    def reply(self, result) -> discord.Embed:
        """The embed of an interaction's private reply (response or first follow-up)."""
        for message in [*result.followups, result.response]:
            if message is not None and message.embeds:
                return message.embeds[0]
        raise AssertionError("no reply embed")
