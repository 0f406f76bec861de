"""An international body's envoy received by a state's government at home: a visit to that state.

"UN High Commissioner for Refugees Ana Ruiz met Prime Minister Okafor in Abuja on Friday", "The IAEA chief held
talks in Tehran with the head of Iran's atomic agency": the head or envoy of a body of many states (or of the Red
Cross) has no state of his own to receive anyone in; talks with a state's people in their own country are his trip
there (LABELLING's `visit`: one party travels to the other's country or office for the contact), however the
sentence words them (rule mode.body-envoy-received). Left a meeting: talks at a summit or on the sidelines of a
gathering, talks with someone of a third state there, talks in a place of no state known, and talks denied.
"""

from __future__ import annotations

import re

from ..geo import Location, present_state
from ..records import Actor, ActorKind, EventStatus
from .actor_table import ActorTable
from .contact_words import ENVOY_BODIES, at_a_gathering
from .lexicon import MULTILATERAL_BODIES
from .merging import Draft


def _alternatives(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_BODIES = MULTILATERAL_BODIES | ENVOY_BODIES
_NAMED = re.compile(rf"(?<![\w.])(?:{_alternatives([b for b in _BODIES if len(b) > 5])})(?!\w)", re.IGNORECASE)
"""A body's name, in any case: "International Atomic Energy Agency", "red cross"."""
_SHORT = re.compile(rf"(?<![\w.])(?:{_alternatives([b.upper() for b in _BODIES if len(b) <= 5])})(?!\w)")
"""A body's abbreviation, in capitals: "UN", "U.N.", "IAEA" (not "who" or "un-" of a word)."""


def received_from_a_body(draft: Draft, place: Location | None, status: EventStatus, table: ActorTable) -> bool:
    """Talks in a place of a known state between someone of that state and a body's envoy, with no one of a third
    state."""
    if place is None or place.country is None or status is EventStatus.DENIED:
        return False
    if any(at_a_gathering(m.trigger.sent) for m in draft.mentions):
        return False
    state = present_state(place.country)
    parties = [a for p in draft.participants() if (a := table.get(p)) is not None]
    envoys = [a for a in parties if a.country is None and _of_a_body(a)]
    hosts = [a for a in parties if present_state(a.country) == state]
    strangers = [a for a in parties if a.country is not None and present_state(a.country) != state]
    return bool(envoys) and bool(hosts) and not strangers


def _of_a_body(actor: Actor) -> bool:
    """Whether the actor is an international body, or its head or envoy by title ("U.N. weapons chief",
    "Director General of the International Atomic Energy Agency (IAEA)")."""
    if actor.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP):
        return any(_a_body(n) for n in (actor.name, *actor.aliases))
    return actor.kind is ActorKind.PERSON and any(_a_body(t) for t in actor.titles)


def _a_body(text: str) -> bool:
    return _NAMED.search(text) is not None or _SHORT.search(text) is not None
