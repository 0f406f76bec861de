"""The ledger's queries as they were before they were rewritten for speed (issue 12), kept as an oracle.

``test_query_rewrites.py`` checks that the rewritten queries in ``backchannel.ledger.query`` return
exactly what these return. Slow and simple on purpose: one query per event for its parties, reports and
confirmations, and every person read when a name matches no name or alias.
"""

from __future__ import annotations

import json
from typing import Any

from backchannel.geo import gazetteer
from backchannel.ledger.identity import norm, same_person_name
from backchannel.ledger.query import ContactFilter, UnknownActor, _like, _marks, _timeline  # not rewritten

SORTS = {
    "date": "e.sort_date, e.id",
    "-date": "e.sort_date DESC, e.id DESC",
    "reports": "(SELECT count(*) FROM reports r WHERE r.event_id = e.id) DESC, e.sort_date, e.id",
}


def find_actors(db: Any, name: str) -> list[int]:
    """Actors a name designates: exact names and aliases first, then surnames; case and accents ignored."""
    key = norm(name)
    rows = db.execute("SELECT DISTINCT actor_id FROM actor_names WHERE name = ?", [key]).fetchall()
    if rows:
        return [r[0] for r in rows]
    people = db.execute("SELECT id, name FROM actors WHERE kind = 'person'").fetchall()
    return [pid for pid, full in people if same_person_name(full, name) and len(key.split()) <= len(norm(full).split())]


def _actor_ids(db: Any, name: str) -> list[int]:
    ids = find_actors(db, name)
    if not ids:
        raise UnknownActor(f"no actor in the ledger is called {name!r}")
    return ids


def _party_ids(db: Any, name: str) -> list[int]:
    """A contact's party: the actor named, and for a country every actor of that country
    ("contacts between France and Russia" takes in Macron's envoy and Putin's aide)."""
    ids = find_actors(db, name)
    geo = gazetteer()
    codes = {geo.country_of(name)} if geo.is_country_name(name) else set()
    if ids:
        codes |= {
            r[0]
            for r in db.execute(
                f"SELECT country FROM actors WHERE id IN ({_marks(ids)}) AND kind = 'country' AND country IS NOT NULL",
                ids,
            )
        }
    codes.discard(None)
    if codes:
        marks = _marks(list(codes))
        ids += [r[0] for r in db.execute(f"SELECT id FROM actors WHERE country IN ({marks})", list(codes))]
    if not ids:
        raise UnknownActor(f"no actor in the ledger is called {name!r}")
    return sorted(set(ids))


def _contact_where(db: Any, where: ContactFilter) -> tuple[str, list[Any]]:
    """The filter as an SQL condition on ``events e`` (empty when it takes in everything)."""
    clauses, params = [], []
    if where.actor_id is not None:
        clauses.append("e.id IN (SELECT event_id FROM event_participants WHERE actor_id = ?)")
        params.append(where.actor_id)
    if where.actor:
        ids = _actor_ids(db, where.actor)
        clauses.append(f"e.id IN (SELECT event_id FROM event_participants WHERE actor_id IN ({_marks(ids)}))")
        params += ids
    for name in where.between or []:
        ids = _party_ids(db, name)
        clauses.append(f"e.id IN (SELECT event_id FROM event_participants WHERE actor_id IN ({_marks(ids)}))")
        params += ids
    if where.country:
        clauses.append(
            "(e.place_country = ? OR e.id IN (SELECT p.event_id FROM event_participants p"
            " JOIN actors a ON a.id = p.actor_id WHERE a.country = ?))"
        )
        params += [where.country.upper(), where.country.upper()]
    if where.since:
        clauses.append("e.sort_date >= ?")
        params.append(where.since)
    if where.until:
        clauses.append("e.sort_date <= ?")
        params.append(where.until)
    if where.status:
        clauses.append("e.status = ?")
        params.append(where.status)
    if where.mode:
        clauses.append("e.mode = ?")
        params.append(where.mode)
    if where.search:
        key = norm(where.search)
        like = _like(key) if key else None  # a search of no word ("%") matches no name: LIKE NULL is never true
        clauses.append(
            "(e.id IN (SELECT p.event_id FROM event_participants p JOIN actor_names n ON n.actor_id = p.actor_id"
            " WHERE n.name LIKE ? ESCAPE '\\') OR e.place LIKE ? ESCAPE '\\' OR e.topics LIKE ? ESCAPE '\\')"
        )
        params += [like, _like(where.search), _like(where.search)]
    if where.confirmation == "none":
        clauses.append("NOT EXISTS (SELECT 1 FROM confirmations c WHERE c.event_id = e.id)")
    elif where.confirmation:
        clauses.append("EXISTS (SELECT 1 FROM confirmations c WHERE c.event_id = e.id AND c.status = ?)")
        params.append(where.confirmation)
    return " AND ".join(clauses), params


def contacts(db: Any, where: ContactFilter) -> list[dict[str, Any]]:
    """Events matching the filter, earliest first (or as ``sort`` says), each with its parties, reports
    and confirmations."""
    return _select(db, where, *_contact_where(db, where))


def _select(db: Any, where: ContactFilter, condition: str, params: list[Any]) -> list[dict[str, Any]]:
    sql = "SELECT e.* FROM events e" + (f" WHERE {condition}" if condition else "")
    sql += f" ORDER BY {SORTS.get(where.sort, SORTS['date'])}"
    if where.limit or where.offset:
        sql += f" LIMIT {int(where.limit or -1)} OFFSET {int(where.offset)}"
    return [_event(db, row) for row in db.query(sql, params)]


