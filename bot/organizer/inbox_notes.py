"""What ``/unanswered`` says under a group besides its wordings: whether its questions were
handed to the organizers (and answered), and the phrasings people picked or rephrased to."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.grouping import QuestionGroup
from bot.organizer.render import attendee_text
from bot.storage import Storage
from bot.storage.phrasings import distinct_phrasings

MAX_PHRASINGS = 3


def group_notes(storage: Storage, groups: Sequence[QuestionGroup]) -> dict[int, list[str]]:
    """group id -> note lines (none for a group with nothing to add). Reads the database."""
    ids = [qid for g in groups for qid in g.ids]
    handoffs = storage.handoff_states(ids)
    phrasings = storage.phrasings_for(ids)
    notes: dict[int, list[str]] = {}
    for g in groups:
        lines = []
        states = [handoffs[q] for q in g.ids if q in handoffs]
        if any(states):
            lines.append("✅ answered by the organizers"
                         + ("" if all(states) else f" ({sum(states)} of {len(states)} handed off)"))
        elif states:
            lines.append(f"🙋 handed off to the organizers ({len(states)}), not answered yet")
        picked = distinct_phrasings(g.ids, phrasings)
        if picked:
            shown = "; ".join(
                f"{'picked' if p.kind == 'pick' else 'rephrased as'} “{attendee_text(p.text, 50)}”"
                + (f" (`{p.intent}`)" if p.intent else "")
                for p in picked[:MAX_PHRASINGS])
            lines.append(f"💡 suggested phrasing: {shown}")
        if lines:
            notes[g.id] = lines
    return notes
