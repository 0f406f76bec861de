"""Counterparts given as some of several contacts, by name after "including with".

"will hold five bilateral meetings on Tuesday, including with A, B and C": the contacts the story names are one with
each of them; the rest are only counted (rule party.including-with)."""

from __future__ import annotations

from spacy.tokens import Token

from .trace import fired


def included_with(noun: Token) -> list[Token]:
    """ "will hold five bilateral meetings on Tuesday, including with President A, Prime Minister B and C", "held
    several calls, including with X" (rule party.including-with): plural contacts whose counterparts are given as
    some of them, by name, after "including with" (the parse hangs the phrase on the noun or on the verb holding
    it). Each is a counterpart, so the contacts are one with each (contact.one-per-side); the rest, only counted,
    are no one. Not topics ("including on trade"), which no "with" brings, nor a "with" of no name."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return []
    hosts = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    listed = [
        t
        for h in hosts
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "including" and p.i > noun.i
        for w in p.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for g in w.children
        if g.dep_ == "pobj"
        for t in (g, *g.conjuncts)
    ]
    if not any(t.pos_ == "PROPN" for t in listed):
        return []
    fired("party.including-with")
    return listed
