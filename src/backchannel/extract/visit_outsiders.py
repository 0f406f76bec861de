"""People of other states met on a visit: each a contact of its own (rule contact.visit-outsiders-apart).

"During a trip to Lima for the inauguration, President Ruiz met Vega, Chilean President Soto and Bolivian
President Mendez": a visit goes to one state, and the talks held there with its people are the visit; the
heads of other states met there (guests like the visitor) are met one by one, each in a meeting of its own.
"Reed will travel to Paris to see Dumont and to Berlin to meet Kessler": the German chancellor is not met in
Paris. Kept one contact: a visit to a third state where people of two states are met ("invited both ministers to
Nairobi", no host among them), a meeting told with no journey ("Ruto met Museveni and Samia in Arusha", rule
mode.three-states), one told as held together ("a trilateral meeting", "met both leaders"), one whose other guest
the host only hosted ("Ibrahim will host the meeting"), and one whose guest the visitor meets on a contact of their
own already ("travel to Baku and Yerevan to see both presidents").
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .lexicon import TOGETHER_WORDS
from .many_sides import many_sided_noun
from .mentions import Mention
from .merging import Draft
from .parties import is_name
from .places import place_in, place_of
from .trace import fired

GATHERING_MODES = frozenset({"multilateral", "third-party"})
"""A summit or talks through a go-between: many sides at once, whoever hosts them."""


def split_visit_outsiders(drafts: list[Draft], table: ActorTable) -> list[Draft]:
    """Each visit, with the people of states neither host nor visitor split off into meetings of their own."""
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        # one already met on a contact of their own ("travel to Baku and Yerevan") is left where the text put them
        outsiders = [p for p in _outsiders(draft, table) if not _met_elsewhere(draft, p, drafts)]
        out += [_meeting_with(draft, p, table) for p in outsiders]
        _leave_out(draft, set(outsiders))
    return out


def _met_elsewhere(draft: Draft, person: str, drafts: list[Draft]) -> bool:
    """Whether another contact of the visitor takes in ``person``."""
    visitors = {p for m in draft.mentions for p in m.actor}
    return any(d is not draft and person in d.participants() and visitors <= d.participants() for d in drafts)


def _outsiders(draft: Draft, table: ActorTable) -> list[str]:
    """The people met abroad (by one visitor, in a state not the visitor's) of states neither the host's nor the
    visitor's, met in one telling with someone who may be of the host side (of its state, or of a state not
    known), when nothing tells the sides met together."""
    if not any(m.mode == "visit" or "place.during-visit" in m.rules for m in draft.mentions):
        return []  # no journey told: "Ruto met Museveni and Samia in Arusha" is one meeting of three states
    if any(m.mode in GATHERING_MODES or _together(m) for m in draft.mentions):
        return []
    visitors = {p for m in draft.mentions for p in m.actor}
    hosts = _host_states(draft, table)
    theirs = {a.country for p in visitors if (a := table.get(p)) is not None and a.country}
    if len(visitors) != 1 or not hosts or hosts & theirs:
        return []
    people = [(p, a) for p in sorted(draft.participants() - visitors) if (a := _person(p, table)) is not None]
    host_side = {p for p, a in people if not a.country or a.country in hosts}
    outsiders = {p for p, a in people if a.country and a.country not in hosts and a.country not in theirs}
    # met in one telling with the host side ("met Vega, Soto and Mendez"), not hosted by it ("Ibrahim hosted it")
    return sorted(
        p for p in outsiders if any(p in m.participants and host_side & set(m.recipient) for m in draft.mentions)
    )


def _person(party: str, table: ActorTable) -> Actor | None:
    """The party as a person told by name, if it is one."""
    actor = table.get(party)
    return actor if actor is not None and actor.kind is ActorKind.PERSON and is_name(actor.name) else None


def _host_states(draft: Draft, table: ActorTable) -> set[str]:
    """The states a visit went to: those made its parties for being visited, and those of the places it names."""
    states = {a.country for m in draft.mentions for s in m.venue_state if (a := table.get(s)) is not None}
    states |= {where.country for m in draft.mentions if (where := place_of(m.place)) is not None}
    return {s for s in states if s}


def _together(m: Mention) -> bool:
    """ "a trilateral meeting", "met the two leaders together", "met both presidents": told as one contact of all."""
    trigger = m.trigger
    if trigger.pos_ == "NOUN" and many_sided_noun(trigger):
        return True
    near = [trigger, *trigger.children, *(g for c in trigger.children for g in c.children)]
    return any(t.lower_ in TOGETHER_WORDS for t in near)


def _meeting_with(draft: Draft, person: str, table: ActorTable) -> Draft:
    """A meeting of the visitor with one person of another state, told where the visit named that person; a visit
    to that person's state when the telling names a place of it ("to Paris to see X, and Berlin to meet Y")."""
    told = next(m for m in draft.mentions if person in m.participants)
    fired("contact.visit-outsiders-apart")
    actor = table.get(person)
    there = _place_of_state(told.trigger, actor.country if actor is not None else None)
    one = dataclasses.replace(
        told,
        mode="visit" if there is not None else "meeting",
        actor=list(told.actor) or sorted({p for m in draft.mentions for p in m.actor}),
        recipient=[],
        participants=[],
        place=there,
        venue_state=[],
        rules=[*told.rules, "contact.visit-outsiders-apart"],
    )
    one.add(one.actor, list(one.actor))
    one.add(one.recipient, [person])
    return Draft(mentions=[one])


def _place_of_state(trigger: Token, state: str | None) -> Token | None:
    """The first place of ``state`` its sentence names, if the sentence of a telling names one."""
    for token in trigger.sent:
        where = place_of(token) if place_in(token) is token else None
        if state and where is not None and where.country == state:
            return token
    return None


def _leave_out(draft: Draft, people: set[str]) -> None:
    """The visit without the people split off from it."""
    for m in draft.mentions:
        m.actor[:] = [p for p in m.actor if p not in people]
        m.recipient[:] = [p for p in m.recipient if p not in people]
        m.participants[:] = [p for p in m.participants if p not in people]
