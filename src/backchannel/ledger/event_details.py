"""What a page of contacts shows of an event besides its own row, stored on the row (``events.details``).

A page of contacts shows each event's parties, reports (with their articles' keys and titles) and
confirmations. Read from their own tables, a first page of 101 events read some 700 pages of PostgreSQL's
tables and indexes at 1,000,000 articles, most of them from all over each table, against about a hundred for
the events' own rows. So each event's row carries them, as JSON (migration 012): a page reads the event ids
from an index and then one row per event.

What the JSON holds:

* ``p``, the parties: ``[actor id, role]``;
* ``r``, the reports in the order a page lists them (publication, then id): ``[article id, outlet, published,
  source actor id, via actor id, evidence, article key, article title]``;
* ``c``, the confirmations, likewise in order: ``[status, actor id, published, article id, evidence]``.

Actors are held by id: their names, kinds and countries are read when the page is shown, from ``actors``
(small, and read by every page), so that an actor renamed as its articles come and go never leaves a stale
name here. Articles are never updated in place (a changed article is a new row), but a trigger covers it all
the same.

Who keeps it true: triggers on every table it is made from set an event's ``details`` to NULL when any of
those rows changes (inserted, deleted, updated, or gone with a cascade), and the writer fills it again, in the
same transaction, for every event it rebuilds (``event_tellings.rebuild_event``): on PostgreSQL with one UPDATE
that builds the JSON in the server (no round trip in the writer's pipeline), on SQLite from the rows read back.
A NULL is never wrong: a page reads the event's details from their tables then (``read``), as every page did
before. A stored value is therefore always the one those tables give, or NULL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .dialect import Ledger as Database

CHUNK = 500
"""Events per statement (SQLite's parameter limit is far above; the lists of ids stay short)."""

RANGE = 20_000
"""Event ids per pass when every event's details are worked out again (``refill``)."""

_PARTS = [
    ("p", "event_participants p", "p.actor_id, p.role", "p.role, p.actor_id"),
    (
        "r",
        "reports r JOIN articles ar ON ar.id = r.article_id",
        "r.article_id, r.outlet, r.published, r.source_actor, r.via_actor, r.evidence, ar.key, ar.title",
        "r.published, r.id",
    ),
    ("c", "confirmations c", "c.status, c.by_actor, c.published, c.article_id, c.evidence", "c.published, c.id"),
]
"""Each part of the JSON: its key, the table it comes from (aliased by the key), its columns and its order."""

_SOURCES = [
    f"SELECT {key}.event_id, {columns} FROM {source} WHERE {{events}} ORDER BY {key}.event_id, {order}"
    for key, source, columns, order in _PARTS
]
"""An event's parties, reports and confirmations from their tables; ``{events}`` is a condition on the event id
column of the table's alias (``p``, ``r``, ``c``), written as ``{alias}.event_id``."""


def _in_server(db: Database) -> str | None:
    """An UPDATE that works these events' details out and stores them in the database server (``{}``: the events'
    ids), where the backend can build the JSON in order: on PostgreSQL it saves the writer a round trip per
    rebuilt event. None on SQLite (its JSON aggregates take no order before 3.44; its rows are read in-process)."""
    parts = []
    for key, source, columns, order in _PARTS:
        rows = db.dialect.json_rows(columns, order)
        if rows is None:
            return None
        parts.append((key, f"(SELECT {rows} FROM {source} WHERE {key}.event_id = events.id)"))
    return f"UPDATE events SET details = {db.dialect.json_object(parts)} WHERE id IN ({{}})"


@dataclass(frozen=True)
class Details:
    """One event's parties (actor id, role), reports and confirmations, as the JSON holds them."""

    parties: list[list[Any]]
    reports: list[list[Any]]
    confirmations: list[list[Any]]

    def encoded(self) -> str:
        return json.dumps(
            {"p": self.parties, "r": self.reports, "c": self.confirmations}, ensure_ascii=False, separators=(",", ":")
        )

    @staticmethod
    def decoded(text: str) -> Details:
        data = json.loads(text)
        return Details(data["p"], data["r"], data["c"])

    def actor_ids(self) -> set[int]:
        ids = {p[0] for p in self.parties}
        ids |= {a for r in self.reports for a in (r[3], r[4]) if a is not None}
        ids |= {c[1] for c in self.confirmations if c[1] is not None}
        return ids


def read(db: Database, event_ids: Sequence[int]) -> dict[int, Details]:
    """The details of these events, read from their tables (every event given has an entry)."""
    found: dict[int, Details] = {}
    for start in range(0, len(event_ids), CHUNK):
        chunk = list(event_ids[start : start + CHUNK])
        condition = "{alias}.event_id IN (" + ",".join("?" * len(chunk)) + ")"
        found.update(_gathered(chunk, db.batch([(_condition(sql, condition), chunk) for sql in _SOURCES])))
    return found


def _condition(sql: str, condition: str) -> str:
    alias = sql.split(" FROM ")[1].split()[1]  # the source table's alias
    return sql.format(events=condition.format(alias=alias))


def _gathered(event_ids: Iterable[int], answers: list[list[Any]]) -> dict[int, Details]:
    parties: dict[int, list[list[Any]]] = {}
    reports: dict[int, list[list[Any]]] = {}
    confirmations: dict[int, list[list[Any]]] = {}
    for by_event, rows in zip((parties, reports, confirmations), answers, strict=True):
        for row in rows:
            by_event.setdefault(row[0], []).append(list(row[1:]))
    return {
        event_id: Details(parties.get(event_id, []), reports.get(event_id, []), confirmations.get(event_id, []))
        for event_id in event_ids
    }


def store(db: Database, event_ids: Iterable[int]) -> None:
    """Work out these events' details from their tables and store them on their rows (in the caller's
    transaction, after the rows they are made from are written)."""
    ids = sorted(set(event_ids))
    if (statement := _in_server(db)) is not None:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            db.execute(statement.format(",".join("?" * len(chunk))), chunk)
        return
    details = read(db, ids)
    _write(db, [(details[event_id].encoded(), event_id) for event_id in ids])


def refill(db: Database) -> int:
    """Every event's details worked out again (a migrated or copied ledger), a range of ids at a time; returns
    how many events there are."""
    top = db.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
    count = 0
    for low in range(0, top + 1, RANGE):
        high = low + RANGE - 1
        ids = [r[0] for r in db.execute("SELECT id FROM events WHERE id BETWEEN ? AND ? ORDER BY id", [low, high])]
        if not ids:
            continue
        condition = "{alias}.event_id BETWEEN ? AND ?"
        answers = db.batch([(_condition(sql, condition), [low, high]) for sql in _SOURCES])
        details = _gathered(ids, answers)
        _write(db, [(details[event_id].encoded(), event_id) for event_id in ids])
        count += len(ids)
    return count


def _write(db: Database, values: list[tuple[str, int]]) -> None:
    db.executemany("UPDATE events SET details = ? WHERE id = ?", values)
