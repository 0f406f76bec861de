"""Trips the story tells anywhere, and the meetings held on them: a visit and the talks held during it are one
contact, mode visit (LABELLING: `visit` when one party travels to the other's country for the contact).

"Foreign Minister Salas arrived in Hanoi on Monday. … On Tuesday she met the prime minister", "Kallas will pay an
official visit to Latvia on Friday. … Kallas will also meet President Ozols", "Envoy Ruiz is on a visit to Lima.
Foreign Minister Vidal will hold talks with his Chilean counterpart on Wednesday": the trip is told once, in one
sentence, and the talks held on it in others, near or far, with no place of their own or with one in the state the
trip went to (rule mode.on-a-trip-told). A trip is a verb of going with its end ("flew to Hanoi", "arrived in Lima",
"left for Caracas"), or a trip noun with its destination ("a two-day trip to Beijing", "Haniya's visit to Cairo",
"on his first official visit to Estonia").

Left a meeting: talks with someone of a third state (a meeting abroad: "flew to Geneva … met the Iranian foreign
minister"), talks held elsewhere than where the trip went, talks with the traveller's own people only, a trip home,
a trip to a gathering ("flew to Vilnius for the NATO summit"), talks at a different stage than the trip (a trip
still to come does not hold a past meeting).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..geo import Location, present_state
from ..records import Actor, ActorKind, EventStatus
from .actor_table import ActorTable
from .actor_words import doc_sents, sentence_index
from .circumstances import status_of
from .contact_words import MEET_VERBS, NOUN_MODES, RELATIVE_PRONOUNS, SIDELINES, TRAVEL_VERBS, at_a_gathering
from .mentions import Mention
from .parties import subjects_of
from .places import ARRIVAL_VERBS, LEAVING_VERBS, clause_of, destination, place_in, place_of, place_of_verb
from .speakers import PERSON_PRONOUNS, SpeakerResolver
from .when import WEEKDAYS, YEAR

GOING_VERBS = (TRAVEL_VERBS | ARRIVAL_VERBS) - {"return", "come", "stop", "cross"}
"""Verbs of going whose end is where the traveller then was ("returned to Oslo" may be going home, "came to power"
goes nowhere)."""

SETTING_OFF_VERBS = LEAVING_VERBS - TRAVEL_VERBS
"""The verbs of leaving whose end is told after "for" ("left for Caracas on Monday"), or is the place left ("left
Rome"); not "head", a verb of going whose end is told after "to" ("headed to Paris")."""

TRIP_VERBS = GOING_VERBS | SETTING_OFF_VERBS | {"visit"}
"""Verbs that tell a trip: of going, of setting off, "visit"."""

TRIP_NOUNS = frozenset(w for w, mode in NOUN_MODES.items() if mode == "visit") | {"arrival"}
"""Nouns of a trip ("a visit to Lima", "a tour of Asia", "on arrival in Belgrade")."""

ARRIVAL_WORDS = ARRIVAL_VERBS | {"arrival"}
"""Words of arriving, after which the traveller is there ("arrived in Tehran", "on arrival in Belgrade")."""

HELD = frozenset({EventStatus.OCCURRED, EventStatus.ONGOING})
UNSURE = frozenset({EventStatus.HYPOTHETICAL, EventStatus.DENIED})
"""Talks only wished for or denied ("may also meet", "no such meeting took place"): no part of the trip that was
made or is planned."""


@dataclass(frozen=True)
class Trip:
    """A journey the story tells: who went, where to, and whether it was made or is still to come."""

    travellers: frozenset[str]
    where: Location
    status: EventStatus
    there_now: bool
    """Whether the traveller is there as the story is told: arrived, or on a visit under way."""
    recent: bool
    """Whether the trip is told with no time, or a time of the story's days ("on Tuesday"), not "last year"."""
    years: frozenset[str]
    """The years its sentence dates it by ("In 1982 he flew to Boston")."""
    sentence: int


def trips_told(doc: Doc, table: ActorTable, resolver: SpeakerResolver) -> list[Trip]:
    """Every trip the story tells of a party to a place in a known state, one per destination."""
    sents = doc_sents(doc)
    trips: list[Trip] = []
    for token in doc:
        told = _told_trip(token, table, resolver)
        if told is None:
            continue
        ends, travellers, clause, gone = told
        status = status_of(clause if clause.pos_ in ("VERB", "AUX") else token)
        there_now = not gone and (
            status is EventStatus.ONGOING or (status is EventStatus.OCCURRED and _under_way(token, clause))
        )
        for end in ends:
            where = place_of(end)
            if where is not None and where.country is not None:
                here = sentence_index(sents, token.i)
                trips.append(Trip(travellers, where, status, there_now, _recent(token), _years(token), here))
    return trips


def _told_trip(
    token: Token, table: ActorTable, resolver: SpeakerResolver
) -> tuple[list[Token], frozenset[str], Token, bool] | None:
    """The places a word of going tells a trip to, its travellers, the clause telling it, and whether the places are
    ones the traveller left ("left Rome"); None for any other word, a trip to a gathering, or one with no place or
    no traveller known."""
    lemma = token.lemma_.lower()
    gone = False
    if token.pos_ == "VERB" and lemma in TRIP_VERBS and not _going_back(token):
        (ends, gone), travellers, clause = _ends_of_going(token), _subjects(token, table, resolver), token
    elif token.pos_ == "VERB" and lemma == "lead" and (party := _party_led(token)) is not None:
        ends, travellers, clause = _ends_of_trip(party), _subjects(token, table, resolver), token
    elif token.lemma_ == "be" and _for_talks(token) and (there := place_of_verb(token)) is not None:
        ends, travellers, clause = _with_conjuncts(there), _subjects(token, table, resolver), token
    elif token.pos_ == "NOUN" and lemma in TRIP_NOUNS and not _come_back_from(token):
        ends, travellers, clause = _ends_of_trip(token), _trip_makers(token, table, resolver), clause_of(token)
    else:
        return None
    if not ends or not travellers or at_a_gathering(token.sent):  # "flew to Vilnius for the NATO summit"
        return None
    return ends, frozenset(travellers), clause, gone


def _come_back_from(noun: Token) -> bool:
    """ "had just returned from a visit to Hanoi": a trip told as come back from is over."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "from"


def _going_back(verb: Token) -> bool:
    """ "arrived back in Kigali", "flew home": a return, which may be home."""
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home") for c in verb.children)


def _party_led(verb: Token) -> Token | None:
    """ "led a delegation to Belgrade": the party the leader went with."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PARTY_NOUNS), None)


PARTY_NOUNS = frozenset({"delegation", "team", "mission"})
"""Nouns of a party one leads on a trip."""


def _for_talks(be: Token) -> bool:
    """ "was in Mumbai for urgent talks", "is in Lima to meet X": being somewhere for a contact is a trip there."""
    for child in be.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            if any(g.dep_ == "pobj" and g.lemma_.lower() in NOUN_MODES for g in child.children):
                return True
        if child.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            return child.lemma_.lower() in MEET_VERBS
    return False


def _recent(token: Token) -> bool:
    """Whether the sentence telling a trip dates it only by the story's days, if at all ("on Tuesday", "earlier
    this week"), not by a year or a month ("last year", "in 2019")."""
    return all(any(w.lower_ in RECENT_WORDS for w in ent) for ent in token.sent.ents if ent.label_ == "DATE")


def _years(token: Token) -> frozenset[str]:
    """The years named in the dates of the sentence telling a trip."""
    return frozenset(w.text for ent in token.sent.ents if ent.label_ == "DATE" for w in ent if YEAR.fullmatch(w.text))


RECENT_WORDS = frozenset({*WEEKDAYS, "today", "yesterday", "tonight", "week", "weekend", "morning", "evening", "day"})
"""Words of a date within the story's days, or of a trip's length ("a three-day trip")."""


def _under_way(token: Token, clause: Token) -> bool:
    """ "arrived in Tehran", "on arrival in Belgrade", "begins a visit to Israel", "is on a visit to Dhaka": the
    traveller is there from then on, or now."""
    return token.lemma_.lower() in ARRIVAL_WORDS or clause.tag_ in ("VBZ", "VBP")


def _ends_of_going(verb: Token) -> tuple[list[Token], bool]:
    """Where a verb of going went: "flew to Hanoi and Vientiane", "arrived in Lima", "left for Caracas", "visited
    Oman"; or where the traveller was, by leaving it ("has already left Rome", "before departing Kinshasa"); and
    whether the place is one left."""
    lemma = verb.lemma_.lower()
    if lemma in SETTING_OFF_VERBS:
        set_out_for = _place_after(verb, ("for",))
        return _with_conjuncts(set_out_for or _place_left(verb)), set_out_for is None
    if lemma in ARRIVAL_VERBS:
        end = place_of_verb(verb) or _place_after(verb, ("in", "at")) or destination(verb)
    elif lemma == "visit":
        end = next((p for c in verb.children if c.dep_ == "dobj" and (p := place_in(c)) is not None), None)
    else:
        end = destination(verb)
    return _with_conjuncts(end), False


def _place_left(verb: Token) -> Token | None:
    """The place a verb of leaving leaves, as its object ("left Rome"), when it names no place it left for and no
    errand it set out on ("left Oslo for talks with X", "left Oslo to meet X": the talks are not in Oslo)."""
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) or any(
        c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    ):
        return None
    return next((p for c in verb.children if c.dep_ == "dobj" and (p := place_in(c)) is not None), None)


