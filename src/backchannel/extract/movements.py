"""Armed and political movements a story names by their people's or leader's name and a head noun ("the Aymara
Katari movement"), and the fighters it then calls them by ("the rebels", "Red Dawn guerrillas")."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from ..records import Actor, ActorKind
from .lexicon import ARMED_GROUP_HEADS, FIGHTER_NOUNS
from .trace import fired

MOVEMENT_LABELS = frozenset({"NORP", "PERSON", "GPE"})
"""What the tagger takes a movement's own name for when it leaves out the head noun: a people ("Aymara Katari"), a
person or a place; one it took for an organisation stays that organisation's name."""


def movement_name(ent: SpacySpan) -> SpacySpan | None:
    """The movement's whole name where the tagger marked only the people's or leader's name before its head noun
    (rule actor.movement-name): "members of the Aymara Katari movement" tagged "Aymara Katari" as a nationality (so no
    actor was made), or as a person or a place. Capitalised words that name no known place nor a state's people
    ("the Syrian army" is a state's) and a head noun in lower case right after them."""
    doc = ent.doc
    if ent.label_ not in MOVEMENT_LABELS or ent.end >= len(doc) or not all(t.is_title and t.is_alpha for t in ent):
        return None
    head = doc[ent.end]
    if head.text not in ARMED_GROUP_HEADS or ent[-1].whitespace_ != " ":
        return None
    geo = gazetteer()
    if geo.locate(ent.text) is not None or any(geo.is_demonym(t.text) or geo.country_of(t.text) for t in ent):
        return None
    fired("actor.movement-name")
    return SpacySpan(doc, ent.start, ent.end + 1, label="ORG")


def movement_of_fighters(actors: list[Actor], mention: SpacySpan) -> Actor | None:
    """The armed movement a plural of fighters stands for (rule actor.fighters-of-the-movement): "Red Dawn rebels"
    is the "Red Dawn Liberation Army" the story names; "the rebels", "the guerrillas" with no name of their own the
    one armed movement it names. A movement is a body whose name ends in an armed group's head noun ("army",
    "front", "movement"), never a state's ("the Syrian Army"). Only when one movement fits: with two named, the
    fighters may be either's."""
    if not len(mention) or mention.root.tag_ != "NNS" or mention.root.lemma_.lower() not in FIGHTER_NOUNS:
        return None
    words = [t for t in mention[: mention.root.i - mention.start] if t.lower_ not in ("the", "these", "those")]
    if any(not (t.is_title and t.is_alpha) for t in words):
        return None  # "the young rebels", "two rebels": a description, no name
    movements = [a for a in actors if a.kind is ActorKind.ORGANIZATION and _armed_movement(a, mention.doc)]
    if words:
        movements = [a for a in movements if a.name.split()[: len(words)] == [t.text for t in words]]
    if len(movements) != 1:
        return None
    fired("actor.fighters-of-the-movement")
    return movements[0]


def _armed_movement(actor: Actor, doc: Doc) -> bool:
    """Whether a body is an armed or political movement: its name's last word an armed group's head noun, or a
    mention of it followed by one in lower case ("the Red Dawn movement" tagged "Red Dawn"); its name's first word
    no state's or state people's name."""
    words = actor.name.split()
    if not words:
        return False
    geo = gazetteer()
    if geo.is_demonym(words[0]) or geo.country_of(words[0]):
        return False
    if len(words) >= 2 and words[-1].lower() in ARMED_GROUP_HEADS:
        return True
    return any(_head_after(doc, m.start, m.end) for m in actor.mentions)


def _head_after(doc: Doc, start: int, end: int) -> bool:
    """Whether an armed group's head noun in lower case comes right after the mention from ``start`` to ``end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].text in ARMED_GROUP_HEADS
