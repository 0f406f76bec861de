"""People named by one word after a form of address or a title written short: "Mr Dlamini", "Lt. Col. Arshad"."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from .actor_words import PARTICLES
from .gender import given_names
from .lexicon import TITLE_NOUNS, WRITTEN_ABBREVIATIONS
from .people_by_evidence import addressed_at
from .trace import fired


def address_word(doc: Doc, at: int) -> bool:
    """Whether a form of address ends at token ``at`` (``addressed_at``: "Mr", "Dr", "Datuk Seri", "Bishop") or it
    is a title written short with its stop ("Col.", "Lt."); written with a capital, as before a name."""
    return doc[at].text in WRITTEN_ABBREVIATIONS or (doc[at].is_title and addressed_at(doc, at))


def addressed_one_word_names(doc: Doc) -> list[SpacySpan]:
    """ "Mr Dlamini met Mr Arshad", "led by Lt. Col. Arshad of Pakistan" (rule actor.addressed-one-word): one
    capitalised word after a form of address or a short title is a person's name, however the tagger took it (an
    organisation "Mr Dlamini", a body "Lt. Col." and another "Arshad"); a name of two words or more is read
    elsewhere. Not after "a": "a Dr Pepper" is a drink."""
    found = []
    for j in range(1, len(doc)):
        if not address_word(doc, j - 1) or not _one_name_word(doc, j):
            continue
        start = j - 1
        while start > 0 and address_word(doc, start - 1):
            start -= 1
        if start > 0 and doc[start - 1].lower_ in ("a", "an"):
            continue
        fired("actor.addressed-one-word")
        found.append(SpacySpan(doc, j, j + 1, label="PERSON"))
    return found


def only_address_forms(ent: SpacySpan) -> bool:
    """Whether a tagged name is forms of address and short titles only ("Lt. Col."), no one's name."""
    return all(address_word(ent.doc, t.i) for t in ent)


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
