""""Did you mean" buttons and feedback votes, including after a restart of the bot."""

from __future__ import annotations

from reading import custom_ids

from bot.app import create_bot
from bot.core.answers.answer import Kind

# Vague questions; the matcher asks back on at least one of them. The test takes the suggestion
# from the real responder, so it follows the matcher rather than guessing its wording.
VAGUE = ("format?", "how long", "pages or words", "emial", "when?", "where")


def clarifying_question(env):
    services = env.bot.services
    for question in VAGUE:
        answer = services.source.responder.respond(question, services.clock())
        if answer.kind is Kind.CLARIFY and answer.suggestions:
            return question, answer
    raise AssertionError(f"none of {VAGUE} makes the matcher ask back")


def vote_ids(message) -> tuple[str, str]:
    ids = custom_ids(message)
    return (next(i for i in ids if i.startswith("wb:vote:") and i.endswith(":up")),
            next(i for i in ids if i.startswith("wb:vote:") and i.endswith(":down")))


async def test_did_you_mean_click_answers_in_place(world):
    question, clarify = clarifying_question(world.env)
    reply = await world.ask(question)
    assert reply is not None
    labels = [b.label for row in reply.components for b in row.children]
    for suggestion in clarify.suggestions:
        assert suggestion.label in labels
    assert not any(i.startswith("wb:vote:") for i in custom_ids(reply))  # a question, not an answer

    choice = clarify.suggestions[0]
    r = await world.alice.click(reply, label=choice.label)
    assert r.acknowledged
    services = world.env.bot.services
    expected = services.source.responder.answer(choice.intent, services.clock(), choice.entity)
    edited = world.general.history()[-1]
    assert edited.id == reply.id  # the same message now holds the answer
    assert edited.embeds[0].title == expected.title
    up, _ = vote_ids(edited)  # and the answer can be voted on
    stored = services.storage.sync.question(int(up.split(":")[2]))
    assert stored.source == "suggestion" and stored.intent == expected.intent


async def test_did_you_mean_click_by_someone_else_answers_only_them(world):
    question, clarify = clarifying_question(world.env)
    reply = await world.ask(question)
    r = await world.bob.click(reply, label=clarify.suggestions[0].label)
    assert r.ephemeral and r.response.embeds
    assert world.general.history()[-1].embeds[0].title == reply.embeds[0].title  # untouched


async def test_did_you_mean_still_works_after_a_restart(world):
    question, clarify = clarifying_question(world.env)
    reply = await world.ask(question)
    old_bot = world.env.bot
    await world.env.restart_bot(create_bot())
    assert world.env.bot is not old_bot
    choice = clarify.suggestions[-1]
    r = await world.alice.click(reply, label=choice.label)
    assert r.acknowledged
    services = world.env.bot.services
    expected = services.source.responder.answer(choice.intent, services.clock(), choice.entity)
    assert world.general.history()[-1].embeds[0].title == expected.title


async def test_feedback_vote_is_stored_once_per_person(world):
    reply = await world.ask("when is the paper submission deadline?")
    up, down = vote_ids(reply)
    question_id = int(up.split(":")[2])
    storage = world.env.bot.services.storage.sync

    r = await world.alice.click(reply, custom_id=up)
    assert r.ephemeral and "Thanks" in r.response.content
    r = await world.bob.click(reply, custom_id=down)
    assert r.ephemeral
    again = await world.alice.click(reply, custom_id=down)
    assert "already voted" in again.response.content

    stored = storage.question(question_id)
    assert (stored.helpful_votes, stored.unhelpful_votes) == (1, 1)


async def test_votes_on_slash_ask_are_stored_after_a_restart(world):
    r = await world.alice.slash(world.general, "ask", question="where is the workshop?")
    up, _ = vote_ids(r.response)
    await world.env.restart_bot(create_bot())
    vote = await world.alice.click(r.response, custom_id=up)
    assert vote.acknowledged
    stored = world.env.bot.services.storage.sync.question(int(up.split(":")[2]))
    assert stored.source == "slash" and stored.helpful_votes == 1
