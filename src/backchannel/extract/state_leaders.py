"""Who leads a state: the titles of a head of state or government, and the one person an article names so.

"Mexico's leader", "the Chinese leader" name no office of their own; they are the state's head of state or
government, and when the article names exactly one person of that state holding such a title, that person (rule
speaker.state-leader). Deputies, former holders and an opposition leader lead no state.
"""

from __future__ import annotations

import re

from ..records import Actor, ActorKind
from .actor_table import ActorTable

LEADER_TITLE = re.compile(
    r"(?<!vice )(?<!deputy )(?<!former )(?<!ex-)\b(?:president|prime minister|premier|chancellor|king|queen|emir"
    r"|sultan|crown prince)\b",
    re.IGNORECASE,
)


def is_leader(actor: Actor) -> bool:
    return actor.kind is ActorKind.PERSON and any(LEADER_TITLE.search(title) for title in actor.titles)


def the_states_leader(table: ActorTable, country: str) -> Actor | None:
    """The one person of ``country`` the article names (not a description) with a leader's title, if exactly one."""
    leaders = [a for a in table.persons() if a.country == country and a.name not in a.titles and is_leader(a)]
    return leaders[0] if len(leaders) == 1 else None
