"""Time ``backchannel extract`` end to end on a JSONL file, against spaCy alone on the same texts.

    python bench/extract_speed.py ARTICLES.jsonl [--workers N] [--repeat R]

Runs the real command as a subprocess (model loading included, as a user
sees it) and samples the resident memory of its whole process tree (the
command and its workers) from /proc every 50 ms, and the largest single process
of it (a worker's peak). In the same run, turn about
with each repeat, it times spaCy's model alone (loaded the usual way,
``spacy.load``, and ``nlp.pipe`` over the same texts in one process, loading
included). Prints articles/s for both, the peak total MB, and the ratio of
extraction's rate to spaCy's: the figure to compare between days, since
absolute rates on shared machines move twofold. It also prints the CPU seconds
of both and their ratio (spaCy's over extraction's): the work done, which other
load on the machine changes much less than it changes the wall clock of two
workers. Run by hand; tests never
assert a timing.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path


def _feed(proc: subprocess.Popen, payload: bytes) -> None:
    assert proc.stdin is not None
    proc.stdin.write(payload)
    proc.stdin.close()


def tree_rss_mb(pid: int) -> tuple[float, float]:
    """Resident memory of ``pid`` and all its descendants, in MB (Linux /proc): their total, and the largest."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        child = int(stat.parent.name)
        children.setdefault(int(fields[1]), []).append(child)
        rss[child] = int(fields[21]) * 4096
    total, largest, stack = 0, 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        largest = max(largest, rss.get(current, 0))
        stack.extend(children.get(current, []))
    return total / 1e6, largest / 1e6


SPACY_ALONE = """
import json, sys, spacy
from backchannel.nlp import model_name
nlp = spacy.load(model_name())
texts = [json.loads(line)["text"] for line in sys.stdin if line.strip()]
for _ in nlp.pipe(texts):
    pass
"""
"""spaCy's model alone over the texts, as the baseline: what parsing everything costs in one process."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], payload: bytes) -> tuple[float, float, float, float]:
    """Seconds, CPU seconds (the command and every process it waited for), and peak resident MB of the whole
    process tree and of its largest process, for one run of ``command`` fed ``payload``."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    peak_mb = peak_one_mb = 0.0
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    feeder = threading.Thread(target=_feed, args=(proc, payload))
    feeder.start()
    while proc.poll() is None:
        total, largest = tree_rss_mb(proc.pid)
        peak_mb, peak_one_mb = max(peak_mb, total), max(peak_one_mb, largest)
        time.sleep(0.05)
    feeder.join()
    elapsed = time.perf_counter() - start
    cpu = _children_cpu() - cpu_before
    if proc.returncode != 0:
        message = proc.stderr.read().decode()[-500:] if proc.stderr else ""
        raise RuntimeError(f"{command[:4]} failed: {message}")
    return elapsed, cpu, peak_mb, peak_one_mb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, help="a JSONL file of articles (id, text, ...)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    payload = args.articles.read_bytes()
    n = sum(1 for line in payload.splitlines() if line.strip())
    command = [sys.executable, "-m", "backchannel", "extract", "--workers", str(args.workers), "-"]
    baseline = [sys.executable, "-c", SPACY_ALONE]
    best = best_spacy = cpu = cpu_spacy = float("inf")
    peak_mb = peak_one_mb = 0.0
    try:
        for _ in range(args.repeat):
            seconds, used, _mb, _one = timed(baseline, payload)
            best_spacy, cpu_spacy = min(best_spacy, seconds), min(cpu_spacy, used)
            seconds, used, mb, one = timed(command, payload)
            best, cpu = min(best, seconds), min(cpu, used)
            peak_mb, peak_one_mb = max(peak_mb, mb), max(peak_one_mb, one)
    except RuntimeError as err:
        print(err, file=sys.stderr)
        return 1
    rate, spacy_rate = n / best, n / best_spacy
    print(
        f"articles={n} workers={args.workers} seconds={best:.2f} articles_per_s={rate:.2f} "
        f"spacy_alone_per_s={spacy_rate:.2f} ratio_to_spacy={rate / spacy_rate:.2f} "
        f"cpu_s={cpu:.1f} spacy_cpu_s={cpu_spacy:.1f} cpu_ratio_to_spacy={cpu_spacy / cpu:.2f} "
        f"peak_rss_mb={peak_mb:.0f} peak_process_mb={peak_one_mb:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
