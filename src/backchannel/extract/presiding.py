"""Who is told as sitting in on a contact as its chair or a go-between in the room: "met for three hours, with
the Georgian foreign minister chairing", "again with Hvid in the chair", "with the mediator, Ana Roth, in the room"
(rule party.with-in-the-chair)."""

from __future__ import annotations

from spacy.tokens import Token

from .contact_words import (
    CHAIR_NOUNS,
    GO_BETWEEN_NOUNS,
    MEDIATING_VERBS,
    MESSAGE_VERBS,
    PRESENCE_PHRASES,
    PRESIDING_PHRASES,
    SHUTTLING_VERBS,
)
from .trace import fired

_LONGEST = 12
"""Words at most between "with" and the phrase that tells the presence: a title, a name and an apposition."""
_PHRASES = [(phrase.split(), True) for phrase in PRESIDING_PHRASES] + [
    (phrase.split(), False) for phrase in PRESENCE_PHRASES
]
"""The presence phrases as word lists, each with whether it tells chairing."""
ERRAND_VERBS = MESSAGE_VERBS | SHUTTLING_VERBS | MEDIATING_VERBS | {"go"}
"""Verbs of a go-between's errands "between" two sides: "carrying proposals", "shuttling", "going back and forth"."""


def presiding(word: Token) -> list[Token]:
    """Who a "with X in the chair" or "with X in the room" phrase in the contact's clause names.

    Chairing or presiding makes anyone named a go-between; being in the room or present only one so described
    ("the mediator", "the co-chairs") or named, not a side's own people ("with his lawyer present"), onlookers
    ("with reporters present") or no one in particular ("with a facilitator present")."""
    found: list[Token] = []
    for with_ in (t for t in word.sent if t.lower_ == "with" and _on_the_contact(t, word)):
        told = _presence_after(with_)
        if told is None:
            continue
        end, chairing = told
        who = _named_between(with_, end)
        if who is None or not (chairing or _looks_like_a_go_between(who, with_)):
            continue
        fired("party.with-in-the-chair")
        found.append(who)
    return found


def _on_the_contact(with_: Token, word: Token) -> bool:
    """The "with" hangs on the contact's word, on a verb above it ("agreed to meet …, with X present") or on a
    verb of the clause the contact's noun is a subject or object of ("the session is due to start …, with X in
    the chair")."""
    head = with_.head
    if head.i == word.i or head.is_ancestor(word):
        return True
    return word.dep_ in ("nsubj", "nsubjpass", "dobj") and (word.head.i == head.i or word.head.is_ancestor(head))


def _presence_after(with_: Token) -> tuple[Token, bool] | None:
    """The first word of the phrase after "with" that tells a presence, and whether it tells chairing."""
    doc = with_.doc
    stop = min(with_.i + 1 + _LONGEST, with_.sent.end)
    for i in range(with_.i + 2, stop):
        for words, chairing in _PHRASES:
            if [t.lower_ for t in doc[i : i + len(words)]] == words:
                return doc[i], chairing
        if _errand_between(doc[i]):
            return doc[i], True
        if doc[i].lower_ in ("with", ";") or (doc[i].pos_ == "VERB" and doc[i].tag_ != "VBG"):
            return None
    return None


def _errand_between(word: Token) -> bool:
    """ "resumed talks, with Qatari mediators shuttling between the two delegations", "with a league official
    carrying proposals back and forth between them": a go-between's errands told as going on around the contact make
    whoever runs them its go-between, as chairing does (rule party.with-shuttling-between)."""
    if word.tag_ != "VBG" or word.lemma_.lower() not in ERRAND_VERBS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "between" for c in word.children):
        return False
    fired("party.with-shuttling-between")
    return True


def _named_between(with_: Token, end: Token) -> Token | None:
    """The head of the noun phrase between "with" and the presence phrase: "with" 's object, or the last noun
    before the phrase when the parse took the phrase itself for the object ("with X chairing")."""
    inside = [t for t in with_.doc[with_.i + 1 : end.i] if t.pos_ in ("NOUN", "PROPN")]
    if not inside:
        return None
    objects = [c for c in with_.children if c.dep_ == "pobj" and with_.i < c.i < end.i]
    return objects[0] if objects else inside[-1]


def _looks_like_a_go_between(who: Token, with_: Token) -> bool:
    """A name, a name apposed to a description, or a chair or a go-between by noun; not someone's own ("his
    lawyer") nor people of no office ("reporters")."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in who.children):
        return False
    if who.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in who.children):
        return True
    if who.doc[with_.i + 1].lower_ in ("a", "an", "any", "some"):
        return False  # "wanted talks with a neutral facilitator present": no one in particular
    words = {t.lemma_.lower() for t in who.doc[who.left_edge.i : who.i + 1]}
    return bool(words & (GO_BETWEEN_NOUNS | CHAIR_NOUNS))
