"""Offices the press names by a phrase instead of their title: "the head of state", "the top diplomat".

A story titles its people once ("President Ana Ruiz", "Foreign Minister Jon Holm") and then, to vary its words,
names the office by what it is: "the head of state said", "the Norwegian top diplomat added", "the chief of the
diplomatic mission". Such a phrase shares no word with the title, so the head noun that resolves "the minister"
to "Foreign Minister Jon Holm" cannot resolve it; the phrase stands for the titles listed in the vocabulary.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .lexicon import ARTICLES, NATIONAL_OFFICES, OFFICE_PERIPHRASES, RANK_WORDS, STANDING_WORDS
from .trace import fired

PERIPHRASES: dict[str, list[frozenset[str]]] = {
    phrase: [frozenset(office.split()) for office in offices.split("|")]
    for phrase, offices in OFFICE_PERIPHRASES.items()
}
"""Each phrase with the titles that hold its office, each title as the set of its words."""

SKIPPED = ARTICLES | {"of"}
"""Words a phrase may carry or drop without naming another office: "the chief of the diplomatic mission"."""

BODY_WORDS = re.compile(
    r"(?i)\b(?:senate|assembly|parliament|congress|party|court|commission|council|bank|company|club|federation|"
    r"union|association|university|committee|league|board|chamber|foundation|institute)\b"
)
"""Words of a title that make its office one of a body within or outside a state, not of the state: "President of
the Senate", "party president", "President of the European Commission" head no state."""


def periphrasis_of(description: Span) -> list[frozenset[str]] | None:
    """The titles that hold the office ``description`` names by a phrase ("the Colombian head of state": president,
    king, …), or None when it names none so. The phrase is the description's own head ("head", "diplomat"), not
    one it relates its person to ("the head of state's spokesman", "an adviser to the head of state"). A state's
    possessive before the phrase only says whose office it is ("Kuwait's ruler")."""
    head = description.root
    tokens = [t for t in description if t.is_alpha and t.lower_ not in SKIPPED]
    words = [t.lower_ for t in tokens]
    for phrase, offices in PERIPHRASES.items():
        wanted = [w for w in phrase.split() if w not in SKIPPED]
        for i in range(len(words) - len(wanted) + 1):
            if words[i : i + len(wanted)] == wanted and head in tokens[i : i + len(wanted)]:
                if any(t.tag_ == "POS" and t.i > tokens[i].i for t in description):
                    return None  # the parse may head "the head of state's spokesman" by "head"
                return offices
    return None


def holds_periphrased_office(description: Span, offices: list[frozenset[str]], title: str) -> bool:
    """Whether ``title`` holds one of the ``offices`` a periphrasis names (rule speaker.office-periphrasis): the
    title has every word of one of them, no lesser rank or other standing than the description's ("Vice President",
    "former President" are no head of state), and no body other than a state's ("Senate President")."""
    words = set(re.findall(r"\w+", title.lower()))
    said = {t.lower_ for t in description}
    if (RANK_WORDS | STANDING_WORDS) & words - said or BODY_WORDS.search(title) or "for" in words:
        return False  # "Secretary of State for Health" holds a portfolio, not the foreign office
    return any(office <= words for office in offices)


def national_office_state(description: Span) -> str | None:
    """The one state whose office ``description`` names by a title no other state has ("the Taoiseach": Ireland),
    so that it stands for that state's holder named in the article ("Irish premier Niamh Doyle") and never for a
    prime minister of another state or of none told (rule speaker.national-office)."""
    state = NATIONAL_OFFICES.get(description.root.lower_)
    if state is not None:
        fired("speaker.national-office")
    return state
