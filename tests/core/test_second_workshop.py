"""A second, different workshop: every answer follows its YAML with no code change."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.core.knowledge.loader import load_knowledge
from bot.core.responder import Responder

SECOND = Path(__file__).resolve().parents[1] / "fixtures" / "second-workshop.yaml"
NOW = datetime.fromisoformat("2031-04-20T10:00+00:00")


@pytest.fixture(scope="module")
def rei() -> Responder:
    return Responder(load_knowledge(SECOND))


def ask(r: Responder, q: str, now: datetime = NOW) -> tuple[bool, str]:
    a = r.respond(q, now)
    return a.answered, a.plain_text()


def test_dates_and_place(rei: Responder) -> None:
    ok, said = ask(rei, "when is the workshop?")
    assert ok and "from July 14, 2031 (that's in 3 months) to July 15, 2031" in said
    ok, said = ask(rei, "where is it?")
    assert ok and "Harbour Congress Centre, Hall C, Porto, Portugal" in said
    assert "room hasn't been announced" not in said
    ok, said = ask(rei, "which conference is this part of?")
    assert ok and "EDGECONF 2031" in said


def test_deadlines_follow_the_file(rei: Responder) -> None:
    ok, said = ask(rei, "when is the paper deadline?")
    assert ok and said.startswith("Full paper submission: April 30, 2031, 5:00 PM AoE")
    assert "in 10 days" in said
    ok, said = ask(rei, "when do abstracts have to be in?")
    assert ok and "Abstract registration: April 23, 2031" in said
    ok, said = ask(rei, "camera ready deadline?")
    # given with an offset (+02:00): shown in that moment's own zone, not moved to another day
    assert ok and "Camera-ready version: June 12, 2031, 12:00 PM" in said
    ok, said = ask(rei, "when will I hear back?")
    assert ok and "Author notification: May 28, 2031" in said


def test_submission_rules_differ_from_the_shipped_workshop(rei: Responder) -> None:
    ok, said = ask(rei, "how many pages?")
    assert ok and "up to 4 pages" in said and "references count toward that limit" in said
    ok, said = ask(rei, "is it double blind?")
    assert ok and "must be anonymized" in said
    ok, said = ask(rei, "where do I submit?")
    assert ok and "https://openreview.example.net/group?id=EDGECONF/2031/Workshop/REI" in said
    ok, said = ask(rei, "template?")
    assert ok and "EDGECONF 2031" in said and "author-kit" in said


def test_people_and_roles(rei: Responder) -> None:
    ok, said = ask(rei, "who is the program chair?")
    assert ok and "Tomasz Okafor" in said
    ok, said = ask(rei, "what's ingrid's email")
    assert ok and "ingrid.halvorsen@nordlys.example.edu" in said
    ok, said = ask(rei, "what's priya's email?")
    assert not ok and "an email address for Priya Raghunathan" in said


def test_faq_entries_in_new_words(rei: Responder) -> None:
    ok, said = ask(rei, "what are the poster dimensions")
    assert ok and "A1 board" in said
    ok, said = ask(rei, "is there any travel funding for students?")
    assert ok and "EUR 600" in said


def test_facts_it_omits_are_unknown(rei: Responder) -> None:
    for q in ("has this workshop happened before?", "what topics are in scope?",
              "is there a registration fee?"):
        ok, said = ask(rei, q)
        assert not ok, q
        assert "ingrid.halvorsen@nordlys.example.edu" in said


def test_shipped_workshop_facts_do_not_leak(rei: Responder) -> None:
    for q in ("when is the deadline", "where is the workshop", "who organizes it"):
        _, said = ask(rei, q)
        assert "Long Beach" not in said and "October 20" not in said and "NIPS" not in said
