"""The offices a person's titles name, said the short way ("foreign minister", "oil minister"), by which counterparts
are matched: one who holds in another state the office a person holds is that person's counterpart (rules
party.counterpart-named and party.counterparts-of-each-nationality)."""

from __future__ import annotations

import re

from ..records import Actor
from .lexicon import TITLE_NOUNS

COUNTERPART_WORDS = frozenset({"counterpart", "homologue"})
"""Nouns for the one who holds, in another state, the office of the person they are told beside."""


def office_words(title: str) -> str:
    """A title with its office said the short way: "Minister of Foreign Affairs" is a "foreign minister", "Minister
    for Defence" a "defence minister" (rule party.counterpart-named)."""
    return OFFICE_OF_A_FIELD.sub(lambda m: f"{m.group(2)} {m.group(1)}", title)


OFFICE_OF_A_FIELD = re.compile(
    r"\b(minister|secretary) (?:of|for) (?!state\b)(?:the )?(\w+)(?: affairs)?\b(?=\s*(?:$|,|and\b))", re.IGNORECASE
)
"""A minister or secretary of one field, written the long way round: the field one word (and "affairs"), ending the
title or before "and" or a comma, never "Minister of Higher Education"."""


def offices_of(actor: Actor) -> set[str]:
    """The offices a person's titles name: the last title noun of each and the word before it ("Ecuador's foreign
    minister": foreign minister); a title noun alone when it opens the title."""
    offices = set()
    for title in actor.titles:
        words = office_words(title).lower().replace("-", " ").split()
        heads = [i for i, w in enumerate(words) if w in TITLE_NOUNS and w not in COUNTERPART_WORDS]
        if heads:
            i = heads[-1]
            before = words[i - 1 : i] if i and not words[i - 1].endswith(("'s", "’s")) else []
            offices.add(" ".join([*before, words[i]]))
    return offices
