"""Nicknames a story gives in quote marks right after a person's full name: "Prime Minister Ram Bahadur Thapa
‘Badal’ … Badal told her", "Luis Ortega "El Tigre" … El Tigre said" (rule actor.quoted-nickname). The press of
South Asia and Latin America names leaders so, then goes on by the nickname alone; unlinked, the nickname became a
second person and what he said and whom he met were his."""

from __future__ import annotations

import re

from ..records import ActorKind
from .actor_table import ActorTable
from .short_names import fold_into
from .trace import fired

NICKNAME_WORDS = r"[A-Z][\w.-]+(?:[ \t][A-Z][\w.-]+){0,2}"
"""One to three capitalised words: "Badal", "El Tigre"."""
QUOTED_NICKNAME = re.compile(
    rf"[ \t\xa0]*(?:‘(?P<curly>{NICKNAME_WORDS})’|'(?P<straight>{NICKNAME_WORDS})'"
    rf"|“(?P<double>{NICKNAME_WORDS})”|\"(?P<plain>{NICKNAME_WORDS})\")(?=[\s,.;:)—–]|$)"
)
"""Quote marks of one kind, opened and closed around the nickname, right after the name, before a space or a stop."""


def take_quoted_nicknames(table: ActorTable) -> None:
    """Give each person named in full the nickname quoted right after the name, as an alias, and make the person
    the tagger made of the nickname alone, if any, the same person; later bare mentions the tagger missed are
    found by it (``nicknames``)."""
    text = table.article.text
    for person in [a for a in table.actors if a.kind is ActorKind.PERSON and len(a.name.split()) >= 2]:
        for mention in list(person.mentions):
            found = QUOTED_NICKNAME.match(text, mention.end)
            if found is None:
                continue
            nickname = next(group for group in found.groups() if group)
            if nickname in person.name.split() or table.nicknames.get(nickname, person.id) != person.id:
                continue
            fired("actor.quoted-nickname")
            table.nicknames[nickname] = person.id
            if nickname not in person.aliases:
                person.aliases.append(nickname)
            for other in [a for a in table.actors if a.kind is ActorKind.PERSON and a.name == nickname]:
                fold_into(table, other, person)
