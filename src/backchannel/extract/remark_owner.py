"""Who made a remark named by a noun ("the suggestion that …", "an admission that …").

The possessor says it when there is one ("his claim that"). Otherwise (rule ``quote.remark-owner``) the
maker is named by "by" or "from" ("an admission from Ada Moss that …"), or is the subject of a verb that
makes or voices the remark ("he made the suggestion that …", "stirred controversy with an assertion that
…"). The noun as the object of any other verb ("the email contradicts his comments") says nothing of who
made it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

MAKER_PREPS = frozenset({"by", "from"})
VOICING_VERBS = frozenset(
    "make offer issue repeat reiterate voice raise express deliver renew retract withdraw float".split()
)
"""Verbs whose subject makes the remark that is their object."""
WITH_PREPS = frozenset({"with"})


def remark_owner(noun: Token, subject: Callable[[Token], Span | None]) -> tuple[Span | None, str | None]:
    """The speaker of the remark ``noun`` names, and the rule that found it (None for a possessor)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return noun.doc[owner.left_edge.i : owner.i + 1], None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in MAKER_PREPS and c.i > noun.i):
        maker = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if maker is not None and maker.pos_ in ("PROPN", "NOUN", "PRON"):
            clause = next((c for c in maker.children if c.dep_ in ("acl", "relcl", "ccomp")), None)
            end = clause.left_edge.i - 1 if clause is not None else maker.right_edge.i
            end = max(end, maker.i)
            return noun.doc[maker.left_edge.i : end + 1], "quote.remark-owner"
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in VOICING_VERBS:
        return subject(head), "quote.remark-owner"
    if noun.dep_ == "pobj" and head.lower_ in WITH_PREPS and head.head.pos_ == "VERB":
        return subject(head.head), "quote.remark-owner"
    return None, None
