"""The offices a person's titles name, said the short way ("foreign minister", "oil minister"), by which counterparts
are matched: one who holds in another state the office a person holds is that person's counterpart (rules
party.counterpart-named and party.counterparts-of-each-nationality)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from ..records import Actor
from .actor_titles import TITLE_QUALIFIERS
from .lexicon import TITLE_NOUNS
from .trace import fired

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


SUCCESSION_VERBS = frozenset({"succeed", "replace"})
"""Verbs by which one is told to take over another's office: "who will succeed X as prime minister"."""


def office_to_be_taken_over(name: SpacySpan) -> str | None:
    """The office a person named as the object of a succession still to come holds now (rule
    actor.office-to-be-succeeded): "Young, who will succeed Rowley as prime minister on March 16" gives Rowley the
    title "prime minister". Only a future or an intended succession ("will succeed", "is set to replace"); "succeeded
    X as governor" tells an office X held before."""
    node = name.root
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in SUCCESSION_VERBS or verb.tag_ != "VB":
        return None
    as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    office = next((c for c in as_phrase.children if c.dep_ == "pobj"), None) if as_phrase is not None else None
    if office is None or office.lemma_.lower() not in TITLE_NOUNS:
        return None
    words = [t for t in office.doc[office.left_edge.i : office.i + 1] if t.dep_ not in ("det", "poss", "case")]
    if not words or words[0].i != office.left_edge.i + (office.doc[office.left_edge.i].dep_ == "det"):
        return None  # "as the party's leader": whose office it is stays unknown
    fired("actor.office-to-be-succeeded")
    return " ".join(t.text for t in words)
