"""Read-only connections to the ledger for the web server, one per thread.

The server never writes through these: a SQLite ledger is opened with ``mode=ro`` and a PostgreSQL one
with read-only transactions, so a bug or a hostile request cannot change the ledger. The one write the UI
offers (storing an analysed article when the user asks) goes through ``open_ledger``, the ledger's
ordinary writer.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ..ledger.dialect import is_postgres
from ..ledger.store import open_ledger

if TYPE_CHECKING:
    from ..ledger.dialect import Ledger


class LedgerReader:
    """Hands each thread its own read-only connection to one ledger (a file or a PostgreSQL URL)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path) if is_postgres(path) else Path(path).resolve()
        # Bring an older ledger's schema up to date once, as the CLI's query commands do; after this
        # the server only reads.
        open_ledger(self.path, create=False).close()
        self._local = threading.local()

    def db(self) -> Ledger:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = open_ledger(self.path, read_only=True)
        return db
