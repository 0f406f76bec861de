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
from .lexicon import HEAD_OF_STATE_TITLES
from .office_periphrases import BODY_WORDS

LEADER_TITLE = re.compile(
    r"(?<!vice )(?<!deputy )(?<!former )(?<!ex-)\b(?:president|prime minister|premier|chancellor|king|queen|emir"
    r"|sultan|crown prince)\b",
    re.IGNORECASE,
)


LESSER = re.compile(r"\b(?:vice|deputy|former|ex|acting|interim|elect|designate)\b", re.IGNORECASE)
"""Words that make a leader's title another's or a lesser one: "Vice-President", "President-elect", "Acting
President", "former Prime Minister"."""


def _holds(title: str, office: re.Pattern[str]) -> bool:
    """Whether a title is of ``office``: any leader's (a president-elect hosts as one), or, asked for the head of
    state or government by that office, the office itself, not a lesser one ("Vice-President", "Acting
    President")."""
    return bool(office.search(title)) and (office is LEADER_TITLE or not LESSER.search(title))


def is_leader(actor: Actor, office: re.Pattern[str] = LEADER_TITLE) -> bool:
    return actor.kind is ActorKind.PERSON and any(_holds(title, office) for title in actor.titles)


NATIONAL_MINISTER = re.compile(r"(?<!chief )(?<!provincial )(?<!state )\bminister\b|\bsecretary of state\b", re.I)
"""A minister of a state's government ("Foreign Minister", "Secretary of State"): not a chief minister of an Indian
state or a provincial minister."""


def of_the_government(actor: Actor) -> bool:
    """A state's leader or one of its ministers (who receive in its capital, and call their peers abroad); not a
    governor or a mayor."""
    return actor.kind is ActorKind.PERSON and (
        is_leader(actor) or any(NATIONAL_MINISTER.search(t) for t in actor.titles)
    )


def the_states_leader(table: ActorTable, country: str, office: re.Pattern[str] = LEADER_TITLE) -> Actor | None:
    """The one person of ``country`` the article names (not a description) with a leader's title (or one of
    ``office``), if exactly one."""
    leaders = [a for a in table.persons() if a.country == country and a.name not in a.titles and is_leader(a, office)]
    return leaders[0] if len(leaders) == 1 else None


_HEAD_OF_STATE = "|".join(sorted(HEAD_OF_STATE_TITLES))
HEAD_OF_STATE_WORD = re.compile(rf"\b(?:{_HEAD_OF_STATE})\b", re.I)
"""The word of a head of state's title, whosever it is ("Bolivian President", "union president"); a lesser one
("Vice-President", "former President") is told apart by ``LESSER``."""
HEAD_OF_GOVERNMENT_WORD = re.compile(r"\b(?:prime minister|premier|chancellor)\b", re.I)
"""The words of a head of government's title: "Prime Minister", "Premier", "Chancellor"."""

HEAD_OF_STATE_TITLE = re.compile(rf"(?:{_HEAD_OF_STATE})(?: of (?:the )?republic\b.*)?", re.IGNORECASE)
"""A head of state's title standing alone, as a paper writes its own state's ("President", "President of the
Republic"): never a body's president ("union president")."""

STATE_OFFICES = frozenset({"state", "government"})
"""What a "head of" heads, when the phrase names a state's leader by office: "head of state", "head of government"."""


def headed_office(head: Token) -> str | None:
    """ "state" of "the head of state", "government" of "the Togolese head of government": the office of a state's
    leader a "head of" names, with nothing between "of" and the office ("the head of the state government of
    Bavaria", "head of state security" head no state); None for any other noun ("the heads of state" are
    several)."""
    if head.lower_ != "head":
        return None
    return next(
        (
            g.lower_
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children
            if g.dep_ == "pobj" and g.lower_ in STATE_OFFICES and not list(g.children)
        ),
        None,
    )


def the_head_of_state(table: ActorTable, country: str | None, home: str | None, office: str = "state") -> Actor | None:
    """Who "the head of state" (or, ``office`` "government", "the head of government") is (rule
    speaker.head-of-state): of a state the phrase gives ("the Togolese head of state"), that state's one leader the
    article names; with none given, the leader of the outlet's home state, or else the one person the article names
    (of that state or of none, if it is known) with a title of that office, when that title stands alone
    ("President": a paper's own head of state, "the Head of State received …" in a presidency's release) or its
    holder's state is unknown ("Freedonian Prime Minister X"), not a body's ("Senate President X")."""
    word = HEAD_OF_GOVERNMENT_WORD if office == "government" else HEAD_OF_STATE_WORD
    if country is not None:
        return the_states_leader(table, country, word)
    if home is not None and (leader := the_states_leader(table, home, word)) is not None:
        return leader
    titled = [
        a
        for a in table.persons()
        if (home is None or a.country in (None, home))
        and a.name not in a.titles
        and any(_holds(title, word) for title in a.titles)
    ]
    if len(titled) != 1:
        return None
    one = titled[0]
    alone = any((HEAD_OF_STATE_TITLE if office == "state" else word).fullmatch(t.strip()) for t in one.titles)
    of_a_state = one.country is None and not any(BODY_WORDS.search(t) for t in one.titles if word.search(t))
    return one if alone or of_a_state else None
