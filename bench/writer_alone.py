"""The ledger's single writer alone: how many articles a second it stores from records already extracted.

    python bench/writer_alone.py ARTICLES.jsonl [--copies 10] [--per-transaction 1,10,100] [--workers 2]

ARTICLES.jsonl holds articles (they are extracted once, first, with ``--workers`` processes) or records made by
``backchannel extract``. The records are stored ``--copies`` times over, each copy as the same stories told by
another outlet (its own URLs, outlet and a line added at the end of the text, so every article is new and its
contacts merge with the earlier copies' into events with more and more reports, as a day of news does). Each
``--per-transaction`` value is one fresh ledger:

- 1: one transaction per article, as ``ingest`` with the process pool stores;
- N > 1: N articles per transaction with their row in ``units``, as ``ingest --engine dask`` commits a unit of N.

Prints articles/s over the whole run and over its first and last tenth (the writer slows as the ledger grows),
and articles per CPU second of the writer, which is what one dedicated core would give.
This is the ceiling of any number of extraction workers feeding one writer. Run by hand; tests never time.
"""

from __future__ import annotations

import argparse
import bisect
import copy
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from backchannel.ledger.extractor_version import extractor_version
from backchannel.ledger.store import ingest_record, open_ledger
from backchannel.ledger.unit_log import UnitRow, commit_unit
from backchannel.pipeline import extract_items
from backchannel.readers import iter_items
from backchannel.records import SCHEMA


def load_records(path: Path, workers: int) -> list[dict[str, Any]]:
    """The file's records, extracting its articles if it holds articles."""
    with path.open(encoding="utf-8") as f:
        first = json.loads(f.readline())
    if first.get("schema") == SCHEMA:
        with path.open(encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    started = time.perf_counter()
    records = [r for r in extract_items(iter_items([str(path)]), workers=workers, explain=True) if not r.get("error")]
    seconds = time.perf_counter() - started
    rate = len(records) / seconds
    print(f"extracted {len(records)} articles in {seconds:.1f} s with {workers} worker(s) ({rate:.2f}/s)")
    for record in records:
        record["extractor"] = extractor_version()
    return records


def copies(records: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """``count`` copies of the records, each a new article from another outlet."""
    out = []
    for k in range(count):
        for n, record in enumerate(records):
            twin = copy.deepcopy(record)
            article = twin["article"]
            article["url"] = f"https://writer-bench.invalid/{k}/{n}"
            article["outlet"] = f"Outlet {k}"
            article["text"] = article["text"] + f"\n\n(Copy {k} of this story.)"  # offsets before it still hold
            out.append(twin)
    return out


def store(records: list[dict[str, Any]], per_transaction: int, folder: Path) -> tuple[list[float], float]:
    """Store the records into a fresh ledger; returns the time at which each article was committed, and the
    CPU time the writer used (on a shared machine the wall-clock rate is mostly the load; CPU time is not)."""
    db = open_ledger(folder / f"writer-{per_transaction}.db")
    started, cpu = time.perf_counter(), time.process_time()
    marks: list[float] = []
    for start in range(0, len(records), per_transaction):
        batch = records[start : start + per_transaction]
        if per_transaction == 1:
            ingest_record(db, batch[0])
        else:
            row = UnitRow(f"bench:{start}", "0" * 64, "done", extractor_version())
            commit_unit(db, row, batch)
        marks += [time.perf_counter() - started] * len(batch)
    return marks, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, help="JSONL of articles, or of records made by `backchannel extract`")
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--per-transaction", default="1,10,100", help="comma-separated articles per transaction")
    parser.add_argument("--workers", type=int, default=2, help="processes for the one-off extraction")
    args = parser.parse_args()
    records = copies(load_records(args.articles, args.workers), args.copies)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; {len(records)} articles to store")
    tenth = max(len(records) // 10, 1)
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.per_transaction.split(",")):
            marks, cpu = store(records, size, Path(folder))
            early = bisect.bisect_right(marks, marks[tenth - 1])  # articles committed by then (whole batches)
            late = len(marks) - bisect.bisect_right(marks, marks[-tenth - 1])
            before_late = marks[-late - 1] if late < len(marks) else 0.0
            first, last = early / marks[early - 1], late / (marks[-1] - before_late)
            print(
                f"per transaction {size:>4}: {len(records) / marks[-1]:7.1f} articles/s over {marks[-1]:.1f} s"
                f" (first tenth {first:.1f}/s, last tenth {last:.1f}/s); {len(records) / cpu:.1f} per CPU second"
            )
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
