"""Every command's --help shows its examples as written, one command per line, ready to copy.

Click rewraps a help paragraph unless a line holding only \\b comes before it: the two examples of `ingest`
and of `export` ran into one line, a long one was cut in two, and `serve`'s joined the "Example:" line.
"""

import click
import pytest
from click.testing import CliRunner

from backchannel.cli import main


def example_lines(command: click.Command) -> list[str]:
    """The lines of the command's docstring after "Example:" that are commands."""
    doc = command.callback.__doc__ or ""
    after = doc.split("Example:", 1)[1] if "Example:" in doc else ""
    return [line.strip() for line in after.splitlines() if line.strip().startswith(("backchannel", "echo"))]


@pytest.mark.parametrize("name", sorted(main.commands))
def test_examples_are_shown_whole(name):
    command = main.commands[name]
    examples = example_lines(command)
    assert examples, f"{name} has no example"
    result = CliRunner().invoke(main, [name, "--help"], terminal_width=80)
    shown = [line.strip() for line in result.output.splitlines()]
    for example in examples:
        assert example in shown, f"{name} --help does not show {example!r} on a line of its own"
