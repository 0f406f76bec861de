"""Query options that can match nothing, or would match everything, are usage errors.

`timeline ""` listed every contact and quote of the ledger under "Timeline:"; `contacts --since 2026-04
--until 2026-03` answered an empty list, where the web's same filter is a 400 ("since is later than until").
"""

import pytest
from click.testing import CliRunner

from backchannel.cli import main
from tests.ledger.one_call import one_call_ledger


@pytest.fixture
def ledger(tmp_path):
    return str(one_call_ledger(tmp_path / "l.db"))


def invoke(*args):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("name", ["", "  "])
def test_a_timeline_needs_a_name(ledger, name):
    result = invoke("timeline", "--db", ledger, name, "--csv")
    assert result.exit_code == 2 and "NAME" in result.output
    assert "Olaf Berg" not in result.output


def test_since_after_until_is_a_usage_error(ledger):
    result = invoke("contacts", "--db", ledger, "--since", "2026-04", "--until", "2026-03")
    assert result.exit_code == 2 and "--since is later than --until" in result.output


def test_one_month_for_both_is_fine(ledger):
    result = invoke("contacts", "--db", ledger, "--since", "2026-03", "--until", "2026-03", "--csv")
    assert result.exit_code == 0 and "Olaf Berg" in result.stdout
