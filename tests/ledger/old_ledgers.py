"""Ledgers as older versions of backchannel left them: migrated only part of the way."""

from __future__ import annotations

from pathlib import Path

from backchannel.ledger import migrations
from backchannel.ledger.dialect import Ledger, connect


def ledger_before(path: Path, migration: int) -> Ledger:
    """A new SQLite ledger at ``path`` with the migrations before number ``migration`` applied, still open."""
    old = connect(path, read_only=False)
    original = migrations.MIGRATIONS
    migrations.MIGRATIONS = original[: migration - 1]
    try:
        migrations.migrate(old)
    finally:
        migrations.MIGRATIONS = original
    return old
