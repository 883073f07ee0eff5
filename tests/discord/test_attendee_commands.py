"""Every attendee slash command through SimCord: what an attendee sees."""

from __future__ import annotations

import discord
import pytest
from reading import all_text, custom_ids

ATTENDEE_COMMANDS = {"ask", "deadlines", "deadline", "about", "venue", "format", "topics",
                     "committee", "contact", "calendar", "help", "program", "remind",
                     "reminders"}


async def test_every_attendee_command_is_synced_and_described(world):
    visible = set(world.alice.available_commands(world.general))
    assert visible >= ATTENDEE_COMMANDS
    for command in world.env.bot.tree.walk_commands():
        assert command.description and command.description != "…", command.name
        for parameter in getattr(command, "parameters", []):
            assert parameter.description and parameter.description != "…", (
                command.name, parameter.name)


async def test_ask_answers_privately_with_vote_buttons(world):
    r = await world.alice.slash(world.general, "ask",
                                question="when is the paper submission deadline?")
    assert r.acknowledged and r.ephemeral
    text = all_text(r.response.embeds[0])
    assert "March 2, 2026" in text
    assert "<t:" in text and ":R>" in text  # a Discord timestamp, relative
    ids = custom_ids(r.response)
    assert any(i.startswith("wb:vote:") and i.endswith(":up") for i in ids)
    assert any(i.startswith("wb:vote:") and i.endswith(":down") for i in ids)


async def test_deadlines_lists_every_deadline_with_time_left(world):
    r = await world.alice.slash(world.general, "deadlines")
    assert r.ephemeral
    text = all_text(r.response.embeds[0])
    for name in ("Paper submission", "Author notification", "Camera-ready version"):
        assert name in text
    assert text.count(":R>") >= 3  # every deadline says how far away it is, in reader's terms
    assert not custom_ids(r.response)  # a fixed lookup: no votes, no suggestions


async def test_deadline_date_only_shows_the_date_as_stated_and_relative_time(world):
    r = await world.alice.slash(world.general, "deadline", name="submission")
    text = all_text(r.response.embeds[0])
    assert "Paper submission" in text and "March 2, 2026" in text
    assert ":R>" in text
    assert ":f>" not in text  # a bare date has no time of day to localise


async def test_deadline_with_a_time_shows_each_readers_local_time(world):
    r = await world.alice.slash(world.general, "deadline", name="notification")
    text = all_text(r.response.embeds[0])
    assert "April 30, 2026" in text
    # 17:00 in Chicago (CDT, UTC-5) is 22:00 UTC: the timestamp every client shows locally.
    stamp = int(discord.utils.parse_time("2026-04-30T22:00:00+00:00").timestamp())
    assert f"<t:{stamp}:f>" in text and f"<t:{stamp}:R>" in text


async def test_deadline_typed_freely_finds_the_closest_name(world):
    r = await world.alice.slash(world.general, "deadline", name="camera ready")
    assert "Camera-ready" in all_text(r.response.embeds[0])


async def test_deadline_autocomplete_is_fuzzy(world):
    choices = await world.alice.autocomplete(world.general, "deadline", "name", "notif")
    assert choices and choices[0]["value"] == "notification"
    everything = await world.alice.autocomplete(world.general, "deadline", "name", "")
    assert {c["value"] for c in everything} == {"submission", "notification", "camera-ready"}


async def test_about(world):
    r = await world.alice.slash(world.general, "about")
    text = all_text(r.response.embeds[0])
    assert "Example Systems Workshop" in text and "EXAMPLECONF 2026" in text


async def test_venue(world):
    r = await world.alice.slash(world.general, "venue")
    text = all_text(r.response.embeds[0])
    assert "Chicago" in text and "Lakeside Center" in text


async def test_format(world):
    r = await world.alice.slash(world.general, "format")
    text = all_text(r.response.embeds[0])
    assert "4" in text and "PDF" in text and "EXAMPLECONF 2026" in text


async def test_topics(world):
    r = await world.alice.slash(world.general, "topics")
    text = all_text(r.response.embeds[0])
    assert "compilers for machine learning" in text


async def test_committee(world):
    r = await world.alice.slash(world.general, "committee")
    text = all_text(r.response.embeds[0])
    for name in ("Ada Example", "Grace Sample", "Linus Placeholder"):
        assert name in text


async def test_contact_without_a_person_says_how_to_reach_the_organizers(world):
    r = await world.alice.slash(world.general, "contact")
    assert r.ephemeral
    assert "ada@example.org" in all_text(r.response.embeds[0])


async def test_contact_autocomplete_and_one_person(world):
    choices = await world.alice.autocomplete(world.general, "contact", "person", "grac")
    assert choices and choices[0]["name"].startswith("Grace Sample")
    r = await world.alice.slash(world.general, "contact", person=choices[0]["value"])
    text = all_text(r.response.embeds[0])
    assert "grace@sample.org" in text and "ada@example.org" not in text


async def test_help_lists_every_command_with_examples(world):
    r = await world.alice.slash(world.general, "help")
    assert r.ephemeral
    text = all_text(r.response.embeds[0])
    for name in ATTENDEE_COMMANDS:
        assert f"/{name}" in text
    assert "/deadline name: Paper submission" in text  # an example from this workshop's data


@pytest.mark.parametrize("command", ["deadlines", "committee"])
async def test_commands_work_in_direct_messages(world, command):
    r = await world.alice.user.slash(command)
    assert r.acknowledged and r.response.embeds
