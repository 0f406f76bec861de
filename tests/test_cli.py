import json

import pytest
from click.testing import CliRunner

from backchannel import __version__
from backchannel.cli import main
from tests.conftest import EXAMPLES


def commands(group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if hasattr(command, "commands"):
            yield from commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [(), *commands(main)])
def test_every_command_has_help(path):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    if path:
        assert "Example" in result.output


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert __version__ in result.output


def test_extract_examples_end_to_end():
    result = CliRunner().invoke(main, ["extract", str(EXAMPLES)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4
    assert all(r["schema"] == "backchannel.article/1" and not r.get("error") for r in records)
    assert "4 article(s), 0 failed" in result.stderr


def test_json_format_is_one_array():
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(EXAMPLES)])
    assert len(json.loads(result.stdout)) == 4


def test_workers_keep_input_order():
    one = CliRunner().invoke(main, ["extract", str(EXAMPLES)]).stdout
    two = CliRunner().invoke(main, ["extract", "--workers", "2", str(EXAMPLES)]).stdout
    assert one == two


def test_unknown_model_is_a_clear_error():
    result = CliRunner().invoke(main, ["extract", "--model", "no_such_model", str(EXAMPLES)])
    assert result.exit_code != 0
    assert "cannot load spaCy model" in result.output
