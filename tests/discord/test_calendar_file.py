"""/calendar: an .ics file that the iCalendar library reads back with the workshop and deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime

from discord_files import WORKSHOP
from icalendar import Calendar

from bot.core.answers.calendar import build_calendar
from bot.core.knowledge.loader import load_knowledge


async def test_calendar_holds_the_workshop_day_and_every_deadline(world):
    r = await world.alice.slash(world.general, "calendar")
    assert r.ephemeral
    [attachment] = r.response.attachments
    assert attachment.filename.endswith(".ics")
    calendar = Calendar.from_ical(await attachment.read())

    assert "workshop-bot" in str(calendar["PRODID"])
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    knowledge = world.env.bot.services.source.knowledge
    for deadline in knowledge.deadlines:
        event = events[f"deadline-{deadline.id}@esw-2026.workshop-bot"]
        assert deadline.name in str(event["SUMMARY"])
        start = event.decoded("DTSTART")
        if deadline.date_only:  # an all-day event on the stated day
            assert start == deadline.due and not isinstance(start, datetime)
        else:  # the exact moment
            assert start == deadline.due_at(knowledge.tz)
        assert event.decoded("DTSTAMP") == world.env.now()  # SimCord's clock, not the wall clock

    workshop = events["workshop@esw-2026.workshop-bot"]
    assert workshop.decoded("DTSTART") == date(2026, 6, 14)
    assert workshop.decoded("DTEND") == date(2026, 6, 15)  # exclusive end: one whole day
    assert "Chicago" in str(workshop["LOCATION"])


def test_calendar_uids_are_stable_and_dtstamp_follows_now():
    knowledge = load_knowledge(WORKSHOP)
    first = Calendar.from_ical(build_calendar(knowledge, datetime(2026, 1, 1, tzinfo=UTC)))
    later = Calendar.from_ical(build_calendar(knowledge, datetime(2026, 2, 1, tzinfo=UTC)))
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in later.walk("VEVENT")]
    assert len(set(uids)) == len(uids) == 1 + len(knowledge.deadlines)
    assert later.walk("VEVENT")[0].decoded("DTSTAMP") == datetime(2026, 2, 1, tzinfo=UTC)
