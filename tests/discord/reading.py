"""Reading what the bot sent: the text of embeds, the buttons of messages."""

from __future__ import annotations

import discord


def all_text(embed: discord.Embed) -> str:
    """Everything a reader sees in an embed, as one string."""
    parts = [embed.title or "", embed.description or "", embed.footer.text or ""]
    for field in embed.fields:
        parts += [field.name or "", field.value or ""]
    return "\n".join(parts)


def custom_ids(message) -> list[str]:
    """Every custom_id of the buttons on a message (discord.Message or a SimCord response)."""
    rows = message.components
    out: list[str] = []
    for row in rows:
        children = getattr(row, "children", None)
        if children is None and isinstance(row, dict):
            children = row.get("components", [])
        for child in children or []:
            cid = child.get("custom_id") if isinstance(child, dict) else child.custom_id
            if cid:
                out.append(cid)
    return out
