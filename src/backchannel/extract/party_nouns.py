"""Nouns that name a contact's parties as people together: a pair ("the two leaders", "both men") or people
of a nationality ("Somali and Eritrean officials")."""

from __future__ import annotations

from spacy.tokens import Token

from .actor_countries import nationalities
from .trace import fired


def of_a_nationality(noun: Token) -> bool:
    """A noun for people qualified by a nationality: "Somali and Eritrean officials"."""
    return any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children)


def counted_pair(noun: Token) -> bool:
    """ "the two leaders", "both men", "the two": people counted as a pair; "Finnish and Swedish defence chiefs",
    "officials from Tokyo and Seoul": people of two states (rule contact.two-states-together)."""
    if noun.lower_ in ("two", "both") or any(c.lower_ in ("two", "both") for c in noun.children):
        return True
    if any(  # "officials from the two countries"
        c.dep_ == "prep"
        and c.lower_ in ("from", "of")
        and any(d.lower_ in ("two", "both") for g in c.children for d in g.children)
        for c in noun.children
    ):
        return True
    if noun.tag_ not in ("NNS", "NNPS") or len(nationalities(noun)) < 2:
        return False
    fired("contact.two-states-together")
    return True
