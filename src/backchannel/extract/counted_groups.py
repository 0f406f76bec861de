"""Groups told by a count or a plural office that stand for people the text has named.

News names the sides of a contact once and then tells them as a group: "the Azerbaijani and Georgian
presidents will meet" after both presidents were named, "The two leaders held talks" a few sentences after the
two were named together. The merging of contacts (``merging``) and the reading of parties (``parties``) resolve
the nearest cases; this module widens them where the group's words say whom it means: a nationality word for each
state names that state's holder of the office, and a count with no one named near it reaches back, nearest first,
to the last sentence that names that many people, when no one else is named since.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..records import Actor
from .actor_countries import nationalities
from .actor_table import ActorTable
from .actor_words import doc_sents, sentence_index
from .lexicon import NO_STATE_OFFICE_WORDS

if TYPE_CHECKING:
    from .mentions import Mention  # mentions imports parties, which imports this module


def office_nationalities(node: Token) -> dict[str, SpacySpan]:
    """ "The Azerbaijani and Georgian presidents", "the Chilean and Peruvian foreign ministers": the states (ISO
    codes, with the words that name each) whose one holder of the office each a plural office noun's nationality
    words name, two or more of them (rule party.office-of-each-nationality, fired by the caller when each state has
    its one holder; the states stay beside the holders, as the press and its readers name such a contact by either).
    Not "former Danish and Swedish ministers", who hold the office no longer."""
    former = any(t.lower_ in NO_STATE_OFFICE_WORDS for t in node.subtree if t.i < node.i)  # however the parse hangs it
    if node.tag_ != "NNS" or former:
        return {}
    states = nationalities(node)
    return states if len(states) >= 2 else {}


FURTHER_SENTENCES = 5
"""Sentences back, the group's own included, to which a counted group may reach for the people it counts when the
nearer ones name no one."""


def named_further_back(m: Mention, table: ActorTable, count: int, persons: list[Actor]) -> list[str] | None:
    """ "Russian President Boris Kalin and his Ukrainian counterpart Ivan Hrytsenko reached a deal. … (two sentences
    naming no one) … The two leaders held talks": a counted group of people is the ``count`` people the nearest
    sentence that names anyone names, up to a few sentences back, when it names exactly that many and no sentence
    since names anyone (rule party.the-two-named-further). ``persons`` are the people the group may be (its gender,
    its office); a sentence naming others too, or fewer, leaves the group unresolved."""
    sents = doc_sents(m.trigger.doc)
    here = sentence_index(sents, m.trigger.i)
    for back in range(min(FURTHER_SENTENCES, here) + 1):
        sent = sents[here - back]
        end = m.trigger.idx if back == 0 else sent.end_char
        named = [a.id for a in table.persons() if a.name not in a.titles and _named_in(a, sent.start_char, end)]
        if not named:
            continue
        fits = [p for p in named if any(a.id == p for a in persons)]
        return fits if len(named) == count and len(fits) == count else None
    return None


def _named_in(actor: Actor, start: int, end: int) -> bool:
    """Whether a person is named between two character offsets."""
    return any(start <= x.start < end for x in actor.mentions)
