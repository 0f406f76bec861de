"""The ledger in a canonical form: what it says, without the ids and order that storing gave it.

Two ledgers built from the same articles in different orders (or with interruptions and reruns) must
have equal canonical forms. Actors are named by their names, articles by their keys, and every
collection is sorted, so the form is plain data that compares with ``==`` and prints as JSON.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .dialect import Ledger as Database


def _sorted(items: list[Any]) -> list[Any]:
    return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))


def canonical(db: Database) -> dict[str, Any]:
    """Articles, actors, quotes and events of the ledger as sorted plain data, free of ledger ids."""
    names = {r[0]: r[1] for r in db.execute("SELECT id, name FROM actors")}
    keys = {r[0]: r[1] for r in db.execute("SELECT id, key FROM articles")}
    actors = _sorted(
        [
            {
                "name": name,
                "kind": kind,
                "country": country,
                "titles": sorted(json.loads(titles)),
                "aliases": sorted(json.loads(aliases)),
                "via": names.get(via),
                "first_seen": first,
                "last_seen": last,
            }
            for name, kind, country, titles, aliases, via, first, last in db.execute(
                "SELECT name, kind, country, titles, aliases, via, first_seen, last_seen FROM actors"
            )
        ]
    )
    quotes = _sorted(
        [
            {"article": keys[a], "kind": k, "content": c, "start": s, "speaker": names.get(sp)}
            for a, k, c, s, sp in db.execute("SELECT article_id, kind, content, start, speaker_actor FROM quotes")
        ]
    )
    events = [event_form(db, r[0], names=names, keys=keys) for r in db.execute("SELECT id FROM events").fetchall()]
    return {"articles": sorted(keys.values()), "actors": actors, "quotes": quotes, "events": _sorted(events)}


def event_form(
    db: Database, event_id: int, *, names: dict[int, str] | None = None, keys: dict[int, str] | None = None
) -> dict[str, Any]:
    """One event as canonical data: its fields, parties, reports and confirmations, by name and article key."""
    names = names if names is not None else {r[0]: r[1] for r in db.execute("SELECT id, name FROM actors")}
    keys = keys if keys is not None else {r[0]: r[1] for r in db.execute("SELECT id, key FROM articles")}
    row = db.execute(
        "SELECT type, mode, status, date_value, date_precision, date_modifier, date_text, place, place_country,"
        " topics, sort_date FROM events WHERE id = ?",
        [event_id],
    ).fetchone()
    parties = db.execute("SELECT actor_id, role FROM event_participants WHERE event_id = ?", [event_id])
    reports = db.execute(
        "SELECT article_id, outlet, published, source_actor, via_actor, evidence FROM reports WHERE event_id = ?",
        [event_id],
    )
    confirmations = db.execute(
        "SELECT article_id, status, by_actor, published, evidence FROM confirmations WHERE event_id = ?", [event_id]
    )
    return {
        "type": row[0],
        "mode": row[1],
        "status": row[2],
        "date": list(row[3:7]),
        "place": [row[7], row[8]],
        "topics": sorted(json.loads(row[9])),
        "sort_date": row[10],
        "parties": _sorted([[names.get(a), role] for a, role in parties]),
        "reports": _sorted([[keys[a], o, p, names.get(s), names.get(v), e] for a, o, p, s, v, e in reports]),
        "confirmations": _sorted([[keys[a], st, names.get(b), p, e] for a, st, b, p, e in confirmations]),
    }
