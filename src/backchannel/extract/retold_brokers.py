"""A go-between named when the contact is told again: "Kibaki and Odinga met face-to-face yesterday. After an
hour-long meeting brokered and attended by Kofi Annan, the two men shook hands"; "Meshaal and Abbas have agreed to
hold talks in Cairo. The talks – to be mediated by President Morsi – will take place on Saturday".

A telling with a broker but no sides of its own ("the meeting", "the two men") is merged into the contact its
sides were named in, and the broker with it; the contact is then the go-between's (mode third-party, LABELLING:
when a go-between carries messages or mediates), with the broker on one side and the parties on the other (rule
mode.brokered-when-retold). A broker of a side's own state brokers nothing. A broker also named among the parties
("X met Y and Z. The meeting was brokered by Z") sat in as the go-between ("brokered and attended by Annan"): he
is taken off the sides, and brokers when two sides are left.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_table import ActorTable
from .contact_nouns import brokers
from .contact_words import BROKERING_PARTICIPLES, NOUN_MODES
from .merging import Draft


def retold_brokers(draft: Draft, table: ActorTable) -> list[str]:
    """The go-betweens a telling of the contact names, when two sides are left without them and none is of a side's
    state."""
    words = [w for m in draft.mentions for told in _tellings(m.trigger) for w in brokers(told) + _agent_shared(told)]
    found = list(dict.fromkeys(a.id for w in words if (a := table.actor_at(w)) is not None))
    sides = draft.participants() - set(found)
    states = {a.country for p in sides if (a := table.get(p)) is not None and a.country}
    if len(sides) < 2 or any((a := table.get(b)) is not None and a.country in states for b in found):
        return []  # "talks hosted by the Saudi king": a side's own state holds the talks
    return found


def _tellings(trigger: Token) -> list[Token]:
    """The contact's word, and the contact nouns of its sentence that tell it as background ("After an hour-long
    meeting brokered by Annan, the two men shook hands")."""
    nouns = [t for t in trigger.sent if t.i != trigger.i and t.pos_ == "NOUN" and t.lemma_.lower() in NOUN_MODES]
    return [trigger, *nouns]


def _agent_shared(noun: Token) -> list[Token]:
    """ "a meeting brokered and attended by Kofi Annan": the agent of the participle joined to a brokering one."""
    participles = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in BROKERING_PARTICIPLES]
    return [
        g
        for p in participles
        for c in p.conjuncts
        for a in c.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]
