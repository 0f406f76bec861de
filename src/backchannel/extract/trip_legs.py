"""The legs of a tour told around its latest one: "arrived in Manila on Monday, following a visit to Tokyo",
"flew home after stops in Hanoi and Jakarta" (rule contact.noun.earlier-leg), and a stop as a leg of a journey:
"a stop in Tokyo", "a stopover in Dubai" (rule contact.noun.stop).

A trip told after "after" or "following" on a verb of travel is not background to the news, as "after the talks"
is: it is an earlier leg of the traveller's own journey, made in another state than the one the journey reached.
"""

from __future__ import annotations

from spacy.tokens import Token

from .contact_words import STOP_NOUNS, TRAVEL_VERBS
from .places import destination, place_hung_on, place_in, place_of, place_of_verb

LEG_PREPS = frozenset({"after", "following"})
"""Prepositions that tell a trip before the journey the sentence tells."""


def stop_somewhere(noun: Token) -> bool:
    """ "a stop in Tokyo", "stops in Seoul and Manila", "made a stopover in Dubai": a stop is a trip's leg only where
    it names the place it was made in (on the noun, or on the verb it is the object of); "put a stop to the
    fighting", "the next stop" name none (rule contact.noun.stop)."""
    if noun.lemma_.lower() not in STOP_NOUNS or noun.pos_ != "NOUN":
        return False
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    return any(place_hung_on(h) is not None for h in holders)


def earlier_leg(noun: Token, mode: str | None, governor: Token | None) -> bool:
    """A trip told after "after" or "following" on a verb of travel whose place is in another state than where that
    verb went: "arrived in Lima following a visit to Chile", "flew to Hanoi after stops in Seoul and Manila"."""
    if mode != "visit" or governor is None or governor.lemma_.lower() not in TRAVEL_VERBS:
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ not in LEG_PREPS or noun.head.head.i != governor.i:
        return False
    leg = _own_place(noun)
    if leg is None or (there := place_of(leg)) is None or there.country is None:
        return False
    reached = place_of(place_of_verb(governor) or destination(governor))
    return reached is None or reached.country != there.country


def _own_place(noun: Token) -> Token | None:
    """The place a trip noun names after "to", "in" or "at": "a visit to Chile", "stops in Japan"."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "at")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                return found
    return None
