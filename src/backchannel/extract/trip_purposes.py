"""A trip and what it was for, as one contact: "visited Moscow to meet officials", a summit trip, a visit told
again, a pair named by a definite description."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..records import Actor, ActorKind, EventStatus
from .actor_table import ActorTable
from .circumstances import date_text_of, invitation_refused, said_again
from .mentions import Mention
from .places import finer_place


def _stage(status: EventStatus) -> str:
    return {EventStatus.OCCURRED: "real", EventStatus.ONGOING: "real", EventStatus.DENIED: "real"}.get(status, "future")


def _retells(host: Mention, conj: Mention) -> bool:
    """A conjoined contact verb is part of the first contact when it is a visit's talks or meets no one new; not a
    call after a meeting or a visit ("met in Brussels on April 27 and spoke by telephone on the 15th"), nor one said
    to come again (rule merge.conjoined-call), nor one denied beside one held (rule merge.denied-with-another)."""
    if (conj.mode == "phone" and host.mode != "phone") or said_again(conj.trigger):
        conj.rules.append("merge.conjoined-call")
        return False
    if (conj.status is EventStatus.DENIED) != (host.status is EventStatus.DENIED):
        conj.rules.append("merge.denied-with-another")  # "visited Lima …, but he did not meet the rebels"
        return False
    return host.mode == "visit" or set(conj.recipient) <= set(host.participants)


def _summit_trip(trip: Mention) -> None:
    """ "flew to Vilnius for the NATO summit": the trip is the body's summit, and Lithuania only its venue."""
    trip.rules.append("merge.summit-trip")
    trip.mode = "multilateral"
    for role in (trip.recipient, trip.participants):
        role[:] = [p for p in role if p not in trip.venue_state]
    trip.venue_state = []


def _definite_pair(actor: Actor | None) -> bool:
    """ "the two", "both men", "the two ministers": people already named, as a group."""
    return (
        actor is not None
        and actor.kind is ActorKind.GROUP
        and re.match(r"(?i)(the two|both)\b", actor.name) is not None
    )


def _contrasted(mention: Mention, host: Mention) -> bool:
    """A "while" clause of other people is set beside the contact, not its purpose (rule merge.while-others); a
    "when" clause may tell the same occasion ("refused to meet Obama when the U.S. president visited Cuba")."""
    marks = {c.lower_ for c in mention.trigger.children if c.dep_ == "mark"}
    if mention.trigger.dep_ != "advcl" or not marks & {"while", "whereas"}:
        return False
    return not set(mention.participants) & set(host.participants)


def _trip_told_by_the_copula(be: Token, by_token: dict[int, Mention]) -> Mention | None:
    """ "is due in Lisbon on Monday to meet X ahead of the summit": the parser hangs the purpose on "is", beside the
    trip told by "due" or "expected" (rule merge.purpose-beside-the-trip)."""
    trip = next((by_token[c.i] for c in be.children if c.dep_ == "acomp" and c.i in by_token), None)
    return trip if trip is not None and trip.mode == "visit" else None


def _the_last_time(trigger: Token) -> Token | None:
    """ "The last time Lind met Ruiz was in March", "as the two last met in Oslo in July": the contact told as the
    one before, an earlier occasion than the story's own, neither its purpose nor the same contact (rule
    merge.the-last-time). The clause that tells that occasion: the verb, or the one "the last time" is the subject
    of."""
    if trigger.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ == "last" for c in trigger.children):
        return trigger
    time = trigger.head
    told_before = (
        trigger.dep_ == "relcl"
        and time.lemma_.lower() == "time"
        and any(c.dep_ == "amod" and c.lower_ in ("last", "previous") for c in time.children)
    )
    return time.head if told_before else None


def _mark_the_last_time(mentions: list[Mention]) -> None:
    """Mark the contact told as the one before, and those told in its clause ("last visited Damascus in January,
    when he held talks with Khoury": the talks of that visit), as the earlier occasion (rule merge.the-last-time)."""
    for m in mentions:
        if m.status is not EventStatus.OCCURRED or (clause := _the_last_time(m.trigger)) is None:
            continue
        for x in mentions:
            if clause.left_edge.i <= x.trigger.i <= clause.right_edge.i and not told_as_the_last_time(x):
                x.rules.append("merge.the-last-time")
        if m.date_text is None and clause is not m.trigger:
            m.date_text = date_text_of(clause)  # "The last time Lind met Ruiz was in March"


