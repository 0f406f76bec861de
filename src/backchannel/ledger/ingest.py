"""Ingest: extract articles and store them in the ledger, one transaction per article.

Extraction runs in worker processes when asked; storing stays in this
process, the ledger's single writer.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ..pipeline import extract_items
from ..readers import Item
from .store import Outcome, ingest_record

if TYPE_CHECKING:  # sqlite-utils loads only when a ledger is opened
    from sqlite_utils import Database


def ingest_items(
    db: Database,
    items: Iterable[Item],
    *,
    model: str | None = None,
    workers: int = 1,
    on_record: Callable[[dict[str, Any], Outcome], None] | None = None,
) -> Counter[str]:
    """Extract and store every item; returns how many were stored, replaced, skipped and failed."""
    counts: Counter[str] = Counter()
    for record in extract_items(items, model=model, workers=workers):
        try:
            outcome = ingest_record(db, record)
        except sqlite3.Error as err:  # e.g. another writer held the ledger too long: this article only
            outcome = Outcome("failed", message=f"could not store the article: {err}")
        counts[outcome.status] += 1
        if on_record is not None:
            on_record(record, outcome)
    return counts
