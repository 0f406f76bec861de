"""A unit of work is committed whole, with its row in ``units``, or not at all; one bad record fails alone."""

import sqlite3

import pytest

from backchannel.ledger import store
from backchannel.ledger.canonical import canonical
from backchannel.ledger.store import ingest_record, open_ledger
from backchannel.ledger.unit_log import UnitRow, commit_unit, done_units, give_up_unit
from tests.ledger.records import contact, person, record


def _records(n: int) -> list[dict]:
    pairs = [[person("p1", "Aino Virtanen", "FIN"), person("p2", f"Envoy Number{i}")] for i in range(n)]
    return [record(f"k{i}", actors, [contact(["p1", "p2"])]) for i, actors in enumerate(pairs)]


def test_a_unit_is_stored_with_its_row_and_gives_the_ledger_of_its_articles(tmp_path):
    db = open_ledger(tmp_path / "u.db")
    outcomes = commit_unit(db, UnitRow("file:///a.jsonl", "h1", "done", "x"), _records(3))
    assert [o.status for _, o in outcomes] == ["stored"] * 3
    row = db.execute("SELECT status, articles, stored, failed, attempts FROM units").fetchone()
    assert row == ("done", 3, 3, 0, 1)
    one_by_one = open_ledger(tmp_path / "one.db")
    for r in _records(3):
        ingest_record(one_by_one, r)
    assert canonical(db) == canonical(one_by_one)
    assert done_units(db) == {"file:///a.jsonl": "h1"}


def test_a_record_meeting_a_database_error_fails_alone_and_leaves_nothing(tmp_path, monkeypatch):
    db = open_ledger(tmp_path / "u.db")
    real = store._store

    def broken_on_k1(db, record, *, replace):
        outcome = real(db, record, replace=replace)  # written in full, then the error: all of it must go
        if record["article"]["id"] == "k1":
            raise sqlite3.OperationalError("disk I/O error")
        return outcome

    monkeypatch.setattr(store, "_store", broken_on_k1)
    outcomes = commit_unit(db, UnitRow("file:///a.jsonl", "h1", "done"), _records(3))
    assert [o.status for _, o in outcomes] == ["stored", "failed", "stored"]
    assert "disk I/O error" in outcomes[1][1].message
    keys = [r[0] for r in db.execute("SELECT key FROM articles ORDER BY key")]
    assert keys == ["https://example.org/k0", "https://example.org/k2"]
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 4
    assert db.execute("SELECT stored, failed FROM units").fetchone() == (2, 1)


def test_an_interruption_mid_unit_leaves_neither_its_articles_nor_its_row(tmp_path, monkeypatch):
    db = open_ledger(tmp_path / "u.db")
    real = store._store

    def interrupted_on_k2(db, record, *, replace):
        if record["article"]["id"] == "k2":
            raise KeyboardInterrupt
        return real(db, record, replace=replace)

    monkeypatch.setattr(store, "_store", interrupted_on_k2)
    with pytest.raises(KeyboardInterrupt):
        commit_unit(db, UnitRow("file:///a.jsonl", "h1", "done"), _records(3))
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM units").fetchone()[0] == 0


def test_a_unit_given_up_is_not_done_until_a_later_run_commits_it(tmp_path):
    db = open_ledger(tmp_path / "u.db")
    give_up_unit(db, UnitRow("file:///a.jsonl", "h1", "", attempts=3, error="OSError: gone"))
    assert done_units(db) == {}
    assert db.execute("SELECT status, attempts, error FROM units").fetchone() == ("failed", 3, "OSError: gone")
    commit_unit(db, UnitRow("file:///a.jsonl", "h2", "done"), _records(1))
    assert done_units(db) == {"file:///a.jsonl": "h2"}
    assert db.execute("SELECT count(*), max(error) FROM units").fetchone() == (1, None)
