"""Who receives a leader's visit to a state the text names only by its state.

A head of state or government who visits a country is received by that country's leader: when the article
names exactly one leader of the visited state, that leader is the visit's host (rule party.visit-host-leader).
Only a leader's visit counts, since a minister's visit to a country is not a meeting with its president.
A visit still to come (planned or possible) to a state whose one person the visitor is told meeting, calling or
otherwise in contact with elsewhere in the article is hosted by that person: "Ruiz telephoned her Chilean
counterpart, Tomas Vidal, on Monday ... Ruiz is due in Santiago in May" (rule party.visit-host-in-touch). The
story's own pair is who the trip is for; a trip already made may have met others, and is left as told.
The other way round, the state a contact took place in is its party only while no one of that state is named in
its telling: "travelled to Ankara for talks with Foreign Minister Selim Aydin" has Aydin, not Turkey beside him
(rule party.host-person-named).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor, ActorKind, EventStatus
from .actor_table import ActorTable
from .lexicon import NO_STATE_OFFICE_WORDS
from .merging import Draft
from .state_leaders import is_leader, the_states_leader


def add_host_leaders(drafts: list[Draft], table: ActorTable) -> None:
    """Each contact's host: a state it took place in gives way to a person of that state named in its telling, and
    each leader's visit to a state, with no one of that state among its parties, gets the state's one named leader
    as its host; any other visit still to come, the one person of that state the visitor is told in touch with."""
    for draft in drafts:
        _drop_named_hosts_state(draft, table)
        visit = next((m for m in draft.mentions if m.mode == "visit"), None)
        if visit is None:
            continue
        parties = [a for a in (table.get(p) for p in draft.participants()) if a is not None]
        visitors = [a for a in (table.get(p) for p in visit.actor) if a is not None]
        states = [a.country for a in parties if a.kind is ActorKind.COUNTRY and a.id in visit.recipient]
        if len(states) != 1:
            continue
        if any(a.kind is ActorKind.PERSON and a.country == states[0] for a in parties):
            continue  # the text says whom the visitor met there
        leader = the_states_leader(table, states[0])
        if any(is_leader(v) for v in visitors) and leader is not None:
            draft.rules.append("party.visit-host-leader")
            visit.add(visit.recipient, [leader.id])
        elif visit.status in STILL_TO_COME and (host := _one_in_touch(visitors, states[0], draft, drafts, table)):
            draft.rules.append("party.visit-host-in-touch")
            visit.add(visit.recipient, [host])


STILL_TO_COME = (EventStatus.PLANNED, EventStatus.HYPOTHETICAL)


def _one_in_touch(
    visitors: list[Actor], state: str, draft: Draft, drafts: list[Draft], table: ActorTable
) -> str | None:
    """The one person of the visited state whom the article tells in another contact with a visitor, if exactly
    one (rule party.visit-host-in-touch)."""
    ids = {v.id for v in visitors}
    hosts = {
        p
        for other in drafts
        if other is not draft and ids & other.participants()
        for p in other.participants()
        if (a := table.get(p)) is not None and a.kind is ActorKind.PERSON and a.country == state and _in_state_office(a)
    }
    return next(iter(hosts)) if len(hosts) == 1 else None


def _in_state_office(actor: Actor) -> bool:
    """Not "Nepal's opposition leader", "the former foreign minister", "the rebel commander": one in touch with the
    visitor who holds no office of the state does not receive its visitors."""
    words = {w for t in actor.titles for w in t.lower().replace("'", " ").replace("-", " ").split()}
    return not words & NO_STATE_OFFICE_WORDS


def _drop_named_hosts_state(draft: Draft, table: ActorTable) -> None:
    """ "Vogler travelled to Ankara for talks with Foreign Minister Selim Aydin": the venue's state gives way to a
    person of that state the telling names by name in the contact's own clause (rule party.host-person-named). A
    person reached only through a description ("the Turkish minister") or a pronoun may be the wrong one of that
    state, as may one named elsewhere in the sentence ("…, where he met the Mexican president, reminds me of
    President Reagan's trip"): the state stays."""
    spans = [_clause_span(m.trigger) for m in draft.mentions]
    named = {
        a.country
        for p in draft.participants()
        if (a := table.get(p)) is not None
        and a.kind is ActorKind.PERSON
        and a.country is not None
        and a.name not in a.titles
        and any(start <= x.start < end for x in a.mentions for start, end in spans)
    }
    for mention in draft.mentions:
        hosts = [s for s in mention.venue_state if (a := table.get(s)) is not None and a.country in named]
        if not hosts:
            continue
        draft.rules.append("party.host-person-named")
        for role in (mention.actor, mention.recipient, mention.participants):
            role[:] = [p for p in role if p not in hosts]
        mention.venue_state = [s for s in mention.venue_state if s not in hosts]


def _clause_span(trigger: Token) -> tuple[int, int]:
    """The characters of the words a contact's trigger governs: its clause, not the rest of its sentence."""
    return trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
