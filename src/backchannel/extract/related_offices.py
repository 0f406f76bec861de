"""Offices a text gives a person only by relation, for a later description to find him by.

"Iranian Foreign Minister A and his Turkish counterpart B spoke … the Turkish foreign minister said": B's only
title is "Turkish counterpart", but a counterpart holds, in his own state, the office of the one he is the
counterpart of, so B is the Turkish foreign minister (rule speaker.counterpart-office). "Foundation Chairman C …
the Foundation chief said", "D, president of the International Committee of the Red Cross … the Red Cross chief":
the press calls whoever heads a body named in the description its "chief" or "head", whatever the body's own
word for the post (rule speaker.body-chief).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .actor_words import doc_sents, sentence_index
from .lexicon import TITLE_NOUNS
from .trace import fired

COUNTERPART_WORDS = frozenset({"counterpart", "homologue"})
"""Nouns for the one who holds, in another state, the office of the person told beside him."""

HEAD_NOUNS = frozenset({"chief", "head", "boss"})
"""Words the press uses for whoever heads a body, whatever the body calls the post."""

HEADING_OFFICES = frozenset(
    {"chairman", "chairwoman", "chairperson", "chair", "president", "head", "chief", "director", "leader"}
)
"""A body's own words for the post of the one who heads it."""

LESSER_WORDS = frozenset({"deputy", "vice", "assistant", "associate", "under", "acting", "interim", "former", "ex"})
"""Words that make a heading post a lesser or other one: a vice-president is no body's chief."""

SUB_BODY_WORDS = frozenset(
    {"assembly", "council", "league", "committee", "commission", "wing", "board", "bureau", "chamber", "tribunal"}
)
"""Words naming a body within a body: the president of the "UN General Assembly" or of the "ANC Youth League"
heads that assembly or league, not the UN or the ANC."""

OFFICE_OF_A_FIELD = re.compile(r"\b(minister|secretary) (?:of|for) (?:the )?(\w+)(?: affairs)?\b", re.IGNORECASE)
"""A minister or secretary of one field written the long way round: "Minister of Foreign Affairs"."""


def heading_post(title: str) -> bool:
    """Whether ``title`` names the post of the one who heads a body: a heading word ("President", "Director
    General") or "Secretary-General", the UN's and many leagues' word for it; never a lesser post ("Deputy
    Secretary-General", "Vice President")."""
    words = re.findall(r"\w+", title.lower())
    if set(words) & LESSER_WORDS:
        return False
    return bool(set(words) & HEADING_OFFICES) or "secretary general" in " ".join(words)


def counterpart_titles(person: Actor, table: ActorTable, doc: Doc) -> list[str]:
    """The titles a counterpart holds by his relation (rule speaker.counterpart-office): "Turkish counterpart"
    reads "Turkish foreign minister" when the people of other states named in the sentence that first names him
    hold that one office; none when they hold several or none, as the counterpart of which is then unsure."""
    relational = [t for t in person.titles if COUNTERPART_WORDS & set(t.lower().split())]
    if not relational or person.country is None or not person.mentions:
        return []
    offices = _opposite_offices(person, table, doc)
    if len(offices) != 1:
        return []
    office = next(iter(offices))
    return [" ".join(office if w.lower() in COUNTERPART_WORDS else w for w in t.split()) for t in relational]


def _opposite_offices(person: Actor, table: ActorTable, doc: Doc) -> set[str]:
    """The offices held by the people of a state other than ``person``'s, or of none the text gives, named in the
    sentence that first names him: those he is the counterpart of."""
    earliest = min(person.mentions, key=lambda m: m.start)
    first = doc.char_span(earliest.start, earliest.end, alignment_mode="expand")
    if first is None:
        return set()
    sents = doc_sents(doc)  # listed once; doc.sents walks the tokens again on every access
    sentence = sents[sentence_index(sents, first.start)]
    others = {a.id: a for t in sentence if (a := table.actor_at_index(t.i)) is not None}
    return {
        office
        for other in others.values()
        if other is not person and other.kind is ActorKind.PERSON and other.country != person.country
        for title in other.titles
        if (office := _office(title)) is not None
    }


def _office(title: str) -> str | None:
    """The office a title names, without its state: "Iranian Foreign Minister" is a "foreign minister", "Minister
    of Foreign Affairs" too; none for a relational title ("Turkish counterpart") or one of lesser rank."""
    words = OFFICE_OF_A_FIELD.sub(lambda m: f"{m.group(2)} {m.group(1)}", title).lower().replace("-", " ").split()
    if COUNTERPART_WORDS & set(words) or LESSER_WORDS & set(words):
        return None
    heads = [i for i, w in enumerate(words) if w in TITLE_NOUNS]
    if not heads:
        return None
    i = heads[-1]
    before = words[i - 1] if i else ""
    if not before or before.endswith(("'s", "’s")) or gazetteer().country_of(before):
        return words[i]
    return f"{before} {words[i]}"


def heads_named_body(
    description: SpacySpan,
    title: str,
    said: list[str],
    held: list[str],
    same_body: Callable[[list[str], list[str]], bool],
) -> bool:
    """Whether a description by a head noun that names a body other than a state ("the SEF chief", "the Red Cross
    chief") fits a title heading the same body ("SEF Chairman", "president of the International Committee of the
    Red Cross") (rule speaker.body-chief). ``said`` and ``held`` are the words naming whose office each is, and
    ``same_body`` tells whether two such runs name one body; a title naming no body fits no such description, as
    the chief of which body would be unsure."""
    if description.root.lower_ not in HEAD_NOUNS or not said or not held or not same_body(said, held):
        return False
    if all(gazetteer().country_of(w) for w in said):
        return False  # "the Chinese chief": a state's, left to the rules for a state's offices
    if not heading_post(title):
        return False
    fired("speaker.body-chief")
    return True
