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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..dates import interval
from .identity import dates_compatible, day_of, norm, same_person_name
from .migrations import migrate

if TYPE_CHECKING:
    from sqlite_utils import Database

DEFAULT_DB = "backchannel.db"
BUSY_TIMEOUT_MS = 30_000


class LedgerError(Exception):
    """The ledger file cannot be opened or is not a backchannel ledger."""


def open_ledger(path: str | Path = DEFAULT_DB, *, create: bool = True) -> Database:
    """Open (and bring up to date) the ledger at ``path``, in WAL mode so readers never wait."""
    from sqlite_utils import Database  # loaded here, not at import: extraction alone never needs it

    path = Path(path)
    if not create and not path.exists():
        raise LedgerError(f"no ledger at {path}: run 'backchannel ingest' first")
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        db = Database(conn)
        migrate(db)
    except sqlite3.DatabaseError as err:
        raise LedgerError(f"cannot open ledger {path}: {err}") from err
    return db


@dataclass
class Outcome:
    """What ingesting one record did: ``stored``, ``replaced``, ``skipped`` or ``failed``."""

    status: str
    article_id: int | None = None
    message: str = ""


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def ingest_record(db: Database, record: dict[str, Any]) -> Outcome:
    """Store one extraction record in its own transaction."""
    if record.get("error"):
        return Outcome("failed", message=record["error"])
    article = record["article"]
    digest = content_hash(article.get("text") or "")
    key = article.get("url") or f"sha256:{digest}"
    db.execute("BEGIN IMMEDIATE")
    try:
        outcome = _store(db, record, key, digest)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return outcome


def _store(db: Database, record: dict[str, Any], key: str, digest: str) -> Outcome:
    article = record["article"]
    existing = db.execute("SELECT id, content_hash FROM articles WHERE key = ?", [key]).fetchone()
    if existing and existing[1] == digest:
        return Outcome("skipped", existing[0], "already in the ledger")
    if existing is None:
        same_text = db.execute("SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
        if same_text:
            return Outcome("skipped", same_text[0], "same text already in the ledger")
    replaced = existing is not None
    if replaced:
        _forget_article(db, existing[0])
    published = article.get("published")
    cursor = db.execute(
        "INSERT INTO articles (key, content_hash, source, url, title, published, outlet, section, authors, text,"
        " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            key,
            digest,
            article.get("source"),
            article.get("url"),
            article.get("title"),
            published,
            article.get("outlet"),
            article.get("section"),
            json.dumps(article.get("authors") or []),
            article.get("text"),
            datetime.now(UTC).isoformat(),
        ],
    )
    article_id = cursor.lastrowid
    assert article_id is not None
    ids = _store_actors(db, record, published)
    for quote in record.get("quotes") or []:
        content = quote["content"]
        db.execute(
            'INSERT INTO quotes (article_id, speaker_actor, kind, content, cue, speaker, start, "end", published)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article_id,
                ids.get(quote.get("speaker_actor") or ""),
                quote["kind"],
                content["text"],
                (quote.get("cue") or {}).get("text"),
                (quote.get("speaker") or {}).get("text"),
                content["start"],
                content["end"],
                published,
            ],
        )
    for event in record.get("events") or []:
        _store_event(db, event, ids, article_id, article)
    return Outcome("replaced" if replaced else "stored", article_id)


def _forget_article(db: Database, article_id: int) -> None:
    """Remove an article, the parties only it named, and the events nobody else reports."""
    events = [r[0] for r in db.execute("SELECT DISTINCT event_id FROM reports WHERE article_id = ?", [article_id])]
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    for event_id in events:
        if db.execute("SELECT 1 FROM reports WHERE event_id = ? LIMIT 1", [event_id]).fetchone() is None:
            db.execute("DELETE FROM events WHERE id = ?", [event_id])
            continue
        db.execute(
            "DELETE FROM event_participants WHERE event_id = ? AND NOT EXISTS (SELECT 1 FROM event_party_sources s"
            " WHERE s.event_id = event_participants.event_id AND s.actor_id = event_participants.actor_id"
            " AND s.role = event_participants.role)",
            [event_id],
        )


# --- actors -----------------------------------------------------------------------------------


