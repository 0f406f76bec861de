"""A PostgreSQL ledger answers as a SQLite one does for the same articles, searches quotes with its own
full-text index, and copies itself into a SQLite file that SQLite tools open."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from backchannel.cli import main
from backchannel.ledger.canonical import canonical
from backchannel.ledger.ingest import store_one
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.records import contact, outlet, person, quote, record
from tests.ledger.test_concurrent_ingest import _records as calls
from tests.ledger.test_order_independence import FIXTURES


def _quoted():
    """Quotes with accents and punctuation, undated articles, confirmations and a relaying outlet."""
    speaker = person("p1", "Mauro Vieira", "BRA", ["Vieira"])
    return [
        record(
            "q1",
            [speaker, person("p2", "Aino Virtanen", "FIN")],
            [contact(["p1", "p2"], confirmations=[("confirmed", "p1")], place="São Paulo", topics=["café", "grain"])],
            quotes=[quote("We spoke about the café exports, and the 50% tariff.", "p1")],
        ),
        record(
            "q2",
            [speaker, outlet("o1", "Nordic Wire")],
            [],
            quotes=[quote("Nothing was agreed in São Paulo; talks go on.", "p1"), quote("No comment.", None)],
            published=None,
        ),
    ]


def _build(target, records):
    db = open_ledger(target)
    for rec in records:
        assert ingest_record(db, rec).status in ("stored", "replaced")
    return db


QUERIES = [
    ["contacts"],
    ["contacts", "--between", "Virtanen", "Vieira"],
    ["contacts", "--between", "Finland", "Brazil", "--since", "2026-03-05"],
    ["contacts", "--country", "FIN", "--until", "2026-03"],
    ["contacts", "--actor", "Lavrov", "--status", "occurred"],
    ["contacts", "--confirmation", "none"],
    ["contacts", "--confirmation", "confirmed"],
    ["quotes"],
    ["quotes", "--search", "cafe"],
    ["quotes", "--search", "sao paulo"],
    ["quotes", "--speaker", "Vieira", "--search", "50% TARIFF"],
    ["actors"],
    ["actors", "--search", "lav"],
    ["timeline", "Vieira"],
]


@pytest.fixture(scope="module")
def twins(postgres, tmp_path_factory):
    records = [*FIXTURES, *calls(), *_quoted()]
    path = tmp_path_factory.mktemp("twins") / "ledger.db"
    _build(path, records).close()
    url = postgres.new_database()
    _build(url, records).close()
    return path, url


def _cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_same_records_give_the_same_canonical_ledger(twins):
    path, url = twins
    assert canonical(open_ledger(url, read_only=True)) == canonical(open_ledger(path, read_only=True))


@pytest.mark.parametrize("command", QUERIES, ids=" ".join)
def test_every_query_command_answers_alike(twins, command):
    path, url = twins
    on_sqlite = json.loads(_cli(*command, "--db", path, "--json"))
    assert on_sqlite or command[0] == "contacts"  # the filters that should find something do
    assert json.loads(_cli(*command, "--db", url, "--json")) == on_sqlite


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "graphml", "plover"])
def test_exports_are_alike(twins, fmt):
    path, url = twins
    assert _cli("export", "--db", url, "--format", fmt) == _cli("export", "--db", path, "--format", fmt)


@pytest.mark.parametrize("text", ['"unclosed', "-or (", "a & b | !c", "'; DROP TABLE quotes; --", "", "Vieira:*"])
def test_quote_search_takes_any_input(twins, text):
    path, url = twins
    assert json.loads(_cli("quotes", "--db", url, "--search", text, "--json")) == json.loads(
        _cli("quotes", "--db", path, "--search", text, "--json")
    )


def test_export_as_sqlite_copies_a_postgresql_ledger(twins, tmp_path):
    path, url = twins
    copy = tmp_path / "copy.db"
    _cli("export", "--db", url, "--format", "sqlite", "-o", copy)
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db = open_ledger(copy, read_only=True)
    assert canonical(db) == canonical(open_ledger(path, read_only=True))
    # its full-text index was filled as the quotes came in
    assert json.loads(_cli("quotes", "--db", copy, "--search", "cafe", "--json")) == json.loads(
        _cli("quotes", "--db", url, "--search", "cafe", "--json")
    )
    again = CliRunner().invoke(main, ["export", "--db", url, "--format", "sqlite", "-o", str(copy)])
    assert again.exit_code == 1 and "already exists" in again.output


def test_export_as_sqlite_needs_a_file(twins):
    result = CliRunner().invoke(main, ["export", "--db", twins[1], "--format", "sqlite"])
    assert result.exit_code == 2 and "-o FILE" in result.output


def test_a_sqlite_ledger_exports_as_sqlite_too(twins, tmp_path):
    path, _ = twins
    _cli("export", "--db", path, "--format", "sqlite", "-o", tmp_path / "copy.db")
    assert canonical(open_ledger(tmp_path / "copy.db", read_only=True)) == canonical(open_ledger(path, read_only=True))


def test_an_unreachable_server_is_a_one_line_error():
    result = CliRunner().invoke(main, ["contacts", "--db", "postgresql://someone:secret@127.0.0.1:1/none"])
    assert result.exit_code == 1
    assert "cannot open ledger postgresql://someone:***@127.0.0.1:1/none" in result.output
    assert "secret" not in result.output and "Traceback" not in result.output


def test_a_database_without_a_ledger_is_named(postgres):
    result = CliRunner().invoke(main, ["quotes", "--db", postgres.new_database()])
    assert result.exit_code == 1 and "not a backchannel ledger" in result.output


def test_an_article_postgresql_cannot_hold_fails_alone(postgres):
    """Text with a NUL character: PostgreSQL refuses it (SQLite stores it); the articles around it are stored."""
    db = open_ledger(postgres.new_database())
    good = [record(f"n{n}", [person("p1", "Aino Virtanen", "FIN")], quotes=[quote("Fine.", "p1")]) for n in range(2)]
    bad = record("nul", [person("p1", "Aino Virtanen", "FIN")], text="a \x00 b")
    outcomes = [store_one(db, rec).status for rec in (good[0], bad, good[1])]
    assert outcomes == ["stored", "failed", "stored"]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 2


def test_the_articles_a_page_cites_have_a_covering_index(twins):
    """Migration 011: on PostgreSQL the key, title and outlet of a page's articles can be read from an index alone;
    SQLite has no such index and gets none."""
    path, url = twins
    found = dict(open_ledger(url).execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%_cited'"))
    assert list(found) == ["articles_cited"] and found["articles_cited"].endswith("INCLUDE (key, title, outlet)")
    sqlite = open_ledger(path)
    assert sqlite.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_cited'").fetchone()[0] == 0
