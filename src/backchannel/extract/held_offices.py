"""The offices a person's titles name, said the short way ("foreign minister", "oil minister"), by which counterparts
are matched: one who holds in another state the office a person holds is that person's counterpart (rules
party.counterpart-named and party.counterparts-of-each-nationality)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import Actor
from .actor_titles import TITLE_QUALIFIERS
from .lexicon import TITLE_NOUNS

if TYPE_CHECKING:
    from .actor_table import ActorTable

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
    return offices_in(actor.titles)


def offices_in(titles: list[str]) -> set[str]:
    """The offices ``titles`` name, as ``offices_of`` reads a person's."""
    offices = set()
    for title in titles:
        words = office_words(title).lower().replace("-", " ").split()
        heads = [i for i, w in enumerate(words) if w in TITLE_NOUNS and w not in COUNTERPART_WORDS]
        if heads:
            i = heads[-1]
            before = words[i - 1 : i] if i and not words[i - 1].endswith(("'s", "’s")) else []
            offices.add(" ".join([*before, words[i]]))
    return offices


def holds_title(title: str, phrase: str) -> bool:
    """Whether ``title`` holds the office ``phrase`` names, unqualified: "Prime Minister of X" holds "prime
    minister", "Deputy Prime Minister" does not, "Deputy Minister and Minister of Finance" holds "minister"."""
    words, wanted = title.lower().replace("-", " ").split(), phrase.split()
    return any(
        words[i : i + len(wanted)] == wanted and not (i and words[i - 1] in TITLE_QUALIFIERS)
        for i in range(len(words) - len(wanted) + 1)
    )


def named_persons(table: ActorTable) -> list[Actor]:
    """The persons the article names, not the ones it knows only by a title ("his Colombian counterpart")."""
    return [a for a in table.persons() if a.name not in a.titles]


def office_holders(table: ActorTable, offices: set[str]) -> list[Actor]:
    """The named persons, of any state, whose titles hold one of ``offices``: who may be the counterpart that holds
    them (rules party.counterpart-named on the contact's side, speaker.counterpart-holder on the speaker's)."""
    return [
        a
        for a in named_persons(table)
        if any(holds_title(office_words(title), office) for title in a.titles for office in offices)
    ]
