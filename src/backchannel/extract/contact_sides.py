"""How many sides and states a contact has, counted from its parties' actors: shared by the merging of mentions
into events and by the reading of a gathering said to meet again, which merging itself calls."""

from __future__ import annotations

from collections.abc import Iterable

from ..records import ActorKind
from .actor_table import ActorTable
from .mentions import Mention
from .trace import fired


def side_count(parties: set[str], table: ActorTable) -> int:
    """Parties less the states of the people among them; two actors of one kind and one name are one side (rule
    party.same-name-one-side): "Estonian government meets" in a headline and "the Estonian government held a
    cabinet meeting" are the one government, not two sides of a contact."""
    found = [a for p in parties if (a := table.get(p)) is not None]
    actors = list({(a.kind, a.name.casefold()): a for a in found}.values())
    if len(actors) < len(found):
        fired("party.same-name-one-side")
    count = len(parties) - (len(found) - len(actors))
    own_states = {a.country for a in actors if a.kind is not ActorKind.COUNTRY and a.country}
    states_of_people = [a for a in actors if a.kind is ActorKind.COUNTRY and a.country in own_states]
    return count - (len(states_of_people) if len(actors) - len(states_of_people) < 2 else 0)


def state_codes(mentions: Iterable[Mention], table: ActorTable) -> list[str]:
    """The states of a contact told by ``mentions``: the states themselves, or those the people at it act for
    ("Kitwana met Warsame": Kenya and Somalia), in the order it names them."""
    actors = [a for p in dict.fromkeys(p for x in mentions for p in x.participants) if (a := table.get(p))]
    return list(dict.fromkeys(a.country for a in actors if a.country and a.kind is not ActorKind.ORGANIZATION))
