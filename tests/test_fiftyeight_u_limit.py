"""A --limit beyond the database's integers is a usage error naming the option, not a "database error"."""

import pytest
from click.testing import CliRunner

from backchannel.cli import MAX_ROWS, main
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.records import contact, person, record


@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "l.db"
    db = open_ledger(path)
    actors = [person("p1", "Emmanuel Macron", "FRA"), person("p2", "Olaf Berg", "NOR")]
    ingest_record(db, record("a", actors, [contact(["p1", "p2"], date=("2026-03-10", "day", "on Tuesday"))]))
    db.close()
    return path


@pytest.mark.parametrize("command", [["contacts"], ["quotes"], ["actors"], ["timeline", "Macron"]])
def test_a_limit_too_large_is_a_usage_error(ledger, command):
    result = CliRunner().invoke(main, [*command, "--db", str(ledger), "--limit", "99999999999999999999"])
    assert result.exit_code == 2 and "--limit" in result.output


def test_the_largest_limit_lists_everything(ledger):
    result = CliRunner().invoke(main, ["contacts", "--db", str(ledger), "--limit", str(MAX_ROWS), "--csv"])
    assert result.exit_code == 0, result.output
    assert "Olaf Berg" in result.stdout
