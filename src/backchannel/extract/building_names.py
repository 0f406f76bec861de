"""Buildings the tagger took for people: "Cotroceni Palace", "the Embassy", "President's House".

A name that ends in a building's word names the building, or the body that sits in it ("State House said …"), not a
person; the small model still tags some of them as people, most of all a seat of government written with a
possessive ("President's House", read as the person "’s House").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..geo import gazetteer
from .actor_words import name_tokens
from .lexicon import BUILDING_WORDS, ORGANIZATION_WORDS, TITLE_NOUNS
from .title_words import POSSESSIVES
from .trace import fired

FAMILY_NAME_BUILDING_WORDS = frozenset({"hall", "house", "castle", "villa"})
"""Building words that are also family names ("Stuart Hall", "Edward House")."""


def building_named(ent: SpacySpan, surnames: dict[str, SpacySpan]) -> SpacySpan | None:
    """The building a name the tagger took for a person's names, or None (rule actor.building-not-person): a name
    ending in a building's word ("Cotroceni Palace", "the Embassy", "John G. Tower Center"); not a family name of
    someone the story names. A building word that is also a family name ends a building's name only alone ("told the
    House"), after a title's or a body's word ("Government House") or in a known seat's name ("the Obama White
    House"): "Stuart Hall" stays a person. A name opened by a possessive's mark ("’s House") runs back over the title
    it is of: "President’s House"."""
    words = name_tokens(ent)
    if not words or words[-1].lower_ not in BUILDING_WORDS:
        return None
    named = surnames.get(words[-1].text)
    if named is not None and named.start != ent.start and building_named(named, {}) is None:
        return None  # "Hall said", after "Stuart Hall"; but "the Centre" after "the Khaleej Centre" is a building
    doc, start = ent.doc, ent.start
    if ent[0].lower_ in POSSESSIVES:
        if start == 0 or doc[start - 1].lower_ not in TITLE_NOUNS or not doc[start - 1].is_title:
            return None
        start -= 1
    elif words[-1].lower_ in FAMILY_NAME_BUILDING_WORDS and not _a_buildings_name(words):
        return None
    return SpacySpan(doc, start, ent.end, label="ORG")


def _a_buildings_name(words: list[Token]) -> bool:
    """Whether words ending in a building word that is also a family name name a building: the word alone, after a
    title's or a body's word ("Government House"), or ending in a seat the gazetteer knows ("Obama White House")."""
    if len(words) == 1 or words[-2].lower_ in TITLE_NOUNS | ORGANIZATION_WORDS:
        return True
    geo = gazetteer()
    return any(geo.is_venue(" ".join(w.text for w in words[k:])) for k in range(len(words) - 1))


def joined_building_names(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "State" + "House", "Cotroceni" + "Palace" (rule actor.building-name-run-on): a building's word the tagger
    tagged alone right after a name that is no person's, with nothing but a space between, ends that name: one
    building, or the body that sits in it."""
    out: list[SpacySpan] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and _ends_the_name(last, ent):
            fired("actor.building-name-run-on")
            out[-1] = SpacySpan(ent.doc, last.start, ent.end, label="ORG" if ent.label_ == "PERSON" else ent.label)
            continue
        out.append(ent)
    return out


def _ends_the_name(last: SpacySpan, ent: SpacySpan) -> bool:
    return (
        ent.start == last.end
        and len(ent) == 1
        and ent[0].is_title
        and ent[0].lower_ in BUILDING_WORDS
        and last.label_ in ("ORG", "GPE", "FAC", "LOC")
        and last[-1].whitespace_ == " "
    )
