""""Did you mean" picks and rephrasings after a not-helpful vote: stored with the question and
shown in /unanswered as suggested phrasings."""

from __future__ import annotations

from organizer_world import Server

from bot.app import create_bot
from bot.core.answers.answer import Kind

VAGUE = ("format?", "how long", "pages or words", "emial", "when?", "where")


def _ids(message) -> list[str]:
    return [c.custom_id for row in message.components for c in row.children]


async def _ask(server: Server, text: str, who=None):
    who = who or server.member
    sent = await who.send(server.general, f"{server.env.bot.user.mention} {text}")
    reply = server.general.last_message
    assert reply.id != sent.id
    return reply


async def test_a_pick_is_stored_with_the_question_and_shown_in_the_inbox(server: Server) -> None:
    services = server.env.bot.services
    question, clarify = next(
        (q, a) for q in VAGUE
        if (a := services.source.responder.respond(q, services.clock())).kind is Kind.CLARIFY)
    reply = await _ask(server, question)
    pick_ids = [i for i in _ids(reply) if i.startswith("wb:pick:")]
    assert pick_ids
    asked_id = int(pick_ids[0].split(":")[2])
    choice = clarify.suggestions[0]

    await server.env.restart_bot(create_bot())  # the pick buttons outlive the process
    await server.manager.click(reply, label=choice.label)  # someone else's pick: not stored
    await server.member.click(reply, label=choice.label)
    phrasings = server.storage.phrasings_for([asked_id])[asked_id]
    assert [(p.kind, p.text) for p in phrasings] == [("pick", choice.label)]
    assert phrasings[0].intent.startswith(choice.intent)

    inbox = await server.organizer.slash(server.general, "unanswered")
    text = server.reply(inbox).description
    assert f"picked “{choice.label}”" in text


async def test_a_rephrasing_after_a_not_helpful_vote_is_stored_with_the_first_question(
        server: Server) -> None:
    first = await _ask(server, "how many pages can the paper have?")
    down = next(i for i in _ids(first) if i.startswith("wb:vote:") and i.endswith(":down"))
    first_id = int(down.split(":")[2])
    await server.member.click(first, custom_id=down)
    await _ask(server, "where is the workshop?", who=server.manager)  # someone else: no
    await _ask(server, "is the page limit with or without references?")
    await server.env.advance_time(11 * 60)
    await _ask(server, "what about the appendix?")  # too late to be a rephrasing

    phrasings = server.storage.phrasings_for([first_id])[first_id]
    assert [(p.kind, p.text) for p in phrasings] == [
        ("rephrase", "is the page limit with or without references?")]
    inbox = await server.organizer.slash(server.general, "unanswered")
    text = server.reply(inbox).description
    assert "rephrased as “is the page limit with or without references?”" in text
