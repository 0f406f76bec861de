"""Lists of counterparts: one session with several, or several past contacts told in one list.

"held phone talks with A and B on Thursday" is one session of the three (rule contact.one-session), though a plural
contact noun with several others is otherwise one contact with each (rule contact.one-per-side). "has met
previously with A, B and C" is the other way round: one verb, but separate past meetings, one with each (rule
contact.each-before), none of them the contact the story is about. "will also meet President A, Speaker B and
Finance Minister C", office holders each in an office of their own, is a planned call on each in turn (rule
contact.each-planned), unless told as one occasion (a day, a place, "at a dinner", "together") or for one
purpose all share ("to discuss Ukraine")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..records import Actor, ActorKind, EventStatus
from .actor_table import ActorTable
from .contact_words import TOPIC_PREPS
from .mentions import Mention
from .news_month import pluperfect
from .trace import fired

SESSION_NOUNS = frozenset({"talks"})
"""Plural contact nouns that name one sitting as well as several: "held talks with A and B" may be one session."""

OCCASION_HEADS = frozenset({"round", "day", "days", "session", "hours"})
"""Nouns that count talks as one occasion: "a second round of talks", "two days of talks with A and B"."""

EARLIER_WORDS = frozenset({"previously", "already", "before", "earlier"})
"""Adverbs telling a contact was had before the one the story is about."""

EARLIER_PHRASES = frozenset({("in", "past"), ("over", "years"), ("on", "occasions")})
"""Preposition and noun of phrases telling the same: "in the past", "over the years", "on several occasions"."""


def one_session(mention: Mention) -> bool:
    """ "held phone talks with A and B on Thursday", "proposed fresh talks on October 21 with Chile and Peru", "two
    days of talks with A and B" (rule contact.one-session): talks dated to one day or counted as one occasion are one
    session of all, not a contact with each. Talks with each in a place of their own ("talks with A in Paris and B
    in Bonn") are not; undated talks ("is conducting talks with India and China") are left to be split."""
    trigger = mention.trigger
    if trigger.lower_ not in SESSION_NOUNS or _places_apart(trigger):
        return False
    counted = trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ in OCCASION_HEADS
    if not (mention.date_text or counted):
        return False
    fired("contact.one-session")
    return True


def _places_apart(trigger: Token) -> bool:
    """ "talks with Juppé in Paris and Kohl in Bonn": a counterpart with a place of its own."""
    withs = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    listed = [t for w in withs for t in [w, *w.conjuncts]]
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") for t in listed for c in t.children)


def each_before(mention: Mention, table: ActorTable) -> list[Mention]:
    """ "who has met previously with former Presidents A, B and C", "having already met his predecessors A, B and
    C" (rule contact.each-before): a contact verb told as earlier (the pluperfect, or a marker such as "previously",
    "in the past": ``_perfect``), undated and with no place, with a list of several
    named people, tells past meetings with each, not one of them all; each is marked as had before the story's
    own contacts. None when the mention is no such list."""
    trigger = mention.trigger
    if trigger.pos_ != "VERB" or mention.status is not EventStatus.OCCURRED or len(mention.actor) != 1:
        return []
    if mention.mode not in ("meeting", "phone", "visit") or mention.date_text or mention.place is not None:
        return []
    if not _perfect(trigger) or _together(trigger) or len(_listed(trigger)) < 2:
        return []
    people = [r for r in mention.recipient if (a := table.get(r)) is not None and a.kind is ActorKind.PERSON]
    if len(people) < 2 or len(people) != len(mention.recipient):
        return []
    fired("contact.each-before")
    return [replace(mention.with_one(mention.actor, one, "contact.each-before"), earlier=True) for one in people]


def each_planned(mention: Mention, table: ActorTable) -> list[Mention]:
    """ "will also meet President A, Vice-President B and Home Minister C", "is scheduled to call on the army chief,
    the central bank governor and the opposition leader" (rule contact.each-planned): a contact verb still to come,
    with a list of three or more people who each hold an office of their own, tells a call on each, as a visitor's
    programme does, not one meeting of all. Not when the verb tells one occasion: a day, a place, an "at" phrase
    ("at a dinner", "at the summit") or "together", nor a purpose all share ("to discuss Ukraine", "for talks on
    trade"), which leaders are met for together; nor with people who share an office ("the ministers A, B and
    C"), who are more likely met as one body."""
    trigger = mention.trigger
    if trigger.pos_ != "VERB" or mention.status is not EventStatus.PLANNED or not mention.actor:
        return []
    if mention.mode not in ("meeting", "visit") or mention.date_text or mention.place is not None:
        return []
    if _together(trigger) or any(c.dep_ == "prep" and c.lower_ in ("at", "on") for c in trigger.children):
        return []
    if _shared_purpose(trigger):
        return []
    if len(_listed(trigger)) < 3:
        return []
    people = [a for r in mention.recipient if (a := table.get(r)) is not None and a.kind is ActorKind.PERSON]
    if len(people) < 3 or len(people) != len(mention.recipient) or not _offices_apart(people):
        return []
    fired("contact.each-planned")
    return [mention.with_one(mention.actor, one.id, "contact.each-planned") for one in people]


def _shared_purpose(verb: Token) -> bool:
    """ "will meet A, B and C to discuss Ukraine", "… for talks on trade": a purpose told on the verb, an
    infinitive or "for" a noun with its topic, that all those met share."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            nouns = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            if any(p.dep_ == "prep" and p.lower_ in TOPIC_PREPS for n in nouns for p in n.children):
                return True
    return False


def _offices_apart(people: list[Actor]) -> bool:
    """Whether each person has a title and no two share one ("President A, Vice-President B")."""
    titles = [{t.lower() for t in a.titles} for a in people]
    return all(titles) and sum(len(t) for t in titles) == len(set().union(*titles))


def _perfect(verb: Token) -> bool:
    """ "had spoken", "has met previously", "has already met", "having met in the past": a contact told as had
    before the story's own, by the pluperfect or by a marker of an earlier time. A present perfect alone ("Pope X
    has met A and B, the Vatican said") is most often the news itself, one meeting of all; "was to have met" is a
    plan that fell through."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return pluperfect(verb) or any(_earlier_marker(c) for c in verb.children)


def _earlier_marker(child: Token) -> bool:
    """ "previously", "already", "before", "in the past", "over the years", "on several occasions" on the verb."""
    if child.dep_ == "advmod":
        return child.lower_ in EARLIER_WORDS
    nouns = [g.lower_ for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
    return any((child.lower_, n) in EARLIER_PHRASES for n in nouns)


def _together(verb: Token) -> bool:
    """ "had met A, B and C together": one meeting of all."""
    return any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in verb.children)


def _listed(verb: Token) -> list[Token]:
    """The coordinated heads the verb's object names ("met A, B and C", "met with A and B", "met his predecessors
    A, B and C"); one name with its description ("the firm's chief executive, A") is one."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children]
    heads = [a for o in objects for a in [o, *(c for c in o.children if c.dep_ == "appos")]]
    return max(([h, *h.conjuncts] for h in heads), key=len, default=[])
