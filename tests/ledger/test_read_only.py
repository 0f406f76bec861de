"""Query commands open the ledger read-only; database trouble is a one-line message."""

import sqlite3

from click.testing import CliRunner

from backchannel.cli import main
from backchannel.ledger import store
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.old_ledgers import ledger_before
from tests.ledger.records import contact, person, record

QUERIES = [["contacts"], ["quotes"], ["actors"], ["timeline", "Virtanen"], ["export"]]


def _ledger(path):
    db = open_ledger(path)
    ingest_record(
        db, record("a", [person("p1", "Aino Virtanen"), person("p2", "Mauro Vieira")], [contact(["p1", "p2"])])
    )
    db.conn.close()


def test_query_commands_write_nothing(tmp_path):
    path = tmp_path / "l.db"
    _ledger(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")  # as a ledger copied or made by another tool may be
    conn.close()
    before = path.read_bytes()
    for args in QUERIES:
        result = CliRunner().invoke(main, [*args, "--db", str(path)])
        assert result.exit_code == 0, result.output
    assert path.read_bytes() == before
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_ledger_needing_migration_names_the_command_that_migrates_it(tmp_path):
    path = tmp_path / "old.db"
    ledger_before(path, 3).conn.close()
    before = path.read_bytes()
    result = CliRunner().invoke(main, ["contacts", "--db", str(path)])
    assert result.exit_code == 1
    assert f"backchannel migrate --db {path}" in result.output
    assert path.read_bytes() == before
    assert CliRunner().invoke(main, ["migrate", "--db", str(path)]).exit_code == 0
    assert CliRunner().invoke(main, ["contacts", "--db", str(path)]).exit_code == 0


def test_a_file_that_is_not_a_ledger_is_one_line(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    for args in (["contacts"], ["ingest", str(tmp_path / "none.jsonl")]):
        result = CliRunner().invoke(main, [*args, "--db", str(path)])
        assert result.exit_code == 1
        assert "not a database" in result.output and len(result.output.strip().splitlines()) == 1
        assert "Traceback" not in result.output


def test_a_ledger_locked_too_long_fails_its_articles_with_one_line(tmp_path, monkeypatch):
    path = tmp_path / "l.db"
    _ledger(path)
    records = tmp_path / "records.jsonl"
    import json

    records.write_text(json.dumps(record("b", [person("p1", "Ana Pires")])) + "\n")
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = CliRunner().invoke(main, ["ingest", "--db", str(path), str(records)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert "database is locked" in result.stderr and "Traceback" not in result.output


def test_an_sqlite_file_of_another_tool_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    result = CliRunner().invoke(main, ["contacts", "--db", str(path)])
    assert result.exit_code == 1 and "not a backchannel ledger" in result.output
    assert path.read_bytes() == before


def test_a_database_error_during_a_query_is_one_line(tmp_path, monkeypatch):
    from backchannel.ledger import query

    path = tmp_path / "l.db"
    _ledger(path)

    def failing(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(query, "contacts", failing)
    result = CliRunner().invoke(main, ["contacts", "--db", str(path)])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: database error: disk I/O error"
