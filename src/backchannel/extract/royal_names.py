"""Royals named by their style and realm (rule actor.royal-of-a-state): "King Omar of Saudi Arabia", "Emir Tamim
of Qatar", "Queen Ingrid of the Netherlands", "King Abdullah II of Jordan". A monarch is named by one or two names
after the style, and the realm after "of"; the tagger often misses the name, takes the "of" into it ("King Abdullah
of", before a realm of two words) or calls it a place or a body. The words between the style and "of" are the
person's name, whatever the tagger made of them; the style and the realm are read as any title and state before
and after a name are.

Left alone: a style before no realm ("King Omar said"), a realm that is no state ("Prince Ali of the Jordanian
football federation"), and more than two names, which make no monarch's name in this form.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .actor_words import country_name_opening
from .doc_index import doc_index
from .lexicon import ORGANIZATION_WORDS, ROYAL_STYLES, TITLE_NOUNS
from .trace import fired

MOST_NAMES = 2
"""The most names between the style and the realm: "Abdullah", "Hamad bin Isa" is another form."""
REALM_WORDS = 3
"""The most words a realm's name has after "of": "Saudi Arabia", "the United Arab Emirates"."""
REGNAL_NUMBER = re.compile(r"[IVX]+")
"""A regnal number after a monarch's name: "Abdullah II", "Carl XVI"."""


def royal_names(doc: Doc) -> list[SpacySpan]:
    """The names of royals told by their style and realm, as person spans without the style."""
    out = []
    for style in doc_index(doc).with_lemma_or_lower(ROYAL_STYLES):
        if not style.is_title:
            continue
        end = _name_end(style)
        if end is not None and end > style.i + 1 and _realm_after(doc, end + 1):
            fired("actor.royal-of-a-state")
            out.append(SpacySpan(doc, style.i + 1, end, label="PERSON"))
    return out


def _name_end(style: Token) -> int | None:
    """Where the name after ``style`` ends, at its "of": capitalised names, a regnal number last; None when no
    "of" closes it within a name's length."""
    doc = style.doc
    i = style.i + 1
    while i < len(doc) and i - style.i <= MOST_NAMES + 1:
        word = doc[i]
        if word.lower_ == "of":
            return i
        regnal = REGNAL_NUMBER.fullmatch(word.text) is not None and i > style.i + 1
        named = word.is_title and word.is_alpha and word.lower_ not in TITLE_NOUNS | ORGANIZATION_WORDS
        if not (regnal or named):
            return None
        i += 1
    return None


def _realm_after(doc: Doc, start: int) -> bool:
    """Whether a state's name opens at ``start`` ("Saudi Arabia", "the Netherlands")."""
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    return country_name_opening(doc[start : start + REALM_WORDS]) is not None
