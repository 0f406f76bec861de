"""Who made a remark named by a noun ("the suggestion that …", "an admission that …").

The possessor says it when there is one ("his claim that"). Otherwise (rule ``quote.remark-owner``) the
maker is named by "by" or "from" ("an admission from Ada Moss that …"), or is the subject of a verb that
makes, voices or holds the remark ("he made the suggestion that …", "gave assurances that …", "they have a
strong case that …", "stirred controversy with an assertion that …", "waited in hopes that …"). The noun as the
object of any other verb ("the email contradicts his comments") says nothing of who made it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .lexicon import REMARK_MAKING_VERBS, SPEECH_VERBS

MAKER_PREPS = frozenset({"by", "from"})
PUBLISHED_NOUNS = frozenset({"article", "report", "story"})
"""Remarks an outlet publishes: the paper they appear "in" made them ("a report in the Sol that …")."""
WITH_PREPS = frozenset({"with"})
HELD_IN_NOUNS = frozenset({"hope", "belief", "expectation", "conviction"})
"""Nouns in which a verb's subject acts ("stayed quiet in hopes that …", "in the belief that …"), as it speaks in
any remark ("said in a statement that …"); not "saw no merit in the argument that …", someone else's."""


def remark_owner(noun: Token, subject: Callable[[Token], Span | None]) -> tuple[Span | None, str | None]:
    """The speaker of the remark ``noun`` names, and the rule that found it (None for a possessor)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return noun.doc[owner.left_edge.i : owner.i + 1], None
    if (misread := _misread_verb_subject(noun, subject)) is not None:
        return misread, "quote.verb-tagged-noun"
    head = noun.head
    published = noun.lemma_.lower() in PUBLISHED_NOUNS
    if published and (outlet := _named_before(noun)) is not None:
        return outlet, "quote.remark-owner"  # "the Gazette story that …", "a Reuters report that …"
    preps = MAKER_PREPS | {"in"} if published else MAKER_PREPS  # "a report in the daily Nuevo Sol that …"
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i):
        maker = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if maker is not None and maker.pos_ in ("PROPN", "NOUN", "PRON"):
            clause = next((c for c in maker.children if c.dep_ in ("acl", "relcl", "ccomp")), None)
            end = clause.left_edge.i - 1 if clause is not None else maker.right_edge.i
            end = max(end, maker.i)
            return noun.doc[maker.left_edge.i : end + 1], "quote.remark-owner"
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in REMARK_MAKING_VERBS:
        return subject(head), "quote.remark-owner"
    verb = head.head  # "said in a statement that …", "stayed quiet in hopes that …"
    held_in = head.lower_ == "in" and (noun.lemma_.lower() in HELD_IN_NOUNS or verb.lemma_.lower() in SPEECH_VERBS)
    if noun.dep_ == "pobj" and (head.lower_ in WITH_PREPS or held_in) and verb.pos_ == "VERB":
        return subject(verb), "quote.remark-owner"
    return None, None


def _named_before(noun: Token) -> Span | None:
    """The name compounded before a published work: "the Gazette story", "a Reuters report"."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN"]
    if not names:
        return None
    return noun.doc[names[0].left_edge.i : names[-1].i + 1]


def _misread_verb_subject(noun: Token, subject: Callable[[Token], Span | None]) -> Span | None:
    """The subject of a verb in "-s" that the tagger read as a plural noun ("Trump claims that …", "Ada Moss
    charges that …"): the noun's own subject; or, when the noun heads the sentence, the capitalised words
    compounded before it; or, when the word right before heads the sentence with the noun as its object, that
    word (with its compounds)."""
    if noun.tag_ != "NNS":
        return None
    if any(c.dep_ == "nsubj" and c.i < noun.i for c in noun.children):
        return subject(noun)
    doc = noun.doc
    if noun.dep_ == "ROOT" and not any(c.dep_ in ("det", "poss") for c in noun.children):
        compounds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
        if compounds and compounds[-1].i == noun.i - 1 and compounds[0].is_title:
            return doc[compounds[0].left_edge.i : noun.i]
    head = noun.head
    if noun.dep_ == "dobj" and head.dep_ == "ROOT" and head.i == noun.i - 1 and head.is_title and head.pos_ != "VERB":
        start = min([head.i] + [c.i for c in head.children if c.dep_ == "compound"])
        return doc[start : head.i + 1]  # the name, not "But" before it
    return None
