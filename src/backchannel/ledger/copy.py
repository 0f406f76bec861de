"""A whole ledger copied into a new SQLite ledger file, from either backend (``export --format sqlite``).

The copy is made by the ordinary migrations, so it has SQLite's own schema (full-text index included,
filled by its triggers as the quotes arrive) and opens in Datasette or any SQLite client. Rows keep their
ids; every column the two schemas share is copied, table by table, in one transaction, except the rows that
triggers keep (``KEPT_BY_TRIGGERS``), which are recomputed from the copied rows at the end.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from . import event_details
from .migrations import KEPT_BY_TRIGGERS, recount_actor_events, recount_actors, recount_event_countries
from .store import LedgerError, open_ledger

if TYPE_CHECKING:
    from .dialect import Ledger

BATCH = 2_000


def copy_to_sqlite(source: Ledger, path: str | Path) -> Counter[str]:
    """Write ``source`` to a new SQLite ledger at ``path``; returns the rows copied per table."""
    path = Path(path)
    if path.exists():
        raise LedgerError(f"{path} already exists: export writes a new file")
    target = open_ledger(path)
    copied: Counter[str] = Counter()
    try:
        target.conn.execute("BEGIN IMMEDIATE")
        target.conn.execute("PRAGMA defer_foreign_keys = ON")  # actors name their relay, which may come later
        with source.snapshot():
            for table in target.tables():
                kept = KEPT_BY_TRIGGERS.get(table, set())
                if table == "_migrations" or not source.has_table(table) or kept is None:
                    continue
                ours = [r[1] for r in target.execute(f"PRAGMA table_info({table})")]
                theirs = [d[0] for d in source.execute(f"SELECT * FROM {table} LIMIT 0").description]
                columns = [c for c in ours if c in theirs and c not in kept]
                names = ", ".join(f'"{c}"' for c in columns)
                insert = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
                for rows in source.stream(f"SELECT {names} FROM {table} ORDER BY 1", BATCH):
                    target.conn.executemany(insert, rows)
                    copied[table] += len(rows)
        recount_actors(target)  # what the triggers kept as the rows came, made exact whatever order they came in
        recount_event_countries(target)
        recount_actor_events(target)
        event_details.refill(target)
        target.conn.execute("COMMIT")
    except BaseException:
        target.close()
        path.unlink(missing_ok=True)
        raise
    target.close()
    return copied
