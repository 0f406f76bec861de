"""A stand taken or a remark made with a light verb and a noun (rules ``quote.light-verb``, ``quote.made-remark``,
``quote.made-clear``).

"took aim at the fares", "has taken a swipe at the company", "takes issue with the board", "took credit for the
deal": "take" says little, the noun (``stance_taking_nouns`` in data/vocab/lexicon.toml) says a stand was taken,
and the object of the preposition after it is what the stand is about. The subject of "take" takes it.

"made no secret of her frustration", "made a call for an end to subsidies", "made no comment on the ruling":
"make" with a noun for something said (``made_remark_nouns``) likewise. "made it clear that …", "has made clear
she will run": what follows "clear" is what was made clear.

"expressed concern about the fares", "threw her support behind the mayor", "heaped praise on the pilots" (rule
``quote.voiced-stance``): a voicing verb (``voicing_verbs``) with a noun for a stand or a feeling; the subject,
a person or a body, voices it about what the preposition after the noun names. "won the endorsement of the
union", "drew criticism from pilots" (rule ``quote.drew-stance``): the other way round, the preposition's object
holds the stand and the subject of the drawing verb (``drawing_verbs``) is what it is about. Not a share of
votes or a poll ("won 48 percent support", "support among voters").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import (
    DRAWING_VERBS,
    FELT_STANCE_NOUNS,
    GROUP_NOUNS,
    MADE_REMARK_NOUNS,
    OCCASION_NOUNS,
    ORGANIZATION_WORDS,
    SPEECH_VERBS,
    STANCE_NOUNS,
    STANCE_TAKING_NOUNS,
    VOICING_VERBS,
)
from .person_words import PEOPLE_NOUNS

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
    holder: tuple[int, int] | None = None
    """Token indexes (inclusive) of who holds the stand, when it is not the verb's subject."""


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


VOICED_PREPS = frozenset({"about", "of", "on", "over", "against", "for", "to", "behind", "at", "with", "toward"})
"""Prepositions after a voiced stand that say what it is about."""
DRAWN_PREPS = frozenset({"from", "of", "by"})
"""Prepositions after a drawn stand that name who holds it ("support among voters" is a share, not a holder)."""
VOICED_NOUNS = STANCE_NOUNS | FELT_STANCE_NOUNS
"""Nouns for a stand or a feeling that a voicing verb voices ("threw her support behind", "raised concerns")."""
DRAWN_NOUNS = STANCE_NOUNS - {"call", "demand"}
"""Stands one may win or draw from someone: not "received a call from" (a contact) nor "demands from" (asked of)."""
MAX_STANCE_GAP = 4
"""At most this many tokens from the noun to its preposition ("threw her full support behind …")."""
SHARE_ENTITIES = frozenset({"PERCENT", "CARDINAL", "MONEY", "QUANTITY", "DATE", "TIME"})
AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def voiced_stance(noun: Token) -> LightVerbStance | None:
    """The stand or feeling ``noun`` names as the object of a voicing verb, or as that of a drawing verb."""
    lemma = noun.lemma_.lower()
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or lemma not in VOICED_NOUNS:
        return None
    if is_a_share([c for c in noun.subtree if c.i < noun.i]):
        return None  # "won 48 percent support"
    light = verb.lemma_.lower()
    wanted = VOICED_PREPS if light in VOICING_VERBS else DRAWN_PREPS if light in DRAWING_VERBS else frozenset()
    # the noun's own phrase before the verb's, and not one that says when ("expressed concern on Monday about …")
    preps = [
        c
        for c in (*noun.children, *verb.children)
        if c.dep_ == "prep" and c.i > noun.i and c.lower_ in wanted and _has_object(c)
    ]
    prep = preps[0] if preps else None
    objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")] if prep is not None else []
    if prep is None or prep.i - noun.i > MAX_STANCE_GAP:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if light in VOICING_VERBS:
        if subject is not None and not takes_a_stand(subject):
            return None  # "the documents raised questions about …": the writer's doubt, not a stand voiced
        return LightVerbStance(verb, prep.i, objects[0].left_edge.i, objects[-1].right_edge.i, "quote.voiced-stance")
    if light in DRAWING_VERBS and lemma in DRAWN_NOUNS and subject is not None:
        holder = objects[0]
        if not takes_a_stand(holder) or is_a_share(list(holder.subtree)):
            return None  # "received support from six in 10 Democrats": a share polled
        if subject.pos_ == "PRON":
            return None  # "he drew criticism from …": what it is about is only a pronoun
        return LightVerbStance(
            verb,
            prep.i,
            subject.left_edge.i,
            subject.right_edge.i,
            "quote.drew-stance",
            (holder.left_edge.i, holder.right_edge.i),
        )
    return None


def absolute_with(prep: Token) -> bool:
    """ "…, with spokesman Tom Ebert saying it was false": "with" and a participle of saying with a subject of its
    own is someone else's report; it is neither what a stand is about nor part of a content before it (rule
    quote.trailing-cut). Other participles go on with what is told ("showed a dead heat, with 13 percent
    backing neither"), and so does a share of those polled saying something ("with 56 percent saying …")."""
    for word in (c for c in prep.children if c.dep_ in ("pcomp", "pobj")):
        said = [word] if word.tag_ == "VBG" else [g for g in word.children if g.dep_ == "acl" and g.tag_ == "VBG"]
        for verb in said:  # "with officials saying …": the participle may hang on the noun
            subject = word if verb is not word else next((g for g in verb.children if g.dep_ == "nsubj"), None)
            if subject is not None and verb.lemma_.lower() in SPEECH_VERBS and not is_a_share(list(subject.subtree)):
                return True
    return False


def _has_object(prep: Token) -> bool:
    """A preposition with an object that is not a time ("on Monday"), a share ("by 40 percent"), nor the occasion
    or place where the stand was voiced ("raised objections at a summit in Brussels", "at the rally in Ohio")."""
    objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    if not objects or objects[0].ent_type_ in SHARE_ENTITIES or absolute_with(prep):
        return False
    where = objects[0].lemma_.lower() in OCCASION_NOUNS or objects[0].ent_type_ in ("GPE", "LOC", "FAC")
    return not (prep.lower_ in ("at", "in", "during") and where)


def is_a_share(words: list[Token]) -> bool:
    """Words that count or measure ("48 percent", "six in 10 Democrats"): a share polled, not a holder."""
    return any(t.ent_type_ in SHARE_ENTITIES or t.dep_ == "nummod" for t in words)


def takes_a_stand(noun: Token) -> bool:
    """A person, a body or a people: who can take a stand."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in ("it", "this", "that", "which")
    lemma = noun.lemma_.lower()
    return (
        noun.ent_type_ in AGENT_ENTITIES
        or lemma in PEOPLE_NOUNS
        or noun.lower_ in GROUP_NOUNS
        or lemma in ORGANIZATION_WORDS
    )


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
