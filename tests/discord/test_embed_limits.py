"""Replies stay within Discord's embed limits whatever the knowledge file holds."""

from __future__ import annotations

import pytest
import yaml
from discord_files import WORKSHOP

from bot.app import create_bot
from bot.core.answers.answer import Answer, Field, Kind, Link, Moment
from bot.discord_ui.embeds import answer_embed, discord_moment


@pytest.fixture
def huge_knowledge(tmp_path, bot_env):
    data = yaml.safe_load(WORKSHOP.read_text())
    data["workshop"]["name"] = "Workshop " + "N" * 400
    data["workshop"]["description"] = "Long description. " * 600
    data["workshop"]["topics"] = [f"topic {i} " + "t" * 300 for i in range(60)]
    data["organizers"] = [{"name": f"Organizer {i} " + "o" * 200, "affiliation": "A" * 300,
                           "email": f"o{i}@example.org"} for i in range(40)]
    data["deadlines"] = [{"id": f"d{i}", "name": f"Deadline {i} " + "x" * 250,
                          "due": f"2026-0{1 + i % 9}-1{i % 10}", "note": "n" * 500}
                         for i in range(30)]
    path = tmp_path / "huge.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    bot_env.setenv("WORKSHOP_BOT_KNOWLEDGE", str(path))
    return path


@pytest.fixture
def simcord_bot(huge_knowledge):
    return create_bot()


@pytest.mark.parametrize("command", ["about", "topics", "committee", "deadlines", "contact",
                                     "help", "venue", "format"])
async def test_replies_fit_discords_limits_whatever_the_yaml_holds(world, command):
    r = await world.alice.slash(world.general, command)
    assert r.acknowledged and not world.env.errors
    embed = r.response.embeds[0]
    assert len(embed) <= 6000
    assert len(embed.title or "") <= 256 and len(embed.description or "") <= 4096
    assert len(embed.fields) <= 25
    assert all(len(f.name) <= 256 and len(f.value) <= 1024 for f in embed.fields)


def test_an_answer_far_over_every_limit_is_cut_to_fit():
    answer = Answer(Kind.ANSWER, "T" * 1000, "D" * 10_000,
                    fields=[Field("N" * 400, "V" * 3000) for _ in range(40)],
                    links=[Link("L" * 50, "https://example.org/" + "p" * 100) for _ in range(30)])
    embed = answer_embed(answer)
    assert len(embed) <= 6000 and len(embed.fields) <= 25
    assert len(embed.title) == 256 and embed.title.endswith("…")
    assert len(embed.description) <= 4096
    assert "did not fit" in embed.footer.text  # the reader learns that something was left out


def test_moments_render_as_discord_timestamps():
    from datetime import UTC, datetime

    at = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
    answer = Answer(Kind.ANSWER, "Due", "")
    answer.text = f"Due {answer.mark(Moment(at, date_only=False))}."
    text = answer_embed(answer).description
    stamp = int(at.timestamp())
    assert f"<t:{stamp}:f>" in text and f"<t:{stamp}:R>" in text and "March 2, 2026" in text
    day = discord_moment(Moment(at, date_only=True))
    assert "March 2, 2026" in day and ":R>" in day and ":f>" not in day


def test_relative_wording_is_live_and_not_doubled():
    from datetime import UTC, datetime

    at = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
    closed = discord_moment(Moment(at, True, "x", "closed {when}", "3 days ago"))
    assert closed == f"March 2, 2026 (closed <t:{int(at.timestamp())}:R>)"
    today = discord_moment(Moment(at, True, "x", "that's {when}", "today"))
    assert today == "March 2, 2026 (that's today)"
    assert "3 days ago" not in closed and today.count("(") == 1
