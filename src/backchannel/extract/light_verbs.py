"""A stand taken or a remark made with a light verb and a noun (rules ``quote.light-verb``, ``quote.made-remark``,
``quote.made-clear``).

"took aim at the fares", "has taken a swipe at the company", "takes issue with the board", "took credit for the
deal": "take" says little, the noun (``stance_taking_nouns`` in data/vocab/lexicon.toml) says a stand was taken,
and the object of the preposition after it is what the stand is about. The subject of "take" takes it.

"made no secret of her frustration", "made a call for an end to subsidies", "made no comment on the ruling":
"make" with a noun for something said (``made_remark_nouns``) likewise. "made it clear that …", "has made clear
she will run": what follows "clear" is what was made clear.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import MADE_REMARK_NOUNS, STANCE_TAKING_NOUNS

LIGHT_VERBS = {"take": STANCE_TAKING_NOUNS, "make": MADE_REMARK_NOUNS}
TARGET_PREPS = {
    "take": frozenset({"at", "with", "on", "for", "against", "to"}),
    # "made a pitch to voters", "made the case to the council": after "make", "to" names whom it was made to
    "make": frozenset({"of", "for", "on", "about", "against", "at"}),
}
RULES = {"take": "quote.light-verb", "make": "quote.made-remark"}


@dataclass(frozen=True)
class LightVerbStance:
    """Token indexes (inclusive): the verb, the last cue token and the content; and the rule that read it."""

    verb: Token
    cue_end: int
    start: int
    end: int
    rule: str = "quote.light-verb"


def light_verb_stance(noun: Token) -> LightVerbStance | None:
    """The stand ``noun`` names as the object of "take" (or the remark, of "make"), with the object of the
    preposition after it."""
    verb = noun.head
    light = verb.lemma_.lower()
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in LIGHT_VERBS.get(light, ()):
        return None
    preps = [c for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.i > noun.i]
    prep = min(preps, key=lambda c: c.i, default=None)
    if prep is None or prep.lower_ not in TARGET_PREPS[light] or prep.i - noun.i > 2:
        return None
    objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    return LightVerbStance(verb, prep.i, objects[0].left_edge.i, objects[-1].right_edge.i, RULES[light])


CLEAR_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp"})


def made_clear(clear: Token) -> LightVerbStance | None:
    """ "The mayor has made clear she will run", "made it clear that the pilots would not", "the survey makes
    clear the risks ahead" (rule quote.made-clear): what follows "clear" is what the subject of "make" made
    clear."""
    verb = clear.head
    if clear.lower_ != "clear" or clear.dep_ not in CLEAR_DEPS or verb.lemma_.lower() != "make" or clear.i < verb.i:
        return None
    if any(t.lower_ != "it" and t.pos_ != "ADV" for t in verb.doc[verb.i + 1 : clear.i]):
        return None  # "made the road clear of dust": something else was made clear
    after = [c for c in (*verb.children, *clear.children) if c.i > clear.i and not c.is_punct]
    if not after:
        return None
    return LightVerbStance(verb, clear.i, clear.i + 1, max(c.right_edge.i for c in after), "quote.made-clear")