def _names(db: Any, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(db.execute(f"SELECT id, name FROM actors WHERE id IN ({_marks(list(ids))})", list(ids)).fetchall())


def _event(db: Any, row: dict[str, Any]) -> dict[str, Any]:
    event_id = row["id"]
    parties = db.execute(
        "SELECT p.actor_id, p.role, a.name, a.kind, a.country FROM event_participants p"
        " JOIN actors a ON a.id = p.actor_id WHERE p.event_id = ?"
        " ORDER BY CASE p.role WHEN 'actor' THEN 0 WHEN 'recipient' THEN 1 ELSE 2 END, a.name, p.actor_id",
        [event_id],
    ).fetchall()
    reports = db.execute(
        "SELECT r.article_id, r.outlet, r.published, r.source_actor, r.via_actor, r.evidence, ar.key, ar.title"
        " FROM reports r JOIN articles ar ON ar.id = r.article_id WHERE r.event_id = ? ORDER BY r.published, r.id",
        [event_id],
    ).fetchall()
    confirmations = db.execute(
        "SELECT status, by_actor, published, article_id, evidence FROM confirmations WHERE event_id = ?"
        " ORDER BY published, id",
        [event_id],
    ).fetchall()
    names = _names(
        db, {r[3] for r in reports if r[3]} | {r[4] for r in reports if r[4]} | {c[1] for c in confirmations if c[1]}
    )

    def role(name: str) -> list[dict[str, Any]]:
        return [{"id": p[0], "name": p[2]} for p in parties if p[1] == name]

    return {
        "id": event_id,
        "type": row["type"],
        "mode": row["mode"],
        "status": row["status"],
        "date": {
            "value": row["date_value"],
            "precision": row["date_precision"],
            "modifier": row["date_modifier"],
            "text": row["date_text"],
        }
        if row["date_value"]
        else None,
        "sort_date": row["sort_date"],
        "place": {"name": row["place"], "country": row["place_country"]} if row["place"] else None,
        "topics": json.loads(row["topics"]),
        "participants": [
            {"id": p[0], "name": p[2], "kind": p[3], "country": p[4]} for p in parties if p[1] == "participant"
        ],
        "actor": role("actor"),
        "recipient": role("recipient"),
        "reports": [
            {
                "article_id": r[0],
                "article": r[6],
                "title": r[7],
                "outlet": r[1],
                "published": r[2],
                "source": names.get(r[3]),
                "via": names.get(r[4]),
                "evidence": r[5],
            }
            for r in reports
        ],
        "outlets": len({r[1] for r in reports if r[1]}),
        "confirmations": [
            {"status": c[0], "by": names.get(c[1]), "published": c[2], "article_id": c[3], "evidence": c[4]}
            for c in confirmations
        ],
    }


def quotes(
    db: Any,
    *,
    speaker: str | None = None,
    search: str | None = None,
    limit: int | None = None,
    speaker_id: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes by a speaker and/or matching a full-text search, in publication order."""
    clauses, params = _quote_where(db, speaker=speaker, search=search, speaker_id=speaker_id)
    sql = (
        "SELECT q.id, q.kind, q.content, q.cue, q.speaker, a.name AS speaker_name, q.published, ar.outlet,"
        " ar.key AS article, ar.title FROM quotes q JOIN articles ar ON ar.id = q.article_id"
        " LEFT JOIN actors a ON a.id = q.speaker_actor"
    )
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY q.published, q.id"
    if limit or offset:
        sql += f" LIMIT {int(limit or -1)} OFFSET {int(offset)}"
    return list(db.query(sql, params))


def _quote_where(
    db: Any, *, speaker: str | None, search: str | None, speaker_id: int | None
) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if speaker_id is not None:
        clauses.append("q.speaker_actor = ?")
        params.append(speaker_id)
    if speaker:
        ids = _actor_ids(db, speaker)
        clauses.append(f"q.speaker_actor IN ({_marks(ids)})")
        params += ids
    if search and db.dialect.name == "postgresql":  # the backend's own full-text search, as the ledger asks it
        clauses.append(db.dialect.quote_match())
        params.append(db.dialect.quote_terms(search))
    elif search:
        clauses.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(_fts_query(search))
    return clauses, params


def _fts_query(text: str) -> str:
    """Words as FTS5 terms, so that punctuation in user input is never FTS syntax."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join(f'"{w}"' for w in words) or '""'


def actors(db: Any, *, search: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Actors with their aliases, titles and counts of quotes and contacts, most active first."""
    params: list[Any] = []
    where = ""
    if search:
        ids = find_actors(db, search)
        key = norm(search)
        like = _like(key) if key else None  # % and _ taken literally; no word matches no name (LIKE NULL)
        named = "a.id IN (SELECT actor_id FROM actor_names WHERE name LIKE ? ESCAPE '\\')"
        where = f" WHERE a.id IN ({_marks(ids)}) OR {named}" if ids else f" WHERE {named}"
        params = [*ids, like]
    return _actor_rows(db, where, params, limit=limit)


def _actor_rows(db: Any, where: str, params: list[Any], *, limit: int | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT * FROM (SELECT a.id, a.name, a.kind, a.country, a.titles, a.aliases,"
        " (SELECT count(*) FROM quotes q WHERE q.speaker_actor = a.id) AS quotes,"
        " (SELECT count(DISTINCT event_id) FROM event_participants p WHERE p.actor_id = a.id) AS contacts"
        f" FROM actors a{where}) counted ORDER BY quotes + contacts DESC, name"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for row in db.query(sql, params):
        row["titles"] = json.loads(row["titles"])
        row["aliases"] = json.loads(row["aliases"])
        out.append(row)
    return out


def timeline(db: Any, name: str, *, limit: int | None = None) -> list[dict[str, Any]]:
    """An actor's contacts and statements in date order."""
    entries = _timeline(contacts(db, ContactFilter(actor=name)), quotes(db, speaker=name))
    return entries[:limit] if limit else entries
