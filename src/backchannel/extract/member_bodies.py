"""The body whose members a contact names: "met leaders of the fishermen's federation".

News often tells a contact with some of a body's people, unnamed, by the body they belong to: "met representatives
of the company", "spent the afternoon with officials of the Polish Agency for Foreign Investment". The one a reader
would say was met is the body, which stands in the contact for the members the text left unnamed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import ActorKind
from .actor_table import ActorTable
from .actor_words import OWNER_PREPS
from .contact_words import MEMBER_NOUNS
from .lexicon import MEMBER_BODY_NOUNS
from .speakers import BODY_NOUNS, SpeakerResolver
from .trace import fired

BODY_HEADS = BODY_NOUNS | MEMBER_BODY_NOUNS
"""Head nouns of a body that has members: "the ministry", "the federation", "the Owners' Association"."""
BODY_STOPS = frozenset({",", ";", "(", "—", "–", '"', "“", "”"})
MAX_BODY_TOKENS = 9
"""A longer phrase is a parse that ran on past the body's name."""


def members_as_body(node: Token, found: list[str], table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """A group of members named by the body they belong to stands as that body (rule party.body-of-members):
    "leaders of the local fishermen's federation", "officials of the Leningrad regional government",
    "representatives of the association" (the body the text named before). The body takes the group's state, so
    that "officers of the British military administration" and the United Kingdom stay one side."""
    groups = [a for f in found if (a := table.get(f)) is not None and a.kind is ActorKind.GROUP]
    if len(groups) != 1 or node.lemma_.lower() not in MEMBER_NOUNS:
        return found  # not one group of members of a body: nothing to stand for
    bodies = [b for phrase in _bodies_named(node) if (b := the_body(phrase, table, resolver)) is not None]
    if len(bodies) != 1 or bodies[0] in found or (body := table.get(bodies[0])) is None:
        return found
    fired("party.body-of-members")
    if body.country is None:
        body.country = groups[0].country
    return [body.id if f == groups[0].id else f for f in found]


def _bodies_named(node: Token) -> list[Span]:
    """The phrases after "of" or "from" that name a body: "of the Leningrad regional government"."""
    doc = node.doc
    out = []
    preps = [c for c in node.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS]
    if (hung := _hung_from(node)) is not None:
        preps.append(hung)
    for prep in preps:
        for head in (g for g in prep.children if g.dep_ == "pobj"):
            if head.lemma_.lower() not in BODY_HEADS and head.ent_type_ != "ORG":
                continue
            if head.tag_ in ("NNS", "NNPS"):
                continue  # "officials of the two governments" are of two bodies, each a side (party.the-two-states)
            end = next(
                (t.i for t in doc[head.i + 1 : head.right_edge.i + 1] if _ends_body(t, head)), head.right_edge.i + 1
            )
            start = head.left_edge.i
            if end - start <= MAX_BODY_TOKENS:
                if prep == hung:
                    fired("party.body-of-members-hung")
                out.append(doc[start:end])
    return out


def _hung_from(node: Token) -> Token | None:
    """ "met officers from the Environment Agency": the "from" right after the object, which the parse hangs on the
    verb, still says whose officers they are (rule party.body-of-members-hung)."""
    after = node.right_edge.i + 1
    if node.dep_ not in ("dobj", "pobj") or after >= len(node.doc):
        return None
    hung = node.doc[after]
    verb = node.head if node.dep_ == "dobj" else node.head.head
    return hung if hung.lower_ == "from" and hung.dep_ == "prep" and hung.head == verb else None


def _ends_body(token: Token, head: Token) -> bool:
    """Where a body's phrase ends: at a comma or quote mark, or a phrase on its head that says where or when ("the
    association in Savannah"), not what it is for ("the Agency for Foreign Investment")."""
    return token.text in BODY_STOPS or (
        token.head.i == head.i and token.dep_ == "prep" and token.lower_ not in ("of", "for")
    )


def the_body(phrase: Span, table: ActorTable, resolver: SpeakerResolver) -> str | None:
    """The body a phrase names: the one the text named so, or before by what it is ("the company"); else, for a
    phrase with more than its head noun ("the local fishermen's federation"), a body named by the phrase itself."""
    named = table.actor_in(phrase)
    if named is not None and named.kind is ActorKind.ORGANIZATION:
        return named.id
    if (earlier := _named_before(phrase, table)) is not None:
        return earlier
    resolved = table.get(resolver.resolve(phrase, speaking=True))
    if resolved is not None and resolved.kind is ActorKind.ORGANIZATION and not resolved.name.islower():
        return resolved.id  # a body with a name, not "company" made of the phrase's own noun
    words = [t for t in phrase if t.pos_ != "DET" and not t.is_punct]
    if len(words) < 2 or any(t.pos_ == "PRON" for t in words):
        return None  # "the company" named no body before; "its board" is the pronoun's
    name = phrase[1:] if phrase[0].pos_ == "DET" else phrase
    return table.add(ActorKind.ORGANIZATION, name.text, mention=name).id


def _named_before(phrase: Span, table: ActorTable) -> str | None:
    """ "the association" after "the Georgia Association of Educators": the last body named before whose name has
    the phrase's head noun, when the phrase is that noun alone."""
    head = phrase.root
    if len([t for t in phrase if t.pos_ != "DET"]) != 1 or not head.is_lower:
        return None
    word = head.lower_
    named = [
        (max(x.start for x in a.mentions if x.start < phrase.start_char), a)
        for a in table.actors
        if a.kind is ActorKind.ORGANIZATION
        and not a.name.islower()
        and word in a.name.lower().split()
        and any(x.start < phrase.start_char for x in a.mentions)
    ]
    return max(named, key=lambda found: found[0])[1].id if named else None
