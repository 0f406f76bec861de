"""A gathering someone attends, written as a name: "will attend the 35th Munich Conference on Security Policy",
"will attend the IOC Session in Atlanta".

Such a name says who gathers: the body it is a session of ("IOC"), or, where it names no body the text knows, the
gathering itself ("Munich Conference on Security Policy", a party as gold and readers name it). The state it is
held in is only where it is held, no side: the attendee does not meet Germany by going to Munich.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..geo import gazetteer
from ..records import ActorKind
from .actor_table import ActorTable
from .places import is_place
from .trace import fired

GATHERING_NAMES = frozenset({"conference", "session", "summit", "meeting", "forum"})
"""Heads of a gathering's proper name: "the Munich Conference", "the IOC Session", "the Ministerial Meeting"."""
NAME_PREPS = frozenset({"on", "of", "for"})
"""Prepositions inside a gathering's name: "Conference on Security Policy", "Forum for Asia"."""


def attended_by_name(noun: Token) -> bool:
    """A gathering noun written as a proper name and attended: "attend the IOC Session", not "attend the session".
    The tagger may tag such a name as a work or an organisation; attended, it is a gathering all the same. The name
    must single one out: a body's short name or a place before it ("IOC", "Tallinn"), or a phrase of names after it
    ("on Security Policy"); not "the 25th Anniversary Summit", a description capitalised."""
    if not (
        noun.lower_ in GATHERING_NAMES
        and noun.text[0].isupper()
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() == "attend"
    ):
        return False
    start, end = _name_span(noun)
    singled = any(
        len(c.text) > 1 and (c.text.isupper() or is_place(c) or gazetteer().country_of(c.text) is not None)
        for c in noun.doc[start : noun.i]
    )
    return singled or end > noun.i + 1


def _name_span(noun: Token) -> tuple[int, int]:
    """Where the gathering's name runs: from its first proper-noun modifier to the end of a phrase of proper nouns
    after it ("Munich Conference on Security Policy", "Summit of the Americas"); not the article or the ordinal ("the
    35th")."""
    start = next(
        (
            c.i
            for c in noun.lefts
            if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.ent_type_ != "ORDINAL" and not c.like_num
        ),
        noun.i,
    )
    end = noun.i + 1
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in NAME_PREPS):
        words = list(prep.subtree)[1:]
        if words and all(w.pos_ == "PROPN" or w.lower_ in NAME_PREPS | {"and", "the"} for w in words):
            end = max(end, words[-1].i + 1)
    return start, end


def attended_gathering(noun: Token, table: ActorTable) -> list[str]:
    """The party a named gathering someone attends stands for (rule party.named-gathering): the body whose session it
    is, told as a modifier of its name ("the IOC Session"), else the gathering by its name."""
    if not attended_by_name(noun):
        return []
    bodies = [
        a.id
        for c in noun.children
        if c.dep_ == "compound"
        and (a := table.actor_at(c)) is not None
        and a.kind is ActorKind.ORGANIZATION
        and noun.lower_ not in a.name.lower().split()  # the tagger's "3rd Lisbon Summit": the name, no body
    ]
    if bodies:
        fired("party.named-gathering")
        return bodies
    start, end = _name_span(noun)
    if end - start < 2:
        return []  # "attend the Summit": no name besides the noun
    fired("party.named-gathering")
    span = noun.doc[start:end]
    return [table.add(ActorKind.ORGANIZATION, span.text, mention=span).id]
