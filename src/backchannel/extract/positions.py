"""Positions taken, named by a noun with its owner or by a verb of urging with "for".

- ``quote.stance-noun``: "his support for the levy", "the council's rejection of the plan", "their
  denunciation of the mayor": a noun that names a stand (``stance_nouns`` in data/vocab/lexicon.toml) with a
  possessor and a preposition after it; the possessor holds the stand, the preposition's object is what it is
  about.
- ``quote.urged-for``: "called for the mayor to resign", "has been pushing for a ban", "advocate for the
  ferry": a verb of urging (``urging_verbs``) with "for"; what follows "for" is what was urged.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import STANCE_NOUNS, URGING_VERBS

STANCE_PREPS = frozenset({"of", "for", "to", "on", "against", "about", "with"})
"""Prepositions after a stance noun that introduce what the stand is about."""
WHEN_ENTITIES = frozenset({"DATE", "TIME"})
MAX_CUE_GAP = 2
"""At most this many tokens between the verb of urging and its "for" ("pushed hard for", "called again for")."""


@dataclass(frozen=True)
class Position:
    """Token indexes (inclusive): the cue's first and last tokens, the content's, and the holder's."""

    cue_start: int
    cue_end: int
    start: int
    end: int
    holder: tuple[int, int] | None
    rule: str


def stance_noun(noun: Token) -> Position | None:
    """The stand ``noun`` names, when a possessor holds it and a preposition says what it is about."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STANCE_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i), None)
    if owner is None or prep is None or prep.lower_ not in STANCE_PREPS or prep.i != noun.i + 1:
        return None
    objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    if not objects or objects[0].ent_type_ in WHEN_ENTITIES:
        return None  # "her support on Tuesday"
    return Position(
        noun.i,
        prep.i,
        objects[0].left_edge.i,
        objects[-1].right_edge.i,
        (owner.left_edge.i, owner.i),
        "quote.stance-noun",
    )


RECALLING_PARTICLES = frozenset({"home", "back", "away"})


def urged_for(verb: Token) -> Position | None:
    """What a verb of urging asks for: the object of its "for", or the clause "for X to do Y"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in URGING_VERBS:
        return None
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "ROOT") and not any(c.dep_ == "aux" for c in verb.children):
        return None  # "Pressed for details, she said …": a question put to the speaker
    doc = verb.doc
    for child in verb.children:
        if child.left_edge.i <= verb.i or child.left_edge.i - verb.i > MAX_CUE_GAP + 1:
            continue
        if any(doc[k].pos_ not in ("ADV", "PART") for k in range(verb.i + 1, child.left_edge.i)):
            continue  # "a group called Citizens for Trump", "pressed its neighbours for": not what is urged
        if any(doc[k].lower_ in RECALLING_PARTICLES for k in range(verb.i + 1, child.left_edge.i)):
            continue  # "was called home for consultations": an envoy recalled, not a call for anything
        if child.dep_ == "prep" and child.lower_ == "for":
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].ent_type_ not in WHEN_ENTITIES | {"MONEY"}:
                first, last = objects[0].left_edge.i, objects[-1].right_edge.i
                return Position(verb.i, child.i, first, last, None, "quote.urged-for")
        if child.dep_ == "advcl" and child.left_edge.lower_ == "for" and child.left_edge.dep_ == "mark":
            start = child.left_edge.i + 1
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):  # "for the mayor to resign"
                return Position(verb.i, start - 1, start, child.right_edge.i, None, "quote.urged-for")
    return None
