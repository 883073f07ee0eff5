"""How people take part: in person, online or both (``workshop.mode``) and where to watch
(``workshop.stream_url``); and the workshop's own contact address (``workshop.contact``).

Pure builders: knowledge and ``now``; no entities, never the question text.

- ``attendance(k, now)``: in person, virtual or hybrid, and where to watch ("can I watch
  online?", "is it virtual?"). What the file leaves out is said to be unknown, never assumed:
  an in-person workshop without ``stream_url`` is not said to have no stream.
- ``workshop_contact(k, now)``: the address to write to (``workshop.contact``), then the
  organizers with an email.
"""

from __future__ import annotations

from datetime import datetime

from bot.core.answers.answer import Answer, Kind, Link
from bot.core.answers.unknown import contact_line, unknown
from bot.core.knowledge.model import Knowledge


def _place(k: Knowledge) -> str:
    w = k.workshop
    return ", ".join(p for p in (w.venue, w.location) if p)


def attendance(k: Knowledge, now: datetime) -> Answer:
    w = k.workshop
    if w.mode is None and w.stream_url is None:
        return unknown(k, "whether the workshop can be followed online", "attendance")
    place = _place(k)
    at = f" in {place}" if place else ""
    stream = w.stream_url
    if w.mode == "virtual":
        text = f"{w.name} is a virtual workshop: it takes place online."
        text += f" Watch and take part at {stream}." if stream else \
            " Where to join hasn't been announced here. " + contact_line(k)
    elif w.mode == "hybrid":
        text = f"{w.name} is hybrid: you can attend in person{at} or follow it online"
        text += f" at {stream}." if stream else \
            ". Where to watch online hasn't been announced here. " + contact_line(k)
    elif w.mode == "in-person":
        text = f"{w.name} takes place in person{at}."
        text += f" It is also streamed at {stream}." if stream else \
            " The information I have mentions no way to watch online. " + contact_line(k)
    else:
        text = f"You can watch {w.name} online at {stream}."
    a = Answer(Kind.ANSWER, "Attending", text, intent="attendance")
    if stream:
        a.links.append(Link("Watch online", stream))
    return a


def workshop_contact(k: Knowledge, now: datetime) -> Answer:
    address = k.workshop.contact
    people = [o for o in k.organizers if o.email]
    if not address and not people:
        return unknown(k, "how to contact the organizers", "contact")
    lines = []
    if address:
        how = "Write to" if "@" in address else "Contact them through"
        lines.append(f"{how} the organizers of {k.workshop.name} at {address}.")
    if people:
        lead = "Or one of them directly:" if address else \
            f"You can reach the organizers of {k.workshop.name} by email:"
        lines.append(lead)
        lines.extend(f"• {o.name}: {o.email}" for o in people)
    a = Answer(Kind.ANSWER, "Contact", "\n".join(lines), intent="contact")
    if address and "@" not in address:
        a.links.append(Link("Contact", address))
    return a
