"""After `ingest` or `reextract` ends, the ledger file holds everything on its own.

A SQLite ledger is in WAL mode: what a run writes goes to ``ledger.db-wal`` first and is folded into
``ledger.db`` when the last connection closes. A run that exits with its connections open leaves the newest
articles (all of them, in a small ledger) in the ``-wal`` file only, so a copy of ``ledger.db`` alone, the
file the README calls a plain SQLite file, lacks them.
"""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ARTICLE = (
    "Finnish Foreign Minister Aino Virtanen met Brazilian Foreign Minister Mauro Vieira in Helsinki on Tuesday,"
    ' the ministry said. "We spoke about trade," Virtanen told reporters.\n'
)


def run(*args: str) -> None:
    command = [sys.executable, "-m", "backchannel", *args]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def articles_in_copy(db: Path, tmp_path: Path) -> int:
    """The articles a copy of the ledger file alone (without its -wal) holds."""
    copy = tmp_path / "copy.db"
    shutil.copyfile(db, copy)
    with sqlite3.connect(copy) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_ingest_and_reextract_leave_everything_in_the_ledger_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    db = tmp_path / "l.db"
    run("ingest", "--db", str(db), str(article))
    assert not Path(f"{db}-wal").exists()
    assert articles_in_copy(db, tmp_path) == 1
    run("reextract", "--db", str(db), "--all")
    assert not Path(f"{db}-wal").exists()
