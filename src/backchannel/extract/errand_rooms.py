"""Rooms, offices and buildings that stand for the sides a go-between goes between.

"The mediator shuttled between the two delegations' rooms", "walked between the Somali and Somaliland delegation
rooms", "carried messages between the union's office and the company's headquarters", "moved between the hotel
rooms of the rival leaders": the premises are where the sides sit, and whoever keeps them is the side.
"""

from __future__ import annotations

from spacy.tokens import Token

from .contact_words import SIDE_NOUNS
from .lexicon import BUILDING_WORDS, PREMISES_NOUNS, ROOM_NOUNS
from .places import place_in
from .trace import fired

KEPT_PREMISES = BUILDING_WORDS | PREMISES_NOUNS | ROOM_NOUNS
"""What a side keeps and sits in: "office", "headquarters", "room", "quarters", "hotel"."""


def room_keepers(end: Token) -> list[Token]:
    """Who keeps the premises named as one end of an errand: the possessor ("the two delegations' rooms", "their
    offices"), a noun before it that is no building or town ("the delegation rooms", "the union office"), or the
    object of "of" ("the office of X", "the hotel rooms of the rival leaders"). Nothing when the end is no premises,
    or premises nobody is said to keep ("between the kitchen and the hall")."""
    if end.lemma_.lower() not in KEPT_PREMISES and end.lower_ not in KEPT_PREMISES:
        return []
    keepers = [c for c in end.children if c.dep_ == "poss"]
    keepers += [
        c
        for c in end.children
        if c.dep_ == "compound"
        and c.lemma_.lower() not in KEPT_PREMISES
        and c.ent_type_ not in ("GPE", "LOC", "FAC")
        and place_in(c) is None
    ]
    owners = [g for c in end.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if any(o.conjuncts for o in owners):
        fired("party.errand-rooms-of-both")  # "between the villas of X and Y": one end, kept by both sides
    return keepers + [k for o in owners for k in (o, *o.conjuncts)]


def sides_of_rooms(ends: list[Token]) -> list[Token]:
    """The ends of a go-between's errand with premises replaced by who keeps them ("between the two delegations'
    rooms": the two delegations; rule party.errand-room-keeper); the ends as they are when none is premises."""
    each = [e for end in ends for e in (end, *end.conjuncts)]
    kept = [room_keepers(e) for e in each]
    if not any(kept):
        return ends
    fired("party.errand-room-keeper")
    # "the Serbian and Albanian delegation rooms": the nationalities name the sides, not the bare noun
    return [
        k
        for e, keepers in zip(each, kept, strict=True)
        for k in (keepers or [e])
        if not (k.dep_ == "compound" and k.lemma_.lower() in SIDE_NOUNS)
    ]
