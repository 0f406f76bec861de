"""Plural contacts whose other sides the next sentence lists (rule contact.listed-after): "X held bilateral meetings
with four of his counterparts. These were with the leaders of A, B, C and D." or "X held a series of meetings on
Friday. The meetings involved A, B and C." The plural noun tells several contacts of one side; the sentence after
it, whose subject is the contacts themselves ("these", "they", "the meetings"), names who each was with. Each one
listed is one contact with the side that held them, on the first sentence's date and place.

Left alone: a singular contact ("a meeting … It was with A and B" is one meeting of them all), a sentence whose
subject is anything else ("The leaders of A and B attended"), and a list in a sentence further on.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .actor_words import next_sentence_root
from .lexicon import TITLE_NOUNS
from .mentions import Mention
from .parties import parties_of
from .speakers import SpeakerResolver
from .trace import fired

LISTING_VERBS = frozenset({"involve", "include"})
"""Verbs by which the contacts name who they were with: "The meetings involved A, B and C"."""
POINTING_WORDS = frozenset({"these", "they", "those"})
"""Pronouns that stand for the plural contacts just told: "These were with A and B"."""
MIN_LISTED = 2
"""The fewest listed: one alone is the contact's other side, which the parse of the first sentence may miss
but which splits nothing."""


def listed_after(mention: Mention, table: ActorTable, resolver: SpeakerResolver) -> list[Mention]:
    """One contact with each of the several the next sentence lists as the other sides of ``mention``'s plural
    contacts (rule contact.listed-after); none when the next sentence lists no one of them."""
    trigger = mention.trigger
    if (
        trigger.tag_ != "NNS"
        or mention.mode == "third-party"
        or len(mention.actor) != 1
        or _has_other_side(mention, table)
    ):
        return []
    listed = _listed_in(next_sentence_root(trigger), trigger, table, resolver)
    sides = [p for p in listed if p not in mention.actor]
    if len(sides) < MIN_LISTED:
        return []
    fired("contact.listed-after")
    out = []
    for side in sides:
        one = Mention(
            trigger=trigger,
            mode=mention.mode,
            status=mention.status,
            place=mention.place,
            date_text=mention.date_text,
            rules=[*mention.rules, "contact.listed-after"],
        )
        one.add(one.actor, list(mention.actor))
        one.add(one.recipient, [side])
        out.append(one)
    return out


def _has_other_side(mention: Mention, table: ActorTable) -> bool:
    """ "held talks with X, … The talks involved disputes with A and B": the contacts already have their named other
    side; neither the state they were held in (taken for a side only for want of one) nor a group told but not
    named ("with leaders from seven countries", whom the list names) is one."""
    return any(p not in mention.venue_state and _lone_side(p, table) for p in mention.recipient)


def _listed_in(root: Token | None, trigger: Token, table: ActorTable, resolver: SpeakerResolver) -> list[str]:
    """Who the sentence of ``root`` lists as the others of the contacts ``trigger`` tells: "These were with the
    leaders of A and B" (a "with" phrase of "be") or "The meetings involved A and B" (the object of a listing
    verb), its subject standing for the contacts."""
    if root is not None and _stands_for(root, trigger):
        # the parse may read "The meetings involved A and B" as a noun phrase, the verb a modifier of the noun
        root = next((c for c in root.children if c.dep_ == "acl" and c.lemma_ in LISTING_VERBS), None)
    elif root is not None and not any(_stands_for(s, trigger) for s in root.children if s.dep_ == "nsubj"):
        return []
    if root is None:
        return []
    if root.lemma_ == "be":
        heads = [g for p in root.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children]
    elif root.lemma_ in LISTING_VERBS:
        heads = list(root.children)
    else:
        return []
    # the listed sides themselves ("Peru and Bolivia", "the leaders of Peru and Bolivia"), never what a thing listed
    # is about or with ("disputes with Peru", "a session with business leaders from Bolivia")
    heads = [h for h in heads if h.dep_ in ("pobj", "dobj") and _a_side(h, table)]
    named = parties_of(heads, table, resolver)
    # a list the parse broke up ("Turkiye" read as a modifier of the name after it) still names each state
    named += [a.id for h in heads for t in _list_words(h) if (a := _state_at(t, table)) is not None]
    return list(dict.fromkeys(p for p in named if _lone_side(p, table)))


LIST_LINKS = frozenset({"conj", "compound", "appos"})
"""Links that keep a word among a list's own items: not "disputes with A", where A is only what they were about."""


def _list_words(head: Token) -> list[Token]:
    """The words of a listed item and of its conjuncts, reached by list links alone ("Greece, Turkiye Cyprus and
    Malta", "Turkiye" hung on the name after it); never a word inside an item ("a session with leaders from A")."""
    out, todo = [], [head]
    while todo:
        word = todo.pop()
        out.append(word)
        todo += [c for c in word.children if c.dep_ in LIST_LINKS]
    return out


def _a_side(head: Token, table: ActorTable) -> bool:
    """A listed item that is a side: a name (or a name among its list words) or people by their office ("the
    leaders of A"); not a thing, whose names are only what it concerns."""
    words = [head, *head.conjuncts]
    return any(table.actor_at(t) is not None for w in words for t in _list_words(w)) or any(
        w.lemma_.lower() in TITLE_NOUNS for w in words
    )


def _stands_for(subject: Token, trigger: Token) -> bool:
    """ "These", "They", or the same contact noun again ("The meetings"): a subject that stands for the contacts."""
    return subject.lower_ in POINTING_WORDS or (subject.lemma_ == trigger.lemma_ and subject.tag_ == "NNS")


def _state_at(token: Token, table: ActorTable) -> Actor | None:
    """The state a proper name in a list names, if it names one."""
    actor = table.actor_at(token) if token.pos_ == "PROPN" else None
    return actor if actor is not None and actor.kind is ActorKind.COUNTRY else None


def _lone_side(actor_id: str, table: ActorTable) -> bool:
    """A person, a state or a body: each is one side of a contact of its own."""
    actor = table.get(actor_id)
    return actor is not None and actor.kind in (ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.ORGANIZATION)
