"""Web pages at scale: p50/p95 render time of every page and the API calls they make, on a ledger of
synthetic articles (the generator of ``bench/ledger_scale.py``).

    python bench/web_pages.py [--articles 10000] [--db /tmp/backchannel-web-bench.db] [--skip-build] [--runs 30]
                              [--browser]

Requests go through the ASGI app in process (Starlette's test client), so the figures are the
server's time to answer: queries plus templates, without a network or a browser. With
``--browser``, the main pages are also timed in headless Chromium against a real server, from
navigation until every timeline and network on the page is drawn. Run by hand; tests never
assert a timing.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from starlette.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
from ledger_scale import COUNTRIES, WORDS, people, synthetic

from backchannel.geo import gazetteer
from backchannel.ledger.store import ingest_record, open_ledger
from backchannel.web.app import create_app


def build(path: Path, articles: int) -> None:
    rng = random.Random(7)
    persons = people(rng, 3000)
    outlets = [f"Outlet {n} News" for n in range(60)]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_ledger(path)
    start = time.perf_counter()
    for i in range(articles):
        ingest_record(db, synthetic(i, rng, persons, outlets))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    print(f"built: articles={articles} seconds={time.perf_counter() - start:.0f}")


def timed(client: TestClient, url: Callable[[], str], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        target = url()
        start = time.perf_counter()
        response = client.get(target)
        times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{target}: {response.status_code} {response.text[:200]}")
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


DRAWN = (
    "[...document.querySelectorAll('[data-timeline]')].every(e => e.dataset.items !== undefined)"
    " && [...document.querySelectorAll('[data-network]')].every(e => e.dataset.nodes !== undefined)"
)


def browser_timings(app: object, pages: dict[str, Callable[[], str]], runs: int) -> None:
    """Time each page in Chromium, from navigation until its drawings are done."""
    import uvicorn
    from playwright.sync_api import sync_playwright

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    flags = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=flags)
        page = browser.new_page()
        for name, url in pages.items():
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}{url()}")
                page.wait_for_function(f"() => {DRAWN}")
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            p50, p95 = statistics.median(times), times[int(0.95 * (len(times) - 1))]
            print(f"browser: {name:<45} p50_ms={p50:7.1f} p95_ms={p95:7.1f}")
        browser.close()
    server.should_exit = True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/backchannel-web-bench.db"))
    parser.add_argument("--skip-build", action="store_true", help="reuse an existing --db")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--browser", action="store_true", help="also time the main pages in headless Chromium")
    args = parser.parse_args()
    if not args.skip_build:
        build(args.db, args.articles)
    client = TestClient(create_app(args.db))
    db = open_ledger(args.db, create=False)
    rng = random.Random(11)
    people_ids = [r[0] for r in db.execute("SELECT id FROM actors WHERE kind = 'person'")]
    surnames = [r[0].split()[-1] for r in db.execute("SELECT name FROM actors WHERE kind = 'person' LIMIT 500")]
    events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    country = lambda: gazetteer().display[rng.choice(COUNTRIES)]  # noqa: E731
    pages: dict[str, Callable[[], str]] = {
        "/": lambda: "/",
        "/search?q=SURNAME": lambda: f"/search?q={rng.choice(surnames)}",
        "/search?q=WORD": lambda: f"/search?q={rng.choice(WORDS)}",
        "/contacts?page=N": lambda: f"/contacts?page={rng.randint(1, events // 50)}",
        "/contacts?between=C&between=C&since": lambda: (
            f"/contacts?between={country()}&between={country()}&since=2025-12-01"
        ),
        "/contacts?sort=reports&status=planned": lambda: "/contacts?sort=reports&status=planned",
        "/contacts?view=timeline&country=C": lambda: f"/contacts?view=timeline&country={rng.choice(COUNTRIES)}",
        "/contacts.csv?page=N": lambda: f"/contacts.csv?page={rng.randint(1, events // 50)}",
        "/contacts/ID": lambda: f"/contacts/{rng.randint(1, events)}",
        "/actors/ID": lambda: f"/actors/{rng.choice(people_ids)}",
        "/actors/ID?steps=2": lambda: f"/actors/{rng.choice(people_ids)}?steps=2",
        "/articles/ID": lambda: f"/articles/{rng.randint(1, articles)}",
        "/network": lambda: "/network",
        "/analyse": lambda: "/analyse",
        "api /api/contacts?actor_id=ID&per_page=1000": lambda: (
            f"/api/contacts?actor_id={rng.choice(people_ids)}&per_page=1000"
        ),
        "api /api/contacts?country=C&per_page=1000": lambda: (
            f"/api/contacts?country={rng.choice(COUNTRIES)}&per_page=1000"
        ),
        "api /api/actors/ID/network?steps=2": lambda: f"/api/actors/{rng.choice(people_ids)}/network?steps=2",
        "api /api/network": lambda: "/api/network",
        "api /api/network?between=C&since": lambda: f"/api/network?between={country()}&since=2025-12-01",
        "api /api/contacts?per_page=50": lambda: f"/api/contacts?page={rng.randint(1, events // 50)}",
    }
    print(f"ledger: {args.db} articles={articles} contacts={events} runs={args.runs}")
    for name, url in pages.items():
        p50, p95 = timed(client, url, args.runs)
        print(f"page: {name:<48} p50_ms={p50:7.1f} p95_ms={p95:7.1f}")
    if args.browser:
        shown = [name for name in pages if not name.startswith(("api ", "/contacts.csv"))]
        browser_timings(client.app, {name: pages[name] for name in shown}, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
