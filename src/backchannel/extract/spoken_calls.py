"""Leaders of two states who "spoke" with no place, occasion or meeting told: they spoke by telephone.

"President Mensah spoke with President Okoro of Nigeria on Tuesday, apologising for the demolition", "The two
men spoke yesterday, their second conversation since …": heads of state and government, and ministers, of
different states are rarely in one room without the story saying where; "spoke" with no place is their call
(rule mode.leaders-spoke). Left a meeting: "spoke in person", "spoke on the sidelines of the summit", "talked
during the summit", "spoke with X in Pristina", a story of one state's own officials ("spoke with the Home
Secretary"), and any contact also told by a meeting word ("met", "talks").
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_table import ActorTable
from .contact_words import GATHERINGS, SIDELINES
from .mentions import Mention
from .state_leaders import of_the_government

SPEAKING_VERBS = frozenset({"speak", "talk"})
"""Verbs of speaking with someone, which say nothing of how."""

IN_PERSON_WORDS = frozenset({"person", "face", "sat", "there", "dinner", "lunch", "breakfast", "room", "visit"})
"""Words of the speaking's own phrase that tell it was face to face ("in person", "face to face", "over dinner")."""

NOT_BY_PHONE = IN_PERSON_WORDS | SIDELINES | GATHERINGS
"""Words of a sentence that put the speaking in one room: in person, on the sidelines, at a gathering or a meeting."""


def spoke_by_phone(mentions: list[Mention], parties: list[str], table: ActorTable) -> bool:
    """Whether the contact was told only by "spoke"/"talked" with no place, between national leaders or ministers of
    different states (or of states not told)."""
    if not mentions or any(not _spoke(m.trigger) or m.place is not None for m in mentions):
        return False
    officials = [a for p in parties if (a := table.get(p)) is not None and of_the_government(a)]
    states = {a.country for a in officials}
    return len(officials) >= 2 and len(officials) == len(parties) and (len(states) > 1 or None in states)


def _spoke(trigger: Token) -> bool:
    """ "spoke with X on Tuesday", "the two men spoke": a verb of speaking told with no word of a meeting."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in SPEAKING_VERBS:
        return False
    return not any({t.lower_, t.lemma_.lower()} & NOT_BY_PHONE for t in trigger.sent)
