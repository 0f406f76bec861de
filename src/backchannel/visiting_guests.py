"""A guest called "visiting": "met visiting Japanese Prime Minister X", "talks with visiting US lawmakers",
"Visiting X called on Y".

The world's press writes the guest of a meeting as "visiting X", and the small English parser reads "visiting" there
as a verb whose object is X ("met [while] visiting X"), so that the meeting loses its other side. After the
parser, ``visiting_guests`` makes such a "visiting" a modifier of X and X the object of what came before it: the
verb of meeting or receiving, or the preposition ("with", "on", "for", "by"). A sentence's opening "Visiting" that
the parse made a clause of its own ("Visiting X called on Y") becomes a modifier of the subject it stands before.
A "visiting" after any other word, or whose object is no person ("after visiting Japan", "spent the week visiting
factories"), is left a verb.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .extract.lexicon import TITLE_NOUNS
from .extract.person_words import PEOPLE_NOUNS

RECEIVING_VERBS = frozenset({"meet", "receive", "welcome", "host", "greet", "see", "brief", "entertain"})
"""Verbs whose object may be a guest written "visiting X" (lemmas)."""
GUEST_PREPOSITIONS = frozenset({"with", "on", "for", "by", "to", "among", "between"})
"""Prepositions before a guest written "visiting X": "talks with", "called on", "a dinner for", "received by"."""
PERSON_ENTITIES = frozenset({"PERSON", "NORP"})
NAME = "visiting_guests"


@Language.component(NAME)
def visiting_guests(doc: Doc) -> Doc:
    for word in doc:
        if (visitor := _visitor_before(word)) is not None:
            word.head = visitor  # "Visiting Afghan Foreign Minister X called on Y": X is the one visiting
            word.dep_ = "amod"
            continue
        guest = _guest(word)
        if guest is None:
            continue
        above = word.head
        for child in list(word.children):
            if child.i != guest.i:
                child.head = above  # "on Saturday" said of the meeting, not of the guest
        guest.head = above
        guest.dep_ = "pobj" if above.pos_ == "ADP" else "dobj"
        word.head = guest
        word.dep_ = "amod"
    return doc


def _visitor_before(word: Token) -> Token | None:
    """The subject a sentence's opening "Visiting" describes, which the parse took for a clause of its own with no
    object: "Visiting Afghan Foreign Minister X called on Y"."""
    if word.lower_ != "visiting" or word.i != word.sent.start or word.dep_ != "advcl" or list(word.children):
        return None
    subject = next((c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != word.i + 1 or not _a_person(word.doc[word.i + 1 : subject.i + 1]):
        return None
    return subject


def _guest(word: Token) -> Token | None:
    """The person ``word`` ("visiting") calls a guest, when the parse took it for a verb right after a verb of
    receiving or a preposition."""
    if word.lower_ != "visiting" or word.tag_ != "VBG" or word.dep_ not in ("advcl", "pcomp", "xcomp", "acl"):
        return None
    above = word.head
    if above.i != word.i - 1:
        return None
    if not (
        (above.pos_ == "VERB" and above.lemma_.lower() in RECEIVING_VERBS)
        or (above.pos_ == "ADP" and above.lower_ in GUEST_PREPOSITIONS)
    ):
        return None
    guest = next((c for c in word.children if c.dep_ == "dobj" and c.left_edge.i == word.i + 1), None)
    if guest is None or not _a_person(word.doc[word.i + 1 : guest.i + 1]):
        return None
    return guest


def _a_person(words: Span) -> bool:
    """A person or people: a name, a nationality before a title, a title or people noun ("visiting lawmakers")."""
    head = words[-1]
    if head.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return (
        any(t.ent_type_ in PERSON_ENTITIES for t in words)
        or head.lemma_.lower() in TITLE_NOUNS
        or head.lemma_.lower() in PEOPLE_NOUNS
    )


def called_visiting(name: Span) -> bool:
    """Whether a name is written as a guest's: "visiting Japanese Prime Minister X", "the visiting X"."""
    return any(c.lower_ == "visiting" and c.dep_ == "amod" for t in name for c in t.children)
