"""A paper type named by what its description takes in, said after the noun ("papers that
were already published": the type "only for papers already published elsewhere"): its own
rules answer, and "published" there is the type's word, not the subject of whether the workshop
publishes; a type whose description says "no template" is not given the wide template."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.knowledge.loader import parse_knowledge
from bot.core.responder import Responder

BOT = Responder(parse_knowledge("""
workshop:
  name: Workshop on Story Looms
  timezone: UTC
  date: 2031-08-28
submission:
  style: ECCV 2031
  style_url: https://example.org/eccv-kit.zip
  tracks:
    - id: full
      name: Archival full paper
      description: Published in the workshop proceedings. Double-blind review.
      page_limit: 14
      anonymized: true
      archival: true
    - id: short
      name: Non-archival short paper
      description: Not published in the proceedings. Double-blind review.
      page_limit: 4
      anonymized: true
      archival: false
    - id: long
      name: Non-archival long paper
      description: >-
        Only for papers already published at previous conferences. No page limit and no
        template; not published in the proceedings.
      anonymized: false
      archival: false
""", "w.yaml"))
NOW = datetime(2031, 6, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(("question", "must", "must_not"), [
    ("is there a page limit for papers that were already published?", "No page limit",
     "14 pages"),
    ("does the track for previously published papers need the ECCV template?", "no template",
     "eccv-kit.zip"),
    ("for the already-published-papers track do we still have to anonymize?", "need not",
     "must be anonymized"),
])
def test_a_type_named_by_its_description(question: str, must: str, must_not: str) -> None:
    a = BOT.respond(question, NOW)
    assert a.answered and must in a.plain_text(), a.plain_text()
    assert must_not not in a.plain_text()


def test_accepted_papers_are_every_paper_not_a_kind() -> None:
    # ("accepted papers" is every paper that gets in, even with a type "only for papers
    # already accepted elsewhere")
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Story Looms
  timezone: UTC
  date: 2031-08-28
submission:
  archival: true
  tracks:
    - id: full
      name: Full paper
      page_limit: 8
    - id: nonarchival
      name: Non-archival track
      description: Only for papers already accepted at another venue; not in the proceedings.
      archival: false
""", "w.yaml"))
    a = bot.respond("are accepted papers included in the proceedings?", NOW)
    assert a.answered and "is archival" in a.plain_text(), a.plain_text()
    assert not a.plain_text().startswith("Non-archival track")


def test_what_a_type_is_is_its_own_description() -> None:
    # (not an organizer's entry that only names the type among others)
    bot = Responder(parse_knowledge("""
workshop:
  name: Workshop on Human Looms
  timezone: UTC
  date: 2031-03-12
submission:
  tracks:
    - id: full
      name: Full paper
      page_limit: 8
    - id: wip
      name: Work in Progress paper
      description: Preliminary work or new insights into previous work.
      page_limit: 4
faq:
  - id: prior-work
    questions: ["can I submit work that was already presented?"]
    answer: >-
      Work in Progress papers may include parts of already presented work, such as shorter
      versions of your own journal papers.
""", "w.yaml"))
    for question in ("what is a work in progress paper?",
                     "what counts as a work in progress paper here"):
        a = bot.respond(question, NOW)
        assert a.answered and "Preliminary work" in a.plain_text(), a.plain_text()
        assert "journal papers" not in a.plain_text()
