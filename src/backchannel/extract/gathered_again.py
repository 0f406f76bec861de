"""A gathering of many said to meet again by those who held it (rule party.gathered-again).

"Delegations from Chile, Peru and Bolivia met in Arica on Tuesday. The three delegations agreed to meet again in La
Paz in March": the subject of the second meeting names no one ("they", "the three delegations", "the parties"); it
refers back to the sides of the gathering told just before, and the meeting again is a further gathering of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .actor_table import ActorTable
from .circumstances import said_again
from .contact_sides import side_count, state_codes
from .lexicon import GROUP_COUNTS, SOURCE_NOUNS
from .mentions import Mention
from .parties import subjects_of
from .shared_bodies import NAMING_ENTITIES  # a subject someone in particular: "Chilean and Peruvian officials"

if TYPE_CHECKING:
    from .merging import Draft

REFERRING_PRONOUNS = frozenset({"they", "we"})
"""Pronouns that stand for the sides just told."""
MANY_SIDES = 3
"""Sides a contact told before needs to be a gathering of many."""


def gathering_told_again(mention: Mention, drafts: list[Draft], table: ActorTable) -> Draft | None:
    """The gathering of many that a contact said to happen again refers back to, if its subject only refers back
    to those who took part and they meet no one else: with a count ("the four delegations"), the last contact told
    before of that many sides; without ("they", "the leaders"), the last contact told before, if a gathering."""
    trigger = mention.trigger
    if trigger.pos_ != "VERB" or not said_again(trigger) or _meets_someone(trigger):
        return None
    subjects = subjects_of(trigger)
    if len(subjects) != 1 or not _refers_back(subjects[0]) or _pronoun_of_others(subjects[0], trigger):
        return None
    count = _count(subjects[0])
    if count is not None and count < MANY_SIDES:
        return None
    told = sorted(
        (d for d in drafts if d.last_told_before(trigger.i) >= 0),
        key=lambda d: d.last_told_before(trigger.i),
        reverse=True,
    )
    if count is not None:
        return next((d for d in told if side_count(d.participants(), table) == count), None)
    gathering = told[0] if told else None
    if gathering is not None and (
        gathering.first.mode == "multilateral" or len(state_codes(gathering.mentions, table)) >= MANY_SIDES
    ):
        return gathering
    return None


def _count(subject: Token) -> int | None:
    """How many a counted subject names: "the four delegations" 4; None when it counts none."""
    counts = [GROUP_COUNTS[c.lower_] for c in subject.children if c.dep_ == "nummod" and c.lower_ in GROUP_COUNTS]
    return counts[0] if counts else None


def _meets_someone(verb: Token) -> bool:
    """ "will meet the minister again", "will meet again with the envoy": someone met besides the subject."""
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children)


def _refers_back(subject: Token) -> bool:
    """ "they", "we", "the four delegations", "the leaders", "all the parties": a plural naming no one in
    particular."""
    if subject.lower_ in REFERRING_PRONOUNS:
        return True
    if subject.tag_ != "NNS" or any(t.ent_type_ in NAMING_ENTITIES for t in subject.subtree):
        return False
    return any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all", "these") for c in subject.children)


def _pronoun_of_others(subject: Token, verb: Token) -> bool:
    """ "Opposition groups said they would meet again", "lithium miners said they will meet again": a pronoun
    under the saying of other many stands for them, not for the sides of the gathering told before. Unnamed
    sources ("officials said they would meet again") speak of the sides."""
    if subject.lower_ not in REFERRING_PRONOUNS:
        return False
    for head in verb.ancestors:
        sayers = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if sayers:
            sayer = sayers[0]
            plural = sayer.tag_ in ("NNS", "NNPS") and sayer.lower_ not in REFERRING_PRONOUNS
            return plural and sayer.lower_ not in SOURCE_NOUNS and not _refers_back(sayer)
    return False
