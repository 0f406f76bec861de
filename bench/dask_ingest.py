"""Dask ingest against itself and against the process pool: scaling from 1 to 2 workers, and its overhead.

    python bench/dask_ingest.py ARTICLES.jsonl [--runs dask:1,pool:1,dask:2,pool:2]

Ingests ARTICLES.jsonl (the PolNeAR dev split as JSONL, say) into a fresh ledger once per run, each in a fresh
process so no run inherits another's loaded model: ``dask:N`` on a LocalCluster of N single-threaded worker
processes, ``pool:N`` with the process pool engine (``--workers N``; one worker extracts in the writer's own
process, as ``backchannel ingest`` does). Each run is timed twice:

- total: from nothing to the last commit, starting the cluster or pool and loading the model included;
- steady: from the moment every worker has its model loaded to the last commit (the cost a long ingest pays
  per article; start-up is paid once per run);

and its CPU time is taken, of every process of the run (workers, scheduler and writer): all of it (``cpu``) and
from the moment the workers are ready (``steady_cpu``). On a machine shared with other work the wall-clock
rates follow what the machine's scheduler grants (on Linux with autogroup, a run's processes share one session's
slice however many workers it has); articles per CPU second do not. For the CPU lines, "2 workers / 1 worker" is
efficiency: 1.0 means a second worker costs no CPU beyond its own articles.

Then prints articles/s for each, and the ratios the issue asks for: dask:2 over dask:1 (scaling, target >= 1.7)
and dask:N over pool:N (overhead = 1 - ratio, target <= 10%). A run named more than once (``--runs
dask:2,pool:2,dask:2,pool:2``, taking turns) gets a fresh ledger each time and counts as all its articles over all
its seconds. The machine's load average is printed before and after: on a shared machine the rates move with it.
Run by hand; tests never time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one_run(engine: str, workers: int, articles: Path, db_path: Path) -> dict[str, float]:
    """Ingest once in this process and return its timings (called in a child process, one per run)."""
    from backchannel import nlp as nlp_module
    from backchannel.ledger.store import open_ledger

    started = time.perf_counter()
    db = open_ledger(db_path)
    if engine == "pool":
        from backchannel.ledger.ingest import ingest_items
        from backchannel.readers import iter_items

        nlp_module.load()  # what ingest does before its pool starts: forked workers share the loaded model
        ready, ready_cpu = time.perf_counter(), _own_cpu()
        stored = ingest_items(db, iter_items([str(articles)]), workers=workers)["stored"]
        done, done_cpu = time.perf_counter(), _own_cpu() + _children_cpu()  # the pool's workers, joined by now
    else:
        import psutil  # comes with distributed

        from backchannel.dask_ingest import ModelPlugin, dask_client, ingest_units
        from backchannel.units import plan_units

        with dask_client(None, workers) as client:
            client.register_plugin(ModelPlugin(None))  # every worker has its model from here on
            workers = [psutil.Process(pid) for pid in client.run(os.getpid).values()]
            # each worker's extraction processes (backchannel.extract_process) are its children
            processes = workers + [child for w in workers for child in w.children(recursive=True)]

            def cpu() -> float:  # this process holds the scheduler, the nannies and the writer
                return _own_cpu() + sum(sum(p.cpu_times()[:2]) for p in processes)

            ready, ready_cpu = time.perf_counter(), cpu()
            ingest_units(db, client, plan_units([str(articles)]).units)
            done, done_cpu = time.perf_counter(), cpu()
        stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    return {"total": done - started, "steady": done - ready, "steady_cpu": done_cpu - ready_cpu, "stored": stored}


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _children_cpu() -> float:
    """CPU seconds used by every finished descendant (a run's own workers included: they are waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, help="a JSONL file of articles")
    parser.add_argument("--runs", default="dask:1,pool:1,dask:2,pool:2", help="comma-separated ENGINE:WORKERS")
    parser.add_argument("--one", nargs=3, metavar=("ENGINE", "WORKERS", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        engine, workers, db = args.one
        print(json.dumps(one_run(engine, int(workers), args.articles, Path(db))))
        return
    print(f"load average before: {load()} ({os.cpu_count()} cores)")
    results: dict[str, list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for turn, run in enumerate(args.runs.split(",")):
            engine, workers = run.split(":")
            db = Path(folder) / f"{turn}-{engine}-{workers}.db"  # a fresh ledger for every run, repeats included
            command = [sys.executable, __file__, str(args.articles), "--one", engine, workers, str(db)]
            before = _children_cpu()
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            results.setdefault(run, []).append(r)
            r["cpu"] = _children_cpu() - before
            print(
                f"{run:>7}: {r['stored']:.0f} stored; total {r['total']:6.1f} s ({r['stored'] / r['total']:5.2f}/s),"
                f" steady {r['steady']:6.1f} s ({r['stored'] / r['steady']:5.2f}/s),"
                f" CPU {r['cpu']:5.1f} s ({r['stored'] / r['cpu']:.2f}/CPU s), steady CPU {r['steady_cpu']:5.1f} s"
                f" ({r['stored'] / r['steady_cpu']:.2f}/CPU s)   load {load()}"
            )
    for kind in ("total", "steady", "cpu", "steady_cpu"):
        # a run repeated (taking turns) counts as one: all its articles over all its seconds
        rate = {run: sum(r["stored"] for r in rs) / sum(r[kind] for r in rs) for run, rs in results.items()}
        lines = []
        if "dask:1" in rate and "dask:2" in rate:
            lines.append(f"dask 2 workers / 1 worker = {rate['dask:2'] / rate['dask:1']:.2f}x")
        for n in ("1", "2"):
            if f"dask:{n}" in rate and f"pool:{n}" in rate:
                ratio = rate[f"dask:{n}"] / rate[f"pool:{n}"]
                lines.append(f"dask/pool at {n} worker(s) = {ratio:.2f} (overhead {1 - ratio:+.0%})")
        print(f"{kind}: " + "; ".join(lines))
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
