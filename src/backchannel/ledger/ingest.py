"""Ingest: extract articles and store them in the ledger, one transaction per article.

Extraction runs in worker processes when asked; storing stays in this process, the ledger's single
writer. Records already extracted (``backchannel extract`` output, schema ``backchannel.article/1``)
are stored as they are, without loading the model.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING, Any

from ..pipeline import extract_items
from ..readers import Item
from .dialect import database_errors
from .extractor_version import extractor_version
from .store import Outcome, ingest_record

if TYPE_CHECKING:
    from .dialect import Ledger as Database

OnRecord = Callable[[dict[str, Any], Outcome], None]


def store_one(db: Database, record: dict[str, Any], *, replace: bool = False) -> Outcome:
    """Store a record; a database error (locked too long, disk full) fails this article only."""
    try:
        return ingest_record(db, record, replace=replace)
    except database_errors() as err:
        return Outcome("failed", message=f"could not store the article: {err}")


def ingest_items(
    db: Database,
    items: Iterable[Item],
    *,
    model: str | None = None,
    workers: int = 1,
    on_record: OnRecord | None = None,
) -> Counter[str]:
    """Extract and store every item; returns how many were stored, replaced, skipped and failed."""
    counts: Counter[str] = Counter()

    def store(record: dict[str, Any]) -> None:
        outcome = store_one(db, record)
        counts[outcome.status] += 1
        if on_record is not None:
            on_record(record, outcome)

    for record in records_of(items, model=model, workers=workers):
        store(record)
    return counts


def records_of(items: Iterable[Item], *, model: str | None, workers: int) -> Iterator[dict[str, Any]]:
    """A record per item: given records as they are, articles extracted (the model loads only if one comes)."""
    ready: deque[dict[str, Any]] = deque()
    stream = iter(items)
    for item in stream:
        if item.record is None:
            first = item
            break
        yield item.record
    else:
        return

    def to_extract() -> Iterator[Item]:
        for item in chain([first], stream):
            if item.record is not None:
                ready.append(item.record)  # handed out between extracted records, in the main process
            else:
                yield item

    # with explanations: the ledger keeps the ids of the rules behind each telling
    for record in extract_items(to_extract(), model=model, workers=workers, explain=True):
        while ready:
            yield ready.popleft()
        if not record.get("error"):
            record["extractor"] = extractor_version()
        yield record
    while ready:
        yield ready.popleft()
