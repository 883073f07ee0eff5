"""A paper type named like a session ("the poster abstract", "a full paper talk") is the type,
unless the question speaks of the schedule ("when", "session", "where"); and a talk's length is
in minutes, never the page limit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Conference on Music Archives (MusA 2031)
  timezone: Asia/Seoul
  date: 2031-09-26
deadlines:
  - {id: paper, name: Paper submission, due: 2031-05-19}
  - {id: poster, name: Poster abstract submission, due: 2031-07-12}
submission:
  tracks:
    - {id: full, name: Full paper, page_limit: 8}
    - {id: short, name: Short paper, page_limit: 4}
    - id: poster
      name: Poster
      description: Submit an abstract of 500 words or fewer by email.
program:
  - {title: Paper session 1, start: "2031-09-26T09:10+09:00", end: "2031-09-26T10:40+09:00",
     kind: talk}
  - {title: Coffee break & posters, start: "2031-09-26T10:40+09:00",
     end: "2031-09-26T11:30+09:00", kind: poster, room: TV Studio B}
faq:
  - id: talk-length
    questions: ["how long is my talk", "how many minutes for a presentation"]
    answer: Full papers get a 15-minute talk; short papers get a 12-minute talk.
""", "musa.yaml"))
NOW = datetime(2031, 4, 15, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("how long should the poster abstract be", "500 words", "10:40"),
    ("how much time do i get for a full paper talk", "15-minute", "9:10"),
    ("short paper presentation length in minutes?", "12-minute", "4 pages"),
    ("when is the poster session?", "10:40", "500 words"),
    ("how long is a poster presentation?", "10:40", "500 words"),
])
def test_type_or_session(question: str, must: str, must_not: str) -> None:
    text = BOT.respond(question, NOW).plain_text()
    assert must in text, (question, text)
    assert must_not not in text, (question, text)


PLAIN = Responder(parse_knowledge("""
workshop: {name: Workshop on Climate Talk, timezone: AoE, conference: ICWSM 2031}
deadlines:
  - {id: paper, name: Paper submission, due: 2031-04-05}
submission: {page_limit: 11}
""", "climate.yaml"))


@pytest.mark.parametrize("question", [
    "do accepted papers get an extra page for the camera-ready?",
    "is there an extra page allowed for the camera-ready version?",
    "how long is each paper presentation slot?",
    "what's the page limit for EuroVis full papers?",
])
def test_what_the_page_limit_does_not_answer(question: str) -> None:
    a = PLAIN.respond(question, NOW)
    assert not a.answered, (question, a.plain_text())
