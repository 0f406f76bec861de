"""A body two states share, meeting with no state named in its name: "a joint security commission that would meet
in Aflao", "a working group would meet in Ashgabat within a month", "the commission met by video link" after "the
joint fisheries commission", "the two sides agreed to create a technical commission which will meet in Foz do
Iguaçu" (rule party.shared-body-meets). Its sides are the two states of the contact told just before, which the
merging finds (rule party.officials-of-the-two); a body named by its states ("the Kenya-Uganda commission") is
read by rule party.joint-body.
"""

from __future__ import annotations

from spacy.tokens import Token

from .contact_words import JOINT_WORDS
from .parties import subjects_of

BODY_NOUNS = frozenset({"commission", "committee", "group", "panel", "council", "subcommittee"})
"""Nouns for a body that meets as one, shared when told so ("a joint committee", "a working group")."""
SETTING_UP_VERBS = frozenset({"set", "create", "form", "establish"})
"""Verbs by which sides agree to a body of their own: "agreed to set up a joint committee", "to create a commission"."""
NAMING_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
"""Entities in a body's phrase that name it or whose it is: read by other rules (party.joint-body)."""
MEETING_LEMMAS = frozenset({"meet", "convene", "reconvene", "sit"})
"""Verbs by which a body meets as one."""


def shared_body_meeting(verb: Token) -> Token | None:
    """The shared body that is the subject of a meeting verb with no one else met ("would meet in Aflao"), if any."""
    if verb.lemma_.lower() not in MEETING_LEMMAS:
        return None
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children):
        return None  # "the committee met the minister": the minister's contact, read as such
    for subject in subjects_of(verb):
        body = verb.head if subject.tag_ == "WDT" and verb.dep_ == "relcl" else subject  # "a committee that …"
        if _shared(body):
            return body
    return None


def _shared(body: Token) -> bool:
    """A body noun told as shared: a joint word or "working" before it, set up by the sides, or "the commission"
    after a joint one of that noun."""
    if body.pos_ != "NOUN" or body.lemma_.lower() not in BODY_NOUNS:
        return False
    phrase = [t for c in body.children if c.dep_ not in ("relcl", "acl") for t in c.subtree]
    if any(t.dep_ == "poss" or t.pos_ == "PROPN" or t.ent_type_ in NAMING_ENTITIES for t in phrase):
        return False  # "the Senate's committee", "the Electoral Commission", "the joint committee of Peru and …"
    modifiers = {c.lower_ for c in body.children if c.dep_ in ("amod", "compound")}
    if modifiers & JOINT_WORDS or (body.lemma_.lower() == "group" and "working" in modifiers):
        return True
    if body.lemma_.lower() == "group":
        return False  # "a group met": no body
    if body.dep_ == "dobj" and body.head.lemma_.lower() in SETTING_UP_VERBS:
        return True  # "agreed to create a technical commission which will meet …"
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in body.children)
    return definite and _joint_one_before(body)


def _joint_one_before(body: Token) -> bool:
    """Whether "the commission" was told before as a joint one ("the joint fisheries commission")."""
    lemma = body.lemma_.lower()
    return any(
        t.lemma_.lower() == lemma and any(w.lower_ in JOINT_WORDS for w in body.doc[t.left_edge.i : t.i])
        for t in body.doc[: body.i]
    )
