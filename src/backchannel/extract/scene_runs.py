"""Contacts told after their scene was set, in a sentence of their own or later in the one that set it.

"Lee attended the summit in Bangkok and had meetings with four leaders on the sidelines": a bare "on the sidelines"
(no "of …") is the margins of the gathering just named, held where it was (rule place.sidelines-of-the-gathering-
before). "Envoy X met the president in Lima on Monday. … She then met the interior minister. … X also held talks
with the opposition leader": a contact told as the next of a run by the same side ("then", "also", "afterwards",
"in the afternoon") was held where the run's contact before it was, unless the story has moved on between them
to another town or another day, or tells it as background ("had met in 2019") (rule place.run-of-contacts).

Both look at events once they are placed, so that a run goes on from a place found by any rule (the dateline's
city, the host's capital), and each contact placed so carries it on to the next of the run.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..geo import Location, gazetteer
from ..records import Event, EventStatus, Place
from .actor_words import doc_sents, place_name, sentence_index
from .contact_words import GATHERINGS, SIDELINES
from .gathering_scene import SCENE_GATHERINGS, city_of_gathering
from .lexicon import SPEECH_VERBS
from .merging import Draft
from .places import place_in
from .trace import collecting, fired
from .vocabulary import vocabulary

RUN_WORDS: frozenset[str] = vocabulary("places").words("run_words")
DAY_PARTS: frozenset[str] = vocabulary("places").words("day_parts")

IN_PERSON = frozenset({"meeting", "multilateral", "visit"})
HELD = frozenset({EventStatus.OCCURRED, EventStatus.ONGOING})
TO_COME = frozenset({EventStatus.PLANNED, EventStatus.HYPOTHETICAL})

MOVING_PREPS = frozenset({"in", "at", "to", "from", "into", "for", "toward", "towards"})
"""Prepositions naming where someone did something or went: "arrived in Hue", "crossed into Laos", "left Hanoi for
Vientiane"."""

RUN_SENTENCES = 6
"""How many sentences back the run's contact before may be told."""

GATHERING_SENTENCES = 2
"""How many sentences before a bare "on the sidelines" the gathering may be named."""


def place_told_scenes(told: list[tuple[Draft, Event]]) -> None:
    """Place each in-person contact with no place of its own on the sidelines of the gathering named just before,
    or where the run of contacts it goes on was held. ``told`` is in the order of the text."""
    for draft, event in told:
        if event.place is not None or event.mode not in IN_PERSON:
            continue
        with collecting(event.rules):
            found = _sidelines_before(draft) or _run_before(draft, event, told)
        if found is not None:
            event.place = found


def _sidelines_before(draft: Draft) -> Place | None:
    """The city of the gathering named before a contact told "on the sidelines" with no "of …"."""
    for mention in draft.mentions:
        if not _bare_sidelines(mention.trigger):
            continue
        if (city := _gathering_before(mention.trigger)) is not None:
            fired("place.sidelines-of-the-gathering-before")
            return Place(city.name, city.country, city.lat, city.lon)
    return None


def _bare_sidelines(trigger: Token) -> bool:
    """ "had bilateral meetings on the sidelines", "a bilateral on the sidelines": margins told of no gathering."""
    holders = [trigger, trigger.head, *(c for c in trigger.children if c.dep_ in ("dobj", "pobj"))]
    margins = [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "in")
        for g in c.children
        if g.dep_ == "pobj" and g.lower_ in SIDELINES
    ]
    return bool(margins) and not any(c.lower_ == "of" for g in margins for c in g.children)


def _gathering_before(trigger: Token) -> Location | None:
    """The city of the nearest gathering named before the trigger, in its sentence or the few before it ("attended
    the summit in Bangkok", "holds its General Assembly in Lima")."""
    doc = trigger.doc
    sents = doc_sents(doc)
    here = sentence_index(sents, trigger.i)
    start = sents[max(here - GATHERING_SENTENCES, 0)].start
    for token in reversed(doc[start : trigger.i]):
        if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in SCENE_GATHERINGS | GATHERINGS:
            continue
        if (city := city_of_gathering(token) or _city_of_held(token)) is not None:
            return city
    return None