def _store_actors(db: Database, record: dict[str, Any], published: str | None) -> dict[str, int]:
    """Ledger ids for the record's actors, matching known ones, creating the rest."""
    ids: dict[str, int] = {}
    actors = record.get("actors") or []
    for actor in sorted(actors, key=lambda a: a.get("via") is not None):  # outlets before who speaks through them
        via = ids.get(actor.get("via") or "")
        found = None if actor["kind"] == "anonymous" else _match_actor(db, actor)
        if found is None:
            cursor = db.execute(
                "INSERT INTO actors (name, kind, country, titles, aliases, via, first_seen, last_seen)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    actor["name"],
                    actor["kind"],
                    actor.get("country"),
                    json.dumps(actor.get("titles") or []),
                    json.dumps(actor.get("aliases") or []),
                    via,
                    published,
                    published,
                ],
            )
            found = cursor.lastrowid
            assert found is not None
        else:
            _update_actor(db, found, actor, published)
        for name in [actor["name"], *(actor.get("aliases") or [])]:
            if key := norm(name):
                db.execute("INSERT OR IGNORE INTO actor_names (name, actor_id) VALUES (?, ?)", [key, found])
        ids[actor["id"]] = found
    return ids


def _match_actor(db: Database, actor: dict[str, Any]) -> int | None:
    kind, country = actor["kind"], actor.get("country")
    names = [norm(n) for n in [actor["name"], *(actor.get("aliases") or [])] if norm(n)]
    if kind == "country" and country:
        row = db.execute("SELECT id FROM actors WHERE kind = 'country' AND country = ?", [country]).fetchone()
        if row:
            return row[0]
    placeholders = ",".join("?" * len(names))
    rows = db.execute(
        f"SELECT DISTINCT a.id, a.name, a.country FROM actor_names n JOIN actors a ON a.id = n.actor_id"
        f" WHERE n.name IN ({placeholders}) AND a.kind = ?",
        [*names, kind],
    ).fetchall()
    if kind == "person":
        full = norm(actor["name"])
        rows = [r for r in rows if same_person_name(r[1], actor["name"]) or norm(r[1]) == full]
        if not rows and len(full.split()) >= 2:
            surname = full.split()[-1]
            candidates = db.execute(
                "SELECT DISTINCT a.id, a.name, a.country FROM actor_names n JOIN actors a ON a.id = n.actor_id"
                " WHERE n.name = ? AND a.kind = 'person'",
                [surname],
            ).fetchall()
            rows = [r for r in candidates if same_person_name(r[1], actor["name"])]
    rows = [r for r in rows if not (country and r[2] and r[2] != country)]
    if len(rows) == 1:
        return rows[0][0]
    if len(rows) > 1 and country:
        same = [r for r in rows if r[2] == country]
        if len(same) == 1:
            return same[0][0]
    return None


def _update_actor(db: Database, actor_id: int, actor: dict[str, Any], published: str | None) -> None:
    row = db.execute(
        "SELECT name, titles, aliases, country, first_seen, last_seen FROM actors WHERE id = ?", [actor_id]
    ).fetchone()
    name, titles, aliases, country, first_seen, last_seen = row
    titles, aliases = json.loads(titles), json.loads(aliases)
    titles += [t for t in actor.get("titles") or [] if t not in titles]
    new_name = name
    if len(actor["name"].split()) > len(name.split()):
        new_name = actor["name"]  # the fullest form used
    for alias in [name, actor["name"], *(actor.get("aliases") or [])]:
        if alias != new_name and alias not in aliases:
            aliases.append(alias)
    seen = [d for d in (first_seen, last_seen, published) if d]
    db.execute(
        "UPDATE actors SET name = ?, titles = ?, aliases = ?, country = ?, first_seen = ?, last_seen = ? WHERE id = ?",
        [
            new_name,
            json.dumps(titles),
            json.dumps(aliases),
            country or actor.get("country"),
            min(seen) if seen else None,
            max(seen) if seen else None,
            actor_id,
        ],
    )


# --- events -----------------------------------------------------------------------------------


