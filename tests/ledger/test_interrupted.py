"""A kill -9 in the middle of an ingest leaves a sound ledger that a rerun completes."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time


def test_kill_during_ingest_then_resume(tmp_path):
    articles = tmp_path / "many.jsonl"
    with articles.open("w") as f:
        for n in range(300):
            text = f"Envoy Anna Kowalska{n} met Minister Jan Novak{n} in Vienna on Tuesday, officials said. " * 20
            f.write(json.dumps({"id": f"a{n}", "published": "2026-03-12", "outlet": "Test Wire", "text": text}) + "\n")
    db = tmp_path / "l.db"
    command = [sys.executable, "-m", "backchannel", "ingest", "--db", str(db), str(articles)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 5:
                break
    assert proc.poll() is None, "ingest finished before it could be interrupted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 5 <= count < 300
    # only whole articles: every stored article has its quotes and its event report
    orphans = conn.execute(
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.article_id = a.id)"
    ).fetchone()[0]
    assert orphans == 0
    conn.close()

    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 300
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
