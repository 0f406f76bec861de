"""A name that signs off quoted words is their writer, not someone they talk about (rule speaker.signs-off).

A letter or a message quoted in full ends on its writer's name: "… Hope to see you soon. Sincerely, Ana", "…
Take care. (Ana)". Names inside a quote are, as a rule, those its speaker talks about, and so never its speaker
("Bashir, he said, was cautious"); a name after a closing word of a letter, or alone in brackets at the end of a
paragraph, is the one who wrote the words, and stays a candidate for the quote's "she said".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .actor_table import ActorTable
from .trace import fired

VALEDICTIONS = frozenset(
    {
        "sincerely",
        "regards",
        "wishes",
        "yours",
        "cheers",
        "love",
        "best",
        "respectfully",
        "cordially",
        "faithfully",
        "truly",
    }
)
"""The closing words of a letter or a message, before the writer's name ("Sincerely,", "Best wishes,")."""
CLOSING_BRACKETS = frozenset({")", "]"})


def signers(doc: Doc, table: ActorTable, ranges: list[tuple[int, int]]) -> set[str]:
    """The actors named inside ``ranges`` only where they sign the words off."""
    signing: set[str] = set()
    other: set[str] = set()
    for start, end in ranges:
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span or ():
            actor = table.actor_at_index(token.i)
            earlier = table.actor_at_index(token.i - 1) if token.i > span.start else None
            if actor is None or (earlier is not None and earlier.id == actor.id):
                continue  # one mention, read at its first word
            (signing if _signs_off(doc, token, actor.id, table) else other).add(actor.id)
    found = signing - other
    if found:
        fired("speaker.signs-off")
    return found


def _signs_off(doc: Doc, first: Token, actor_id: str, table: ActorTable) -> bool:
    """Whether the name opening at ``first`` follows a closing word and a comma ("Sincerely, Ana") or stands
    alone in brackets that end its paragraph or its sentence ("(Ana)")."""
    last = first.i
    while last + 1 < len(doc) and _names(table, last + 1, actor_id):
        last += 1
    before = [t for t in doc[max(first.i - 3, 0) : first.i] if not t.is_space]
    if len(before) >= 2 and before[-1].text == "," and before[-2].lower_ in VALEDICTIONS:
        return True
    after = doc[last + 1] if last + 1 < len(doc) else None
    if not before or before[-1].text != "(" or after is None or after.text not in CLOSING_BRACKETS:
        return False
    rest = doc[after.i + 1 : after.i + 2]
    return not len(rest) or rest[0].is_space or rest[0].is_quote or rest[0].text in (".", "!")


def _names(table: ActorTable, index: int, actor_id: str) -> bool:
    """Whether the token at ``index`` is part of a mention of the actor ``actor_id``."""
    actor = table.actor_at_index(index)
    return actor is not None and actor.id == actor_id
