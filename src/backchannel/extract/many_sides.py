"""A contact told as one of three sides or more (rule mode.three-way): "a trilateral meeting", "three-way talks with
Chile and Ecuador", "the three presidents will meet again", "the foreign ministers of the three countries held
talks", "X, Y and Z will meet". A gathering of three parties or more is multilateral, whichever states they are of
(the labelling rule), which mode.three-states, reading only the parties' states, cannot see when the states are
unknown or the same.

Left alone: a count on the other side only ("met the three service chiefs", "met the three members of the
presidency"): one side meets a group, which says nothing of three sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from .contact_nouns import governor
from .contact_words import MANY_SIDED_WORDS, NOUN_MODES
from .parties import subjects_of
from .trace import collecting, fired
from .when import NUMBERS

MANY = 3
"""The fewest sides of a gathering of many."""

COUNTED_SIDE_PREPS = ("among", "between")
"""Prepositions of a contact noun that name all its sides at once: "a meeting among the three riparian states"."""


def told_as_many_sided(trigger: Token) -> bool:
    """Whether the contact ``trigger`` tells is told as one of three sides or more (rule mode.three-way)."""
    if trigger.pos_ in ("NOUN", "PROPN") and many_sided_noun(trigger):
        return _fire()
    sides = _sides(trigger)
    counted = any(_counted_as_many(side) for side in sides)
    if counted and trigger.pos_ in ("VERB", "AUX") and _met_with_someone(trigger):
        return False  # "the three service chiefs met President X": a group meets one side, no three sides
    if counted or _many_joined(sides):
        return _fire()
    return False


def many_sided_noun(noun: Token) -> bool:
    """ "a trilateral meeting", "three-way talks", "a four-nation summit": a contact noun whose modifier counts
    three sides or more."""
    return any(
        c.dep_ in ("amod", "compound", "nmod", "nummod") and _modifier_text(c) in MANY_SIDED_WORDS
        for c in noun.children
    )


def _modifier_text(modifier: Token) -> str:
    """The modifier as one word, its hyphen closed up: "three - way" is "three-way"."""
    return "".join(t.text for t in modifier.subtree).lower()


def _sides(trigger: Token) -> list[Token]:
    """The words that name the contact's sides together: the subjects of its verb (or of the verb its noun hangs
    on), and a noun's "among" or "between" phrase."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governor(trigger)
    with collecting([]):  # who the subjects are decides nothing here
        sides = subjects_of(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else []
    if trigger.pos_ in ("NOUN", "PROPN"):
        sides += [
            o
            for p in trigger.children
            if p.dep_ == "prep" and p.lower_ in COUNTED_SIDE_PREPS
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return sides


def _counted_as_many(side: Token) -> bool:
    """ "the three presidents", "the three of us", "the ministers of the three countries": a side counted as three
    or more; not the members of one body counted ("a delegation of twelve chiefs", "a commission of eight
    leaders"), who are one side."""
    if _number(side) >= MANY and any(c.dep_ == "prep" and c.lower_ == "of" for c in side.children):
        return True  # "the three of us"
    if any(c.dep_ == "nummod" and _number(c) >= MANY for c in side.children):
        return True
    return side.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "prep" and c.lower_ == "of" and o.dep_ == "pobj" and _counted_as_many(o)
        for c in side.children
        for o in c.children
    )


def _number(token: Token) -> int:
    """The number a word says ("three", "6"); 0 for any other word."""
    if token.like_num and token.text.isdigit():
        return int(token.text)
    return NUMBERS.get(token.lower_, 0) if token.lower_ not in ("a", "an") else 0


def _many_joined(sides: list[Token]) -> bool:
    """ "X, Y and Z will meet": one subject of three names or more joined, and no one met besides them."""
    if len(sides) != 1:
        return False
    joined = [sides[0], *(c for c in sides[0].subtree if c.dep_ == "conj" and c.head.dep_ in ("nsubj", "conj"))]
    return len(joined) >= MANY and all(t.pos_ == "PROPN" for t in joined) and not _met_with_someone(sides[0].head)


def _met_with_someone(verb: Token) -> bool:
    """Whether the verb names someone met besides its subject: an object or a "with" phrase."""
    return any(c.dep_ in ("dobj", "dative") and c.lower_ not in NOUN_MODES for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.subtree
    )


def _fire() -> bool:
    fired("mode.three-way")
    return True
