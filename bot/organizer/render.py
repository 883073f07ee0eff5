"""The organizer replies as embeds: /scheduled, /unanswered, /stats, /reload."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import discord
from discord.utils import format_dt

from bot.core.grouping import QuestionGroup
from bot.core.knowledge.loader import Problem
from bot.core.stats import Stats
from bot.discord_ui.embeds import DESCRIPTION_MAX, clip
from bot.storage import Announcement, AnnouncementStatus

OK = discord.Colour.green()
INFO = discord.Colour.blurple()
WARN = discord.Colour.orange()
ERROR = discord.Colour.red()
SHOWN = 20


def note(text: str, colour: discord.Colour = INFO, title: str | None = None) -> discord.Embed:
    return discord.Embed(title=title, description=clip(text, DESCRIPTION_MAX), colour=colour)


def first_words(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    return clip(" ".join(text.split()), limit)


def attendee_text(text: str, limit: int = 60) -> str:
    """Words an attendee wrote, shown to organizers as plain text: on one line, cut to
    ``limit``, with markdown, mentions and links made inert (nothing renders, pings or links)."""
    words = discord.utils.escape_mentions(first_words(text, limit))
    words = words.replace("<", "<\u200b")  # <@user>, <#channel>, <t:...>: none of them renders
    words = discord.utils.escape_markdown(words, as_needed=False)
    words = _BRACKET.sub(r"\\\1", words)  # [text](url) is a link even when cut short later
    # Discord links any bare scheme://address; a zero-width space after the colon stops it
    return _SCHEME.sub(lambda m: m.group(1) + ":\u200b", words)


_BRACKET = re.compile(r"(?<!\\)([\[\]])")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):(?=\\?/)")


def scheduled_embed(items: Sequence[Announcement],
                    reminders: Sequence[Announcement]) -> discord.Embed:
    lines = []
    for a in items[:SHOWN]:
        where = f"<#{a.channel_id}>"
        words = first_words(a.title or a.message)
        if a.status is AnnouncementStatus.FAILED and not a.attempts:
            lines.append(f"⚠️ `#{a.id}` **cannot be posted** ({a.last_error}) in {where}: "
                         f"{words}")
        elif a.status is AnnouncementStatus.FAILED:
            lines.append(f"⚠️ `#{a.id}` **failed** after {a.attempts} tries ({a.last_error}); "
                         f"was due {format_dt(a.due_at, 'f')} in {where}: {words}")
        else:
            retry = (f" (retrying {format_dt(a.run_at, 'R')}: {a.last_error})"
                     if a.attempts else "")
            lines.append(f"`#{a.id}` {format_dt(a.due_at, 'f')} ({format_dt(a.due_at, 'R')}) "
                         f"in {where}{retry}: {words}")
    if len(items) > SHOWN:
        lines.append(f"… and {len(items) - SHOWN} more.")
    if not lines:
        lines.append("No announcements are scheduled.")
    if reminders:
        nxt = reminders[0]
        lines.append(f"\nDeadline reminders pending: {len(reminders)}; next "
                     f"{format_dt(nxt.due_at, 'f')}: {first_words(nxt.title or nxt.message)}")
    return note("\n".join(lines), title="Scheduled announcements")


def unanswered_embed(groups: Sequence[QuestionGroup], shown: int = 10,
                     notes: Mapping[int, Sequence[str]] | None = None) -> discord.Embed:
    """The inbox; ``notes`` (group id -> lines) say what became of a group: handed off,
    answered by the organizers, the phrasings people picked."""
    if not groups:
        return note("No open unanswered questions. 🎉", OK, title="Unanswered questions")
    lines = []
    for g in groups[:shown]:
        intent = f" · closest: `{g.intent}`" if g.intent else " · closest: none"
        others = [v for v in g.variants if v != g.label][:2]
        also = "\n  also: " + "; ".join(f"“{attendee_text(v, 50)}”" for v in others) \
            if others else ""
        extra = "".join(f"\n  {line}" for line in (notes or {}).get(g.id, ()))
        lines.append(f"**{g.count}×** “{attendee_text(g.label, 90)}”{intent}{also}{extra}")
    total = sum(g.count for g in groups)
    footer = f"{len(groups)} groups, {total} questions"
    if len(groups) > shown:
        footer += f" (showing the {shown} most frequent)"
    embed = note("\n".join(lines), WARN, title="Unanswered questions")
    embed.set_footer(text=footer + ". Add the facts to the knowledge file, then mark handled.")
    return embed


def stats_embed(stats: Stats, days: int) -> discord.Embed:
    embed = discord.Embed(title=f"Questions in the last {days} days", colour=INFO)
    if not stats.total:
        embed.description = "No questions yet."
        return embed
    embed.add_field(name="Questions", value=str(stats.total))
    embed.add_field(name="Answered", value=f"{stats.answered} ({stats.share_answered:.0%})")
    embed.add_field(name="Votes", value=f"👍 {stats.helpful} · 👎 {stats.not_helpful}")
    top = "\n".join(f"`{i}`: {n}" for i, n in stats.top_intents) or "none"
    embed.add_field(name="Top intents", value=top, inline=False)
    per_day = "\n".join(f"{d:%a %b %d}: {n}" for d, n in stats.days if n) or "none"
    embed.add_field(name="Per day", value=clip(per_day, 1024), inline=False)
    return embed


def problems_embed(problems: Sequence[Problem]) -> discord.Embed:
    listing = "\n".join(str(p) for p in problems)
    head = ("The knowledge file has problems, so I kept the current facts. "
            "Fix these and run /reload again:\n")
    body = "```\n" + clip(listing, DESCRIPTION_MAX - len(head) - 10) + "\n```"
    return note(head + body, ERROR, title="Reload refused")


def changes_embed(changes: Sequence[str], reminders_note: str | None) -> discord.Embed:
    if not changes:
        return note("Reloaded the knowledge file; no fact changed.", OK, title="Reloaded")
    text = "\n".join(f"• {c}" for c in changes)
    if reminders_note:
        text += f"\n\n{reminders_note}"
    return note(text, OK, title="Reloaded: what changed")


def with_status(embed: discord.Embed, status: str) -> discord.Embed:
    """``embed`` with ``status`` in bold above its description, within Discord's limit."""
    embed.description = clip(f"**{status}**\n\n{embed.description or ''}", DESCRIPTION_MAX)
    return embed
