"""The ledger: articles, actors, quotes and events from many articles, in SQLite.

Each article is stored in one transaction: an interrupted ingest leaves no
half-stored article, and a rerun picks up where it stopped. An article seen
before (same URL, or same text) is skipped; a changed one replaces its
earlier version. Records are plain dicts here, at the database edge.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import actor_forms, event_tellings
from .dialect import BUSY_TIMEOUT_MS, connect, database_errors, is_postgres, shown
from .migrations import migrate, pending_migrations
from .record_check import check_record

if TYPE_CHECKING:
    from .dialect import Ledger as Database

DEFAULT_DB = "backchannel.db"


class LedgerError(Exception):
    """The ledger file cannot be opened or is not a backchannel ledger."""


def open_ledger(path: str | Path = DEFAULT_DB, *, create: bool = True, read_only: bool = False) -> Database:
    """Open the ledger at ``path``: a SQLite file, or a ``postgresql://`` URL (see ``dialect.py``).

    For writing (the default) it is created if need be and brought up to date; a SQLite ledger is put in
    WAL mode so readers never wait. ``read_only`` opens it for queries without writing a byte: a ledger
    that needs migrating is refused with a message naming the command that migrates it.
    """
    if is_postgres(path):
        return _open_postgres(str(path), read_only=read_only)
    path = Path(path)
    if (read_only or not create) and not path.exists():
        raise LedgerError(f"no ledger at {path}: run 'backchannel ingest' first")
    try:
        db = connect(path, read_only=read_only)
        if read_only:
            _check_migrated(db)
            return db
        _when_unlocked(lambda: _wal(db.conn))
        db.conn.execute("PRAGMA foreign_keys=ON")
        db.conn.execute("PRAGMA synchronous=NORMAL")
        _when_unlocked(lambda: migrate(db))
    except sqlite3.DatabaseError as err:
        raise LedgerError(f"cannot open ledger {path}: {err}") from err
    return db


def _open_postgres(url: str, *, read_only: bool) -> Database:
    try:
        import psycopg
    except ImportError as err:
        raise LedgerError("a PostgreSQL ledger needs the extra: pip install 'backchannel[postgres]'") from err
    try:
        db = connect(url, read_only=read_only)
    except psycopg.OperationalError as err:
        raise LedgerError(f"cannot open ledger {shown(url)}: {' '.join(str(err).split())}") from err
    if read_only:
        _check_migrated(db)
    else:
        migrate(db)
    return db


def _check_migrated(db: Database) -> None:
    pending = pending_migrations(db)
    where = shown(db.target)
    if pending is None:
        raise LedgerError(f"{where} is not a backchannel ledger (it has no migration table)")
    if pending:
        raise LedgerError(
            f"the ledger {where} was written by an older backchannel and needs migrating"
            f" ({', '.join(pending)}): run 'backchannel migrate --db {where}' first"
        )


def _wal(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode=WAL")


def _when_unlocked(step: Callable[[], object]) -> None:
    """Run ``step``, waiting out a lock for up to the busy timeout. Switching a new ledger to WAL, or creating
    its first tables, while another process does the same fails at once with "database is locked": SQLite's
    busy handler does not cover it, so two ingests started together into a new ledger must wait here."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@dataclass
class Outcome:
    """What ingesting one record did: ``stored``, ``replaced``, ``skipped`` or ``failed``."""

    status: str
    article_id: int | None = None
    message: str = ""


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def ingest_record(db: Database, record: dict[str, Any], *, replace: bool = False) -> Outcome:
    """Store one extraction record in its own transaction.

    ``replace`` stores it even when the same text is already there (re-extraction of a stored article).
    A record that is not a well-formed article record fails alone; nothing stored is touched.
    """
    refused = _refusal(record)
    if refused is not None:
        return refused
    with transaction(db):
        return _store(db, record, replace=replace)


@contextmanager
def transaction(db: Database) -> Iterator[None]:
    """One write transaction: committed when the block ends, rolled back on any exception (Ctrl-C included)."""
    db.begin_write()
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    db.commit()


