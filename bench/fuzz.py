"""Fuzz every reader, the whole extract path, and ledger ingest + queries, with hypothesis.

    python bench/fuzz.py [--readers 60000] [--ledger 40000] [--extract 2000] [--seed 11]

Each target runs its generated inputs through the same checks as ``tests/test_fuzz.py`` (which runs a
few dozen per target in the suite): an exception escaping a reader, the pipeline ("extraction
failed" error records count too) or the ledger is a finding. Prints, per target, the inputs run, the
time taken and the unhandled exceptions, with hypothesis's smallest failing input for any finding.
Run by hand; tests never assert a timing.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests package holds the generators

from hypothesis import HealthCheck, given, seed, settings

from backchannel import nlp as nlp_module
from backchannel.ledger.store import open_ledger
from tests import fuzzing

LEDGER_RESET_EVERY = 400
"""A fresh ledger every so many inputs, so that the ledger target measures ingest, not one huge ledger."""


def run(name: str, examples: int, strategy: Any, check: Any, random_seed: int) -> tuple[int, float, str | None]:
    count = 0

    @seed(random_seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=["generate", "shrink"],
    )
    @given(case=strategy)
    def target(case: Any) -> None:
        nonlocal count
        count += 1
        check(case)

    start = time.perf_counter()
    finding = None
    try:
        target()
    except Exception as err:  # the findings, already shrunk by hypothesis
        found = list(err.exceptions) if isinstance(err, ExceptionGroup) else [err]
        finding = "\n".join(_describe(e) for e in found)
    return count, time.perf_counter() - start, finding


def _describe(err: BaseException) -> str:
    where = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    return f"{type(err).__name__}{place}: {str(err)[:500]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=60_000)
    parser.add_argument("--ledger", type=int, default=40_000)
    parser.add_argument("--extract", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="backchannel-fuzz-"))
    nlp = nlp_module.load()
    ledger: dict[str, Any] = {"db": None, "n": 0}

    def check_ledger(record: dict[str, Any]) -> None:
        if ledger["db"] is None or ledger["n"] % LEDGER_RESET_EVERY == 0:
            if ledger["db"] is not None:
                ledger["db"].conn.close()
            ledger["db"] = open_ledger(folder / f"ledger{ledger['n']}.db")
        ledger["n"] += 1
        fuzzing.check_ledger(record, ledger["db"], name="Lavrov", search="talks")

    targets = [
        ("readers", args.readers, fuzzing.reader_inputs(), lambda case: fuzzing.check_reader(case, folder)),
        ("ledger", args.ledger, fuzzing.records(), check_ledger),
        ("extract", args.extract, fuzzing.article_texts(), lambda text: fuzzing.check_extract(text, nlp)),
    ]
    total = failures = 0
    for name, examples, strategy, check in targets:
        if examples <= 0:
            continue
        count, seconds, finding = run(name, examples, strategy, check, args.seed)
        total += count
        unhandled = len(finding.splitlines()) if finding else 0
        failures += unhandled
        print(f"{name:8} inputs={count:7d} seconds={seconds:7.1f} unhandled={unhandled}", flush=True)
        if finding:
            print("  " + finding.replace("\n", "\n  "), flush=True)
    print(f"total    inputs={total:7d} unhandled={failures}")
    shutil.rmtree(folder, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
