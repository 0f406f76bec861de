"""The ledger's record of units of work (``units`` table): what a distributed ingest committed or gave up on.

A unit's articles and its row are committed in one transaction, so after a kill at any moment a unit is either
wholly in the ledger, with its row, or not at all; an ingest run again skips the units whose row says ``done``
with the same content hash and redoes the rest, with the same per-article idempotency as any ingest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .store import Outcome, store_within, transaction

if TYPE_CHECKING:
    from .dialect import Ledger as Database

OUTCOMES = ("stored", "replaced", "skipped", "failed")


@dataclass
class UnitRow:
    """What is known of one unit: its identity, how it went, and when."""

    uri: str
    content_hash: str
    status: str
    extractor: str | None = None
    counts: Counter[str] | None = None
    attempts: int = 1
    error: str | None = None
    seconds: float | None = None


def done_units(db: Database) -> dict[str, str]:
    """The content hash of every unit committed as done, by URI."""
    return {uri: digest for uri, digest in db.execute("SELECT uri, content_hash FROM units WHERE status = 'done'")}


def commit_unit(db: Database, row: UnitRow, records: Iterable[dict[str, Any]]) -> list[tuple[dict[str, Any], Outcome]]:
    """Store a unit's records and its row ``done`` in one transaction; returns each record with its outcome.

    A record that fails (an error record, a malformed one, a database error while storing it) fails alone and is
    counted in the row; any other exception rolls the whole unit back.
    """
    outcomes: list[tuple[dict[str, Any], Outcome]] = []
    with transaction(db):
        for record in records:
            outcomes.append((record, store_within(db, record)))
        row.counts = Counter(outcome.status for _, outcome in outcomes)
        row.status = "done"
        _write(db, row)
    return outcomes


def give_up_unit(db: Database, row: UnitRow) -> None:
    """Record a unit that failed its last attempt (``failed``, with why): reported, and retried by the next run."""
    row.status = "failed"
    with transaction(db):
        _write(db, row)


def _write(db: Database, row: UnitRow) -> None:
    counts = row.counts or Counter()
    values = [
        row.uri,
        row.content_hash,
        row.extractor,
        row.status,
        sum(counts[k] for k in OUTCOMES),
        *(counts[k] for k in OUTCOMES),
        row.attempts,
        row.error,
        row.seconds,
        datetime.now(UTC).isoformat(),
    ]
    db.execute(
        "INSERT INTO units (uri, content_hash, extractor, status, articles, stored, replaced, skipped, failed,"
        " attempts, error, seconds, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (uri) DO UPDATE SET content_hash = excluded.content_hash, extractor = excluded.extractor,"
        " status = excluded.status, articles = excluded.articles, stored = excluded.stored,"
        " replaced = excluded.replaced, skipped = excluded.skipped, failed = excluded.failed,"
        " attempts = excluded.attempts, error = excluded.error, seconds = excluded.seconds,"
        " finished_at = excluded.finished_at",
        values,
    )
