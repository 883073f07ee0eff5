"""The answer builders for the version-2 facts, called directly at fixed moments: each fact
answered from its own fixture, and an honest "I don't know" (with the contact) without it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.core.answers import attending, deadline_news, paper_types, program
from bot.core.answers.answer import Kind
from bot.core.answers.builders import Ask, contact, location
from bot.core.answers.unknown import unknown
from bot.core.knowledge.loader import load_knowledge
from bot.core.knowledge.model import Knowledge

V2 = Path(__file__).resolve().parents[1] / "fixtures" / "v2"
BEFORE = datetime(2031, 3, 1, 12, tzinfo=UTC)
KEYNOTE = datetime(2031, 6, 14, 7, 30, tzinfo=UTC)  # 09:30 in Berlin: the keynote is on
COFFEE = datetime(2031, 6, 14, 8, 10, tzinfo=UTC)  # 10:10: the coffee break
EARLY = datetime(2031, 6, 14, 5, 0, tzinfo=UTC)  # 07:00: before the opening
AFTER = datetime(2031, 6, 14, 16, 0, tzinfo=UTC)  # 18:00: all over


def v2(name: str) -> Knowledge:
    return load_knowledge(V2 / f"{name}.yaml")


def text(answer) -> str:
    return answer.plain_text()


def is_unknown(answer, *, contact_hint: str = "ada@rls.example.net") -> bool:
    return answer.kind is Kind.UNKNOWN and contact_hint in text(answer)


# --- the program ---------------------------------------------------------------------------


def test_now_during_a_session_names_it_and_what_follows() -> None:
    a = program.program_now(v2("program"), KEYNOTE)
    t = text(a)
    assert t.startswith("On now:\n• Keynote: Systems for learning at scale (Grace Example; "
                        "Hall A): June 14, 2031, 9:15 AM CEST (started 15 minutes ago), "
                        "for 45 minutes")
    assert "Then: Coffee break: June 14, 2031, 10:00 AM CEST (in 30 minutes)" in t
    assert "Opening remarks" not in t and "Lunch" not in t
    assert a.moments[0].at == datetime(2031, 6, 14, 7, 15, tzinfo=UTC)
    assert all(not m.date_only for m in a.moments)  # times: Discord shows each reader's own


def test_now_before_between_and_after_the_program() -> None:
    k = v2("program")
    assert text(program.program_now(k, EARLY)).startswith(
        "Nothing yet: the program starts with Opening remarks: June 14, 2031, 9:00 AM CEST "
        "(in 2 hours)")
    assert "between sessions" not in text(program.program_now(k, COFFEE))
    gap = k.model_copy(update={"program": [s for s in k.program if s.title != "Coffee break"]})
    assert text(program.program_now(gap, COFFEE)).startswith(
        "Nothing right now (between sessions). Next: Contributed talks")
    over = text(program.program_now(k, AFTER))
    assert over.startswith("Nothing: the program of Workshop on Reliable Learning Systems is "
                           "over")
    assert text(program.program_next(k, AFTER)).startswith("Nothing more")


def test_next_is_the_first_session_still_to_start() -> None:
    t = text(program.program_next(v2("program"), KEYNOTE))
    assert t == "Next:\n• Coffee break: June 14, 2031, 10:00 AM CEST (in 30 minutes), for 30 " \
                "minutes, until 10:30 AM CEST"


def test_after_a_session_by_its_title_or_its_kind() -> None:
    k = v2("program")
    after_lunch = text(program.program_after(k, KEYNOTE, "lunch"))
    assert after_lunch.startswith("After Lunch:\n• Poster session: June 14, 2031, 1:30 PM CEST")
    assert "Panel" not in after_lunch
    # "after the break" at 09:30: the coffee break is the next one to come
    assert "Contributed talks" in text(program.program_after(k, KEYNOTE, "break"))
    # ...and once the coffee break is over, the lunch break
    assert "Poster session" in text(program.program_after(k, datetime(2031, 6, 14, 9, tzinfo=UTC),
                                                          "break"))
    assert "is the last item" in text(program.program_after(k, KEYNOTE, "closing and awards"))
    missing = program.program_after(k, KEYNOTE, "dinner")
    assert missing.kind is Kind.UNKNOWN and "dinner" in text(missing)
    at_two = text(program.program_after(k, KEYNOTE, datetime(2031, 6, 14, 12, 30, tzinfo=UTC)))
    assert "Panel: What breaks in production" in at_two


def test_the_whole_day_in_order() -> None:
    t = text(program.program_day(v2("program"), BEFORE))
    assert t.splitlines()[1] == "Saturday, June 14, 2031:"
    titles = [line.split(":")[0].split(" (")[0].lstrip("• ") for line in t.splitlines()[2:]]
    assert titles == ["Opening remarks", "Keynote", "Coffee break", "Contributed talks",
                      "Lunch", "Poster session", "Panel", "Closing and awards"]
    assert "Lunch (break): June 14, 2031, 12:00 PM CEST, for 1 hour 30 minutes" in t
    assert program.program_day(v2("program"), BEFORE, date(2031, 6, 15)).kind is Kind.UNKNOWN


def test_a_speakers_talk_by_full_or_part_of_the_name() -> None:
    k = v2("program")
    keynote = text(program.speaker_talk(k, BEFORE, "Grace Example"))
    assert keynote.startswith("Keynote: Systems for learning at scale")
    assert "Panel" not in keynote  # Grace Sample is on the panel, not Grace Example
    panel = text(program.speaker_talk(k, BEFORE, "dijkstraat"))
    assert panel.startswith("Panel: What breaks in production") and "Keynote" not in panel
    both = text(program.speaker_talk(k, BEFORE, "Grace"))
    assert "Keynote" in both and "Panel" in both
    nobody = program.speaker_talk(k, BEFORE, "Linus Example")
    assert is_unknown(nobody) and "Linus Example" in text(nobody)


def test_the_breaks() -> None:
    t = text(program.breaks(v2("program"), KEYNOTE))
    assert t.splitlines()[1:] == [
        "• Coffee break: June 14, 2031, 10:00 AM CEST (in 30 minutes), for 30 minutes, until "
        "10:30 AM CEST",
        "• Lunch (break): June 14, 2031, 12:00 PM CEST (in 2 hours), for 1 hour 30 minutes, "
        "until 1:30 PM CEST"]


@pytest.mark.parametrize("build", [
    lambda k: program.program_now(k, KEYNOTE), lambda k: program.program_next(k, KEYNOTE),
    lambda k: program.program_after(k, KEYNOTE, "lunch"), lambda k: program.program_day(k, KEYNOTE),
    lambda k: program.speaker_talk(k, KEYNOTE, "Grace"), lambda k: program.breaks(k, KEYNOTE)])
def test_without_a_program_every_program_question_is_i_dont_know(build) -> None:
    a = build(v2("base"))
    assert is_unknown(a) and "program" in text(a)
    assert "9:15" not in text(a) and "Keynote" not in text(a)


# --- paper types, proceedings, dual submission ------------------------------------------------


def test_how_long_can_a_short_paper_be() -> None:
    k = v2("tracks")
    assert text(paper_types.paper_types(k, BEFORE, "short paper")) == \
        "Short paper: up to 4 pages, references not counted."
    assert text(paper_types.paper_types(k, BEFORE, "long")) == \
        "Full paper: up to 8 pages, references included."
    every = text(paper_types.paper_types(k, BEFORE))
    assert "• Short paper: up to 4 pages" in every
    assert "• Extended abstract: up to 2 pages, references not counted, non-archival" in every
    other = text(paper_types.paper_types(k, BEFORE, "demo"))
    assert "names no paper type called 'demo'" in other and "Short paper" in other


def test_paper_types_without_tracks() -> None:
    k = v2("base")
    one = paper_types.paper_types(k, BEFORE)
    assert one.kind is Kind.ANSWER and "every submission can be up to 8 pages" in text(one)
    short = paper_types.paper_types(k, BEFORE, "short paper")
    assert is_unknown(short) and "4" not in text(short)  # must not invent a short-paper limit


def test_archival() -> None:
    assert text(paper_types.archival(v2("archival"), BEFORE)).startswith(
        "Workshop on Reliable Learning Systems is non-archival: there are no proceedings")
    tracks = text(paper_types.archival(v2("tracks"), BEFORE))
    assert tracks == ("Extended abstract: non-archival. The call does not say so for the other "
                      "paper types.")
    assert text(paper_types.archival(v2("tracks"), BEFORE, "abstract")).startswith(
        "Extended abstract: non-archival")
    assert is_unknown(paper_types.archival(v2("tracks"), BEFORE, "short"))
    assert is_unknown(paper_types.archival(v2("base"), BEFORE))


def test_dual_submission() -> None:
    assert text(paper_types.dual_submission(v2("dual-submission"), BEFORE)).startswith(
        "Yes: dual submission is allowed")
    none = paper_types.dual_submission(v2("base"), BEFORE)
    assert is_unknown(none) and "Yes" not in text(none) and "No:" not in text(none)


# --- attending and watching --------------------------------------------------------------------


def test_can_i_watch_online() -> None:
    hybrid = text(attending.attendance(v2("all-fields"), BEFORE))
    assert hybrid == ("Workshop on Reliable Learning Systems is hybrid: you can attend in person "
                      "in Lakeside Center, Berlin, Germany or follow it online at "
                      "https://rls.example.net/live.\nWatch online: https://rls.example.net/live")
    stream = text(attending.attendance(v2("stream-url"), BEFORE))
    assert stream.startswith("You can watch Workshop on Reliable Learning Systems online at "
                             "https://rls.example.net/live.")
    mode = text(attending.attendance(v2("mode"), BEFORE))
    assert "hybrid" in mode and "hasn't been announced" in mode and "http" not in \
        mode.replace("https://rls", "")
    assert is_unknown(attending.attendance(v2("base"), BEFORE))


def test_in_person_without_a_stream_is_not_said_to_have_none() -> None:
    k = load_knowledge(V2 / "base.yaml").model_copy(update={
        "workshop": v2("base").workshop.model_copy(update={"mode": "in-person"})})
    t = text(attending.attendance(k, BEFORE))
    assert "in person in Berlin, Germany" in t and "mentions no way to watch online" in t
    assert "not streamed" not in t


def test_a_virtual_workshop_is_not_placed_in_a_city() -> None:
    k = v2("mode").model_copy(update={
        "workshop": v2("mode").workshop.model_copy(update={"mode": "virtual",
                                                           "stream_url": "https://x.org/live"})})
    t = text(location(k, BEFORE, Ask()))
    assert t.startswith("Workshop on Reliable Learning Systems is a virtual workshop")
    assert "takes place in Berlin" not in t and "building or room" not in t
    hybrid = text(location(v2("all-fields"), BEFORE, Ask()))
    assert "takes place in Lakeside Center, Berlin" in hybrid and "followed online at" in hybrid


# --- contact ---------------------------------------------------------------------------------


def test_i_dont_know_points_to_the_workshop_contact_first() -> None:
    with_contact = text(unknown(v2("contact"), "parking"))
    assert with_contact.endswith("The organizers can tell you: write to chairs@rls.example.net.")
    assert "Ada Example" not in with_contact
    without = text(unknown(v2("base"), "parking"))
    assert "email Ada Example at ada@rls.example.net" in without


def test_contact_lists_the_workshop_address_before_the_people() -> None:
    t = text(contact(v2("contact"), BEFORE, Ask()))
    assert t.splitlines()[0] == ("Write to the organizers of Workshop on Reliable Learning "
                                 "Systems at chairs@rls.example.net.")
    assert t.index("chairs@") < t.index("ada@")
    assert "chairs@" not in text(contact(v2("base"), BEFORE, Ask()))
    assert text(attending.workshop_contact(v2("contact"), BEFORE)) == t.split("\nWebsite:")[0]


# --- deadlines that moved or have no date ----------------------------------------------------


def test_a_tba_deadline_will_be_announced() -> None:
    k = v2("tba")
    a = deadline_news.to_be_announced(k, BEFORE, k.deadline("camera-ready"))
    t = text(a)
    assert t.startswith("The camera-ready version date is to be announced")
    assert "2031" not in t and not a.moments  # no date is made up
    later = text(deadline_news.announced_later(k, BEFORE))
    assert later.startswith("Still to be announced: Camera-ready version.")
    assert text(deadline_news.announced_later(v2("base"), BEFORE)).startswith("Every deadline")


def test_an_extended_deadline_says_both_dates() -> None:
    k = v2("extended")
    t = text(deadline_news.extended(k, BEFORE, k.deadline("submission")))
    assert t == ("Paper submission: April 9, 2031 (that's in 5 weeks), extended from April 2, "
                 "2031. The earlier date no longer applies.")
    plain = text(deadline_news.extended(v2("base"), BEFORE, v2("base").deadline("submission")))
    assert "extended" not in plain.replace("mentions no extension", "")
    assert plain.endswith("The call mentions no extension.")


def test_the_v2_answers_are_reachable_by_intent_name() -> None:
    from bot.core.responder import Responder

    r = Responder(v2("all-fields"))
    assert r.answer("program_now", KEYNOTE).plain_text().startswith("On now:\n• Keynote")
    assert r.answer("speaker", KEYNOTE, entity="Dijkstraat").plain_text().startswith("Panel")
    assert r.answer("paper_types", BEFORE, entity="short").plain_text().startswith("Short paper")
    assert r.answer("program_after", KEYNOTE, entity="Lunch").intent == "program_after"
    base = Responder(v2("base"))
    for intent in ("program", "breaks", "archival", "dual_submission", "attendance"):
        assert not base.answer(intent, BEFORE).answered, intent
