"""Trips made for something other than talks: "went to Geneva for medical treatment", "his medical treatment trip
to the US", "a holiday trip to Spain" (rules contact.travel.other-purpose, contact.trip.other-purpose)."""

from __future__ import annotations

from spacy.tokens import Token

from .contact_spells import is_spell
from .contact_words import NOUN_MODES, TRIP_ERRANDS


def for_an_errand(head: Token) -> bool:
    """A "for" phrase on the head names an errand ("for medical treatment", "for the World Cup final"); "for three
    days" says how long, not what for, and "for the funeral of X and talks with Y" names talks too (the parse may
    join "talks" to the head rather than to the funeral)."""
    if any(c.dep_ == "conj" and _contact_noun(c) for c in head.children):
        return False
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ != "for":
            continue
        for g in c.children:
            if g.ent_type_ in ("DATE", "TIME") or is_spell(g):
                continue
            words = list(g.subtree)
            if any(t.lemma_.lower() in TRIP_ERRANDS for t in words) and not any(_contact_noun(t) for t in words):
                return True
    return False


def _contact_noun(token: Token) -> bool:
    """A noun that names a contact ("talks", "a meeting", "a summit", "a visit"), not a trip itself ("a tour")."""
    mode = NOUN_MODES.get(token.lower_)
    return token.pos_ == "NOUN" and mode is not None and (mode != "visit" or token.lemma_.lower() == "visit")


def errand_trip(noun: Token) -> bool:
    """A trip noun told with an errand: as a noun before it ("his medical treatment trip", "a holiday trip"), in its
    own "for" phrase, or in the "for" phrase of the copula it is the subject of ("his trip to the US was for medical
    treatment", and so too "wouldn't have been for treatment": a trip for something else still no talks)."""
    if any(c.dep_ == "compound" and c.tag_ == "NN" and c.lemma_.lower() in TRIP_ERRANDS for c in noun.children):
        return True
    if for_an_errand(noun):
        return True
    head = noun.head
    return noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and for_an_errand(head)
