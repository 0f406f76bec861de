"""A stand taken with a light verb and a noun (rule ``quote.light-verb``).

"took aim at the fares", "has taken a swipe at the company", "takes issue with the board", "took credit for the
deal": "take" says little, the noun (``stance_taking_nouns`` in data/vocab/lexicon.toml) says a stand was taken,
and the object of the preposition after it is what the stand is about. The subject of "take" takes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import STANCE_TAKING_NOUNS

LIGHT_VERBS = frozenset({"take"})
TARGET_PREPS = frozenset({"at", "with", "on", "for", "against", "to"})


@dataclass(frozen=True)
class LightVerbStance:
    """Token indexes (inclusive): the verb, the last cue token (the preposition) and the content."""

    verb: Token
    cue_end: int
    start: int
    end: int


def light_verb_stance(noun: Token) -> LightVerbStance | None:
    """The stand ``noun`` names as the object of "take", with the object of the preposition after it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in LIGHT_VERBS or noun.lemma_.lower() not in STANCE_TAKING_NOUNS:
        return None
    preps = [c for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.i > noun.i]
    prep = min(preps, key=lambda c: c.i, default=None)
    if prep is None or prep.lower_ not in TARGET_PREPS or prep.i - noun.i > 2:
        return None
    objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    return LightVerbStance(verb, prep.i, objects[0].left_edge.i, objects[-1].right_edge.i)
