"""Read-only connections to the ledger for the web server, one per thread.

The server never writes through these: SQLite opens the file with
``mode=ro``, so a bug or a hostile request cannot change the ledger. The one
write the UI offers (storing an analysed article when the user asks) goes
through ``open_ledger``, the ledger's ordinary writer.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..ledger.store import BUSY_TIMEOUT_MS, LedgerError, open_ledger

if TYPE_CHECKING:
    from sqlite_utils import Database


class LedgerReader:
    """Hands each thread its own read-only connection to one ledger file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).resolve()
        # Bring an older ledger's schema up to date once, as the CLI's query commands do; after this
        # the server only reads.
        open_ledger(self.path, create=False).conn.close()
        self._local = threading.local()

    def db(self) -> Database:
        from sqlite_utils import Database

        db = getattr(self._local, "db", None)
        if db is None:
            uri = f"file:{quote(str(self.path))}?mode=ro"
            try:
                conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            except sqlite3.Error as err:
                raise LedgerError(f"cannot open ledger {self.path}: {err}") from err
            db = self._local.db = Database(conn)
        return db
