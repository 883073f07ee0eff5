"""A workshop's name written with its year ("PMBS24") is said without it ("the pmbs deadline");
a track of the host conference named after it ("the SC24 technical papers deadline") is the
conference's, not ours; and presentation slides are a subject no deadline answers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: PMBS31 - Workshop on Performance Modeling and Benchmarking
  short_name: PMBS31
  conference: SC31 (The International Conference for High Performance Computing)
  timezone: AoE
  location: Room B303, Congress Center, Atlanta, USA
deadlines:
  - {id: full, name: Full paper submission, due: 2031-08-08}
  - {id: short, name: Short paper submission, due: 2031-09-01}
submission:
  tracks:
    - {id: full, name: Full paper, page_limit: 8}
    - {id: short, name: Short paper, page_limit: 4}
""", "pmbs.yaml"))
NOW = datetime(2031, 7, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize("question", ["when is the pmbs deadline?", "pmbs ddl?"])
def test_the_name_without_its_year_is_ours(question: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and "August 8" in a.plain_text(), a.plain_text()


@pytest.mark.parametrize("question", ["when is the SC31 technical papers deadline?",
                                      "SC31 research track deadline?"])
def test_a_host_conference_track_is_not_ours(question: str) -> None:
    a = BOT.respond(question, NOW)
    assert not a.answered, a.plain_text()
    assert "August 8" not in a.plain_text() and "September 1" not in a.plain_text()


@pytest.mark.parametrize("question", ["when is the SC31 full paper deadline for pmbs?",
                                      "sc31 workshop short paper deadline?"])
def test_our_own_deadline_said_with_the_host_is_still_ours(question: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered, a.plain_text()


@pytest.mark.parametrize("question", ["when do we have to send our presentation slides",
                                      "will the slides be posted on the website after the "
                                      "workshop"])
def test_slides_are_a_subject_of_their_own(question: str) -> None:
    a = BOT.respond(question, NOW)
    assert not a.answered and "slides" in a.plain_text(), a.plain_text()
    assert "August 8" not in a.plain_text()
