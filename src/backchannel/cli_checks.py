"""The command line's manners: exit codes, and options checked before any work starts."""

from __future__ import annotations

from typing import Any

import click

from .dates import date_span, is_day

EXIT_OK = 0
"""Every input was processed."""
EXIT_ALL_FAILED = 1
"""Every input failed (or there was none), or the command could not run (no ledger, a database error)."""
EXIT_USAGE = 2
"""The command was misused: an unknown option, a bad value, options that exclude each other."""
EXIT_SOME_FAILED = 3
"""Some inputs were processed and some failed; the failures are on standard error."""
EXIT_INTERRUPTED = 130
"""Stopped by Ctrl-C, after a summary of what was stored (128 + SIGINT, as shells report it)."""


def run_status(total: int, failed: int) -> int:
    """The exit status of a run over ``total`` inputs of which ``failed`` failed."""
    if total == 0 or failed >= total:
        return EXIT_ALL_FAILED
    return EXIT_SOME_FAILED if failed else EXIT_OK


def extract_status(total: int, failed: int) -> int:
    """``extract`` keeps the extraction contract's rule: non-zero only when every input failed.

    Scorers read its records and its status; a partial failure is in the records' ``error`` fields.
    """
    return EXIT_ALL_FAILED if total == 0 or failed >= total else EXIT_OK


def _when(value: str | None, param: click.Parameter) -> Any:
    if value is None:
        return None
    span = date_span(value)
    if span is None:
        raise click.BadParameter(f"{value!r} is not a date: give YYYY-MM-DD, YYYY-MM or YYYY", param=param)
    return span


def since_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """The first day a --since date allows ("2026-03" is from 1 March)."""
    span = _when(value, param)
    return span.low.isoformat() if span else None


def until_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """The last day an --until date allows ("2026-03" is up to 31 March)."""
    span = _when(value, param)
    return span.high.isoformat() if span else None


def published_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A publication day, ``YYYY-MM-DD``: the extractors date "on Tuesday" from it."""
    if value is not None and not is_day(value):
        raise click.BadParameter(f"{value!r} is not a date: give YYYY-MM-DD", param=param)
    return value


def country_code(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """ISO 3166-1 alpha-3 for an alpha-2 code, an alpha-3 code or a country's name."""
    if value is None:
        return None
    from .geo import country_alpha3

    found = country_alpha3(value)
    if found is None:
        raise click.BadParameter(
            f"{value!r} is not a country: give an ISO code (FR, FRA) or a name (France)", param=param
        )
    return found


def one_format(as_json: bool, as_csv: bool) -> None:
    if as_json and as_csv:
        raise click.UsageError("--json and --csv cannot be used together: choose one")


def ledger_location(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """The ledger's path or URL; an empty one (``--db ""``, an empty BACKCHANNEL_DB) names no ledger."""
    if not value.strip():
        raise click.BadParameter("an empty path names no ledger: give a file or a postgresql:// URL", param=param)
    return value