def store_within(db: Database, record: dict[str, Any]) -> Outcome:
    """Store one record inside the caller's transaction (see ``transaction``), under a savepoint.

    A record that is not a well-formed article record, or that meets a database error, fails alone: what
    it wrote is rolled back to the savepoint and the transaction goes on with the next record. Any other
    exception ends the caller's transaction, which rolls back.
    """
    refused = _refusal(record)
    if refused is not None:
        return refused
    db.execute("SAVEPOINT record")
    try:
        outcome = _store(db, record, replace=False)
    except database_errors() as err:
        db.execute("ROLLBACK TO SAVEPOINT record")
        db.execute("RELEASE SAVEPOINT record")
        return Outcome("failed", message=f"could not store the article: {err}")
    db.execute("RELEASE SAVEPOINT record")
    return outcome


def _refusal(record: dict[str, Any]) -> Outcome | None:
    """The failure of an error record or of one that is not a well-formed article record; None if it can go in."""
    if record.get("error"):
        return Outcome("failed", message=str(record["error"]))
    try:
        check_record(record)
    except ValueError as err:
        return Outcome("failed", message=f"not a backchannel.article/1 record: {err}")
    return None


def _store(db: Database, record: dict[str, Any], *, replace: bool) -> Outcome:
    article = record["article"]
    digest = content_hash(article.get("text") or "")
    key = article.get("url") or f"sha256:{digest}"
    existing = db.execute("SELECT id, content_hash FROM articles WHERE key = ?", [key]).fetchone()
    if existing and existing[1] == digest and not replace:
        return Outcome("skipped", existing[0], "already in the ledger")
    if existing is None:
        same_text = db.execute("SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
        if same_text:
            return Outcome("skipped", same_text[0], "same text already in the ledger")
    scope = Scope()
    replaced = existing is not None
    if replaced:
        _forget_article(db, existing[0], scope)
    article_id = store_findings(db, record, key, digest, scope)
    refresh(db, scope)
    db.execute(
        "UPDATE quotes SET speaker_actor = (SELECT f.actor_id FROM mentions m JOIN name_forms f ON f.id = m.form_id"
        " WHERE m.id = quotes.speaker_mention) WHERE article_id = ?",
        [article_id],
    )
    return Outcome("replaced" if replaced else "stored", article_id)


def store_findings(db: Database, record: dict[str, Any], key: str, digest: str, scope: Scope) -> int:
    """What one article said (the article, its mentions, quotes and tellings), without regrouping actors and
    events; returns the article's id and adds what ``refresh`` must look at to ``scope``."""
    article = record["article"]
    published = article.get("published")
    article_id = db.insert(
        "INSERT INTO articles (key, content_hash, source, url, title, published, outlet, section, authors, text,"
        " ingested_at, extractor, boilerplate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            key,
            digest,
            article.get("source"),
            article.get("url"),
            article.get("title"),
            published,
            article.get("outlet"),
            article.get("section"),
            json.dumps(article.get("authors") or [], ensure_ascii=False),
            article.get("text"),
            datetime.now(UTC).isoformat(),
            record.get("extractor"),
            json.dumps(
                {
                    "boilerplate": article.get("boilerplate") or [],
                    "images": article.get("images") or [],
                    "encoding": article.get("encoding"),
                },
                ensure_ascii=False,
            ),
        ],
    )
    mentions = _store_mentions(db, record, article_id, scope)
    for quote in record.get("quotes") or []:
        content = quote["content"]
        db.execute(
            'INSERT INTO quotes (article_id, speaker_mention, kind, content, cue, speaker, start, "end", published)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article_id,
                mentions.get(quote.get("speaker_actor") or ""),
                quote["kind"],
                content["text"],
                (quote.get("cue") or {}).get("text"),
                (quote.get("speaker") or {}).get("text"),
                content["start"],
                content["end"],
                published,
            ],
        )
    rules = (record.get("explain") or {}).get("events") or {}
    for seq, event in enumerate(record.get("events") or []):
        scope.new_tellings.add(_store_telling(db, event, mentions, article_id, seq, rules.get(event.get("id"), [])))
    return article_id


