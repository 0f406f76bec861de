"""`export -o FILE`: never the ledger itself, and an unwritable FILE is a one-line error."""

import pytest
from click.testing import CliRunner

from backchannel.cli import main
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.records import contact, person, record


@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "l.db"
    db = open_ledger(path)
    actors = [person("p1", "Emmanuel Macron", "FRA"), person("p2", "Olaf Berg", "NOR")]
    ingest_record(db, record("a", actors, [contact(["p1", "p2"], date=("2026-03-10", "day", "on Tuesday"))]))
    db.conn.close()
    return path


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_export_over_the_ledger_is_refused_and_the_ledger_kept(ledger, suffix):
    size = ledger.stat().st_size
    result = invoke("export", "--db", ledger, "--format", "csv", "-o", f"{ledger}{suffix}")
    assert result.exit_code == 2 and "is the ledger itself" in result.output
    assert ledger.stat().st_size == size
    assert "Olaf Berg" in invoke("contacts", "--db", ledger, "--csv").stdout


def test_an_unwritable_output_is_a_one_line_error(ledger, tmp_path):
    result = invoke("export", "--db", ledger, "-o", tmp_path / "no" / "such" / "x.jsonl")
    assert result.exit_code == 1
    assert "cannot write" in result.output and "No such file or directory" in result.output
    assert "Traceback" not in result.output
