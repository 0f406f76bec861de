"""`export -o FILE`: never the ledger itself, and an unwritable FILE is a one-line error."""

import pytest
from click.testing import CliRunner

from backchannel.cli import main
from tests.ledger.one_call import one_call_ledger


@pytest.fixture
def ledger(tmp_path):
    return one_call_ledger(tmp_path / "l.db")


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
