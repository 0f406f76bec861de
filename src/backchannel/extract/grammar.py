"""Small tests of a parse that the quote and the contact rules share."""

from __future__ import annotations

from spacy.tokens import Token

PRESENT_TENSE_TAGS = frozenset({"VBZ", "VBP"})
"""The tags of a verb in the simple present ("says", "agree")."""


def is_passive(verb: Token) -> bool:
    """Whether ``verb`` is in the passive: it has a passive auxiliary ("was told", "is expected")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def not_or_never(verb: Token) -> bool:
    """Whether ``verb`` is denied by a word of its own: "did not discuss", "never reported"."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children)


def takes_to(verb: Token) -> bool:
    """Whether ``verb`` is told with the infinitive's "to": "to meet", "to take part"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def verb_at_or_above(token: Token) -> Token:
    """The verb a word is told by: the word itself when a verb, else the first verb up to three heads above it
    ("held talks", "signed a pact … at the summit"); failing one, the last head climbed to."""
    node = token
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node


def looked_forward_to(verb: Token) -> Token | None:
    """The "look" of "looks forward to meeting X", "is looking forward to attending the summit": an -ing verb after
    "to" on "look … forward" is a contact its subject expects to have, not a circumstance of another act; None for
    any other verb ("against visiting X", "looked at meeting X")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    look = prep.head
    if look.lemma_.lower() != "look" or not any(c.lower_ == "forward" for c in look.children):
        return None
    return look


def whom_clause(whom: Token) -> Token | None:
    """The relative clause whose object, or whose "with"'s object, a relative "whom" is: "Abdul Malik al-Houthi,
    whom I met yesterday", "Ramnath Mathur, with whom he held talks"; None for the "whom" of a question ("declined
    to say whom she had met"), whose clause is no relative."""
    verb = whom.head
    if whom.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj"):
            verb = verb.head  # "with whom he held talks": the "with" hangs on the talks
    return verb if verb.dep_ == "relcl" else None
