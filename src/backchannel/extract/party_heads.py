"""Whether a group or body the text names by a common noun can be a side of a contact at all: "The ranchers arrived
in Havana with hogs and cattle" has no animals for parties, "to discuss with the delegation problems and obstacles"
no obstacles, "the reports surfaced after a delegation visited Lima" no reports for visitors."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Actor, ActorKind
from . import lexicon as lx
from .actor_table import ActorTable
from .contact_words import (
    AGENT_ENDINGS,
    GO_BETWEEN_NOUNS,
    KIN_NOUNS,
    MEMBER_NOUNS,
    NON_PARTY_HEADS,
    PARTY_HEADS,
    PRESS_WORDS,
    SIDE_NOUNS,
    TOLD_BEFORE_NOUNS,
)
from .mentions import Mention
from .person_words import PEOPLE_NOUNS, RELATIVE_NOUNS
from .trace import collecting, fired

PARTY_WORDS: frozenset[str] = (
    PARTY_HEADS
    | PEOPLE_NOUNS
    | RELATIVE_NOUNS
    | lx.GROUP_NOUNS
    | lx.SOURCE_NOUNS
    | lx.ORGANIZATION_WORDS
    | lx.BODY_KIND_NOUNS
    | lx.SUB_BODY_HEADS
    | lx.MEMBER_BODY_NOUNS
    | lx.LEAGUE_KIND_NOUNS
    | lx.STATE_KIND_NOUNS
    | lx.LEGISLATURE_WORDS
    | lx.PAIR_SIDE_NOUNS
    | lx.MISSION_WORDS
    | lx.LEADER_NOUNS
    | lx.GROUPING_WORDS
    | lx.GROUPING_MEMBERS
    | SIDE_NOUNS
    | MEMBER_NOUNS
    | TOLD_BEFORE_NOUNS
    | GO_BETWEEN_NOUNS
    | PRESS_WORDS
    | KIN_NOUNS
)
"""Lemmas of nouns for people or bodies: the project's words for them, and contacts.toml's party_heads."""

ENDINGS: tuple[str, ...] = tuple(AGENT_ENDINGS)
"""Endings of nouns for one who does something ("exporters", "lobbyists"): people, whatever they do."""

DESCRIBED_KINDS = (ActorKind.GROUP, ActorKind.ORGANIZATION)


def party_noun(head: Token) -> bool:
    """Whether a common noun can name a side of a contact: a word for people or a body, or a noun for one who does
    something by its ending. What else a plural names (animals, papers, hurdles, ships) meets no one."""
    lemma = head.lemma_.lower()
    return lemma in PARTY_WORDS or head.lower_ in PARTY_WORDS or lemma.endswith(ENDINGS)


def no_party(actor: Actor | None, doc: Doc) -> bool:
    """A group or body every mention of which is a common noun for what can meet no one ("hogs", "obstacles",
    "reports"): no side of a contact. Not one the tagger gave a name's entity, nor a proper noun, nor one
    written as a name."""
    if actor is None or actor.kind not in DESCRIBED_KINDS or not actor.mentions:
        return False
    for mention in actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        if head.pos_ != "NOUN" or head.ent_type_ or _written_as_a_name(head) or not _no_party_noun(head):
            return False
        if _of_a_party(head):
            return False
    return True


def _no_party_noun(head: Token) -> bool:
    """Whether a common noun names what can meet no one: an animal, a vehicle, a paper, a matter (NON_PARTY_HEADS).
    Any other noun may name people or a body ("the monarchs", "the pilgrims"), however few lists hold it."""
    return head.lemma_.lower() in NON_PARTY_HEADS or head.lower_ in NON_PARTY_HEADS


def _written_as_a_name(head: Token) -> bool:
    """ "SADC foreign ministers", "the Alliance": a word in capitals, or capitalised within its sentence, is a name
    the tagger took for a common noun, whatever it says."""
    return (head.is_upper and len(head) > 1) or (head.is_title and not head.is_sent_start)


def _of_a_party(head: Token) -> bool:
    """ "between the hotel rooms of rival faction leaders": a thing of people stands for the people."""
    owners = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(g.pos_ == "PROPN" or g.ent_type_ or (g.pos_ == "NOUN" and party_noun(g)) for g in owners)


def drop_non_parties(mentions: list[Mention], table: ActorTable) -> None:
    """Take out of each mention's sides the groups that can be no side (``no_party``): "arrived in Havana with hogs
    and cattle" keeps the ranchers alone, a visit of one to a state or nothing (rule party.not-a-party)."""
    for mention in mentions:
        gone = [p for p in mention.participants if no_party(table.get(p), table.doc)]
        if not gone:
            continue
        for role in (mention.actor, mention.recipient, mention.participants):
            role[:] = [p for p in role if p not in gone]
        with collecting(mention.rules):
            fired("party.not-a-party")  # "arrived in Havana with hogs and cattle": no animals met
