"""Query parameters, checked: every value from a URL is untrusted and a bad one is a 400, never a crash."""

from __future__ import annotations

import re
from dataclasses import dataclass

from starlette.convertors import IntegerConvertor, register_url_convertor
from starlette.datastructures import QueryParams

from ..dates import date_span, is_day
from ..geo import country_alpha3
from ..ledger.query import CONFIRMATIONS, SORTS, STATUSES, ContactFilter

MODES = ["meeting", "visit", "phone", "third-party", "multilateral"]
PAGE_SIZES = [25, 50, 100, 200]
MAX_API_PAGE = 1000
MAX_TEXT = 200  # characters in a name or search box


class RowId(IntegerConvertor):
    """A row id in a path (``/actors/{actor_id:rowid}``): at most 18 digits, which fits the databases' 64-bit
    integers. A longer number is no page (404); Starlette's ``int`` took any length, and the database's refusal
    of it was a 500."""

    regex = "[0-9]{1,18}"


register_url_convertor("rowid", RowId())


class BadParameter(Exception):
    """A query parameter that is not what it should be; the message is shown to the user (escaped)."""


@dataclass(frozen=True)
class Page:
    number: int
    size: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def text(params: QueryParams, name: str) -> str | None:
    value = (params.get(name) or "").strip()
    if len(value) > MAX_TEXT:
        raise BadParameter(f"{name} is longer than {MAX_TEXT} characters")
    return value or None


def choice(params: QueryParams, name: str, allowed: list[str]) -> str | None:
    value = text(params, name)
    if value is not None and value not in allowed:
        raise BadParameter(f"{name} must be one of: {', '.join(allowed)}")
    return value


def day(params: QueryParams, name: str) -> str | None:
    """A ``since`` or ``until`` bound as the command line takes it: a day, or a month or a year, which reach from
    its first day (since) or to its last (until)."""
    value = text(params, name)
    if value is None:
        return None
    span = date_span(value)
    if span is None:
        raise BadParameter(f"{name} must be a date written YYYY-MM-DD, YYYY-MM or YYYY")
    return (span.high if name == "until" else span.low).isoformat()


def parse_day(value: str, name: str) -> str:
    if not is_day(value):
        raise BadParameter(f"{name} must be a date written YYYY-MM-DD")
    return value


def integer(params: QueryParams, name: str, default: int, *, low: int = 1, high: int | None = None) -> int:
    value = text(params, name)
    if value is None:
        return default
    if not re.fullmatch(r"\d{1,9}", value) or int(value) < low or (high is not None and int(value) > high):
        bounds = f"from {low} to {high}" if high is not None else f"of at least {low}"
        raise BadParameter(f"{name} must be a whole number {bounds}")
    return int(value)


def page(params: QueryParams, *, api: bool = False) -> Page:
    size = integer(params, "per_page", 50, high=MAX_API_PAGE if api else max(PAGE_SIZES))
    return Page(integer(params, "page", 1), size)


def contact_filter(params: QueryParams) -> ContactFilter:
    """The contacts filter a URL asks for, as the CLI's ``contacts`` options would give it.

    ``between`` may be given once (contacts of that actor or country) or twice
    (contacts between the two); empty form fields are ignored."""
    between = [v.strip() for v in params.getlist("between") if v.strip()]
    if len(between) > 2:
        raise BadParameter("between takes at most two names")
    if any(len(v) > MAX_TEXT for v in between):
        raise BadParameter(f"between is longer than {MAX_TEXT} characters")
    country = _country(text(params, "country"))
    since, until = day(params, "since"), day(params, "until")
    if since and until and since > until:
        raise BadParameter("since is later than until")
    actor_id = text(params, "actor_id")
    return ContactFilter(
        actor=text(params, "actor"),
        actor_id=integer(params, "actor_id", 0) if actor_id else None,
        between=between or None,
        country=country,
        since=since,
        until=until,
        mode=choice(params, "mode", MODES),
        status=choice(params, "status", STATUSES),
        confirmation=choice(params, "confirmation", CONFIRMATIONS),
        search=text(params, "q"),
        sort=choice(params, "sort", list(SORTS)) or "date",
    )


def _country(value: str | None) -> str | None:
    """ISO alpha-3 for a country given as the CLI's --country takes it (FR, FRA, France)."""
    if value is None:
        return None
    found = country_alpha3(value)
    if found is None:
        raise BadParameter(f"country {value!r} is not a country: give an ISO code (FR, FRA) or a name (France)")
    return found


FILTER_KEYS = ["actor", "actor_id", "between", "country", "since", "until", "mode", "status", "confirmation", "q"]


def filter_query(params: QueryParams, *, keep: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The filter's own parameters (and ``keep``), non-empty, to build links that keep the filter."""
    return [(k, v) for k, v in params.multi_items() if (k in FILTER_KEYS or k in keep) and v.strip()]
