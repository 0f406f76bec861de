"""Summons: "called in the ambassador", "called the ambassador to the ministry", "summoned the ambassador" (a
meeting there, not a call), and a witness called to testify or a suspect summoned for questioning (no contact)."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorKind
from .actor_table import ActorTable
from .contact_words import HEARING_NOUNS, PROTEST_ERRANDS
from .lexicon import TITLE_NOUNS
from .parties import person_like, subjects_of

COURT_SIDES = frozenset({"prosecution", "prosecutor", "defense", "defence", "court", "judge", "tribunal"})
"""Who calls witnesses: "The prosecution called Col. X" summons someone to testify; no one is telephoned."""


def called_to_testify(verb: Token) -> bool:
    """ "The defence intends to call Bishop X", "called her as a witness", "called him to testify"."""
    subjects = subjects_of(verb) or subjects_of(verb.head)
    if any(s.lemma_.lower() in COURT_SIDES for s in subjects):
        return True
    as_witness = any(c.lower_ == "as" and any(g.lemma_.lower() == "witness" for g in c.children) for c in verb.children)
    return as_witness or any(
        c.dep_ == "xcomp"
        and (
            c.lemma_.lower() == "testify"
            or any(g.dep_ == "dobj" and g.lemma_.lower() == "evidence" for g in c.children)
        )
        for c in verb.children
    )  # "called him to testify", "to summon Markov to give evidence"


def summoned_to_a_hearing(verb: Token) -> bool:
    """ "summoned him for questioning", "was summoned to court", "summoned before the tribunal" (rule
    contact.summon.hearing): a witness or a suspect answers a court or the police; no one holds talks."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("for", "to", "before")
        and any(g.dep_ in ("pobj", "pcomp") and {g.lemma_.lower(), g.lower_} & HEARING_NOUNS for g in c.children)
        for c in verb.children
    )


def summoned_in_protest(verb: Token) -> bool:
    """ "summoned the ambassador to complain about the raid", "to protest against the curbs", "in protest", "to lodge
    a protest" (rule contact.summon.protest): a summons made to protest is told as an accusation, as PLOVER codes it,
    not as a consultation."""
    errands = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)]
    errands += [g for e in errands for g in e.children if g.dep_ == "dobj"]  # "to lodge a protest"
    # "in protest", which the parse may hang on the one summoned
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    errands += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    return any(e.lemma_.lower() in PROTEST_ERRANDS for e in errands)


def summons_a_person(verb: Token, table: ActorTable) -> bool:
    """ "summoned the ambassador, X", "would summon Tarasov to explain it", "the envoy was summoned by the foreign
    minister" (rule contact.verb.summon): one who summons a person meets him, in his office or ministry. Summoning a
    body, a thing or a force ("summoned parliament", "summoned help", "summoned the courage") is no meeting, and one
    summoned by no one named ("was summoned to Vienna") has no one to meet."""
    summoned = [c for c in verb.children if c.dep_ == "dobj"]
    summoned += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(
        person_like(t)
        and (
            t.ent_type_ not in ("ORG", "GPE", "NORP")
            or ((a := table.actor_at(t)) is not None and a.kind is ActorKind.PERSON)
        )
        for t in summoned
    )


SUMMONING_PLACES = frozenset({"ministry", "office", "palace", "headquarters", "embassy", "residence", "department"})
"""Where one is called to in person: "called the ambassador to the ministry" summons him there."""


def called_in(verb: Token) -> bool:
    """ "called the Indian ambassador to the ministry", "called in the ambassador" (rule contact.call.summoned):
    someone called to a place of office, or called in, is summoned to meet there, not telephoned."""
    return bool(summoned_in(verb)) or (
        any(c.dep_ in ("dobj", "oprd") for c in verb.children)
        and any(
            c.dep_ == "prep" and c.lower_ == "to" and g.dep_ == "pobj" and g.lemma_.lower() in SUMMONING_PLACES
            for c in verb.children
            for g in c.children
        )
    )


def summoned_in(verb: Token) -> list[Token]:
    """Whom "called in the ambassador" summons: the parse may make "in" a preposition and him its object."""
    ins = [c for c in verb.children if c.lower_ == "in" and c.dep_ in ("prep", "prt")]
    if not ins:
        return []
    called = [g for c in ins for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prt" for c in ins):
        called += [c for c in verb.children if c.dep_ == "dobj"]
    return [g for g in called if g.lemma_.lower() in TITLE_NOUNS or g.ent_type_ == "PERSON"]
