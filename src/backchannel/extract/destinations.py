"""One visit per state visited: "will travel to Baku and Yerevan", "visited Islamabad and New Delhi".

A trip to the capitals of two states is two visits, each with its own host, however one verb tells them; a tour of
two cities of one state ("Hanoi and Ho Chi Minh City") stays one visit.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..geo import gazetteer
from .actor_table import ActorTable
from .actor_words import place_name
from .mentions import Mention
from .parties import host_state
from .places import place_in, place_of


def one_per_destination(mention: Mention, table: ActorTable) -> list[Mention]:
    """The mention, split into one visit per state when its place is a list of places in different states (rule
    contact.each-destination); each keeps the visitors and any host named as a person, and takes its own state."""
    if mention.mode != "visit":
        return [mention]
    states_named = _states_visited(mention)
    place = mention.place or states_named
    if place is None:
        return [mention]
    destinations = [place] + [c for c in place.conjuncts if c.i > place.i and (states_named or place_in(c) is c)]
    countries = [where.country if (where := place_of(d)) is not None else None for d in destinations]
    if len(destinations) < 2 or None in countries or len(set(countries)) < len(countries):
        return [mention]  # one place, a place with no state known, or two places of one state
    states = [host_state(d, table) for d in destinations]  # the table takes in each state looked up
    if not all(states):
        return [mention]
    visited = {s[0] for s in states}
    if visited & set(mention.actor):
        return [mention]  # a state visiting itself: the places are no trip's destinations
    rules = ["contact.each-state-visited"] if states_named is not None else []
    return [
        _visit_to(replace(mention, rules=[*mention.rules, *rules]), destination, state[0], visited)
        for destination, state in zip(destinations, states, strict=True)
    ]


def _states_visited(mention: Mention) -> Token | None:
    """ "Has visited the UAE and Oman", "will visit Ghana and Kenya": states named as the objects of a verb of
    visiting are its destinations, as their capitals would be, though no place was taken from them (each state is
    the host): the first of them, when all the objects are states (rule contact.each-state-visited)."""
    trigger = mention.trigger
    if mention.place is not None or trigger.pos_ != "VERB":
        return None
    first = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if first is None or not first.conjuncts:
        return None
    objects = [first, *(c for c in first.conjuncts if c.i > first.i)]
    return first if all(_names_a_state(o) for o in objects) else None


def _names_a_state(token: Token) -> bool:
    """Whether a phrase names a state by its country's name ("Oman", "the UAE"), not a town or a person."""
    return gazetteer().is_country_name(place_name(token))


def _visit_to(mention: Mention, destination: Token, state: str, visited: set[str]) -> Mention:
    """A copy of the mention as the visit to one destination: the other destinations' states are not its parties."""
    one = replace(
        mention,
        actor=list(mention.actor),
        recipient=[],
        participants=[],
        place=destination,
        rules=[*mention.rules, "contact.each-destination"],
    )
    one.venue_state = [state] if state in mention.venue_state or state not in mention.recipient else []
    one.add(one.actor, mention.actor)
    one.add(one.recipient, [r for r in mention.recipient if r not in visited] + [state])
    one.add(one.participants, [p for p in mention.participants if p not in visited])  # parties of neither role
    return one
