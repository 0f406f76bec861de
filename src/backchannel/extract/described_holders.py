"""The named person a description of an office stands for, when the article names that holder somewhere.

A story names its people once and then, to vary its words, calls them by what they are: "Prime Minister Ana Ruiz
met Australian Prime Minister Tom Gale … she said her Australian counterpart would visit in May"; "Foreign Ministry
Spokesman Aram Petrosyan said … According to the diplomat, …". The description shares no word with the title, so
the rules that match a description's noun against titles cannot find the person; a reader finds the one person the
article names who holds such an office, of the state the description says. Never one of another state, and never
one of several who fit: then the description stays a person of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..geo import gazetteer
from ..records import Actor
from .actor_table import ActorTable
from .contact_words import HOST_VERBS, MEET_VERBS, NOUN_MODES, PHONE_VERBS
from .counted_groups import named_between
from .held_offices import named_persons, office_holders
from .lexicon import DIPLOMATIC_OFFICES
from .state_leaders import is_leader, the_states_leader
from .trace import fired

DIPLOMAT_NOUNS = frozenset({"diplomat"})
"""Nouns by which the press calls whoever serves in a state's foreign service, whatever his post."""

DIPLOMATIC_TITLES = [frozenset(office.split()) for office in DIPLOMATIC_OFFICES]
"""Each post of the foreign service as the set of the words a title holding it has."""


def counterpart_holder(
    span: Span, state: str | None, owner: Actor | None, offices: set[str], table: ActorTable
) -> Actor | None:
    """The person "his Australian counterpart" (``span``) is (rule speaker.counterpart-holder): of the people the
    article names of that state, the one holding one of the ``offices`` of the person whose counterpart he is, the
    ``owner`` ("Prime Minister Tom Gale" for a prime minister's); when the article titles no one of that state, the
    one person of it it names who is told beside the counterpart or the owner ("held talks with … Libya's Omar
    Fathi"), not a farmer of that state quoted elsewhere; for a state's leader with no holder of his own office, the
    one leader of that state it names ("Prime Minister X" and "Serbian President Y"). Without a ``state`` ("his
    counterpart"), the one holder of such an office of a known state other than the owner's. A title of another
    office is no counterpart's: "his Saudi counterpart" of a foreign minister is not the one Saudi intelligence
    official named."""
    if owner is not None and owner.country is not None and owner.country == state:
        return None  # an Australian's "Australian counterpart" is no reading of a counterpart
    people = [a for a in named_persons(table) if a is not owner]
    if state is not None:
        people = [a for a in people if a.country == state]
    elif owner is not None and owner.country is not None:
        people = [a for a in people if a.country not in (None, owner.country)]
    else:
        return None  # "his counterpart" of a person of no known state: of any state at all
    titled = [a for a in people if a.titles]
    holders = {a.id for a in office_holders(table, offices)}
    fitting = [a for a in titled if a.id in holders]
    if not titled and state is not None:  # "Libya's Omar Fathi", whose office the story never gives
        fitting = [a for a in people if _told_beside(a, span, owner, table)]
    if not fitting and state is not None and owner is not None and is_leader(owner):
        # a head of government's counterpart may be his neighbour's head of state: "Prime Minister X … his Serbian
        # counterpart" after "Serbian President Y"
        fitting = [leader] if (leader := the_states_leader(table, state)) is not None else []
    if len(fitting) != 1:
        return None
    fired("speaker.counterpart-holder")
    return fitting[0]


def _told_beside(person: Actor, span: Span, owner: Actor | None, table: ActorTable) -> bool:
    """Whether an untitled person may be the counterpart a description means: named in the description's own
    sentence, or met, called or received by the ``owner`` in a sentence naming them both ("Energy Minister Faisal
    Omar held talks with … Libya's Omar Fathi"). Untitled people are mostly not officials at all ("Australia's Rob
    Gant, a wheat grower from Perth, said …"), so one named anywhere else is no one's counterpart."""
    for mention in person.mentions:
        named = table.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if named is None:
            continue
        sent = named.sent
        if sent == span.sent:
            return True
        if (
            owner is not None
            and named_between(owner, sent.start_char, sent.end_char)
            and any(_contact_word(t) for t in named.root.ancestors)
        ):
            return True
    return False


def _contact_word(word: Token) -> bool:
    """Whether ``word`` tells of a contact with those it governs: "met", "called", "hosted", "talks with"."""
    return word.lemma_.lower() in MEET_VERBS | PHONE_VERBS | HOST_VERBS or word.lower_ in NOUN_MODES


def diplomat_holder(span: Span, state: str | None, table: ActorTable) -> Actor | None:
    """The person "the diplomat" is (rule speaker.diplomat-holder): the one person the article names with a post of
    the foreign service (ambassador, envoy, consul, foreign minister, a foreign ministry's spokesman), of the state the
    description says if it says one (``state``: "the Armenian diplomat"); no one when two or none hold such a post."""
    head = span.root
    if head.lemma_.lower() not in DIPLOMAT_NOUNS or head.tag_ != "NN" or span[0].lower_ != "the":
        return None
    between = span[1 : head.i - span.start]
    if len(between) and not gazetteer().country_of(between.text):
        return None  # "the veteran diplomat", "the career diplomat": someone described by more than his post
    fitting = [
        a
        for a in named_persons(table)
        if (state is None or a.country == state) and any(_diplomatic(t) for t in a.titles)
    ]
    if len(fitting) != 1:
        return None
    fired("speaker.diplomat-holder")
    return fitting[0]


def _diplomatic(title: str) -> bool:
    """Whether ``title`` is a post of the foreign service: it has every word of one ("Foreign Ministry Spokesman",
    "Ambassador to Chile"), and no portfolio of another field ("Secretary of State for Health")."""
    words = set(re.findall(r"\w+", title.lower()))
    return "for" not in words and any(post <= words for post in DIPLOMATIC_TITLES)
