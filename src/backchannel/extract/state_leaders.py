"""Who leads a state: the titles of a head of state or government, and the one person an article names so.

"Mexico's leader", "the Chinese leader" name no office of their own; they are the state's head of state or
government, and when the article names exactly one person of that state holding such a title, that person (rule
speaker.state-leader). Deputies, former holders and an opposition leader lead no state.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

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


HEAD_OF_STATE_WORD = re.compile(
    r"(?<!vice )(?<!deputy )(?<!former )(?<!ex-)\b(?:president|king|queen|emir|sultan)\b", re.I
)
"""The word of a head of state's title, whosever it is ("Bolivian President", "union president")."""

HEAD_OF_STATE_TITLE = re.compile(r"(?:president|king|queen|emir|sultan)(?: of (?:the )?republic\b.*)?", re.IGNORECASE)
"""A head of state's title standing alone, as a paper writes its own state's ("President", "President of the
Republic"): never a body's president ("union president")."""

STATE_OFFICES = frozenset({"state", "government"})
"""What a "head of" heads, when the phrase names a state's leader by office: "head of state", "head of government"."""


def heads_a_state(head: Token) -> bool:
    """ "the head of state", "the Togolese head of government": the office of a state's leader, with nothing
    between "of" and "state" ("the head of the state government of Bavaria", "head of state security" head no
    state); "the heads of state" are several."""
    return head.lower_ == "head" and any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(g.dep_ == "pobj" and g.lower_ in STATE_OFFICES and not list(g.children) for g in prep.children)
        for prep in head.children
    )


def the_head_of_state(table: ActorTable, country: str | None, home: str | None) -> Actor | None:
    """Who "the head of state" is (rule speaker.head-of-state): of a state the phrase gives ("the Togolese head of
    state"), that state's one leader the article names; with none given, the leader of the outlet's home state, or
    else the one person the article names (of that state or of none, if it is known) with a head of state's title,
    when that title stands alone ("President": a paper's own head of state, "the Head of State received …" in a
    presidency's release)."""
    if country is not None:
        return the_states_leader(table, country)
    if home is not None and (leader := the_states_leader(table, home)) is not None:
        return leader
    titled = [
        a
        for a in table.persons()
        if (home is None or a.country in (None, home))
        and a.name not in a.titles
        and any(HEAD_OF_STATE_WORD.search(title) for title in a.titles)
    ]
    alone = len(titled) == 1 and any(HEAD_OF_STATE_TITLE.fullmatch(title.strip()) for title in titled[0].titles)
    return titled[0] if alone else None