@dataclass
class Scope:
    """What an article's coming or going may change: forms and tellings to regroup, actors to summarise."""

    forms: set[int] = field(default_factory=set)
    tellings: set[int] = field(default_factory=set)
    new_tellings: set[int] = field(default_factory=set)
    actors: set[int] = field(default_factory=set)
    events: set[int] = field(default_factory=set)


def _forget_article(db: Database, article_id: int, scope: Scope) -> None:
    """Remove an article and everything it said; what it touched is regrouped and recomputed by ``refresh``."""
    forms = {r[0] for r in db.execute("SELECT form_id FROM mentions WHERE article_id = ?", [article_id])}
    tellings = {r[0] for r in db.execute("SELECT id FROM tellings WHERE article_id = ?", [article_id])}
    scope.forms |= actor_forms.closure(db, forms)
    scope.tellings |= set(event_tellings.closure(db, tellings))
    scope.events |= {
        r[0] for r in db.execute("SELECT DISTINCT event_id FROM reports WHERE article_id = ?", [article_id])
    }
    scope.actors |= {
        r[0]
        for r in db.execute(
            "SELECT actor_id FROM name_forms WHERE id IN (SELECT form_id FROM"
            " mentions WHERE article_id = ?) AND actor_id IS NOT NULL",
            [article_id],
        )
    }
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    for form_id in forms:
        if db.execute("SELECT 1 FROM mentions WHERE form_id = ? LIMIT 1", [form_id]).fetchone() is None:
            db.execute("DELETE FROM name_forms WHERE id = ?", [form_id])


def refresh(db: Database, scope: Scope) -> None:
    """Bring actors and events back in line with the articles after some came or went."""
    forms = {r[0] for r in _in(db, "SELECT id FROM name_forms WHERE id IN ({})", scope.forms)}
    plan = actor_forms.plan_actors(db, actor_forms.closure(db, forms)) if forms else {}
    current = {f.id: f.actor_id for f in actor_forms.load_forms(db, plan).values()}
    moved = {f for f, a in plan.items() if current.get(f) != a}
    before = event_tellings.tellings_of_forms(db, {f for f in moved if current.get(f) is not None})
    scope.tellings |= set(event_tellings.closure(db, before))  # linked as the actors stood before
    for form_id in moved:
        db.execute("UPDATE name_forms SET actor_id = ? WHERE id = ?", [plan[form_id], form_id])
    scope.actors |= {a for a in current.values() if a is not None} | set(plan.values())
    changed = scope.new_tellings | event_tellings.tellings_of_forms(db, moved, cited=True)
    scope.tellings |= changed
    live = {r[0] for r in _in(db, "SELECT id FROM tellings WHERE id IN ({})", scope.tellings)}
    grouped = event_tellings.closure(db, live)  # linked as the actors stand now
    grouped_events = {t.event_id for t in grouped.values() if t.event_id is not None}
    lost = scope.events & grouped_events  # events that lost a telling but keep others
    changed |= {t.id for t in grouped.values() if t.event_id in lost}
    event_tellings.regroup(db, grouped, changed=changed)
    event_tellings.forget_events(db, scope.events - grouped_events)
    _in(
        db,
        "UPDATE quotes SET speaker_actor = (SELECT f.actor_id FROM mentions m JOIN name_forms f ON f.id = m.form_id"
        " WHERE m.id = quotes.speaker_mention)"
        " WHERE speaker_mention IN (SELECT id FROM mentions WHERE form_id IN ({}))",
        moved | scope.forms,
    )
    scope.actors |= {
        r[0]
        for r in _in(
            db,
            "SELECT f.actor_id FROM mentions m JOIN name_forms f ON f.id = m.form_id WHERE m.via_mention IN"
            " (SELECT id FROM mentions WHERE form_id IN ({})) AND f.actor_id IS NOT NULL",
            moved,
        )
    }
    gone = [a for a in sorted(scope.actors) if not actor_forms.summarise_actor(db, a)]
    for actor_id in gone:
        db.execute("UPDATE actors SET via = NULL WHERE via = ?", [actor_id])
        db.execute("DELETE FROM actor_names WHERE actor_id = ?", [actor_id])
        db.execute("DELETE FROM actors WHERE id = ?", [actor_id])


