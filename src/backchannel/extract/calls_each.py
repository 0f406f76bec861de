"""Calls told once to the leaders of several states (rule contact.call-each): "Ruiz telephoned King Omar of Saudi
Arabia, Israeli Prime Minister Dov Levi and Palestinian President Sami Haddad", "spoke by telephone with the
Japanese prime minister, Ken Sato, and the South Korean president, Kim Do-yun", "had spoken to Li Wen and his
counterparts in El Salvador and Jordan". One who rings, or talks with, the people of several states told in one
list had a conversation with each: official readouts and the press tell a round of calls that way, and a
conversation of three states or more is told as one ("a conference call", "a three-way call", "together").

Left alone: those called all of one state, or of states not all known ("spoke by phone with the governors of Iowa
and Kansas", who may have been on one line), anyone besides people and states on the other side, a call told
together or as many-sided, a talk with no telephone in it told where it was had ("spoke with X and Y in Vienna",
perhaps all three together), and a meeting ("met Zarif and Ashton" is one meeting as often as two, and the labelled
sets read it as one), or a contact noun ("a call with X and Y": one call).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .contact_words import MANY_SIDED_WORDS, PHONE_VERBS
from .many_sides import many_sided_noun
from .mentions import Mention
from .trace import fired

TALKING_VERBS = frozenset({"speak", "talk"})
"""Verbs of a conversation between two, by telephone or not: "spoke with X", "talked to X"."""
TOGETHER_WORDS = frozenset({"together", "jointly", "joint", "conference", "teleconference", "videoconference"})
"""Words by which a call is told as one of all those in it: "spoke together", "in a joint call", "by conference
call"."""


def calls_each(mention: Mention, table: ActorTable) -> list[Mention]:
    """One contact of the mention's one side with each person or state of its list of several states (rule
    contact.call-each); none when the mention is no such call."""
    trigger = mention.trigger
    if trigger.pos_ != "VERB" or len(mention.actor) != 1 or not _a_conversation(mention) or _told_together(trigger):
        return []
    called = _called(mention.recipient, table)
    states = [a.country for a in called]
    if len(called) < 2 or None in states or len(set(states)) != len(states):
        return []
    # "his counterparts in El Salvador and Jordan": the states of those called, not where the calls were had
    place = None if mention.place is not None and table.actor_at(mention.place) in called else mention.place
    if mention.mode != "phone" and place is not None:
        return []  # "spoke with X and Y in Vienna": a talk where they were, perhaps of all three
    fired("contact.call-each")
    return [replace(mention.with_one(mention.actor, one.id, "contact.call-each"), place=place) for one in called]


def _a_conversation(mention: Mention) -> bool:
    """A call ("telephoned X") or a talk ("spoke with X"); not one called to the ministry ("called the ambassador
    in"), a meeting, nor one called on ("called on X", a visit)."""
    lemma = mention.trigger.lemma_.lower()
    return (mention.mode == "phone" and lemma in PHONE_VERBS | TALKING_VERBS) or (
        mention.mode == "meeting" and lemma in TALKING_VERBS
    )


def _called(recipients: list[str], table: ActorTable) -> list[Actor]:
    """The people and states called, a state dropped when it is the state of a person called beside it ("King Omar
    of Saudi Arabia": the king, not his kingdom besides); none when anyone else is among them."""
    actors = [a for r in recipients if (a := table.get(r)) is not None]
    if len(actors) != len(recipients) or any(a.kind not in (ActorKind.PERSON, ActorKind.COUNTRY) for a in actors):
        return []
    people_states = {a.country for a in actors if a.kind is ActorKind.PERSON}
    return [a for a in actors if a.kind is ActorKind.PERSON or a.country not in people_states]


def _told_together(verb: Token) -> bool:
    """ "spoke together with X and Y", "talked jointly to", "by conference call", "in a three-way call": the verb's
    own words tell one call of them all."""
    words = [w for c in verb.children if c.dep_ in ("advmod", "prep", "npadvmod") for w in c.subtree]
    # "three-way" is three tokens: many_sided_noun reads a call's modifiers with the hyphen closed up
    return any(w.lower_ in TOGETHER_WORDS or w.lower_ in MANY_SIDED_WORDS or many_sided_noun(w) for w in words)
