"""Kill -9 an ingest at random moments, and check every time that the ledger is sound.

    python bench/kill_loop.py [--runs 100] [--articles 200] [--workers 2] [--real ARTICLES.jsonl] [--seed 3]

The fixture is ``--articles`` extraction records about a dozen people whose names vary ("Sergey
Lavrov", "Sergei Lavrov", "Lavrov") and whose contacts are told by several outlets, so that storing
merges and regroups actors and events all the time; ingest stores records without the model, so the
kills land in storing, migrating and regrouping. With ``--real``, the fixture is that JSONL file of
articles instead, extracted for real by each run (much slower per run).

Each run starts ``backchannel ingest --workers N`` on a fresh ledger, kills it with SIGKILL after a
random delay within the time a whole ingest takes, and checks:

1. ``PRAGMA integrity_check`` is ok and ``PRAGMA foreign_key_check`` finds nothing;
2. no article is stored in part: each stored article has all its mentions, tellings and quotes;
3. what is stored equals (canonical form) a clean ledger of exactly the articles that were stored;
4. a clean rerun completes it to a ledger equal to one built without interruption.

Run by hand; tests never assert a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from backchannel.ledger.canonical import canonical
from backchannel.ledger.store import ingest_record, open_ledger

PEOPLE = [
    ("Sergey Lavrov", "RUS"),
    ("Sergei Lavrov", "RUS"),
    ("Lavrov", None),
    ("Aino Virtanen", "FIN"),
    ("Virtanen", "FIN"),
    ("Mauro Vieira", "BRA"),
    ("Jan Novak", "CZE"),
    ("Ana Pires", "PRT"),
    ("Hakan Yildiz", "TUR"),
    ("Eleni Papadaki", "GRC"),
    ("Kofi Mensah", "GHA"),
    ("Li Wei", "CHN"),
]
OUTLETS = ["Nordic Wire", "Atlantic Herald", "Global Post", "Test Daily"]


def synthetic_records(count: int, rng: random.Random) -> list[dict[str, Any]]:
    records = []
    for n in range(count):
        (a, ca), (b, cb) = rng.sample(PEOPLE, 2)
        outlet = rng.choice(OUTLETS)
        day = 1 + rng.randrange(40)
        published = f"2026-03-{day % 28 + 1:02d}" if rng.random() < 0.9 else None
        date = rng.choice(
            [None, (f"2026-03-{day % 28 + 1:02d}", "day", "on Tuesday"), ("2026-03", "month", "in March")]
        )
        actor = lambda i, name, country: {  # noqa: E731
            "id": i,
            "name": name,
            "kind": "person",
            "country": country,
            "titles": ["minister"] if rng.random() < 0.5 else [],
            "aliases": [],
            "via": None,
            "mentions": [],
        }
        text = f"Article {n}: {a} met {b}. " + " ".join(rng.choices(["talks", "grain", "energy", "said"], k=30))
        records.append(
            {
                "schema": "backchannel.article/1",
                "article": {
                    "id": f"k{n}",
                    "url": f"https://kill.example/{n}",
                    "text": text,
                    "published": published,
                    "outlet": outlet,
                },
                "actors": [actor("p1", a, ca), actor("p2", b, cb), {**actor("o1", outlet, None), "kind": "outlet"}],
                "quotes": [
                    {
                        "id": "q1",
                        "kind": "direct",
                        "content": {"start": 0, "end": 5, "text": text[:40]},
                        "cue": None,
                        "speaker": None,
                        "speaker_actor": "p1",
                    }
                ],
                "events": [
                    {
                        "id": "e1",
                        "type": "CONSULT",
                        "mode": rng.choice([None, "phone", "meeting"]),
                        "status": rng.choice(["occurred", "planned"]),
                        "actor": ["p1"],
                        "recipient": ["p2"],
                        "participants": ["p1", "p2"],
                        "date": {"value": date[0], "precision": date[1], "text": date[2]} if date else None,
                        "place": None,
                        "topics": [rng.choice(["grain", "energy"])],
                        "evidence": [{"start": 0, "end": 5, "text": text[:20]}],
                        "reported_by": [{"source": "o1", "via": None}],
                        "confirmations": [{"status": "confirmed", "by": "p2", "evidence": None}]
                        if rng.random() < 0.3
                        else [],
                    }
                ],
            }
        )
    return records


def ingest_command(db: Path, fixture: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "backchannel", "ingest", "--db", str(db), "--workers", str(workers), str(fixture)]


def build_clean(records: list[dict[str, Any]], path: Path) -> dict[str, Any]:
    db = open_ledger(path)
    for record in records:
        ingest_record(db, record)
    form = canonical(db)
    db.conn.close()
    return form


def whole_articles(db: sqlite3.Connection, by_key: dict[str, dict[str, Any]]) -> list[str]:
    """Keys of stored articles that lack some of their mentions, tellings or quotes."""
    partial = []
    for article_id, key in db.execute("SELECT id, key FROM articles"):
        record = by_key.get(key)
        if record is None:
            continue  # a real article's key is its URL or text hash; checked through the clean rebuild
        counts = [
            db.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [article_id]).fetchone()[0]
            for table in ("mentions", "tellings", "quotes")
        ]
        if counts != [len(record["actors"]), len(record["events"]), len(record["quotes"])]:
            partial.append(key)
    return partial


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--real", type=Path, help="a JSONL file of articles, extracted for real by each run")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="backchannel-kill-"))
    if args.real:
        fixture = args.real
        records: list[dict[str, Any]] = []
    else:
        records = synthetic_records(args.articles, rng)
        fixture = folder / "records.jsonl"
        fixture.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    by_key = {r["article"]["url"]: r for r in records}

    start = time.perf_counter()
    subprocess.run(ingest_command(folder / "reference.db", fixture, args.workers), check=True, capture_output=True)
    whole_run = time.perf_counter() - start
    reference = canonical(open_ledger(folder / "reference.db", read_only=True))
    print(
        f"fixture: {len(reference['articles'])} articles, {len(reference['events'])} events; "
        f"an uninterrupted ingest takes {whole_run:.1f} s",
        flush=True,
    )

    sound = mid = 0
    stored_at_kill = []
    for run in range(1, args.runs + 1):
        db_path = folder / f"run{run}.db"
        proc = subprocess.Popen(
            ingest_command(db_path, fixture, args.workers),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started = time.perf_counter()
        try:
            proc.wait(timeout=rng.uniform(0, whole_run))
            whole_run = min(whole_run, time.perf_counter() - started)  # kill sooner: runs go faster than that
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the workers too
            proc.wait()
        still_running = proc.returncode == -signal.SIGKILL
        mid += still_running
        problems = []
        if db_path.exists():
            conn = sqlite3.connect(db_path)
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                problems.append("integrity_check failed")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "tellings" in tables:
                if conn.execute("PRAGMA foreign_key_check").fetchall():
                    problems.append("foreign keys broken")
                partial = whole_articles(conn, by_key)
                if partial:
                    problems.append(f"{len(partial)} article(s) stored in part")
                keys = {r[0] for r in conn.execute("SELECT key FROM articles")}
                stored_at_kill.append(len(keys))
                if records:
                    subset = [r for r in records if r["article"]["url"] in keys]
                    if canonical(open_ledger(db_path)) != build_clean(subset, folder / f"subset{run}.db"):
                        problems.append("stored state differs from a clean ledger of the same articles")
            conn.close()
        subprocess.run(ingest_command(db_path, fixture, args.workers), check=True, capture_output=True)
        if canonical(open_ledger(db_path, read_only=True)) != reference:
            problems.append("the rerun's ledger differs from the uninterrupted one")
        sound += not problems
        print(
            f"run {run:3d}: {'killed mid-ingest' if still_running else 'finished before the kill'}, "
            f"{stored_at_kill[-1] if stored_at_kill else 0} stored at the kill: "
            f"{'sound' if not problems else '; '.join(problems)}",
            flush=True,
        )
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    print(f"{sound} of {args.runs} runs left a sound ledger ({mid} killed mid-ingest)")
    shutil.rmtree(folder, ignore_errors=True)
    return 0 if sound == args.runs else 1


if __name__ == "__main__":
    sys.exit(main())
