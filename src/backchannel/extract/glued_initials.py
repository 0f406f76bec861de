"""Names written with the initials glued on ("Kh.Battulga", "D.Tsogtbaatar"), as Mongolian and some Russian and
Central Asian press writes them: one token each (``nlp.glued_initials``), a person's name whatever the
tagger took it for, known also by the family name after the initials."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..nlp import GLUED_NAME, glued_initials_of_a_name
from .actor_words import PARTICLES
from .trace import fired


def glued_initial_names(doc: Doc) -> list[SpacySpan]:
    """Tokens that are initials glued to a family name (rule actor.glued-initials): each a person. The tagger
    leaves them untagged or takes them for an organisation's name, or runs the country of a title before them
    into them ("President of Mongolia Kh.Battulga"); each is a person's name on its own."""
    found = [
        SpacySpan(doc, t.i, t.i + 1, label="PERSON")
        for t in doc
        if t.pos_ in ("PROPN", "NOUN")
        and (m := GLUED_NAME.fullmatch(t.text))
        and glued_initials_of_a_name(m.group(1))
        and not (t.i and doc[t.i - 1].lower_ in PARTICLES)  # "Folha de S.Paulo": a place's name
    ]
    if found:
        fired("actor.glued-initials")
    return found


def glued_family_name(name: str) -> str | None:
    """The family name of a name written with its initials glued on: "Battulga" of "Kh.Battulga"; None for any
    other name."""
    match = GLUED_NAME.fullmatch(name)
    return match.group(2) if match is not None and glued_initials_of_a_name(match.group(1)) else None
