"""Characters the bot uses inside answers as date markers, typed into commands: never a crash."""

from __future__ import annotations

from reading import all_text

MARKERS = "\ue0007\ue001 \ue000"


async def test_markers_in_contact_and_deadline_options_get_a_normal_reply(world):
    for command, option in (("contact", "person"), ("deadline", "name")):
        r = await world.alice.slash(world.general, command, **{option: MARKERS})
        text = all_text(r.response.embeds[0])
        assert "Sorry, something went wrong" not in text
        assert "\ue000" not in text and "\ue001" not in text
    asked = await world.alice.slash(world.general, "ask", question=f"where is it? {MARKERS}")
    assert "Chicago" in all_text(asked.response.embeds[0])
    assert not world.env.errors
