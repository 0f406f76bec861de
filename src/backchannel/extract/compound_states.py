"""States whose names join two names with "and": "Trinidad and Tobago", "Antigua and Barbuda", "Saint Vincent and
the Grenadines".

The tagger reads such a name as two names joined ("Trinidad" a place, "Tobago" an organisation), so that the story's
state is lost, its first half is taken for a town of the same name elsewhere, and a visit to it becomes two. The
gazetteer's names of states tell which "A and B" are one state's name; the tagger already gets some right ("Bosnia
and Herzegovina"), and ``tag_compound_state_names`` makes every such name one place before actors are read.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer, normalise
from .doc_index import doc_index
from .trace import fired

SIDE_WORDS = 3
"""The most words either side of "and" in a state's name ("Saint Kitts", "the Grenadines", "St. Kitts")."""


def tag_compound_state_names(doc: Doc) -> None:
    """Tag each state's name of the form "A and B" as one place (rule actor.compound-state-name), where its two halves
    were tagged apart or not at all: the longest run of capitalised words around an "and" that the gazetteer names
    as a state. A body's name that runs on from it ("the Trinidad and Tobago Cricket Board") is kept as that body's,
    from the state's first word on; an entity that begins before it is left as the tagger made it."""
    found = [span for word in doc_index(doc).with_text(("and",)) if (span := _state_name_at(doc, word.i))]
    if not found:
        return
    ents = list(doc.ents)
    for span in found:
        overlapping = [e for e in ents if e.start < span.end and span.start < e.end]
        if _left_as_tagged(span, overlapping):
            continue
        longer = max((e for e in overlapping if e.end > span.end), key=lambda e: e.end, default=None)
        if longer is not None:
            span = SpacySpan(doc, span.start, longer.end, label=longer.label)
        fired("actor.compound-state-name")
        ents = [e for e in ents if not (e.start < span.end and span.start < e.end)] + [span]
    doc.ents = sorted(ents, key=lambda e: e.start)
    doc.user_data.pop("entity_index", None)  # ``entity_at`` reads the entities anew


def _left_as_tagged(span: SpacySpan, overlapping: list[SpacySpan]) -> bool:
    """Whether the tagger's entities over a state's name stand: one entity that is the name ("Bosnia and
    Herzegovina"), or a longer name that opens before it ("the Bank of Antigua and Barbuda")."""
    whole = [(e.start, e.end) for e in overlapping] == [(span.start, span.end)]
    return whole or any(e.start < span.start for e in overlapping)


def _state_name_at(doc: Doc, at: int) -> SpacySpan | None:
    """The longest state's name of capitalised words (and "the", "and") around the "and" at ``at``; None if none."""
    best = None
    for start in range(max(0, at - SIDE_WORDS), at):
        if not doc[start].is_title or any(t.is_sent_start for t in doc[start + 1 : at + 1]):
            continue
        for end in range(min(len(doc), at + SIDE_WORDS + 1), at + 1, -1):
            span = doc[start:end]
            if not doc[end - 1].is_title or any(t.is_sent_start for t in doc[at + 1 : end]):
                continue
            if " and " in normalise(span.text) and gazetteer().is_country_name(span.text):
                if best is None or len(span) > len(best):
                    best = SpacySpan(doc, start, end, label="GPE")
                break
    return best
