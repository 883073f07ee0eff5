"""The honest "I don't know", and where it sends people: the workshop's own contact first.

``unknown(k, what, intent)`` takes the knowledge, a few words naming the missing fact ("a page
limit") and the intent it answers; it never reads the question. ``contact_line(k)`` is the one
sentence saying whom to ask: ``workshop.contact`` when the file has it, else the first organizer
with an email, else the website, else the organizers by name.
"""

from __future__ import annotations

from bot.core.answers.answer import Answer, Kind
from bot.core.knowledge.model import Knowledge


def contact_line(k: Knowledge) -> str:
    """One sentence that tells how to reach the organizers, from whatever the knowledge has."""
    address = k.workshop.contact
    if address:
        how = f"write to {address}" if "@" in address else f"see {address}"
        return f"The organizers can tell you: {how}."
    with_email = [o for o in k.organizers if o.email]
    if with_email:
        first = with_email[0]
        more = " (or use /contact to see everyone)" if len(with_email) > 1 else ""
        return (f"The organizers can tell you: for example, email {first.name} at "
                f"{first.email}{more}.")
    if k.workshop.website:
        return f"The organizers can tell you; see {k.workshop.website}."
    if k.organizers:
        return "The organizers can tell you: " + ", ".join(o.name for o in k.organizers) + "."
    return "The workshop's organizers can tell you."


def unknown(k: Knowledge, what: str | None, intent: str | None = None, also: str = "") -> Answer:
    """"I don't know" about ``what``, then ``also`` (what the knowledge does say nearby), then
    whom to ask."""
    about = f" about {what}" if what else " about that"
    text = f"I don't know: the information I have for {k.workshop.name} says nothing{about}. "
    if also:
        text += also.rstrip() + " "
    return Answer(Kind.UNKNOWN, "I don't know", text + contact_line(k), intent=intent)