def told_as_the_last_time(m: Mention) -> bool:
    """Whether ``m`` tells the occasion before the story's own (rule merge.the-last-time)."""
    return "merge.the-last-time" in m.rules


def beside_a_refusal(refused: Mention, m: Mention) -> bool:
    """ "have turned down invitations to meet X when he visits Cairo next week", "will refuse to see Y when she comes
    to Lima": a contact still to come, told in a time clause on one refused (or on the verb that turns down its
    invitation), goes ahead without it; two contacts (rule merge.refused-during-a-visit). One told as held there
    ("refused to meet X when he visited Cuba") tells the occasion of the refusal, and is folded as before."""
    if refused.status is not EventStatus.DENIED or m.trigger.dep_ != "advcl":
        return False
    if m.status not in (EventStatus.PLANNED, EventStatus.HYPOTHETICAL):
        return False
    turned_down = invitation_refused(refused.trigger)
    return m.trigger.head.i == refused.trigger.i or (turned_down is not None and m.trigger.head.i == turned_down.i)


def fold_purposes(mentions: list[Mention], table: ActorTable) -> list[Mention]:
    """ "visited Moscow to meet with officials": the meeting is the visit's purpose, one event. A definite group
    there ("received Vidal, and the two discussed …") is the host's own people, no party of its own."""
    by_token = {m.trigger.i: m for m in mentions}
    out: list[Mention] = []
    _mark_the_last_time(mentions)
    for m in mentions:
        head = m.trigger.head
        host = by_token.get(head.i) if m.trigger.dep_ in ("advcl", "xcomp", "conj", "acl") else None
        via_copula = False
        if host is None and m.trigger.dep_ == "advcl" and head.lemma_ == "be":
            host = _trip_told_by_the_copula(head, by_token)  # "is due in Lisbon on Monday to meet X"
            via_copula = host is not None
        leg = "contact.noun.earlier-leg" in m.rules  # "arrived in Lima following a visit to Chile": a trip of its own
        if host is None and m.trigger.dep_ == "pobj" and head.dep_ == "prep" and not leg:
            host = by_token.get(head.head.i)  # "visited ... with discussions focusing on Ukraine"
        if host is not None and m.trigger.dep_ == "conj" and not _retells(host, m):
            host = None  # "met with workers and spoke with the company's chief": two contacts
        if host is not None and _contrasted(m, host):
            m.rules.append("merge.while-others")
            host = None  # "X hosted Y in Moscow, while Z received W in Istanbul": other people, another contact
        if host is not None and _stage(host.status) != _stage(m.status) and m.trigger.dep_ in ("pobj", "conj"):
            host = None  # "agreed in a phone call to resume visits": the visits are to come, the call took place
        if host is not None and beside_a_refusal(host, m):
            m.rules.append("merge.refused-during-a-visit")
            host = None  # "turned down invitations to meet X when he visits Cairo": X's visit is still to come
        if host is not None and (host.earlier != m.earlier or told_as_the_last_time(host) != told_as_the_last_time(m)):
            host = None  # "met X on Monday, having already met A, B and C": past meetings, not Monday's purpose
        # "gathered in Kuala Lumpur for a two-day ASEAN summit": a gathering's purpose is that gathering
        gathering = host is not None and host.mode == m.mode == "multilateral"
        if host is not None and host is not m and (host.mode in ("visit", "meeting", "phone") or gathering):
            folded = [*m.rules, "merge.purpose"] + (["merge.purpose-beside-the-trip"] if via_copula else [])
            host.rules += [r for r in folded if r not in host.rules]
            if host.mode == "visit" and "party.body-summit-venue" in m.rules:
                _summit_trip(host)
            own = [p for p in m.participants if not _definite_pair(table.get(p))]
            host.add(host.recipient, [p for p in m.recipient if p not in host.actor and p in own])
            host.add(host.actor, [p for p in m.actor if p not in host.participants and p in own])
            host.topics += [t for t in m.topics if t not in host.topics]
            host.place = finer_place(host.place, m.place)
            host.date_text = host.date_text or m.date_text
            continue
        out.append(m)
    return out
