"""The people behind a delegation: named in the sentences after a contact between groups.

News often tells a contact between groups first and names who led them next:
"Saudi and Iranian officials met in Baghdad. The Saudi delegation was led by X,
and the Iranian side by Y", or "Turkish and Armenian envoys met in Vienna.
Turkey's envoy, X, and Armenia's envoy, Y, spent hours together". Those named
people are parties to the contact too.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .contact_words import LEADING_VERBS
from .mentions import Mention

LOOK_AHEAD = 2
"""How many sentences after a contact may name its delegations' people."""


def name_delegations(mentions: list[Mention], doc: Doc, table: ActorTable) -> None:
    """Add to each contact between unnamed groups the people the next sentences say led or made up its sides."""
    sentences = list(doc.sents)
    index = {s.start: n for n, s in enumerate(sentences)}
    for mention in mentions:
        parties = [a for p in mention.participants if (a := table.get(p)) is not None]
        groups = [a for a in parties if a.kind in (ActorKind.GROUP, ActorKind.ANONYMOUS)]
        if not groups or sum(a.kind is ActorKind.PERSON for a in parties) >= 2:
            continue
        here = index[mention.trigger.sent.start]
        for sentence in sentences[here + 1 : here + 1 + LOOK_AHEAD]:
            members = _leaders(sentence, table) or _titled_members(sentence, groups, table)
            if members:
                mention.add(mention.participants, [a.id for a in members])
                break


def _leaders(sentence: SpacySpan, table: ActorTable) -> list[Actor]:
    """ "The Saudi delegation was led by X, and the Iranian side by Y": the people after each "by"."""
    leading = [t.i for t in sentence if t.lemma_.lower() in LEADING_VERBS and t.pos_ == "VERB"]
    if not leading:
        return []
    found: list[Actor] = []
    for by in (t for t in sentence if t.lower_ == "by" and t.i > leading[0]):
        for token in sentence.doc[by.i + 1 : min(by.i + 9, sentence.end)]:
            if token.is_punct and token.text != "-":
                break
            actor = table.actor_at(token)
            if actor is not None and actor.kind is ActorKind.PERSON:
                if actor not in found:
                    found.append(actor)
                break
    return found


def _titled_members(sentence: SpacySpan, groups: list[Actor], table: ActorTable) -> list[Actor]:
    """ "Turkey's envoy, X, and Armenia's envoy, Y, …" after "Turkish and Armenian envoys": people titled like
    the group's members, two or more of them."""
    members = {_singular(g.name.split()[-1]) for g in groups}
    found: list[Actor] = []
    for token in sentence:
        actor = table.actor_at(token)
        if actor is None or actor.kind is not ActorKind.PERSON or actor in found:
            continue
        if any(member in title.lower().split() for title in actor.titles for member in members):
            found.append(actor)
    return found if len(found) >= 2 else []


def _singular(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
