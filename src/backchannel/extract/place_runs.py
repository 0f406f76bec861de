"""A speaker the parse buried in the place before him: "in Astana President Nazarbayev stressed that …".

The tagger may also take the place and the name for one person's name ("Upon arrival in Ankara Zarif told …"
tagged "Ankara Zarif"): the person is the name after the place (rule actor.place-run-into-name).

Without the comma a writer may leave out after a fronted place ("At the meeting … in Astana, President Nazarbayev
stressed …"), the parser reads the place and the name as one noun phrase, the object of "in", and leaves the
reporting verb with no subject: the words get no speaker. A reader sees that the phrase opens with a place and goes
on with a name: the name is who speaks (rule speaker.place-run-into-name).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..geo import gazetteer
from .gender import given_names
from .lexicon import ARTICLES
from .trace import fired

PLACE_PREPOSITIONS = frozenset({"in", "at"})
"""Prepositions of a fronted place ("in Ankara", "at Geneva") that a name may run into."""


def place_run_speaker(verb: Token) -> Span | None:
    """The name in "in <place> <name>" right before a reporting ``verb`` that has no subject: "Upon arrival in
    Ankara Zarif told reporters …" is said by Zarif, "in Astana President Nazarbayev stressed …" by President
    Nazarbayev. Only when the phrase's opening words are a known place and the words after them are not one ("in
    New York City said" names no speaker), and all of it is capitalised names."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    last = verb.doc[verb.i - 1]
    if last.dep_ != "pobj" or last.pos_ != "PROPN" or last.head.lower_ not in PLACE_PREPOSITIONS:
        return None
    if verb not in last.ancestors:
        return None
    phrase = verb.doc[last.left_edge.i : last.i + 1]
    if len(phrase) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in phrase):
        return None
    geo = gazetteer()
    for split in range(len(phrase) - 1, 0, -1):
        place, name = phrase[:split], phrase[split:]
        if geo.locate(place.text) is not None and geo.locate(name.text) is None:
            fired("speaker.place-run-into-name")
            return name
    return None


def after_fronted_place(ent: Span) -> Span | None:
    """The name in a person's name the tagger ran together with the place before it, right after "in" or "at"
    ("in Ankara Zarif" tagged as one name): the words after a known place that are no place themselves, when the
    article names a person elsewhere by the last of them ("Foreign Minister Javad Zarif"). Not one place ("in
    Mexico City"), nor a given name that is also a place ("in Jordan Peterson's view")."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in PLACE_PREPOSITIONS or len(ent) < 2:
        return None
    geo = gazetteer()
    if geo.locate(ent.text) is not None:
        return None  # "in Mexico City", "in New York City": one place
    for split in range(len(ent) - 1, 0, -1):
        place, name = ent[:split], ent[split:]
        if place[0].lower_ in given_names() or geo.locate(place.text) is None or geo.locate(name.text) is not None:
            continue
        if name[0].text[:1].isupper() and _named_elsewhere(name[-1], ent):
            fired("actor.place-run-into-name")
            return Span(doc, name.start, name.end, label=ent.label)
    return None


def _named_elsewhere(word: Token, ent: Span) -> bool:
    """Whether the article names a person by ``word`` as a surname outside ``ent``: the last word of a name the
    tagger gives a person's ("Javad Zarif"), not a word inside one ("the Sixth Ministerial Meeting"), nor one after
    an article ("the Ministerial" tagged a person's name): no one's name takes "the"."""
    doc = word.doc
    return any(
        t.text == word.text
        and t.ent_type_ == "PERSON"
        and not ent.start <= t.i < ent.end
        and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")
        and not (t.i and doc[t.i - 1].lower_ in ARTICLES)
        for t in doc
    )
