"""`--db ""` names no ledger: a usage error naming the option, not SQLite's "disk I/O error" on the folder."""

import pytest
from click.testing import CliRunner

from backchannel.cli import main


@pytest.mark.parametrize("command", [["contacts"], ["quotes"], ["actors"], ["export", "--format", "jsonl"]])
def test_an_empty_ledger_path_is_a_usage_error(command):
    result = CliRunner().invoke(main, [*command, "--db", ""])
    assert result.exit_code == 2 and "--db" in result.output and "empty path" in result.output
