"""Contacts told by time spent together: a spell of talks, a seat beside or across from someone, time on the
phone with them, a handshake, or time spent somewhere in their company."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorKind
from .actor_table import ActorTable
from .actor_words import owners_named
from .contact_words import COUNTING_NOUNS, MEMBER_NOUNS, NOUN_MODES, SHARED_SEATS
from .party_nouns import counted_pair, of_a_nationality
from .person_words import PEOPLE_NOUNS
from .trace import fired

SPELLS = frozenset(
    {"afternoon", "morning", "evening", "day", "hour", "night", "week", "time", "minute", "weekend"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
"""Stretches of time spent with someone: "spent the afternoon with X"."""


PORTIONS = frozenset({"most", "much", "part", "all", "rest", "half"})
"""Words for a share of a stretch of time: "spent most of the day with X"."""


def is_spell(noun: Token) -> bool:
    """A stretch of time, or a share of one: "the afternoon", "two hours", "most of the day"."""
    if noun.lemma_.lower() in SPELLS:
        return True
    return noun.lower_ in PORTIONS and any(
        g.lemma_.lower() in SPELLS for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    )


def names_a_contact(noun: Token) -> bool:
    """A noun of contact, as written or by its lemma: "talks", "meetings"."""
    return noun.lower_ in NOUN_MODES or noun.lemma_.lower() in NOUN_MODES


def for_a_spell_of_talks(verb: Token) -> bool:
    """ "flew to Oslo for three days of talks with X", "for a round of meetings": the contact counted is the trip's
    purpose as "for talks" is (rule contact.travel.for-a-spell-of-talks)."""
    found = any(
        names_a_contact(t)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in COUNTING_NOUNS
        for of in g.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for t in of.children
        if t.dep_ == "pobj"
    )
    if found:
        fired("contact.travel.for-a-spell-of-talks")
    return found


def sat_a_spell(verb: Token) -> bool:
    """ "sat for three hours with X": sitting a stretch of time long."""
    return any(is_spell(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children)


def with_a_party(verb: Token, table: ActorTable) -> bool:
    """A "with" phrase of the verb that names an actor the text knows (a person, a body, a state), a noun
    apposed to one ("with her Danish counterpart, Lars Holm"), or people of a nationality ("with the Kenyan and
    Somali delegations")."""
    return any(
        table.actor_at(g) is not None
        or any(a.dep_ == "appos" and table.actor_at(a) is not None for a in g.children)
        or (g.lemma_.lower() in PEOPLE_NOUNS | {"delegation"} and of_a_nationality(g))
        or _members_of_an_actor(g, table)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _members_of_an_actor(noun: Token, table: ActorTable) -> bool:
    """ "with officials of the Polish Agency for Foreign Investment", "with the leadership of the miners'
    federation": people told by the body the text knows that they belong to (rule contact.verb.spent-with-members)."""
    if noun.lemma_.lower() not in MEMBER_NOUNS:
        return False
    if any(table.actor_at(b) is not None for b in owners_named(noun)):
        fired("contact.verb.spent-with-members")
        return True
    return False


SETTING_PLACE_PREPS = frozenset({"on", "at", "in", "aboard", "over"})
"""Prepositions of where a spell was spent, on whose noun the parse may hang "with X": "on a yacht with X"."""


def with_in_setting(verb: Token, table: ActorTable) -> list[Token]:
    """ "spent the afternoon on a chartered yacht with the minister, X", "on a yacht in the northern islands with X": a
    person the parse hangs, with "with", on the noun of where the spell was spent, or on a place named in that phrase
    (up to three phrases down), is whom it was spent with (rule contact.spend.with-in-setting)."""
    nouns = [
        noun
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in SETTING_PLACE_PREPS
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]
    for _ in range(3):
        found = [
            g
            for noun in nouns
            for with_ in noun.children
            if with_.dep_ == "prep" and with_.lower_ == "with"
            for g in with_.children
            if g.dep_ == "pobj" and any(_a_person(t, table) for t in [g, *(a for a in g.children if a.dep_ == "appos")])
        ]
        if found:
            fired("contact.spend.with-in-setting")
            return found
        nouns = [
            g
            for noun in nouns
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in SETTING_PLACE_PREPS
            for g in prep.children
            if g.dep_ == "pobj"
        ]
    return []


def _a_person(token: Token, table: ActorTable) -> bool:
    return (actor := table.actor_at(token)) is not None and actor.kind is ActorKind.PERSON


PHONE_LINES = frozenset({"phone", "telephone", "line", "hotline"})
"""What one is "on" when calling: "on the phone with X", "on the line to X"."""
FACING_WORDS = frozenset({"across", "opposite"})
"""Words by which one sits facing someone: "sat across from X", "sat opposite X"."""


def _on_a_line(verb: Token) -> list[Token]:
    """The line in "on the phone", "on the line" hung on the verb."""
    return [
        line
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for line in c.children
        if line.dep_ == "pobj" and line.lemma_.lower() in PHONE_LINES
    ]


def on_the_phone_with(verb: Token) -> list[Token]:
    """The "with" phrases the parse hangs on "the phone" in "spent an hour on the phone with X"."""
    return [g for line in _on_a_line(verb) for g in line.children if g.dep_ == "prep" and g.lower_ == "with"]


def on_the_phone_with_a_party(verb: Token, table: ActorTable) -> bool:
    """ "on the phone with X", the "with" hung on the phone or on the verb, X a party the text names."""
    on_the_line = any(
        table.actor_at(g) is not None for w in on_the_phone_with(verb) for g in w.children if g.dep_ == "pobj"
    )
    return on_the_line or (bool(_on_a_line(verb)) and with_a_party(verb, table))


def sat_facing(verb: Token, table: ActorTable) -> list[Token]:
    """Whom one sat facing, when the text names them: "sat across (the table) from X", "sat opposite X"."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
    if not words & FACING_WORDS:
        return []
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "opposite")]
    # "sat across a table from X" (the parse may hang "from" on the table), "sat opposite X"
    preps += [
        g for c in verb.children if c.lower_ == "across" for t in c.children for g in t.children if g.lower_ == "from"
    ]
    return [g for c in preps for g in c.children if g.dep_ == "pobj" and table.actor_at(g) is not None]


TABLE_PREPS = frozenset({"at", "across", "around", "round", "in", "into"})
"""Prepositions of a table sat at or a room sat in together: "at the same table", "across a table", "around the
table", "in the same room", "into one room"."""
ONE_TABLE_WORDS = frozenset({"same", "one", "single"})
"""Words that make a table one shared: "at the same table", "at one table" (not "at a corner table", alone)."""


def at_one_table(verb: Token) -> bool:
    """ "sat at one table", "spent five hours at the same table", "sat across a green baize table", "around the
    table sat X, Y and Z", "sat in the same room": sitting with others at a shared table or in one room, as
    negotiators do (rule contact.verb.at-one-table). "Sat at a table in the lobby" or "in the room" is anyone's seat,
    and "around her table sat X and Y" names only a host's guests, the host left out."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "advmod", "prt") or prep.lower_ not in TABLE_PREPS:
            continue
        for table in prep.children:
            if table.dep_ != "pobj" or table.lemma_.lower() not in SHARED_SEATS:
                continue
            shared = any(c.lower_ in ONE_TABLE_WORDS for c in table.children if c.dep_ in ("amod", "nummod", "det"))
            owned = any(c.dep_ == "poss" for c in table.children)
            around = prep.lower_ in ("across", "around", "round") and table.lemma_.lower() == "table"
            if shared or (around and not owned):
                return True
    return False


def shook_hands(verb: Token, preps: set[str]) -> str | None:
    """ "shook hands with the envoy", "the two leaders shook hands": a meeting in person (rule
    contact.verb.shook-hands); "shook the market" or "shook his head" is none."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in verb.children):
        return None
    if "with" in preps or any(c.dep_ == "nsubj" and counted_pair(c) for c in verb.children):
        fired("contact.verb.shook-hands")
        return "meeting"
    return None