def _city_of_held(gathering: Token) -> Location | None:
    """ "holds its General Assembly in Lima": the city on the verb a gathering is the object of."""
    if gathering.dep_ != "dobj":
        return None
    for prep in (c for c in gathering.head.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (where := place_in(pobj)) is not None and gazetteer().is_city(place_name(where)):
                return gazetteer().locate(place_name(where))
    return None


def _run_before(draft: Draft, event: Event, told: list[tuple[Draft, Event]]) -> Place | None:
    """Where the run's contact before this one was held, when this one is told as its next by the same side."""
    for mention in draft.mentions:
        if not _next_of_a_run(mention.trigger) or _background(mention.trigger):
            continue
        side = set(mention.actor or mention.participants)
        earlier = [
            (m.trigger, e)
            for d, e in told
            if d is not draft and side and side <= set(e.participants)
            for m in d.mentions
            if m.trigger.i < mention.trigger.i
        ]
        if not earlier:
            continue
        before, last = max(earlier, key=lambda pair: pair[0].i)
        if last.place is None or last.mode not in IN_PERSON or not _same_stage(last.status, event.status):
            continue
        if not _same_day(event, last) or _moved_on(before, mention.trigger, last.place):
            continue
        fired("place.run-of-contacts")
        return Place(last.place.name, last.place.country, last.place.lat, last.place.lon)
    return None


def _next_of_a_run(trigger: Token) -> bool:
    """ "He then met X", "She also held talks with Y", "Afterwards, he had a meeting with Z", "In the afternoon, the
    envoy met W": the verb a contact is told by marks it as the next of a run."""
    verb = _verb_of(trigger)
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in RUN_WORDS:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            if any(g.lower_ in DAY_PARTS and any(d.lower_ == "the" for d in g.children) for g in child.children):
                return True
    return False


def _verb_of(trigger: Token) -> Token | None:
    """The verb a contact is told by: its own, or the one its noun is the object of ("held a tour of meetings")."""
    token = trigger
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _background(trigger: Token) -> bool:
    """ "The two had met in 2019", "She has also met Chinese officials": a contact told in a perfect is background
    (another occasion, before the story's), not the next of the run."""
    verb = _verb_of(trigger)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) if verb is not None else False
    return verb is not None and verb.tag_ == "VBN" and perfect


def _same_stage(before: EventStatus, contact: EventStatus) -> bool:
    return (before in HELD and contact in HELD) or (before in TO_COME and contact in TO_COME)


def _same_day(event: Event, before: Event) -> bool:
    """Whether two contacts' dates, where both are told, may be the same day: one's value holds the other's."""
    if event.date is None or before.date is None:
        return True
    return event.date.value.startswith(before.date.value) or before.date.value.startswith(event.date.value)


def _moved_on(before: Token, trigger: Token, place: Place) -> bool:
    """Whether the story moves on between the run's contact before and this one: a day told in the sentences
    between them ("On Tuesday, …"), or a town or state other than the run's named as where someone did something,
    between them or in the contact's own sentence ("He then flew to Hue"); not where its news was told ("told
    reporters in Dhaka")."""
    doc = trigger.doc
    sents = doc_sents(doc)
    first, last = sentence_index(sents, before.i), sentence_index(sents, trigger.i)
    if last - first > RUN_SENTENCES:
        return True
    if any(t.ent_type_ == "DATE" for s in sents[first + 1 : last] for t in s):
        return True
    return any(_elsewhere(t, place) for t in doc[before.i + 1 : sents[last].end])


def _elsewhere(token: Token, place: Place) -> bool:
    """A town or state other than ``place`` named after "in", "at", "to", "from", "into" or "for" on a verb."""
    if token.dep_ != "pobj" or token.head.lower_ not in MOVING_PREPS:
        return False
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in SPEECH_VERBS:
        return False
    if (where := place_in(token)) is None:
        return False
    name = place_name(where)
    if name == place.name:
        return False
    if gazetteer().is_city(name):
        return True
    state = gazetteer().country_of(name)
    return state is not None and state != place.country
