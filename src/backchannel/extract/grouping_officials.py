"""A grouping's officials and the grouping itself as sides of one gathering (rule party.grouping-officials).

"CARICOM foreign ministers will meet in Port of Spain", "a meeting of Gulf Cooperation Council oil ministers":
the press, and those who read it, name such a gathering's side both ways, by the bloc ("CARICOM") and by its
officials ("CARICOM foreign ministers"). A gathering told by one of the two takes the other as a side as well, so
that it is found under either name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .actor_words import entity_at
from .contact_nouns import names_grouping
from .contact_words import SESSION_HOLDERS
from .lexicon import MULTILATERAL_BODIES
from .mentions import Mention, is_body
from .trace import fired

OFFICES_OF_STATE = frozenset({"state", "government"})
"""What "heads of" leads: "heads of state", "heads of government"."""


def name_grouping_officials(mention: Mention, table: ActorTable) -> None:
    """Give a gathering whose side is a grouping's officials, or the grouping named through its officials, the
    other of the two as a side too."""
    if mention.mode != "multilateral":
        return
    for officials in mention.trigger.sent:
        if officials.lemma_.lower() not in SESSION_HOLDERS or officials.tag_ not in ("NNS", "NNPS"):
            continue
        grouping = [
            t for t in _qualifiers(officials) if names_grouping(t) or _bloc_word(t) or is_body(table.actor_at(t))
        ]
        if not grouping:
            continue
        held = table.actor_at(officials)
        if held is not None and table.actor_at(mention.trigger) is held:
            held = None  # "NATO ministers at their meeting in Brussels": a span cut past their own gathering
        group = held if held is not None and held.kind is ActorKind.GROUP else None
        body = next((a for t in grouping if is_body(a := table.actor_at(t))), None)
        if body is None and group is not None:
            body = _bloc_within(grouping, table)  # "SADC leaders" read as one group: SADC itself
        told = [a for a in (body, group) if a is not None and a.id in mention.participants]
        if not told:
            continue
        if group is None:
            phrase = _phrase(officials)
            group = table.add(ActorKind.GROUP, phrase.text, mention=phrase, key=f"{phrase.text.lower()}@{phrase.start}")
        role = mention.actor if told[0].id in mention.actor else mention.recipient
        added = [a.id for a in (body, group) if a is not None and a.id not in mention.participants]
        if added:
            mention.add(role, added)
            fired("party.grouping-officials")


def _bloc_within(grouping: list[Token], table: ActorTable) -> Actor | None:
    """The bloc a one-word name gives inside a group's own words ("SADC" of "SADC leaders"), which the table read
    as part of the group."""
    blocs = [t for t in grouping if _bloc_word(t)]
    if not blocs:
        return None
    return table.add(ActorKind.ORGANIZATION, blocs[0].text, mention=blocs[0].doc[blocs[0].i : blocs[0].i + 1])


def _bloc_word(token: Token) -> bool:
    """A bloc's one-word name, however the tagger read it ("Mercosur" tagged an adjective)."""
    return token.text[:1].isupper() and token.lower_ in MULTILATERAL_BODIES


def _qualifiers(officials: Token) -> list[Token]:
    """The words that say whose officials they are: before the noun ("ECOWAS heads of state", "the Arab Maghreb
    Union's foreign ministers") or in its of-phrase ("foreign ministers of the Andean Community", "heads of state of
    SADC")."""
    before = [t for t in officials.subtree if t.i < officials.i]
    return before + [g for t in _of_phrases(officials) for g in t.subtree]


def _of_phrases(officials: Token) -> list[Token]:
    """The of-phrases on the officials, past "of state" or "of government" after "heads"."""
    found = []
    for prep in (c for c in officials.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lower_ in OFFICES_OF_STATE:
                found += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
            else:
                found.append(prep)
    return found


def _phrase(officials: Token) -> Span:
    """The officials' own words, without a determiner or what a comma or clause adds: "CARICOM foreign ministers",
    "ECOWAS heads of state", "foreign ministers of the Non-Aligned Movement"."""
    doc = officials.doc
    start = officials.left_edge.i
    while start < officials.i and doc[start].pos_ in ("DET", "PUNCT"):
        start += 1
    preps = [c for c in officials.children if c.dep_ == "prep" and c.lower_ == "of"] + _of_phrases(officials)
    objects = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    # to the end of the name an object heads: "Authority" of "the Intergovernmental Authority on Development"
    ends = [e.end - 1 if (e := entity_at(g)) is not None else g.i for g in objects]
    return doc[start : max([officials.i, *ends]) + 1]
