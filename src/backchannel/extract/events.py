"""Contacts (PLOVER CONSULT events): not yet extracted; see issue 4."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Article, Event, Quote
from .actors import ActorTable


def find_events(doc: Doc, article: Article, table: ActorTable, quotes: list[Quote]) -> list[Event]:
    return []
