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
    one armed movement it names. A movement is one the story marks as armed (see ``_armed_movement``), never a
    state's army ("the Royal Thai Army") nor a charity ("the Salvation Army"); and never a body named in the
    fighters' own sentence apart from them ("the Thai army opened talks with the insurgents": the other party). Only
    when one movement fits: with two named, the fighters may be either's."""
    if not len(mention) or mention.root.tag_ != "NNS" or mention.root.lemma_.lower() not in FIGHTER_NOUNS:
        return None
    words = [t for t in mention[: mention.root.i - mention.start] if t.lower_ not in ("the", "these", "those")]
    if any(not (t.is_title and t.is_alpha) for t in words):
        return None  # "the young rebels", "two rebels": a description, no name
    movements = [a for a in actors if a.kind is ActorKind.ORGANIZATION and _armed_movement(a, mention.doc)]
    if words:
        movements = [a for a in movements if a.name.split()[: len(words)] == [t.text for t in words]]
    if len(movements) != 1 or _other_party(movements[0], mention):
        return None
    fired("actor.fighters-of-the-movement")
    return movements[0]


ARMED_NAME_WORDS = frozenset(
    {"liberation", "rebel", "rebels", "revolutionary", "resistance", "insurgent", "guerrilla", "mujahideen", "jihad"}
)
"""Words in a movement's name that tell it is armed against a state: "Karen National Liberation Army"."""
STATE_ARMIES = frozenset({"people's liberation army", "people’s liberation army"})
"""A state's army whose name reads like a movement's: China's."""
ARMED_CUES = frozenset({"rebel", "rebels", "armed", "insurgent", "insurgents", "guerrilla", "guerrillas"})
"""Words right beside a body's name that tell the story takes it for an armed movement: "the rebel Arakan Army"."""
CUE_SPAN = 3
"""How many words before or after a body's mention may hold a word that marks it armed."""


def _armed_movement(actor: Actor, doc: Doc) -> bool:
    """Whether a body is a movement the story marks as armed: its name's last word an armed group's head noun and
    the name holding a word of armed struggle ("Karen National Liberation Army"), or a mention of it beside a
    fighter noun or "rebel" ("the rebel Arakan Army", "Arakan Army fighters", "fighters of the Arakan Army"), or
    followed by a head noun in lower case ("the Red Dawn movement" tagged "Red Dawn"; "the Aymara Katari movement");
    no word of its name a state's or state people's name ("Royal Thai Army"), and never China's "People's Liberation
    Army". A head noun alone marks nothing: "Salvation Army", "National Front"."""
    words = actor.name.split()
    if not words or actor.name.casefold() in STATE_ARMIES:
        return False
    geo = gazetteer()
    if any(geo.is_demonym(w) or geo.country_of(w) for w in words):
        return False
    if len(words) >= 2 and words[-1] in ARMED_GROUP_HEADS:
        return True  # "the Aymara Katari movement", its head noun in lower case
    if len(words) >= 2 and words[-1].lower() in ARMED_GROUP_HEADS and ARMED_NAME_WORDS & {w.lower() for w in words}:
        return True
    return any(_head_after(doc, m.start, m.end) or _armed_cue_beside(doc, m.start, m.end) for m in actor.mentions)


def _armed_cue_beside(doc: Doc, start: int, end: int) -> bool:
    """Whether a fighter noun or "rebel"/"armed" stands within a few words of the mention, in its sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    near = doc[max(sent.start, span.start - CUE_SPAN) : min(sent.end, span.end + CUE_SPAN)]
    return any(
        (t.lower_ in ARMED_CUES or t.lemma_.lower() in FIGHTER_NOUNS) and not (span.start <= t.i < span.end)
        for t in near
    )


def _other_party(actor: Actor, mention: SpacySpan) -> bool:
    """Whether the body is named in the fighters' sentence apart from them: not right after them ("fighters of the
    Arakan Army") nor right before ("Arakan Army fighters"), so another party to what the sentence tells."""
    doc, sent = mention.doc, mention.sent
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.sent.start != sent.start:
            continue
        if span.end <= mention.start and mention.start - span.end <= 1:
            continue
        if span.start >= mention.end and span.start - mention.end <= 2:
            continue
        if span.start < mention.end and mention.start < span.end:
            continue
        return True
    return False


def _head_after(doc: Doc, start: int, end: int) -> bool:
    """Whether an armed group's head noun in lower case comes right after the mention from ``start`` to ``end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].text in ARMED_GROUP_HEADS