def _store_event(
    db: Database, event: dict[str, Any], ids: dict[str, int], article_id: int, article: dict[str, Any]
) -> None:
    roles = {
        "actor": event.get("actor") or [],
        "recipient": event.get("recipient") or [],
        "participant": event.get("participants") or [],
    }
    parties = {ids[p] for p in roles["participant"] if p in ids}
    date = event.get("date") or {}
    event_id = _match_event(db, event, parties, article.get("published"))
    if event_id is None:
        place = event.get("place") or {}
        when = interval(date.get("value"), date.get("precision"))
        cursor = db.execute(
            "INSERT INTO events (type, mode, status, date_value, date_precision, date_modifier, date_text, place,"
            " place_country, topics, sort_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                event["type"],
                event.get("mode"),
                event["status"],
                date.get("value"),
                date.get("precision"),
                date.get("modifier"),
                date.get("text"),
                place.get("name"),
                place.get("country"),
                json.dumps(event.get("topics") or []),
                when.low.isoformat() if when else (article.get("published") or "")[:10] or None,
            ],
        )
        event_id = cursor.lastrowid
        assert event_id is not None
    else:
        _update_event(db, event_id, event)
    for role, members in roles.items():
        for member in members:
            if member in ids:
                values = [event_id, ids[member], role]
                db.execute(
                    "INSERT OR IGNORE INTO event_participants (event_id, actor_id, role) VALUES (?, ?, ?)", values
                )
                db.execute(
                    "INSERT OR IGNORE INTO event_party_sources (event_id, actor_id, role, article_id)"
                    " VALUES (?, ?, ?, ?)",
                    [*values, article_id],
                )
    evidence = " ".join(e["text"] for e in (event.get("evidence") or [])[:1])
    published = article.get("published")
    reports = event.get("reported_by") or [{"source": None, "via": None}]
    for report in reports:
        db.execute(
            "INSERT INTO reports (event_id, article_id, outlet, published, source_actor, via_actor, evidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                event_id,
                article_id,
                article.get("outlet"),
                published,
                ids.get(report.get("source") or ""),
                ids.get(report.get("via") or ""),
                evidence,
            ],
        )
    for confirmation in event.get("confirmations") or []:
        db.execute(
            "INSERT INTO confirmations (event_id, article_id, status, by_actor, published, evidence)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                event_id,
                article_id,
                confirmation["status"],
                ids.get(confirmation.get("by") or ""),
                published,
                (confirmation.get("evidence") or {}).get("text"),
            ],
        )


def _match_event(db: Database, event: dict[str, Any], parties: set[int], published: str | None) -> int | None:
    """The ledger event this one tells of again, if any."""
    if not parties:
        return None
    placeholders = ",".join("?" * len(parties))
    rows = db.execute(
        f"SELECT e.id, e.mode, e.date_value, e.date_precision, count(DISTINCT p.actor_id) AS shared,"
        f" (SELECT min(r.published) FROM reports r WHERE r.event_id = e.id)"
        f" FROM events e JOIN event_participants p ON p.event_id = e.id"
        f" WHERE p.actor_id IN ({placeholders}) AND e.type = ? GROUP BY e.id ORDER BY shared DESC, e.id DESC",
        [*parties, event["type"]],
    ).fetchall()
    need = min(2, len(parties))
    date = event.get("date") or {}
    when = interval(date.get("value"), date.get("precision"))
    for event_id, mode, value, precision, shared, first_published in rows:
        if shared < need or (mode and event.get("mode") and mode != event.get("mode")):
            continue
        if dates_compatible(when, interval(value, precision), day_of(published), day_of(first_published)):
            return event_id
    return None


PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, None: 5}


def _update_event(db: Database, event_id: int, event: dict[str, Any]) -> None:
    row = db.execute(
        "SELECT status, date_precision, topics, place, mode FROM events WHERE id = ?", [event_id]
    ).fetchone()
    status, precision, topics, place, mode = row
    topics = json.loads(topics)
    topics += [t for t in event.get("topics") or [] if t not in topics]
    date = event.get("date") or {}
    if status in ("planned", "hypothetical") and event["status"] in ("occurred", "ongoing"):
        status = event["status"]  # what was planned has now happened
    db.execute(
        "UPDATE events SET status = ?, topics = ?, mode = ? WHERE id = ?",
        [status, json.dumps(topics), mode or event.get("mode"), event_id],
    )
    if date and PRECISION_RANK.get(date.get("precision"), 5) < PRECISION_RANK.get(precision, 5):
        when = interval(date.get("value"), date.get("precision"))
        db.execute(
            "UPDATE events SET date_value = ?, date_precision = ?, date_modifier = ?, date_text = ?, sort_date = ?"
            " WHERE id = ?",
            [
                date.get("value"),
                date.get("precision"),
                date.get("modifier"),
                date.get("text"),
                when.low.isoformat() if when else None,
                event_id,
            ],
        )
    place_info = event.get("place") or {}
    if not place and place_info.get("name"):
        db.execute(
            "UPDATE events SET place = ?, place_country = ? WHERE id = ?",
            [place_info["name"], place_info.get("country"), event_id],
        )
