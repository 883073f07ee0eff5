"""A submission platform named of something else than where papers go ("are the reviews public
on openreview?") gets no "Yes:"; "is it on openreview?" still does."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Generative Biology
  timezone: AoE
  date: 2031-07-18
submission:
  submission_url: https://openreview.net/group?id=Example/2031/Workshop
""", "w.yaml"))
NOW = datetime(2031, 5, 1, 12, tzinfo=UTC)


def test_reviews_on_the_platform_are_not_confirmed() -> None:
    text = BOT.respond("are reviews going to be public on openreview", NOW).plain_text()
    assert not text.startswith("Yes"), text


def test_the_platform_checked_is_confirmed() -> None:
    assert BOT.respond("is it on openreview?", NOW).plain_text().startswith("Yes")


def test_reviews_on_the_platform_of_a_real_call_are_not_confirmed() -> None:
    from tests.core.conftest import ask_real
    _, text = ask_real("genbio-2025", "2025-05-02T12:00+00:00",
                       "are reviews going to be public on openreview")
    assert not text.startswith("yes"), text


def test_how_blind_the_review_is_in_the_organizers_words() -> None:
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Wearable Looms
  timezone: AoE
  date: 2031-11-08
submission:
  anonymized: false
faq:
  - id: review
    questions: ["how are papers reviewed"]
    answer: Reviews are single-blinded. Papers keep their author names.
""", "w.yaml"))
    text = bot.respond("is it double blind?", NOW).plain_text()
    assert text.startswith("No") and "single-blinded" in text, text
