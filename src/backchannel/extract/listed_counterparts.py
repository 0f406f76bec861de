"""Counterparts listed after a contact noun's "with" whom the parse hangs elsewhere.

"had bilateral meetings with US President A, Japanese Prime Minister B, French President C and a brief chat with
Pakistani Prime Minister D": the small model may hang B on the holding verb ("B/conj<had"), C as B's apposition and
the chat as C's conjunct, so that only A is read as met. A titled person in such a list, after the noun's own "with"
person, is another counterpart, and so is the person of a brief contact conjoined at the list's end (rule
party.listed-after-with)."""

from __future__ import annotations

from spacy.tokens import Token

from .contact_words import NOUN_MODES
from .lexicon import TITLE_NOUNS
from .trace import fired

BRIEF_CONTACT_NOUNS = frozenset({"chat", "interaction"})
"""Nouns of a brief contact that end a list of counterparts ("and a brief chat with X") though they name no contact
of their own."""

LIST_DEPS = frozenset({"conj", "appos"})
"""Arcs by which the parse hangs a member of a list on a wrong head."""


def listed_after_with(noun: Token) -> list[Token]:
    """The titled people listed after the one person a contact noun is "with", hung by the parse on the holding
    verb, on the noun or on one another (rule party.listed-after-with). Only a list of several that ends with
    "and", each member a person with a title of its own, so that an apposition renaming the person met ("President
    Reed, a former general"; "his counterpart, Foreign Minister B") or a speaker after a comma ("…, Foreign Minister
    B said") is never taken."""
    withs = [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    if len(withs) != 1 or withs[0].conjuncts or not _titled_person(withs[0]):
        return []
    first = withs[0]
    heads = {noun.i, first.i} | ({noun.head.i} if noun.dep_ == "dobj" else set())
    listed: list[Token] = []
    for token in noun.doc[first.i + 1 : noun.sent.end]:
        if token.head.i not in heads or token.dep_ not in LIST_DEPS:
            continue
        if _titled_person(token) and _after_a_list_mark(token):
            listed.append(token)
            heads.add(token.i)
        elif (brief := _brief_contact_with(token)) is not None and listed:
            listed.append(brief)
    ends_with_and = (
        any(t.lower_ == "and" for t in noun.doc[first.i : listed[-1].i] if t.dep_ == "cc") if listed else False
    )
    if not listed or not ends_with_and:
        return []
    fired("party.listed-after-with")
    return listed


def _titled_person(token: Token) -> bool:
    """A person's name with a capitalised title of its own before it: "Japanese Prime Minister Shinzo Abe"."""
    if token.ent_type_ != "PERSON":
        return False
    words = [t for t in token.subtree if t.i < token.i and t.ent_type_ != "PERSON"]
    return any(t.text[:1].isupper() and t.lower_ in TITLE_NOUNS for t in words)


def _after_a_list_mark(token: Token) -> bool:
    """Whether the phrase of ``token`` follows a comma or "and", as a member of a list does."""
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].lower_ in (",", "and")


def _brief_contact_with(token: Token) -> Token | None:
    """The titled person of "and a brief chat with X", "an encounter with X" at a list's end."""
    if token.dep_ != "conj" or (token.lower_ not in BRIEF_CONTACT_NOUNS and token.lower_ not in NOUN_MODES):
        return None
    return next(
        (
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
            if g.dep_ == "pobj" and _titled_person(g)
        ),
        None,
    )
