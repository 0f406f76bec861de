"""Summons: "called in the ambassador", "called the ambassador to the ministry" (a meeting there, not a
call), and a witness called to testify (no contact)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import TITLE_NOUNS
from .parties import subjects_of

COURT_SIDES = frozenset({"prosecution", "prosecutor", "defense", "defence", "court", "judge", "tribunal"})
"""Who calls witnesses: "The prosecution called Col. X" summons someone to testify; no one is telephoned."""


def called_to_testify(verb: Token) -> bool:
    """ "The defence intends to call Bishop X", "called her as a witness", "called him to testify"."""
    subjects = subjects_of(verb) or subjects_of(verb.head)
    if any(s.lemma_.lower() in COURT_SIDES for s in subjects):
        return True
    as_witness = any(c.lower_ == "as" and any(g.lemma_.lower() == "witness" for g in c.children) for c in verb.children)
    return as_witness or any(c.dep_ == "xcomp" and c.lemma_.lower() == "testify" for c in verb.children)


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
