"""Who a visit is made at the invitation of, or as the guest of: the one who receives the visitor.

"arrived in Addis Ababa for a state visit at the invitation of Prime Minister X" (rule party.invited-by), "is on an
official visit to Peru as a guest of Foreign Minister X" (rule party.guest-of), told on the visiting verb, on a
noun of its own phrases, or on the visit noun itself: "the visit is at the invitation of President X" (rule
party.invited-to-the-visit).
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_table import ActorTable
from .parties import person_like
from .trace import fired

CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj")
"""Dependencies that open a clause of its own: an invitation told inside one is not the visit's."""

INVITATION_PREPS = ("at", "on", "upon")
GUEST_NOUNS = ("guest", "guests")


def invited_by(head: Token, table: ActorTable) -> list[Token]:
    """The inviters and hosts a visiting verb or visit noun names in its own phrases, outside clauses of their own:
    "at the invitation of X", "at X's invitation", "as (a) guest of X"."""
    out = []
    for token in head.subtree:
        invitation = token.lower_ == "invitation" and token.head.lower_ in INVITATION_PREPS
        guest = token.lower_ in GUEST_NOUNS and token.head.lower_ == "as"
        if not (invitation or guest) or not _own_phrase(token, head):
            continue
        found = [
            g
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children
            if g.dep_ == "pobj" and (table.actor_at(g) or person_like(g))
        ]
        # "at the minister's invitation"
        found += [c for c in token.children if c.dep_ == "poss" and (table.actor_at(c) or person_like(c))]
        if found:
            fired("party.invited-by" if invitation else "party.guest-of")
        out += found
    return out


def invited_to_the_visit(noun: Token, governor: Token | None, table: ActorTable) -> list[Token]:
    """Who a visit noun was made at the invitation of: on the noun ("a visit to Peru at the invitation of X", "his
    visit to Peru as guest of X") or on the "be" it is the subject of ("the visit is at the invitation of X")."""
    found = invited_by(noun, table)
    if governor is not None and noun.dep_ == "nsubj" and governor.lemma_ == "be":
        found += [t for t in invited_by(governor, table) if not t.is_ancestor(noun) and not noun.is_ancestor(t)]
    if found:
        fired("party.invited-to-the-visit")
    return found


def _own_phrase(token: Token, head: Token) -> bool:
    """Whether ``token`` hangs on ``head`` through phrases only, with no clause of its own between them."""
    node = token
    while node.i != head.i and node.dep_ not in CLAUSES:
        node = node.head
    return node.i == head.i
