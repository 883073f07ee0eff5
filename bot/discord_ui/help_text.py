"""/help: every command with an example, built from the registered commands themselves."""

from __future__ import annotations

import discord
from discord.ext import commands

from bot.discord_ui.embeds import bounded_embed
from bot.services import Services


def _examples(services: Services) -> dict[str, str]:
    knowledge = services.source.knowledge
    deadline = knowledge.deadlines[0].name if knowledge.deadlines else "submission"
    person = knowledge.organizers[0].name if knowledge.organizers else "a name"
    return {  # commands without options need no example
        "ask": "`/ask question: when is the paper due?`",
        "deadline": f"`/deadline name: {deadline}`",
        "contact": f"`/contact` or `/contact person: {person}`",
    }


def help_embed(cog: commands.Cog, client: discord.Client, services: Services) -> discord.Embed:
    me = client.user.mention if client.user else "the bot"
    knowledge = services.source.knowledge
    examples = _examples(services)
    fields: list[tuple[str, str, bool]] = []
    own = set()
    for command in cog.walk_app_commands():
        own.add(command.qualified_name)
        options = " ".join(f"[{p.name}]" if not p.required else p.name
                           for p in getattr(command, "parameters", []))
        name = f"/{command.qualified_name}" + (f" {options}" if options else "")
        example = examples.get(command.name)
        fields.append((name, command.description + (f"\n{example}" if example else ""), False))
    tree: discord.app_commands.CommandTree = client.tree  # type: ignore[attr-defined]
    others = sorted(
        f"`/{c.qualified_name}`" for c in tree.walk_commands()
        if c.qualified_name not in own and not isinstance(c, discord.app_commands.Group)
    )
    if others:
        fields.append(("For organizers", " ".join(others), False))
    description = (
        f"I answer questions about **{knowledge.workshop.name}**. Mention me in a channel "
        f"({me} when is the workshop?) or send me a direct message, in your own words. "
        "Slash-command replies are visible only to you; times show in your own time zone."
    )
    qa = services.settings.qa_channels
    if qa:
        names = ", ".join(f"#{name}" for name in qa)
        description += f" In {names} I answer every message, no mention needed."
    return bounded_embed(title="What I can do", description=description, fields=fields,
                         colour=discord.Colour.blurple())
