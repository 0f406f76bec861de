"""A --limit beyond the database's integers is a usage error naming the option, not a "database error"."""

import pytest
from click.testing import CliRunner

from backchannel.cli import MAX_ROWS, main
from tests.ledger.one_call import one_call_ledger


@pytest.fixture
def ledger(tmp_path):
    return one_call_ledger(tmp_path / "l.db")


@pytest.mark.parametrize("command", [["contacts"], ["quotes"], ["actors"], ["timeline", "Macron"]])
def test_a_limit_too_large_is_a_usage_error(ledger, command):
    result = CliRunner().invoke(main, [*command, "--db", str(ledger), "--limit", "99999999999999999999"])
    assert result.exit_code == 2 and "--limit" in result.output


def test_the_largest_limit_lists_everything(ledger):
    result = CliRunner().invoke(main, ["contacts", "--db", str(ledger), "--limit", str(MAX_ROWS), "--csv"])
    assert result.exit_code == 0, result.output
    assert "Olaf Berg" in result.stdout
