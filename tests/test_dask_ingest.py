"""``ingest --engine dask`` on a LocalCluster of two workers: the same ledger as the process pool, units that
resume after a kill, and a failing unit reported while the others go on.

One cluster serves the whole module; the kill test starts its own through the command line.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from backchannel.cli import main
from backchannel.dask_ingest import ModelPlugin, UnitEvents, dask_client, ingest_units
from backchannel.ledger.canonical import canonical
from backchannel.ledger.ingest import ingest_items
from backchannel.ledger.store import open_ledger
from backchannel.readers import iter_items
from backchannel.units import plan_units
from tests.conftest import DATA, EXAMPLES
from tests.ledger.records import contact, person, record

PEOPLE = ["Aino Virtanen", "Mauro Vieira", "Keiko Arisawa", "Tomasz Wolski", "Ines Calloway", "Kwame Asante"]
PLACES = ["Helsinki", "Brasilia", "Osaka", "Gdansk", "Lisbon", "Accra"]
TOPICS = ["fishing rights", "grain exports", "a rail link", "visa rules", "river dams", "port fees", "tariffs"]


@pytest.fixture(scope="module")
def client():
    with dask_client(None, 2) as client:
        yield client


def _articles(path: Path, count: int) -> None:
    """Short articles of our own, each telling of a meeting between two of a few people."""
    with path.open("w", encoding="utf-8") as f:
        for n in range(count):
            a, b = PEOPLE[n % len(PEOPLE)], PEOPLE[(n + 2) % len(PEOPLE)]
            text = (
                f"Foreign Minister {a} met {b} in {PLACES[n % len(PLACES)]} on Tuesday to discuss {TOPICS[n % 7]}, "
                f'the ministry said. "We agreed on a great deal," {a.split()[-1]} told reporters after the talks.'
            )
            line = {"text": text, "published": f"2026-03-{10 + n % 9:02d}", "outlet": "Harbour Times"}
            if n % 3:  # some lines have no id: they are named by their line number
                line["id"] = f"harbour-{n}"
            f.write(json.dumps(line) + "\n")


def _warc(path: Path) -> None:
    page = (DATA / "html" / "article.html").read_bytes()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body in (("https://daily.example/vienna", page), ("https://daily.example/geneva", page)):
            body = body.replace(b"Vienna", b"Geneva") if "geneva" in url else body
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


def _pool_ledger(path: Path, inputs: list[str]):
    db = open_ledger(path)
    ingest_items(db, iter_items(inputs))
    return db


def _sources(db) -> list[tuple[str, str]]:
    return sorted(db.execute("SELECT key, source FROM articles").fetchall())


def test_each_worker_extracts_in_a_process_of_its_own_started_once(client):
    def extractors() -> list[int]:
        from backchannel.dask_ingest import IDLE

        return [extractor.process.pid for extractor in IDLE.get(None, [])]

    client.register_plugin(ModelPlugin(None))
    first = client.run(extractors)
    assert all(len(pids) == 1 for pids in first.values())  # one per worker thread, model loaded
    client.register_plugin(ModelPlugin(None))  # as every ingest does: the same processes go on
    assert client.run(extractors) == first


def test_the_example_folders_give_the_process_pools_ledger(client, tmp_path):
    inputs = [str(EXAMPLES.resolve()), str((DATA / "ledger").resolve())]
    plan = plan_units(inputs)
    db = open_ledger(tmp_path / "dask.db")
    summary = ingest_units(db, client, plan.units)
    assert summary.done == len(plan.units) and not summary.failed
    pool = _pool_ledger(tmp_path / "pool.db", inputs)
    assert canonical(db) == canonical(pool)
    assert _sources(db) == _sources(pool)
    rows = db.execute("SELECT status, sum(articles), sum(stored) FROM units GROUP BY status").fetchall()
    assert rows == [("done", 8, 8)]


def test_warc_and_jsonl_units_give_the_process_pools_ledger(client, tmp_path):
    _warc(tmp_path / "crawl.warc.gz")
    _articles(tmp_path / "harbour.jsonl", 9)
    inputs = [str(tmp_path / "crawl.warc.gz"), str(tmp_path / "harbour.jsonl")]
    plan = plan_units(inputs, target=700)  # the JSONL file in pieces of about two lines
    pieces = [u for u in plan.units if "#bytes=" in u.uri]
    assert len(pieces) >= 3 and [u.first_line for u in pieces][:2] == [1, pieces[1].first_line] != [1, 1]
    db = open_ledger(tmp_path / "dask.db")
    ingest_units(db, client, plan.units)
    pool = _pool_ledger(tmp_path / "pool.db", inputs)
    assert canonical(db) == canonical(pool)
    assert _sources(db) == _sources(pool)  # line numbers carry on from piece to piece
    assert len(_sources(db)) == 11
    warc_row = db.execute("SELECT articles, stored FROM units WHERE uri LIKE '%crawl.warc.gz'").fetchone()
    assert warc_row == (2, 2)


def test_a_failing_unit_is_tried_three_times_then_reported_and_the_others_go_on(client, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for n, place in enumerate(PLACES[:3]):
        (folder / f"{n}.txt").write_text(f"{PEOPLE[n]} met {PEOPLE[n + 1]} in {place} on Monday.", encoding="utf-8")
    units = plan_units([str(folder)], target=1).units
    assert len(units) == 3
    gone = (folder / "1.txt").read_text(encoding="utf-8")
    (folder / "1.txt").unlink()  # after planning: its unit cannot be read
    seen: list[tuple[str, str]] = []
    db = open_ledger(tmp_path / "l.db")
    events = UnitEvents(on_unit=lambda unit, status, message: seen.append((unit.uri, status)))
    summary = ingest_units(db, client, units, events=events)
    lost = units[1].uri
    assert list(summary.failed) == [lost] and "FileNotFoundError" in summary.failed[lost]
    assert [s for uri, s in seen if uri == lost] == ["retry", "retry", "failed"]
    assert summary.done == 2 and db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    row = db.execute("SELECT status, attempts, error FROM units WHERE uri = ?", [lost]).fetchone()
    assert row[:2] == ("failed", 3) and "FileNotFoundError" in row[2]

    (folder / "1.txt").write_text(gone, encoding="utf-8")  # back: the next run does it, and only it
    again = ingest_units(db, client, plan_units([str(folder)], target=1).units)
    assert (again.done, again.skipped, again.failed) == (1, 2, {})
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 3


def test_the_command_reports_failed_articles_and_refuses_what_it_cannot_do(client, tmp_path):
    path = tmp_path / "some.jsonl"
    _articles(path, 3)
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    address = client.scheduler.address
    db = str(tmp_path / "l.db")
    result = CliRunner().invoke(main, ["ingest", "--db", db, "--engine", "dask", "--scheduler", address, str(path)])
    assert result.exit_code == 3, result.output
    assert "3 stored" in result.stderr and "1 failed" in result.stderr and "malformed JSON" in result.stderr
    rerun = CliRunner().invoke(main, ["ingest", "--db", db, "--engine", "dask", "--scheduler", address, str(path)])
    assert rerun.exit_code == 0 and "1 skipped (done before)" in rerun.stderr
    usage = CliRunner().invoke(main, ["ingest", "--db", db, "--scheduler", address, str(path)])
    assert usage.exit_code == 2 and "--engine dask" in usage.stderr
    stdin = CliRunner().invoke(main, ["ingest", "--db", db, "--engine", "dask", "-"], input="{}")
    assert stdin.exit_code == 2 and "standard input" in stdin.stderr


def _records(path: Path, count: int) -> None:
    """Extraction records (stored without the model), about a few people whose contacts merge across articles."""
    with path.open("w", encoding="utf-8") as f:
        for n in range(count):
            a, b = PEOPLE[n % 6], PEOPLE[(n + 1 + n // 6) % 6]
            if a == b:
                b = PEOPLE[(n + 3) % 6]
            actors = [person("p1", a, aliases=[a.split()[-1]]), person("p2", b)]
            day = ("2026-03-1" + str(n % 7), "day", "on Tuesday")
            events = [contact(["p1", "p2"], date=day, place=PLACES[n % 6])]
            f.write(json.dumps(record(f"wire-{n}", actors, events, text=f"Wire story {n}: {a} met {b}.")) + "\n")


def test_killing_the_client_mid_run_then_running_again_gives_the_uninterrupted_ledger(client, tmp_path):
    path = tmp_path / "records.jsonl"
    _records(path, 600)
    db = tmp_path / "l.db"
    command = [sys.executable, "-m", "backchannel", "ingest", "--db", str(db), "--engine", "dask", "--workers", "2"]
    proc = subprocess.Popen(
        [*command, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        done = _wait_for_units(db, proc, at_least=1)
        os.kill(proc.pid, signal.SIGKILL)  # the client: its local cluster goes with it
        proc.wait()
    finally:
        _end_group(proc)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    committed = conn.execute("SELECT count(*), coalesce(sum(stored), 0) FROM units WHERE status = 'done'").fetchone()
    conn.close()
    assert committed[0] >= done and stored == committed[1] < 600  # whole units only, each with its row

    address = client.scheduler.address
    rerun = CliRunner().invoke(main, ["ingest", "--db", str(db), "--engine", "dask", "--scheduler", address, str(path)])
    assert rerun.exit_code == 0, rerun.output
    assert f"{committed[0]} skipped (done before)" in rerun.stderr
    clean = _pool_ledger(tmp_path / "clean.db", [str(path)])
    assert canonical(open_ledger(db)) == canonical(clean)


def _wait_for_units(db: Path, proc: subprocess.Popen, *, at_least: int) -> int:
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                done = conn.execute("SELECT count(*) FROM units WHERE status = 'done'").fetchone()[0]
        except sqlite3.OperationalError:
            continue  # no ledger or no units table yet
        if done >= at_least:
            return done
    raise AssertionError("the ingest ended (or never committed a unit) before it could be killed")


def _end_group(proc: subprocess.Popen) -> None:
    """End what the killed client left running (its cluster's processes), by its own process group."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def test_killing_a_worker_mid_run_changes_nothing(client, tmp_path):
    path = tmp_path / "records.jsonl"
    _records(path, 300)
    units = plan_units([str(path)], target=4000).units
    victim = next(iter(client.run(os.getpid).values()))
    killed: list[int] = []

    def kill_once(unit, status, message):
        if status == "done" and not killed:
            killed.append(victim)
            os.kill(victim, signal.SIGKILL)  # its nanny starts a new worker, which loads the model again

    db = open_ledger(tmp_path / "l.db")
    summary = ingest_units(db, client, units, events=UnitEvents(on_unit=kill_once))
    assert killed and summary.done == len(units) and not summary.failed
    assert victim not in client.run(os.getpid).values()
    assert canonical(db) == canonical(_pool_ledger(tmp_path / "clean.db", [str(path)]))
