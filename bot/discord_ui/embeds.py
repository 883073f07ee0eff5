"""Answers as Discord embeds, always within Discord's limits whatever the knowledge file holds."""

from __future__ import annotations

import discord
from discord.utils import format_dt

from bot.core.answers.answer import Answer, Kind, Moment
from bot.core.answers.timefmt import written_moment

# Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
TOTAL_MAX = 6000

ELLIPSIS = "…"
EMPTY = "\u200b"  # Discord rejects empty field names and values

COLOURS: dict[Kind, discord.Colour] = {
    Kind.ANSWER: discord.Colour.blurple(),
    Kind.UNKNOWN: discord.Colour.orange(),
    Kind.OFFTOPIC: discord.Colour.light_grey(),
    Kind.CHITCHAT: discord.Colour.teal(),
    Kind.CLARIFY: discord.Colour.gold(),
}

CONTACT_HINT = "Not what you needed? `/contact` shows how to reach the organizers."


def discord_moment(moment: Moment) -> str:
    """A moment for Discord: the date as the call states it, the reader's local time, and how far.

    ``October 20, 2017 (that's <t:…:R>)`` for a day; for a time of day also ``<t:…:f>``, which
    every reader's client shows in their own time zone. The relative stamp stays current on old
    messages; day-level words ("today", "tomorrow") stay words, since a stamp for the start of a
    day would read "8 hours ago" on that very day.
    """
    written = written_moment(moment)
    near = moment.relative_text in DAY_WORDS
    stamp = format_dt(moment.at, "R")
    phrase = moment.relative_phrase(None if near else stamp) if moment.relative else stamp
    if moment.date_only:
        return f"{written} ({phrase})" if phrase else written
    if moment.time_only:  # (a session's end, its day said with its start)
        return f"{written} — {format_dt(moment.at, 't')} your time"
    local = f"{written} — {format_dt(moment.at, 'f')} your time"
    return f"{local} ({phrase})" if phrase else local


DAY_WORDS = frozenset({"today", "tomorrow", "yesterday", "happening now"})


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when it was cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[: limit - len(ELLIPSIS)].rstrip() + ELLIPSIS


def _link_lines(answer: Answer) -> list[str]:
    lines = []
    for link in answer.links:
        label = link.label.replace("[", "(").replace("]", ")") or link.url
        lines.append(f"[{label}]({link.url})" if link.url.startswith("http") else label)
    return lines


def answer_embed(answer: Answer) -> discord.Embed:
    """The embed for one answer: title, text, fields, links, within every Discord limit."""
    render = lambda value: answer.render(value, discord_moment)  # noqa: E731
    description = render(answer.text)
    if answer.kind in (Kind.UNKNOWN, Kind.OFFTOPIC) and "/contact" not in description:
        description = f"{description}\n\n{CONTACT_HINT}".strip()
    fields = [(render(f.name), render(f.value), f.inline) for f in answer.fields]
    links = _link_lines(answer)
    if links:
        fields.append(("Links", "\n".join(links), False))
    return bounded_embed(
        title=render(answer.title),
        description=description,
        fields=fields,
        colour=COLOURS.get(answer.kind, discord.Colour.blurple()),
    )


def bounded_embed(
    *,
    title: str,
    description: str,
    fields: list[tuple[str, str, bool]] = (),  # type: ignore[assignment]
    colour: discord.Colour | None = None,
    footer: str | None = None,
) -> discord.Embed:
    """An embed whose every part, and whose total, fit Discord's limits.

    Over the total, fields go first (from the end, with a note), then the description shrinks.
    """
    title = clip(title, TITLE_MAX)
    footer = clip(footer, FOOTER_MAX) if footer else None
    clipped = [
        (clip(name, FIELD_NAME_MAX) or EMPTY, clip(value, FIELD_VALUE_MAX) or EMPTY, inline)
        for name, value, inline in fields
    ]
    dropped = max(0, len(clipped) - FIELDS_MAX)
    clipped = clipped[:FIELDS_MAX]
    description = clip(description, DESCRIPTION_MAX)

    def total() -> int:
        return (len(title) + len(description) + len(footer or "")
                + sum(len(n) + len(v) for n, v, _ in clipped))

    while clipped and total() > TOTAL_MAX:
        clipped.pop()
        dropped += 1
    if dropped:
        footer = clip(f"{dropped} more item(s) did not fit. " + (footer or ""), FOOTER_MAX)
        while clipped and total() > TOTAL_MAX:
            clipped.pop()
    if total() > TOTAL_MAX:
        description = clip(description, max(1, TOTAL_MAX - (total() - len(description))))

    embed = discord.Embed(title=title or None, description=description or None, colour=colour)
    for name, value, inline in clipped:
        embed.add_field(name=name, value=value, inline=inline)
    if footer:
        embed.set_footer(text=footer)
    return embed


def notice_embed(text: str, *, title: str | None = None) -> discord.Embed:
    """A short message from the bot itself (thanks, cooldown, errors)."""
    return bounded_embed(title=title or "", description=text, colour=discord.Colour.light_grey())
