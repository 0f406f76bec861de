"""The body a person quoted speaks for, as a side of a contact: "the association had asked to meet the minister".

A chairman or spokesman telling of a contact of the body they speak for names it by a bare noun ("the union",
"the local", "the group") or by a possessive ("his organisation", "her members"), and the body itself only in their
own description: "Ray Moss, president of Local 12 of the Harbour Workers", "Ana Ruiz, who chairs the Lakeside
Traders' Association", "The chairman of the Lake Fishers' Union, Jon Ek, said …". Left alone, such a side is a body
called "union", or no side at all, and the speaker stands in for it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .actor_words import doc_sents, sentence_index
from .contact_words import GENERIC_BODY_NOUNS, LEADING_VERBS, SPEAKER_BODY_NOUNS
from .lexicon import MEMBER_BODY_NOUNS, SPEECH_VERBS, TITLE_NOUNS
from .member_bodies import BODY_STOPS, the_body
from .speakers import SpeakerResolver
from .trace import fired

DESCRIBED_WITHIN = 8
"""How many sentences back the speaker's own description (with the body's name) may be."""
CIVIL_BODY_NOUNS = (SPEAKER_BODY_NOUNS - GENERIC_BODY_NOUNS) | MEMBER_BODY_NOUNS
"""What a body called only "the group" or "his organisation" is: an association, a union, a federation; not a
ministry its spokesman speaks for ("the group" there is someone else)."""
KIND_WORDS = {"union": {"union", "local"}}
"""A union's branch is its local: "the union" said by the president of "Local 12 of the Harbour Workers"."""
TITLE_PREPS = frozenset({"of", "for", "with", "at"})


def speakers_body(node: Token, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """The body a party phrase "the union", "his organisation", "her members" stands for, when the person who tells
    of the contact (the subject of the reporting verb above it, or the owner "his", "her") is described as leading or
    speaking for a body of that kind (rule party.speakers-body): that body, and with a possessive the person too
    ("his organisation had written to request a meeting": the chairman wrote for it)."""
    noun = node.lemma_.lower()
    if noun not in SPEAKER_BODY_NOUNS or node.pos_ not in ("NOUN", "ADJ") or node.dep_ == "amod":
        return []  # "the local" may be tagged an adjective standing for its noun
    children = list(node.children)
    only = children[0] if len(children) == 1 else None
    owner = only if only is not None and only.dep_ == "poss" and only.lower_ in ("his", "her") else None
    if owner is None and (only is None or only.dep_ != "det" or only.lower_ != "the"):
        return []  # "the union's leaders", "the association in Savannah", "members": not the bare body
    if owner is not None:
        person = table.get(resolver.resolve(node.doc[owner.i : owner.i + 1]))
        descriptions: list[Token] = []
    else:
        subject = _teller(node)
        if subject is None:
            return []
        person = table.get(resolver.resolve(node.doc[subject.left_edge.i : subject.right_edge.i + 1]))
        descriptions = [subject]
    if person is None or person.kind is not ActorKind.PERSON:
        return []
    descriptions += _mentions_before(person, node, table)
    phrases = [p for t in descriptions for p in _bodies_described(t) if _of_the_kind({w.lower_ for w in p}, noun)]
    # a body named, not only described: "the local chamber of commerce" is no better a side than "the chamber"
    named = next((p for p in phrases if any(t.text[:1].isupper() for t in p if t.pos_ != "DET")), None)
    body = the_body(named, table, resolver) if named is not None else _its_body(descriptions, noun, resolver, table)
    if body is None and not phrases:
        return []
    fired("party.speakers-body")
    if body is None:
        # "Ana Ruiz, secretary of the mill workers' union, said the union had asked …": the body has no name to
        # give, so the one who speaks for it stands beside its noun
        own = resolver.resolve(node.doc[node.left_edge.i : node.i + 1])
        return [p for p in (own, person.id) if p is not None]
    return [body, person.id] if owner is not None else [body]


def _teller(node: Token) -> Token | None:
    """The subject of the reporting verb whose clause holds ``node``: "He said the local had asked …": he."""
    token = node
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in SPEECH_VERBS:
            return next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        token = token.head
    return None


def _mentions_before(person: Actor, node: Token, table: ActorTable) -> list[Token]:
    """The person's mentions before ``node``, nearest first, within the sentences the description may be in."""
    sentences = doc_sents(node.doc)
    start = sentences[max(sentence_index(sentences, node.i) - DESCRIBED_WITHIN, 0)].start
    return [t for t in reversed(node.doc[start : node.i]) if table.actor_at(t) is person]


def _bodies_described(token: Token) -> list[Span]:
    """The phrases naming or describing a body in the description around ``token`` (the person's name or a title):
    "president of Local 12 of the Harbour Workers", "an organiser with the Tenants Forum", "Harbour Workers
    president Ana Ruiz", "who chairs the Lakeside Traders' Association"."""
    doc = token.doc
    titles = [token] if token.lemma_.lower() in TITLE_NOUNS else []
    if token.dep_ == "appos" and token.head.pos_ == "NOUN":
        titles.append(token.head)  # "The chairman of the Lake Fishers' Union, Jon Ek,"
    titles += [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    titles += [c for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in TITLE_NOUNS]
    phrases = [p for title in titles for p in _bodies_of(title)]
    phrases += [doc[title.left_edge.i : title.i] for title in titles if title.left_edge.i < title.i]
    phrases += [
        doc[o.left_edge.i : o.right_edge.i + 1]
        for v in token.children
        if v.dep_ == "relcl" and v.lemma_.lower() in LEADING_VERBS
        for o in v.children
        if o.dep_ == "dobj"
    ]
    return phrases


def _its_body(descriptions: list[Token], noun: str, resolver: SpeakerResolver, table: ActorTable) -> str | None:
    """ "Its chairman, Jon Ek, says the association …": the body "its" stands for, if of the kind."""
    for token in descriptions:
        title = token.head if token.dep_ == "appos" else token
        owner = next((c for c in title.children if c.dep_ == "poss"), None)
        body = table.get(resolver.body_of(owner) if owner is not None and owner.lower_ == "its" else None)
        if body is not None and body.kind is ActorKind.ORGANIZATION and _of_the_kind(_words(body.name), noun):
            return body.id
    return None


def _bodies_of(title: Token) -> list[Span]:
    """The phrases after "of", "for", "with" or "at" on a title, to a comma: "president of Local 12 of the Harbour
    Workers", "spokeswoman for the Tenants Alliance", "an organiser with the Farmworkers' Forum"."""
    doc = title.doc
    out = []
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in TITLE_PREPS):
        for head in (g for g in prep.children if g.dep_ == "pobj"):
            stops = (t.i for t in doc[head.i : head.right_edge.i + 1] if t.text in BODY_STOPS)
            end = next(stops, head.right_edge.i + 1)
            out.append(doc[head.left_edge.i : end])
    return out


def _of_the_kind(words: set[str], noun: str) -> bool:
    """Whether a body named with these words may be called "the <noun>": "the union" only a union; "the group",
    "his organisation" any association, union or federation, never a ministry."""
    return bool(words & (CIVIL_BODY_NOUNS if noun in GENERIC_BODY_NOUNS else KIND_WORDS.get(noun, {noun})))


def _words(name: str) -> set[str]:
    return {w.strip("'’").lower() for w in name.split()}
