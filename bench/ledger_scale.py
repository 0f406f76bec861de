"""Ledger at scale: build a ledger of synthetic records, time the queries, time real ingest.

    python bench/ledger_scale.py [--articles 100000] [--db /tmp/bench.db | --db postgresql://…] [--build bulk]
        [--runs 30] [--copy-from LEDGER.db] [--real ARTICLES.jsonl]

1. Stores ``--articles`` synthetic extraction records (a few thousand people
   and outlets, contacts between random pairs on random days, three quotes an
   article) through the real ``ingest_record`` and reports the store rate
   and the ledger's size on disk. ``--build bulk`` stores the same records
   through the store's code in three passes instead (``ledger_bulk.py``): the
   same ledger, built fast enough for a million articles.
   ``--db postgresql://…`` builds it in that
   PostgreSQL database (which must hold no ledger yet), then runs
   ``VACUUM ANALYZE`` (timed apart) as autovacuum would after a bulk load.
   With ``--copy-from LEDGER.db`` it fills that PostgreSQL database with the
   rows of a SQLite ledger this script built (the same ledger, without the
   hours real ingest takes at this size on a busy machine; time it apart with
   a smaller ``--articles``).
2. Runs each query 30 times (``--runs``) with varied arguments and reports
   p50/p95 in ms, the p95 of the CPU time it took, and the mean number of
   rows it returned: first each filter the query commands offer as they run
   it by default (a first page: the 100 rows shown and one more that says
   whether the list goes on), then the long lists whole (``--limit 0``).
3. With ``--real``, ingests that JSONL file with real extraction through the
   ``backchannel ingest`` command, once with one worker and once with two.

Run by hand; tests never assert a timing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ledger_bulk import bulk_store

from backchannel.cli import DEFAULT_ROWS
from backchannel.geo import gazetteer
from backchannel.ledger import query
from backchannel.ledger.dialect import is_postgres
from backchannel.ledger.store import ingest_record, open_ledger

FIRST = [
    "Anna",
    "Boris",
    "Chen",
    "Dilnoza",
    "Emre",
    "Fatima",
    "Goran",
    "Hana",
    "Ivan",
    "Julia",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Omar",
    "Petra",
    "Quentin",
    "Rania",
    "Sven",
    "Tamar",
    "Uma",
    "Viktor",
    "Wei",
    "Yara",
]
LAST = [
    f"{a}{b}"
    for a in (
        "Kov",
        "Mar",
        "Sal",
        "Ten",
        "Bar",
        "Lin",
        "Dor",
        "Fen",
        "Har",
        "Ost",
        "Rav",
        "Vel",
        "Zan",
        "Mor",
        "Tal",
        "Ber",
        "Cas",
        "Gul",
        "Pet",
        "Ros",
    )
    for b in ("ach", "enko", "ides", "ström", "ova", "ani", "escu", "berg", "ić", "sen", "ez", "oglu")
]
COUNTRIES = ["RUS", "FRA", "USA", "CHN", "DEU", "TUR", "BRA", "IND", "JPN", "GBR", "UKR", "IRN", "SAU", "ZAF"]
WORDS = (
    "talks sanctions grain corridor ceasefire prisoners energy security trade summit border nuclear migration "
    "climate tariffs aid elections reform dialogue"
).split()


def people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    names = sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(n * 2)})[:n]
    return [(name, rng.choice(COUNTRIES)) for name in names]


def synthetic(i: int, rng: random.Random, persons: list[tuple[str, str]], outlets: list[str]) -> dict[str, Any]:
    day = date(2025, 1, 1) + timedelta(days=rng.randrange(730))
    a, b = rng.sample(persons, 2)
    text = f"Article {i}: {a[0]} met {b[0]}. " + " ".join(rng.choices(WORDS, k=60))
    actors = [
        {
            "id": "p1",
            "name": a[0],
            "kind": "person",
            "country": a[1],
            "titles": ["Foreign Minister"],
            "aliases": [a[0].split()[-1]],
            "via": None,
            "mentions": [],
        },
        {
            "id": "p2",
            "name": b[0],
            "kind": "person",
            "country": b[1],
            "titles": ["envoy"],
            "aliases": [],
            "via": None,
            "mentions": [],
        },
        {
            "id": "o1",
            "name": rng.choice(outlets),
            "kind": "outlet",
            "country": None,
            "titles": [],
            "aliases": [],
            "via": None,
            "mentions": [],
        },
    ]
    quotes = [
        {
            "id": f"q{k}",
            "kind": "direct",
            "content": {"start": 0, "end": 10, "text": " ".join(rng.choices(WORDS, k=12))},
            "cue": {"start": 0, "end": 4, "text": "said"},
            "speaker": {"start": 0, "end": 4, "text": a[0]},
            "speaker_actor": "p1",
        }
        for k in range(3)
    ]
    event = {
        "id": "e1",
        "type": "CONSULT",
        "mode": rng.choice(["meeting", "phone", "visit"]),
        "status": rng.choice(["occurred", "occurred", "planned"]),
        "actor": ["p1"],
        "recipient": ["p2"],
        "participants": ["p1", "p2"],
        "date": {"value": day.isoformat(), "precision": "day", "text": "x"},
        "place": None,
        "topics": [rng.choice(WORDS)],
        "evidence": [{"start": 0, "end": 5, "text": text[:80]}],
        "reported_by": [{"source": "o1", "via": None}],
        "confirmations": [{"status": "confirmed", "by": "p2", "evidence": {"start": 0, "end": 5, "text": "confirmed"}}]
        if rng.random() < 0.3
        else [],
    }
    return {
        "article": {
            "id": f"s{i}",
            "url": f"https://synthetic.example/{i}",
            "text": text,
            "published": (day + timedelta(days=1)).isoformat(),
            "outlet": actors[2]["name"],
        },
        "actors": actors,
        "quotes": quotes,
        "events": [event],
    }


def timed(fn: Callable[[], Any], runs: int = 30) -> tuple[float, float, float, float]:
    """p50 and p95 in ms, p95 of the CPU time this process spent (on a shared machine, the part of the
    wall time that is the query's own), and the mean number of rows returned."""
    times, cpu, rows = [], [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        rows.append(len(fn()))
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    times.sort()
    cpu.sort()
    p95 = int(0.95 * (runs - 1))
    return statistics.median(times), times[p95], cpu[p95], statistics.mean(rows)


def copy_into_postgres(source_path: Path, url: str) -> None:
    """Every row of a SQLite ledger into a new PostgreSQL ledger, with COPY; ids kept."""
    source, target = open_ledger(source_path, read_only=True), open_ledger(url)
    start = time.perf_counter()
    with target.conn.transaction(), source.snapshot():  # (the source may still be growing)
        target.conn.execute("SET LOCAL session_replication_role = replica")  # rows arrive before what they cite
        for table in source.tables():
            if table == "_migrations" or not target.has_table(table):
                continue
            columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(f'"{c}"' for c in columns)
            with target.conn.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {names} FROM {table}"):
                    copy.write_row(row)
            if "id" in columns:
                target.conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                )
    copied = time.perf_counter() - start
    analysed = time.perf_counter()
    target.conn.execute("VACUUM ANALYZE")
    size = target.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 1e6
    print(
        f"copy: from={source_path} seconds={copied:.1f} vacuum_analyze_seconds={time.perf_counter() - analysed:.1f}"
        f" size_mb={size:.0f}"
    )


def filters(db: Any, rng: random.Random) -> tuple[dict[str, Callable[[], Any]], dict[str, Callable[[], Any]]]:
    """The filters the query commands offer, each a call with varied arguments: first pages as the commands
    read them by default (``pages``), then the long lists whole (``whole``)."""
    names = [r[0] for r in db.execute("SELECT name FROM actors WHERE kind = 'person'")]
    pick = lambda: rng.choice(names)  # noqa: E731
    countries = lambda: [gazetteer().display[c] for c in rng.sample(COUNTRIES, 2)]  # noqa: E731
    contacts = lambda **where: lambda: query.contacts(db, query.ContactFilter(**where))  # noqa: E731
    page = DEFAULT_ROWS + 1  # what a query command reads by default: its first page, and one row to say if it goes on
    pages: dict[str, Callable[[], Any]] = {
        "contacts --between A B": lambda: contacts(between=[pick(), pick()], limit=page)(),
        "contacts --actor A": lambda: contacts(actor=pick(), limit=page)(),
        "contacts --actor SURNAME": lambda: contacts(actor=pick().split()[-1], limit=page)(),
        "contacts --between COUNTRY COUNTRY --since": lambda: contacts(
            between=countries(), since="2025-12-01", limit=page
        )(),
        "contacts --country --since --until": lambda: contacts(
            country=rng.choice(COUNTRIES), since="2025-06-01", until="2025-09-30", limit=page
        )(),
        "contacts --country": lambda: contacts(country=rng.choice(COUNTRIES), limit=page)(),
        "contacts --since": lambda: contacts(since="2026-06-01", limit=page)(),
        "contacts --until": lambda: contacts(until="2025-06-30", limit=page)(),
        "contacts --status planned": lambda: contacts(status="planned", limit=page)(),
        "contacts --confirmation none": lambda: contacts(confirmation="none", limit=page)(),
        "contacts --confirmation confirmed": lambda: contacts(confirmation="confirmed", limit=page)(),
        "contacts": lambda: contacts(limit=page)(),
        "quotes --speaker A": lambda: query.quotes(db, speaker=pick(), limit=page),
        "quotes --search WORD": lambda: query.quotes(db, search=rng.choice(WORDS), limit=page),
        "quotes --speaker A --search WORD": lambda: query.quotes(
            db, speaker=pick(), search=rng.choice(WORDS), limit=page
        ),
        "quotes": lambda: query.quotes(db, limit=page),
        "actors --search NAME": lambda: query.actors(db, search=pick().split()[-1], limit=page),
        "actors": lambda: query.actors(db, limit=page),
        "timeline A": lambda: query.timeline(db, pick(), limit=page),
    }
    whole: dict[str, Callable[[], Any]] = {
        "contacts --actor A --limit 0": lambda: contacts(actor=pick())(),
        "contacts --actor SURNAME --limit 0": lambda: contacts(actor=pick().split()[-1])(),
        "contacts --between COUNTRY COUNTRY --since --limit 0": lambda: contacts(
            between=countries(), since="2025-12-01"
        )(),
        "quotes --speaker A --limit 0": lambda: query.quotes(db, speaker=pick()),
        "quotes --speaker A --search WORD --limit 0": lambda: query.quotes(
            db, speaker=pick(), search=rng.choice(WORDS)
        ),
        "timeline A --limit 0": lambda: query.timeline(db, pick()),
    }
    return pages, whole


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/backchannel-bench.db", help="a SQLite file or a postgresql:// URL")
    parser.add_argument("--real", type=Path, help="a JSONL file of articles to ingest with real extraction")
    parser.add_argument("--skip-build", action="store_true", help="reuse an existing --db")
    parser.add_argument("--runs", type=int, default=30, help="times each query is run (default 30)")
    parser.add_argument(
        "--build",
        choices=["ingest", "bulk"],
        default="ingest",
        help="store each record with ingest_record (default), or in bulk through the same store code",
    )
    parser.add_argument("--copy-from", type=Path, help="PostgreSQL --db only: copy this SQLite ledger into it")
    args = parser.parse_args()
    rng = random.Random(7)
    persons = people(rng, 3000)
    outlets = [f"Outlet {n} News" for n in range(60)]
    postgres = is_postgres(args.db)
    if postgres and args.build == "bulk":
        sys.exit("--build bulk writes SQLite ledgers only: build one, then --copy-from it into PostgreSQL")
    if args.copy_from:
        copy_into_postgres(args.copy_from, args.db)
    elif not args.skip_build:
        if postgres and open_ledger(args.db).execute("SELECT count(*) FROM articles").fetchone()[0]:
            sys.exit(f"{args.db} already holds a ledger: give an empty database, or --skip-build")
        for suffix in ("", "-wal", "-shm"):
            if not postgres:
                Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        db = open_ledger(args.db)
        start = time.perf_counter()
        if args.build == "bulk":
            bulk_store(db, (synthetic(i, rng, persons, outlets) for i in range(args.articles)), progress=True)
        else:
            for i in range(args.articles):
                ingest_record(db, synthetic(i, rng, persons, outlets))
                if (i + 1) % 10_000 == 0:
                    print(f"  {i + 1} stored, {(i + 1) / (time.perf_counter() - start):.0f}/s", file=sys.stderr)
        seconds = time.perf_counter() - start
        if postgres:
            analysed = time.perf_counter()
            db.conn.execute("VACUUM ANALYZE")
            print(f"vacuum analyze: seconds={time.perf_counter() - analysed:.1f}")
            size = db.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 1e6
        else:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            size = Path(args.db).stat().st_size / 1e6
        print(
            f"store: build={args.build} articles={args.articles} seconds={seconds:.1f}"
            f" rate={args.articles / seconds:.0f}/s size_mb={size:.0f}"
        )
    start = time.perf_counter()
    db = open_ledger(args.db)  # applies any migration the ledger lacks
    print(f"open: seconds={time.perf_counter() - start:.1f}")
    pages, whole = filters(db, rng)
    queries = {**pages, **whole}
    for name, fn in queries.items():
        try:
            p50, p95, cpu95, rows = timed(fn, args.runs)
        except query.UnknownActor:
            continue
        print(
            f"query: {name:<56} p50_ms={p50:7.1f} p95_ms={p95:7.1f} p95_cpu_ms={cpu95:7.1f} rows={rows:7.0f}",
            flush=True,
        )
    if args.real:
        for workers in (1, 2):
            real_db = Path(f"/tmp/backchannel-real-{workers}.db")
            for suffix in ("", "-wal", "-shm"):
                Path(f"{real_db}{suffix}").unlink(missing_ok=True)
            n = sum(1 for line in args.real.read_text(encoding="utf-8").splitlines() if line.strip())
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "backchannel",
                    "ingest",
                    "--db",
                    str(real_db),
                    "--workers",
                    str(workers),
                    str(args.real),
                ],
                check=True,
                capture_output=True,
            )
            seconds = time.perf_counter() - start
            print(f"real ingest: workers={workers} articles={n} seconds={seconds:.1f} rate={n / seconds:.2f}/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