def _in(db: Database, sql: str, ids: set[int]) -> list[Any]:
    """Run ``sql`` with its ``{}`` filled by the ids, in chunks SQLite's parameter limit allows."""
    rows: list[Any] = []
    values = sorted(ids)
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        rows += db.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
    return rows


# --- what one article said ---------------------------------------------------------------------


def _store_mentions(db: Database, record: dict[str, Any], article_id: int, scope: Scope) -> dict[str, int]:
    """Mention rows for the record's actors; returns their ids by the record's actor ids."""
    ids: dict[str, int] = {}
    actors = record.get("actors") or []
    for actor in sorted(actors, key=lambda a: a.get("via") is not None):  # outlets before who speaks through them
        aliases = [str(a) for a in actor.get("aliases") or []]
        form_id, created = actor_forms.form_for(
            db,
            kind=actor["kind"],
            name=actor["name"],
            country=actor.get("country"),
            aliases=aliases,
            unique=f"{article_id}:{actor['id']}" if actor["kind"] == "anonymous" else None,
        )
        if created:
            scope.forms.add(form_id)
        elif (row := db.execute("SELECT actor_id FROM name_forms WHERE id = ?", [form_id]).fetchone())[0]:
            scope.actors.add(row[0])  # (a form this very record created has no actor yet)
        mention_id = db.insert(
            "INSERT INTO mentions (article_id, local_id, form_id, name, kind, country, titles, aliases, via_mention)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article_id,
                actor["id"],
                form_id,
                actor["name"],
                actor["kind"],
                actor.get("country"),
                json.dumps(actor.get("titles") or [], ensure_ascii=False),
                json.dumps(aliases, ensure_ascii=False),
                ids.get(actor.get("via") or ""),
            ],
        )
        ids[actor["id"]] = mention_id
    return ids


def _store_telling(
    db: Database, event: dict[str, Any], mentions: dict[str, int], article_id: int, seq: int, rules: list[str]
) -> int:
    date = event.get("date") or {}
    place = event.get("place") or {}
    evidence = " ".join(e["text"] for e in (event.get("evidence") or [])[:1])
    # "last week" comes as its month with the ISO week beside it: the ledger keeps the week, the finer of the two,
    # so that tellings of one contact a week apart are not taken for one
    value, precision = (date["week"], "week") if date.get("week") else (date.get("value"), date.get("precision"))
    telling_id = db.insert(
        "INSERT INTO tellings (article_id, seq, type, mode, status, date_value, date_precision, date_modifier,"
        " date_text, place, place_country, topics, evidence, rules, place_lat, place_lon)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            article_id,
            seq,
            event["type"],
            event.get("mode"),
            event["status"],
            value,
            precision,
            date.get("modifier"),
            date.get("text"),
            place.get("name"),
            place.get("country"),
            json.dumps(event.get("topics") or [], ensure_ascii=False),
            evidence,
            json.dumps([r for r in rules if isinstance(r, str)]),
            place.get("lat") if isinstance(place.get("lat"), int | float) else None,
            place.get("lon") if isinstance(place.get("lon"), int | float) else None,
        ],
    )
    roles = {
        "actor": event.get("actor") or [],
        "recipient": event.get("recipient") or [],
        "participant": event.get("participants") or [],
    }
    for role, members in roles.items():
        for member in members:
            if member in mentions:
                db.execute(
                    "INSERT OR IGNORE INTO telling_parties (telling_id, mention_id, role) VALUES (?, ?, ?)",
                    [telling_id, mentions[member], role],
                )
    for report in event.get("reported_by") or [{"source": None, "via": None}]:
        db.execute(
            "INSERT INTO telling_reports (telling_id, source_mention, via_mention) VALUES (?, ?, ?)",
            [telling_id, mentions.get(report.get("source") or ""), mentions.get(report.get("via") or "")],
        )
    for confirmation in event.get("confirmations") or []:
        db.execute(
            "INSERT INTO telling_confirmations (telling_id, status, by_mention, evidence) VALUES (?, ?, ?, ?)",
            [
                telling_id,
                confirmation["status"],
                mentions.get(confirmation.get("by") or ""),
                (confirmation.get("evidence") or {}).get("text"),
            ],
        )
    return telling_id
