"""Heads of bodies: the person a title headed by an organisation names, not the organisation.

"International Committee of the Red Cross (ICRC) President Jakob Kellenberger" names Kellenberger; the committee is
only his affiliation, as Russia is of "Russian Foreign Minister X". The parse often hangs the name apart (as a
conjunct of the verb), leaving the organisation the head of the phrase met. Later "the ICRC chief" is the same man.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .lexicon import TITLE_NOUNS
from .person_words import COURTESY_TITLES
from .related_offices import HEAD_NOUNS, HEADING_OFFICES
from .speakers import SpeakerResolver, title_heads_body
from .trace import fired

TITLE_RUN_WORDS = 4
"""The most words of a title between a body's name and its holder's: "Executive Vice President", "Director
General"."""
ALIAS_WORDS = 3
"""The most words of a bracketed short name after a body's full name: "(ICRC)", "(WHO)"."""
BODY_WORD_DEPS = frozenset({"compound", "nmod", "amod"})
"""Arcs by which a body's name modifies a head noun: "the ICRC chief" (the tagger may read "ICRC" as an adjective)."""


def holder_after_body(node: Token, found: list[str], table: ActorTable) -> str | None:
    """The person titled right after the one organisation a party's phrase names: "talks with World Health
    Organization (WHO) chief Dr. Ana Lobo" is Lobo, not the WHO (rule party.holder-after-body)."""
    body = table.get(found[0]) if len(found) == 1 else None
    if body is None or body.kind is not ActorKind.ORGANIZATION:
        return None
    doc = node.doc
    ends = [
        t.i
        for t in doc[node.left_edge.i : node.right_edge.i + 1]
        if table.actor_at(t) is body and (t.i + 1 >= len(doc) or table.actor_at(doc[t.i + 1]) is not body)
    ]
    holders = {h.id for end in ends if (h := _titled_after(doc, end, body, table)) is not None}
    if len(holders) != 1:
        return None
    fired("party.holder-after-body")
    return holders.pop()


def head_of_body(node: Token, found: list[str], table: ActorTable, resolver: SpeakerResolver) -> str | None:
    """ "The ICRC chief" after "ICRC President Ana Lobo": the person heading the body the phrase names (as a quote's
    speaker is found, rule speaker.body-chief), not the body, which the phrase names only as whose chief he is (rule
    party.head-of-body)."""
    if node.lemma_.lower() not in HEAD_NOUNS or node.tag_ in ("NNS", "NNPS"):
        return None
    body = table.get(found[0]) if len(found) == 1 else None
    if body is None or body.kind is not ActorKind.ORGANIZATION:
        return None
    if not any(table.actor_at(c) is body for c in node.children if c.dep_ in BODY_WORD_DEPS and c.i < node.i):
        return None
    if any(c.dep_ == "det" and c.lower_ != "the" for c in node.children):
        return None  # "the first visit by an ARATS chief": any of them, no one in particular
    if not any(_titled_of(p, body) and _named_before(p, node, table) for p in table.persons()):
        return None  # no head of it named before: resolving the phrase would only make one of its words
    holder = table.get(resolver.resolve(node.doc[node.left_edge.i : node.i + 1]))
    if holder is None or holder.kind is not ActorKind.PERSON or not _named_before(holder, node, table):
        return None  # not a person made of the description itself ("WHO chief") when no head was named
    if not _titled_of(holder, body):
        return None  # "the UN chief" is not the "UN General Assembly President" the description also fits
    fired("party.head-of-body")
    return holder.id


def _titled_after(doc: Doc, end: int, body: Actor, table: ActorTable) -> Actor | None:
    """The person a leading title names right after a body's name ending at ``end``, past its bracketed short name
    and a courtesy title: "… (ICRC) President Jakob Kellenberger", "WHO chief Dr. Ana Lobo"."""
    i = end + 1
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i + 1 : i + 2 + ALIAS_WORDS] if t.text == ")"), None)
        if close is None:
            return None
        i = close + 1
    start = i
    while i < len(doc) and i - start < TITLE_RUN_WORDS and _title_word(doc[i]) and table.actor_at(doc[i]) is None:
        i += 1
    if i == start or not any(doc[k].lower_ in HEADING_OFFICES for k in range(start, i)):
        return None
    if i < len(doc) and doc[i].lower_.rstrip(".") in COURTESY_TITLES:
        i += 1
        i += int(i < len(doc) and doc[i].text == ".")
    holder = table.actor_at(doc[i]) if i < len(doc) else None
    return holder if holder is not None and holder.kind is ActorKind.PERSON and holder is not body else None


def _title_word(word: Token) -> bool:
    """A word of a title written before a name: "President", "chief", "Director", "Executive", "Vice"."""
    return word.lemma_.lower() in TITLE_NOUNS or word.lower_ in HEADING_OFFICES or (word.is_title and word.is_alpha)


def _named_before(person: Actor, node: Token, table: ActorTable) -> bool:
    """Whether the text names ``person`` before the phrase ``node`` heads."""
    return any(a == person.id and i < node.left_edge.i for i, a in table.token_actor.items())


def _titled_of(person: Actor, body: Actor) -> bool:
    """Whether one of ``person``'s titles heads ``body`` itself ("ICRC President"; not "UN General Assembly
    President" for the UN), as rule speaker.possessive-chief asks it."""
    return any(title_heads_body(body, title) for title in person.titles)
