"""A session's end is written as its time of day alone: in plain text in its own zone, and in
Discord with a short time stamp each reader's client shows in their zone."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.answers.answer import Moment
from bot.core.answers.timefmt import plain_moment
from bot.discord_ui.embeds import discord_moment


def test_a_time_of_day_alone_is_written_and_stamped_as_one() -> None:
    end = datetime(2031, 5, 19, 17, 40, tzinfo=UTC)
    moment = Moment(end, False, "end", time_only=True)
    assert plain_moment(moment) == "5:40 PM UTC"
    assert discord_moment(moment) == f"5:40 PM UTC — <t:{int(end.timestamp())}:t> your time"
