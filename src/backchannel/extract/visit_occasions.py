"""Whether a meeting was held on a visit someone of its sides was paying: then the visit and the talks are one
contact, mode visit (LABELLING: "a visit and the talks held during it are one event").

"X had a meeting with Y, on an official visit to Moldova", "X held talks with Y, who is on a two-day visit",
"X and Y held talks during the visit of the President of Chile to Lima": the visit is told as the occasion of the
meeting, in a phrase on the meeting's verb or on one of the sides, with no possessor or with a side as its
possessor (rule mode.on-a-visit). Rule mode.during-a-visit already reads "during his visit", "during Y's visit".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actor_table import ActorTable
from .contact_words import NOUN_MODES
from .grammar import verb_at_or_above
from .trace import fired


def held_on_a_visit(trigger: Token, parties: set[str], table: ActorTable) -> bool:
    """A visit phrase hung on the meeting ("on an official visit", "during the visit of X") or on a side ("Y, who is
    on a visit"), paid by a side or by no one named; "during the Pope's visit" is another's, and "during the visit"
    with no one named points back at a visit that may be anyone's."""
    node = verb_at_or_above(trigger)
    holders = [trigger, node, *_sides_in(trigger.sent, parties, table)]
    if node.dep_ == "ccomp":
        holders.append(node.head)  # "X had a meeting with Y, on an official visit to Peru, the office reported"
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("on", "during")):
            for visit in (g for g in prep.children if g.dep_ == "pobj" and NOUN_MODES.get(g.lower_) == "visit"):
                if _paid_by_a_side_or_no_one(visit, parties, table):
                    fired("mode.on-a-visit")
                    return True
    return False


def _sides_in(sentence: Span, parties: set[str], table: ActorTable) -> list[Token]:
    """The tokens naming a side in the sentence, and the "be" of a relative clause on one ("Y, who is on a visit")."""
    found = []
    for token in sentence:
        actor = table.actor_at(token)
        if actor is None or actor.id not in parties:
            continue
        named = [token, token.head] if token.dep_ == "appos" else [token]  # "her counterpart, Y, who is …"
        found += named
        found += [c for t in named for c in t.children if c.dep_ == "relcl" and c.lemma_.lower() == "be"]
    return found


def _paid_by_a_side_or_no_one(visit: Token, parties: set[str], table: ActorTable) -> bool:
    """Whose visit: a possessor ("his", "Y's") or "of"/"by" someone must be a side when named; with no one named,
    "on a visit", "during an official visit" is the holder's own, but "the visit" points back at one told before,
    which may be another's ("commented on the visit" is a topic)."""
    owners = [c for c in visit.children if c.dep_ == "poss"]
    owners += [g for c in visit.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for g in c.children]
    owners = [o for o in owners if o.dep_ in ("poss", "pobj")]
    if not owners:
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in visit.children)
    owner = owners[0]
    if owner.pos_ == "PRON":
        return True
    if (actor := table.actor_at(owner)) is not None:
        return actor.id in parties
    return _an_office_of_a_sides_state(owner, parties, table)


def _an_office_of_a_sides_state(owner: Token, parties: set[str], table: ActorTable) -> bool:
    """ "the visit of the President of Chile": an office named by its state, which is the state of a side."""
    states = {a.country for t in owner.subtree if (a := table.state_at(t)) is not None and a.country}
    sides = {a.country for p in parties if (a := table.get(p)) is not None and a.country}
    return bool(states & sides)
