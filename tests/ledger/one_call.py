"""A ledger of one article telling one phone call between two people, for the command line's and the web's tests."""

from __future__ import annotations

from pathlib import Path

from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.records import contact, person, record


def one_call_ledger(path: Path) -> Path:
    """Write the ledger at ``path`` (Macron and Berg, 10 March 2026) and close it; its path."""
    db = open_ledger(path)
    actors = [person("p1", "Emmanuel Macron", "FRA"), person("p2", "Olaf Berg", "NOR")]
    ingest_record(db, record("a", actors, [contact(["p1", "p2"], date=("2026-03-10", "day", "on Tuesday"))]))
    db.close()
    return path
