"""Two groups told as one phrase: "talks between Zulu and Xhosa elders", "the Labour and Green negotiators met".

The names before a plural noun for people, joined by "and", each name a group of their own: the Zulu elders and
the Xhosa elders are the two sides of the talks, not one group of "Zulu and Xhosa elders", nor the Zulus and the
Xhosas. Groups named by states ("Kenyan and Somali officials") are read by ``parties._states_as_sides``."""

from __future__ import annotations

from spacy.tokens import Token

from ..geo import gazetteer
from ..records import ActorKind
from .actor_countries import GOVERNMENT_GROUPS
from .actor_table import ActorTable
from .contact_words import LED_GROUPS, MEMBER_NOUNS
from .lexicon import GROUPING_WORDS
from .person_words import PEOPLE_NOUNS
from .trace import fired

GROUP_HEADS = PEOPLE_NOUNS | GOVERNMENT_GROUPS | MEMBER_NOUNS | LED_GROUPS
"""Nouns for the people a group is made of: "elders", "negotiators", "leaders", "delegations"."""

MODIFIER_DEPS = ("amod", "compound", "nmod")


def groups_of_each_name(node: Token, table: ActorTable) -> list[str]:
    """One group per name joined before a plural noun for people ("Zulu and Xhosa elders" are the "Zulu elders" and
    the "Xhosa elders"; "the Tory and Lib Dem negotiators", the "Tory negotiators" and the "Lib Dem negotiators"),
    each named with the words the two share ("Zulu and Xhosa council elders": "Zulu council elders") (rule
    party.group-of-each-name). Not when a name is a state's, which the groups act for (see
    ``parties._states_as_sides``), nor a region's whose states meet as one ("Nordic and Baltic ministers"), nor
    lower-case words ("senior and junior officials")."""
    if node.tag_ != "NNS" or not node.text[0].islower() or node.lemma_.lower() not in GROUP_HEADS:
        return []
    first = next(
        (
            c
            for c in node.children
            if c.dep_ in MODIFIER_DEPS
            and c.i < node.i
            and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
            and c.conjuncts
        ),
        None,
    )
    if first is None:
        return []
    sides = [first, *(c for c in first.conjuncts if c.i > first.i)]
    doc = node.doc
    spans = [doc[_own_left_edge(first) : first.i + 1], *(doc[c.left_edge.i : c.i + 1] for c in sides[1:])]
    geo = gazetteer()
    if any(
        not span.text[:1].isupper() or geo.country_of(span.text) is not None or span.text.lower() in GROUPING_WORDS
        for span in spans
    ):
        return []  # "the Nordic and Baltic foreign ministers" meet as one gathering of many states
    shared = [c.text for c in node.lefts if c.dep_ in MODIFIER_DEPS and c.i > sides[-1].i]
    fired("party.group-of-each-name")
    # each side sends one delegation, mission or team: "the Yemeni and Houthi delegations" are two, each singular
    head = node.lemma_.lower() if node.lemma_.lower() in LED_GROUPS else node.text
    return [table.add(ActorKind.GROUP, " ".join([span.text, *shared, head]), mention=span).id for span in spans]


def _own_left_edge(first: Token) -> int:
    """Where the first name of the pair begins: its own modifiers, not the words of the names joined to it."""
    own = [t.i for c in first.children if c.dep_ not in ("cc", "conj", "punct") for t in c.subtree if t.i < first.i]
    return min(own, default=first.i)
