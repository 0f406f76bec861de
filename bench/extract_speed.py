"""Time ``backchannel extract`` end to end on a JSONL file and report its peak memory.

    python bench/extract_speed.py ARTICLES.jsonl [--workers N] [--repeat R]

Runs the real command as a subprocess (model loading included, as a user
sees it) and samples the resident memory of its whole process tree (the
command and its workers) from /proc every 50 ms. Prints articles/s and the
peak total MB. Run by hand; tests never assert a timing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import threading
import time
from pathlib import Path


def _feed(proc: subprocess.Popen, payload: bytes) -> None:
    assert proc.stdin is not None
    proc.stdin.write(payload)
    proc.stdin.close()


def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, in MB (Linux /proc)."""
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
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, help="a JSONL file of articles (id, text, ...)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    payload = args.articles.read_bytes()
    n = sum(1 for line in payload.splitlines() if line.strip())
    command = [sys.executable, "-m", "backchannel", "extract", "--workers", str(args.workers), "-"]
    best = float("inf")
    peak_mb = 0.0
    for _ in range(args.repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        feeder = threading.Thread(target=_feed, args=(proc, payload))
        feeder.start()
        while proc.poll() is None:
            peak_mb = max(peak_mb, tree_rss_mb(proc.pid))
            time.sleep(0.05)
        feeder.join()
        best = min(best, time.perf_counter() - start)
        if proc.returncode != 0:
            print(proc.stderr.read().decode()[-500:] if proc.stderr else "", file=sys.stderr)
            return 1
    rate = n / best
    print(f"articles={n} workers={args.workers} seconds={best:.2f} articles_per_s={rate:.2f} peak_rss_mb={peak_mb:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
