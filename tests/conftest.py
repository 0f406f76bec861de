"""Shared fixtures: the model is loaded once for the whole run."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from spacy.language import Language

from backchannel import nlp as nlp_module
from backchannel.pipeline import extract_article
from backchannel.records import Article

# Tests never assert a timing: Hypothesis's per-example deadline is one, and fails on a busy machine.
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "examples" / "articles"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return nlp_module.load()


@pytest.fixture(scope="session")
def extract(nlp: Language):
    """Extract one text (with optional metadata) and return its JSON record."""

    def run(text: str, **meta: Any) -> dict[str, Any]:
        return extract_article(Article(text=text, **meta), nlp).to_dict()

    return run


def actor_of(record: dict[str, Any], actor_id: str | None) -> dict[str, Any] | None:
    return next((a for a in record["actors"] if a["id"] == actor_id), None)


def actor_named(record: dict[str, Any], name: str) -> dict[str, Any]:
    return next(a for a in record["actors"] if a["name"] == name)


def quote_with(record: dict[str, Any], fragment: str) -> dict[str, Any]:
    hits = [q for q in record["quotes"] if fragment in q["content"]["text"]]
    assert hits, f"no quote contains {fragment!r}: {[q['content']['text'] for q in record['quotes']]}"
    return hits[0]


def speaker_name(record: dict[str, Any], quote: dict[str, Any]) -> str | None:
    actor = actor_of(record, quote["speaker_actor"])
    return actor["name"] if actor else None


def event_names(record: dict[str, Any], event: dict[str, Any]) -> set[str]:
    """The names of an event's participants."""
    actors = {a["id"]: a["name"] for a in record["actors"]}
    return {actors[p] for p in event["participants"]}


def told_date(event: dict[str, Any]) -> str | None:
    """The date an event's text tells: its date's value, but not the story's month estimated for news told with no
    time of its own (rule date.news-month: modifier "approx", no text)."""
    date = event.get("date") or {}
    return None if date.get("modifier") == "approx" and not date.get("text") else date.get("value")


def events_with(record: dict[str, Any], *names: str) -> list[dict[str, Any]]:
    """The record's events whose participants include every actor named."""
    return [e for e in record["events"] if set(names) <= event_names(record, e)]


def one_event(record: dict[str, Any], *names: str) -> dict[str, Any]:
    """The one event whose parties take in all the names; fails, listing the events, when there is not exactly one."""
    found = events_with(record, *names)
    assert len(found) == 1, [(e["participants"], e["mode"]) for e in record["events"]]
    return found[0]


def place_name_of(event: dict[str, Any]) -> str | None:
    return (event.get("place") or {}).get("name")


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server for the whole run. It must start in CI (env CI); elsewhere, without PostgreSQL's
    server programs, the tests that need it are skipped with the reason."""
    from tests.postgres_server import PostgresServer, PostgresUnavailable

    try:
        server = PostgresServer().start()
    except PostgresUnavailable as err:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL could not start: {err}")
        pytest.skip(f"PostgreSQL could not start (required in CI): {err}")
    yield server
    server.stop()


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def new_ledger(request, tmp_path) -> Callable[[], str]:
    """Makes new, empty ledgers for a test, on each backend in turn: SQLite files, then PostgreSQL databases."""
    server = request.getfixturevalue("postgres") if request.param == "postgresql" else None
    numbers = itertools.count()

    def make() -> str:
        return server.new_database() if server else str(tmp_path / f"ledger{next(numbers)}.db")

    return make


@pytest.fixture
def ledger_target(new_ledger) -> str:
    """One new, empty ledger on each backend in turn."""
    return new_ledger()
