"""Who an unnamed counterpart is, when the article names that person elsewhere.

"Ecuador's foreign minister, Rafael Salgado, could meet his Colombian counterpart" leaves the counterpart unnamed
in its sentence; when the article names one person of that state holding the same office ("Colombia's foreign
minister, María Londoño, said …"), before or after, the counterpart is that person (rule party.counterpart-named).
The office is the holder's: the title noun his title ends on and the word before it ("foreign minister", "foreign
secretary"), so a Colombian defence minister is no foreign minister's counterpart.
"""

from __future__ import annotations

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .held_offices import COUNTERPART_WORDS, office_holders, offices_of
from .merging import Draft


def name_counterparts(drafts: list[Draft], table: ActorTable) -> None:
    """Each contact's unnamed counterpart of a state becomes the one person of that state, named in the article,
    whose title holds the office of the counterpart's opposite number in the contact."""
    for draft in drafts:
        parties = [a for p in draft.participants() if (a := table.get(p)) is not None]
        for unnamed in (a for a in parties if _unnamed_counterpart(a)):
            opposites = [a for a in parties if a is not unnamed and _of_another_state(a, unnamed)]
            offices = {o for a in opposites for o in offices_of(a)}
            named = _holders(table, unnamed.country, offices)
            rule = "party.counterpart-named"
            if not named and opposites and all(a.country is not None for a in opposites):
                # "India's foreign secretary … his Bangladeshi counterpart" in a Dhaka paper that calls its own
                # official "the foreign secretary, Farooq Sobhan": the one holder of the office of no known state
                fields = {o for o in offices if " " in o}  # "foreign minister", never "minister" alone
                named = [a for a in _holders(table, None, fields) if a not in parties]
                rule = "party.counterpart-of-no-state"
            if len(named) != 1:
                continue
            draft.rules.append(rule)
            for m in draft.mentions:
                for role in (m.actor, m.recipient, m.participants):
                    role[:] = list(dict.fromkeys(named[0].id if p == unnamed.id else p for p in role))


def _holders(table: ActorTable, country: str | None, offices: set[str]) -> list[Actor]:
    """The people of ``country`` (or of none known), named, whose titles hold one of ``offices``."""
    return [a for a in office_holders(table, offices) if a.country == country]


def _unnamed_counterpart(actor: Actor) -> bool:
    """A person known only as "his Colombian counterpart": a title for a name, with a state."""
    words = set(actor.name.lower().split())
    return (
        actor.kind is ActorKind.PERSON
        and actor.name in actor.titles
        and actor.country is not None
        and bool(words & COUNTERPART_WORDS)
    )


def _of_another_state(actor: Actor, unnamed: Actor) -> bool:
    """Whether a person may be the one the counterpart is the counterpart of: not of the counterpart's state (a
    home official is often given no state at all)."""
    return actor.kind is ActorKind.PERSON and actor.country != unnamed.country
