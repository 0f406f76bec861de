"""A trip to a third country to meet someone there: the meeting, held abroad, not a visit to that country."""

from __future__ import annotations

from ..records import ActorKind
from .actor_table import ActorTable
from .merging import Draft
from .trace import fired


def venue_states_of_a_meeting_abroad(draft: Draft, table: ActorTable) -> set[str]:
    """ "President Reagan's trip to Geneva in 1985 … the meeting between Reagan and Gorbachev": a journey whose only
    host is the state of the city it went to, merged with a meeting there with a named person of another state and
    no one of that state, is the meeting, held abroad (rule mode.met-abroad). The venue states to drop from its
    sides; empty when the trip has a host of its own ("visited Kenya and met Ruto") or no such meeting. "flew to Geneva
    to meet the Iranian foreign minister" is one too."""
    visits = [m for m in draft.mentions if m.mode == "visit"]
    venues = {s for m in visits for s in m.venue_state}
    if not venues:
        return set()
    venue_codes = {a.country for s in venues if (a := table.get(s)) is not None and a.country}
    visitors = {p for m in visits for p in m.actor}
    met = [
        table.get(p)
        for m in draft.mentions
        for p in (m.recipient if m.mode == "visit" else m.participants)
        if p not in venues and p not in visitors
    ]
    if not met or any(a is None or not a.country or a.country in venue_codes for a in met):
        return set()
    if not any(a.kind is ActorKind.PERSON for a in met):
        return set()
    fired("mode.met-abroad")
    return venues
