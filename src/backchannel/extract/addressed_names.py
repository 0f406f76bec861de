"""People named by one word after a form of address or a title written short: "Mr Dlamini", "Lt. Col. Arshad"."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from .actor_words import PARTICLES
from .gender import given_names
from .lexicon import TITLE_NOUNS, WRITTEN_ABBREVIATIONS
from .person_words import COURTESY_TITLES
from .trace import fired


def address_form(token: Token) -> bool:
    """A courtesy title or a title written short with its stop: "Mr", "Dr.", "Col.", "Lt.". Not the honorifics
    ``people_by_evidence.addressed_at`` also takes ("Bishop", "Rabbi", "Metropolitan"): before one word they made
    parties of bare styles and cut names ("U Nu") in the gate."""
    return (token.is_title and token.lower_.rstrip(".") in COURTESY_TITLES) or token.text in WRITTEN_ABBREVIATIONS


def addressed_one_word_names(doc: Doc) -> list[SpacySpan]:
    """ "Mr Dlamini met Mr Arshad", "led by Lt. Col. Arshad of Pakistan" (rule actor.addressed-one-word): one
    capitalised word after forms of address or short titles is a person's name, however the tagger took it (an
    organisation "Mr Dlamini", a body "Lt. Col." and another "Arshad"); a name of two words or more is read
    elsewhere. Not after "a": "a Dr Pepper" is a drink."""
    found = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and address_form(doc[j]):
            j += 1
        if i < j < len(doc) and _one_name_word(doc, j) and not (i > 0 and doc[i - 1].lower_ in ("a", "an")):
            fired("actor.addressed-one-word")
            found.append(SpacySpan(doc, j, j + 1, label="PERSON"))
        i = max(j, i + 1)
    return found


def only_address_forms(ent: SpacySpan) -> bool:
    """Whether a tagged name is forms of address and short titles only ("Lt. Col."), no one's name."""
    return all(address_form(t) for t in ent)


def _one_name_word(doc: Doc, j: int) -> bool:
    """A name's one word at ``j``: capitalised letters, no title, state or given name, and nothing after it that
    goes on with a name: a capitalised word or an initial, a particle ("Ramon de la Paz"), a nickname in quote marks
    ('Everton "Tiger" Holder') or a joining hyphen ("Ocasio-Cortez")."""
    word = doc[j]
    if not (word.is_title and word.is_alpha and word.pos_ == "PROPN") or word.lower_ in TITLE_NOUNS:
        return False
    if word.lower_ in given_names() or gazetteer().country_of(word.text) is not None:
        return False
    after = doc[j + 1] if j + 1 < len(doc) else None
    if after is None:
        return True
    hyphened = after.text == "-" and not word.whitespace_
    named_on = after.text[:1].isupper() or after.lower_ in PARTICLES or after.text in NAME_QUOTES
    return not (hyphened or named_on)


NAME_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
"""Marks a nickname inside a name stands between."""
