"""The time between two deadlines asked ("how many days between acceptance and camera ready?"):
both deadlines, and the days between them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Wearable Looms
  timezone: AoE
  date: 2031-11-08
deadlines:
  - {id: submission, name: Paper submission, due: 2031-08-20}
  - {id: notification, name: Acceptance notification, due: 2031-09-07}
  - {id: camera, name: Camera-ready, due: 2031-09-12}
""", "w.yaml"))
NOW = datetime(2031, 7, 25, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "gap"), [
    ("how many days do we get between acceptance and camera ready", "5 days"),
    ("how long is the gap between the paper deadline and notification", "18 days"),
])
def test_the_days_between_two_deadlines(question: str, gap: str) -> None:
    text = BOT.respond(question, NOW).plain_text()
    assert gap in text, text


def test_one_deadline_asked_gets_no_gap() -> None:
    text = BOT.respond("when is the camera ready due?", NOW).plain_text()
    assert "days." not in text, text


def test_the_deadline_and_another_step_asked_together_are_both() -> None:
    text = BOT.respond("ddl and notif dates pls", NOW).plain_text()
    assert "August 20" in text and "September 7" in text, text
    # ("notification deadline and ...": the notification's own, not the paper deadline too)
    text = BOT.respond("notification deadline and camera ready?", NOW).plain_text()
    assert "August 20" not in text, text
