"""A trip told before the contacts held on it: "Labour Minister Anwar Hossain is due in Abu Dhabi on Tuesday for
talks on wages. ¶ … He will also call on the president"; "Envoy Marta Quispe arrived in Hanoi on Monday. Her trip is
the first in a decade. On Tuesday she met the prime minister" (rule place.trip-told-before).

A contact of the traveller told with no place of its own, a few sentences after a trip of the same stage (both held,
or both to come) and with no other town named between them, was held where the trip went. ``place.trip-goes-on``
takes the sentence right after a trip's main verb; this takes trips told by any contact mention with a town (a
visit, a journey for talks, being due somewhere) and the sentences after it up to ``TRIP_SENTENCES``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..geo import gazetteer
from ..records import EventStatus
from .actor_words import doc_sents, place_name, sentence_index
from .lexicon import SPEECH_VERBS
from .mentions import Mention
from .places import place_in
from .trace import fired

TRIP_SENTENCES = 3
"""How many sentences after a trip's telling a contact of the traveller is still told on that trip."""

HELD = frozenset({EventStatus.OCCURRED, EventStatus.ONGOING})
TO_COME = frozenset({EventStatus.PLANNED, EventStatus.HYPOTHETICAL})


def carry_trip_places(mentions: list[Mention]) -> None:
    """Place each in-person contact with no place of its own on the traveller's trip told just before it."""
    trips = [m for m in mentions if m.mode == "visit" and m.place is not None and m.actor and _a_town(m.place)]
    for mention in mentions:
        if mention.place is not None or mention.mode not in ("meeting", "visit", "multilateral"):
            continue
        trip = _trip_before(mention, trips)
        if trip is not None:
            fired("place.trip-told-before")
            mention.rules.append("place.trip-told-before")
            mention.place = trip.place


def _trip_before(mention: Mention, trips: list[Mention]) -> Mention | None:
    """The last trip told before the contact, within ``TRIP_SENTENCES``, of a traveller who is a party to it, at the
    same stage, with no other town named in the sentences between them nor set on the contact."""
    sents = doc_sents(mention.trigger.doc)
    here = sentence_index(sents, mention.trigger.i)
    for trip in reversed([t for t in trips if t.trigger.i < mention.trigger.i]):
        there = sentence_index(sents, trip.trigger.i)
        if here == there or here - there > TRIP_SENTENCES:
            continue
        if not set(trip.actor) & set(mention.participants) or not _same_stage(trip.status, mention.status):
            continue
        town = place_name(trip.place) if trip.place is not None else ""
        between = mention.trigger.doc[sents[there].end : sents[here].start]
        if _another_town(between, town) or _set_elsewhere(mention.trigger, town):
            return None
        return trip
    return None


def _another_town(tokens: Span, town: str) -> bool:
    """Whether the sentences between the trip and the contact name a town other than the trip's: the story has moved
    on ("… then flew on to Hue")."""
    return any((other := _town(t)) is not None and other != town for t in tokens if t.ent_iob_ != "I")


def _set_elsewhere(trigger: Token, town: str) -> bool:
    """Whether the contact's own sentence names another town after "in", "at", "to" or "from" ("Her tour began in
    Tunis on Monday, where she held talks with X", "when he spent four days in Washington and held talks with X");
    not where the news of it was told ("told reporters in Dhaka that he hoped to call on the president")."""
    for token in trigger.sent:
        if token.dep_ != "pobj" or token.head.lower_ not in ("in", "at", "to", "from"):
            continue
        if (other := _town(token)) is None or other == town:
            continue
        teller = token.head.head
        if teller.lemma_.lower() in SPEECH_VERBS or teller.head.lemma_.lower() in SPEECH_VERBS:
            continue  # "told reporters in Dhaka"
        return True
    return False


def _town(token: Token) -> str | None:
    """The name of the town a proper noun names, whatever the tagger called it ("in Tunis", tagged a nationality)."""
    if token.pos_ != "PROPN" or (where := place_in(token)) is None:
        return None
    name = place_name(where)
    return name if gazetteer().is_city(name) else None


def _a_town(place: Token) -> bool:
    """A trip's end that is a town or a country, not a building ("received at Baabda Palace"), which a later
    contact of the same trip need not share."""
    name = place_name(place)
    return gazetteer().is_city(name) or gazetteer().country_of(name) is not None


def _same_stage(trip: EventStatus, contact: EventStatus) -> bool:
    return (trip in HELD and contact in HELD) or (trip in TO_COME and contact in TO_COME)