def _ends_of_trip(noun: Token) -> list[Token]:
    """Where a trip noun (or a party led) went: "a trip to Spain, Germany and Chile", "on arrival in Belgrade", "a
    delegation to Belgrade"; the parse may hang the place on the verb ("led a delegation to Belgrade")."""
    preps = ("to", "in") if noun.lemma_.lower() == "arrival" else ("to",)
    end = _place_after(noun, preps)
    if end is None and noun.lemma_.lower() in PARTY_NOUNS:
        end = _place_after(noun.head, preps)
    return _with_conjuncts(end)


def _place_after(head: Token, preps: tuple[str, ...]) -> Token | None:
    """The place named after one of ``preps`` on ``head``."""
    for prep in (c for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in preps):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := place_in(pobj)) is not None:
                return found
    return None


def _with_conjuncts(end: Token | None) -> list[Token]:
    """A place and the places listed with it ("Spain, Germany and Chile")."""
    if end is None:
        return []
    return [end, *(p for c in end.conjuncts if c.i > end.i and (p := place_in(c)) is not None)]


def _subjects(verb: Token, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """Who went: the verb's subjects, or the noun a relative clause hangs on ("Saiki, who arrived in Seoul")."""
    subjects = subjects_of(verb)
    if verb.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        subjects = [verb.head]
    return _named(subjects, table, resolver)


def _named(heads: list[Token], table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """The actors already known that the phrases (and their conjuncts) name, or a person a pronoun stands for: the
    story's actors are not added to by reading its trips, which the contacts' own readings come after."""
    found: list[str] = []
    for head in [h for first in heads for h in (first, *first.conjuncts)]:
        named = [c for c in head.children if c.dep_ == "appos"]  # "the speaker of the parliament, Oleg Markov,"
        if head.lower_ in PERSON_PRONOUNS:
            actor_id = resolver.resolve(head.doc[head.i : head.i + 1])
        else:
            apposed = [a for a in map(table.actor_at, named) if a is not None]
            actor = next((a for a in apposed if a.kind is ActorKind.PERSON), None) or table.actor_at(head)
            actor = actor or next(iter(apposed), None) or table.actor_in(head.doc[head.left_edge.i : head.i + 1])
            actor_id = actor.id if actor is not None else None
        if actor_id is not None and actor_id not in found:
            found.append(actor_id)
    return found


def _trip_makers(noun: Token, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """Who made a trip: its possessor ("Haniya's visit"), its "of"/"by" phrase ("the visit of President X"), else
    the subject of the clause it is told in ("embarked on a trip to Beijing", "is on a visit to Dhaka")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for g in c.children]
    owners = [o for o in owners if o.dep_ in ("poss", "pobj") and place_in(o) is None]
    if owners:
        return _named(owners[:1], table, resolver)
    clause = clause_of(noun)
    return _subjects(clause, table, resolver) if clause.pos_ in ("VERB", "AUX") else []


def trip_of_the_talks(
    mentions: list[Mention],
    parties: list[str],
    place: Location | None,
    status: EventStatus,
    when: Dated,
    trips: list[Trip],
    table: ActorTable,
) -> Trip | None:
    """The trip a meeting of these parties, held at ``place`` (or no place told), was the talks of: one of its
    travellers is a party, it is at the same stage, it went to the state the talks were held in, and the others
    met are of that state or of no state told, not all the traveller's own people (rule mode.on-a-trip-told)."""
    first = mentions[0]
    if any(t.lower_ in SIDELINES for m in mentions for t in m.trigger.sent):
        return None  # "separate meetings with X and Y on the margins of Thursday's meeting"
    sides = {p: _side(table.get(p)) for p in parties}
    held_in = present_state(place.country) if place is not None and place.country is not None else NOWHERE
    sents = doc_sents(first.trigger.doc)
    here = sentence_index(sents, first.trigger.i)
    found = [t for t in trips if _fits(t, sides, held_in, status, here) and _same_time(t, when)]
    states = {_state(t) for t in found}
    hosts = {state for _, state in sides.values() if state in states}
    if len(states) > 1 and len(hosts) == 1:
        found = [t for t in found if _state(t) in hosts]  # "a trip to Spain and Chile … met the Spanish king"
    elif len(states) > 1:
        return None  # several trips, and no one met of one of their states
    return min(found, key=lambda t: (t.sentence > here, abs(here - t.sentence)), default=None)


NOWHERE = ""
"""The state of talks told with no place, or at one of no state known ("Keflavik International Airport"): any
trip's."""

Side = tuple[ActorKind | None, str | None]
"""A party's kind and present state ("SUN" read as "RUS"), each None when not known."""


def _side(actor: Actor | None) -> Side:
    return (actor.kind, present_state(actor.country)) if actor is not None else (None, None)


def _state(trip: Trip) -> str | None:
    return present_state(trip.where.country)


@dataclass(frozen=True)
class Dated:
    """When the talks were told to be: the year, if told, and whether it was weeks before the story."""

    year: str | None
    weeks_before: bool


def _same_time(trip: Trip, when: Dated) -> bool:
    """Talks of another year than the trip's ("summoned by Marcos in August 1972 … In 1982 he flew to Boston"), or
    talks weeks before the story beside a trip of its own days ("landed near Paris … Musk and Macron met on May
    15"), were not held on it."""
    if when.year is not None and trip.years and when.year not in trip.years:
        return False
    return not (when.weeks_before and (trip.there_now or (trip.recent and not trip.years)))


def _same_stage(trip: Trip, status: EventStatus, here: int) -> bool:
    """Talks held on a trip made; talks to come on a trip to come, on one under way ("arrived in Tehran on Wednesday
    … is scheduled to hold talks with X on Thursday"), or on one told as made a few sentences away ("kicked off a
    three-day trip to Japan on Tuesday … his talks with Abe on Thursday")."""
    if status in HELD:
        return trip.status in HELD
    return trip.status not in HELD or trip.there_now or (trip.recent and abs(here - trip.sentence) <= NEAR)


NEAR = 3
"""How many sentences away a trip told as made still holds talks told as to come."""


def _fits(trip: Trip, sides: dict[str, Side], held_in: str | None, status: EventStatus, here: int) -> bool:
    """Whether the talks could be held on the trip."""
    state = _state(trip)
    if status in UNSURE or not _same_stage(trip, status, here) or held_in not in (NOWHERE, state):
        return False
    own = {side[1] for p, side in sides.items() if p in trip.travellers and side[1]}
    others = [side for p, side in sides.items() if p not in trip.travellers]
    if len(others) == len(sides) or state in own:
        return False  # no traveller among the parties, or a trip home
    if not others or any(not _may_host(side, state, own) for side in others):
        return False
    return any(side[1] not in own for side in others)


def _may_host(side: Side, state: str | None, own: set[str]) -> bool:
    """Whether someone met may be a host on a trip to ``state``: one of that state, one of the traveller's own, or a
    person of no state told ("met President Ozols"); not a group or body of no state told ("met opposition
    councillors", "the Chinese business community"), which may be the traveller's own people, nor one of a third
    state (a meeting abroad)."""
    kind, of = side
    if kind is None or of in own or of == state:
        return True
    return of is None and kind is ActorKind.PERSON
