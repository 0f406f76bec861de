"""Build a large ledger of two-party contacts fast, through the store's own code, for ``ledger_scale.py``.

``ingest_record`` stores an article and then regroups every actor and event it touches. Each article of
the synthetic ledger names one of 60 outlets, so the regrouping reads a share of the whole ledger every
time and the build slows as the ledger grows (about 90 articles/s at 10,000 articles on the development
machine): a million articles would take most of a day. The ledger is the same whatever order its articles
came in, so the same result can be reached in three passes:

1. each article's findings (the article, its mentions, quotes and tellings) are stored by
   ``store.store_findings``, thousands of articles per transaction;
2. every name form is partitioned into actors at once (``actor_forms.plan_actors``) and each actor is
   summarised once (``actor_forms.summarise_actor``);
3. the tellings are partitioned into events, one set of linked tellings at a time: a set of several
   tellings through ``event_tellings.regroup`` (which rebuilds each event), and a telling alone, the
   common case, as its own event, written for thousands of them at once with the fields
   ``event_tellings.rebuild_event`` gives an event of one telling (its stored details included).

Step 3 finds the linked sets by the tellings' parties, which is exact only when every telling has
exactly two parties (two tellings can then be one contact only when they name the same two); the
build refuses records that break that. ``tests/ledger/test_bulk_build.py`` checks that the result has
the same canonical form as storing the records one by one with ``ingest_record``.

A build cut off after step 1 is finished with ``python bench/ledger_bulk.py --derive LEDGER``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backchannel.dates import interval
from backchannel.ledger import actor_forms, event_details, event_tellings
from backchannel.ledger.record_check import check_record
from backchannel.ledger.store import Scope, content_hash, open_ledger, store_findings

if TYPE_CHECKING:
    from backchannel.ledger.dialect import Ledger as Database


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def bulk_store(db: Database, records: Iterable[dict[str, Any]], *, batch: int = 5000, progress: bool = False) -> int:
    """Store the records into an empty ledger and derive its actors and events; returns how many were stored."""
    if db.execute("SELECT count(*) FROM articles").fetchone()[0]:
        raise ValueError("the bulk build needs an empty ledger")
    stored = 0
    start = time.perf_counter()
    for chunk in _batches(records, batch):
        db.begin_write()
        for record in chunk:
            check_record(record)
            digest = content_hash(record["article"].get("text") or "")
            store_findings(db, record, record["article"].get("url") or f"sha256:{digest}", digest, Scope())
        db.commit()
        stored += len(chunk)
        if progress:
            print(f"  {stored} findings stored, {stored / (time.perf_counter() - start):.0f}/s", file=sys.stderr)
    derive(db, progress=progress)
    return stored


def derive(db: Database, *, progress: bool = False) -> None:
    """Actors and events of a ledger whose articles' findings are stored and nothing derived yet."""
    if db.execute("SELECT count(*) FROM name_forms WHERE actor_id IS NOT NULL").fetchone()[0]:
        raise ValueError("the ledger's actors are already derived")
    db.begin_write()
    try:
        _derive(db, progress=progress)
    except BaseException:
        db.rollback()
        raise
    db.commit()


def _say(progress: bool, text: str) -> None:
    if progress:
        print(f"  {time.strftime('%H:%M:%S')} {text}", file=sys.stderr)


def _derive(db: Database, *, progress: bool) -> None:
    plan = actor_forms.plan_actors(db, {r[0] for r in db.execute("SELECT id FROM name_forms")})
    db.conn.executemany("UPDATE name_forms SET actor_id = ? WHERE id = ?", [(a, f) for f, a in plan.items()])
    for actor_id in sorted(set(plan.values())):
        actor_forms.summarise_actor(db, actor_id)
    _say(progress, f"{len(set(plan.values()))} actors")
    linked: dict[tuple[str, frozenset[int]], list[int]] = {}
    ids = [r[0] for r in db.execute("SELECT id FROM tellings ORDER BY id")]
    for chunk in _batches(ids, 500):
        for telling in event_tellings.load_tellings(db, chunk).values():
            if len(telling.parties) != 2:
                raise ValueError(f"telling {telling.id} has {len(telling.parties)} parties: the bulk build needs two")
            linked.setdefault((telling.type, telling.parties), []).append(telling.id)
    _say(progress, f"{len(linked)} sets of tellings")
    groups = [group for group in linked.values() if len(group) > 1]
    for chunk in _batches(groups, 500):
        loaded = event_tellings.load_tellings(db, [t for group in chunk for t in group])
        for group in chunk:
            event_tellings.regroup(db, {t: loaded[t] for t in group}, changed=set(group))
    _say(progress, f"{len(groups)} sets of several tellings regrouped")
    for chunk in _batches(sorted(group[0] for group in linked.values() if len(group) == 1), 5000):
        _events_of_one(db, chunk)
    _say(progress, "events of one telling written")
    db.execute(
        "UPDATE quotes SET speaker_actor = (SELECT f.actor_id FROM mentions m JOIN name_forms f ON f.id = m.form_id"
        " WHERE m.id = quotes.speaker_mention)"
    )
    _say(progress, "quotes' speakers set")


_ACTOR_OF = "(SELECT f.actor_id FROM mentions m JOIN name_forms f ON f.id = m.form_id WHERE m.id = {})"


def _events_of_one(db: Database, telling_ids: list[int]) -> None:
    """An event for each of these tellings, each alone in its set, as ``rebuild_event`` would write it."""
    conn = db.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS bulk_tellings (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM bulk_tellings")
    conn.executemany("INSERT INTO bulk_tellings (id) VALUES (?)", [(t,) for t in telling_ids])
    next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM events").fetchone()[0]
    rows = conn.execute(
        "SELECT t.id, t.type, t.mode, t.status, t.date_value, t.date_precision, t.date_modifier, t.date_text,"
        " t.place, t.place_country, t.topics, a.published FROM tellings t JOIN articles a ON a.id = t.article_id"
        " WHERE t.id IN (SELECT id FROM bulk_tellings) ORDER BY t.id"
    ).fetchall()
    event_of = {row[0]: next_id + n for n, row in enumerate(rows)}
    events = []
    for tid, kind, mode, status, value, precision, modifier, text, place, country, topics, published in rows:
        when = interval(value, precision) if value else None
        events.append(
            (
                event_of[tid],
                kind,
                mode or None,
                status,
                value or None,
                precision if value else None,
                modifier if value else None,
                (text or None) if value else None,
                place or None,
                country if place else None,
                json.dumps(sorted(dict.fromkeys(json.loads(topics))), ensure_ascii=False),
                when.low.isoformat() if when else (published or "")[:10] or None,
            )
        )
    conn.executemany(
        "INSERT INTO events (id, type, mode, status, date_value, date_precision, date_modifier, date_text, place,"
        " place_country, topics, sort_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        events,
    )
    conn.executemany("UPDATE tellings SET event_id = ? WHERE id = ?", [(e, t) for t, e in event_of.items()])
    parties = conn.execute(
        "SELECT DISTINCT t.event_id, f.actor_id, tp.role, t.article_id, ac.name FROM tellings t"
        " JOIN telling_parties tp ON tp.telling_id = t.id JOIN mentions m ON m.id = tp.mention_id"
        " JOIN name_forms f ON f.id = m.form_id JOIN actors ac ON ac.id = f.actor_id"
        " WHERE t.id IN (SELECT id FROM bulk_tellings)"
    ).fetchall()
    conn.executemany(
        "INSERT OR IGNORE INTO event_party_sources (event_id, actor_id, role, article_id) VALUES (?, ?, ?, ?)",
        [p[:4] for p in parties],
    )
    in_order = sorted(parties, key=lambda p: (p[0], event_tellings.ROLES.index(p[2]), p[4], p[1]))
    conn.executemany(
        "INSERT OR IGNORE INTO event_participants (event_id, actor_id, role) VALUES (?, ?, ?)",
        [p[:3] for p in in_order],
    )
    conn.execute(
        "INSERT INTO reports (event_id, article_id, outlet, published, source_actor, via_actor, evidence)"
        f" SELECT t.event_id, t.article_id, a.outlet, a.published, {_ACTOR_OF.format('r.source_mention')},"
        f" {_ACTOR_OF.format('r.via_mention')}, t.evidence FROM telling_reports r"
        " JOIN tellings t ON t.id = r.telling_id JOIN articles a ON a.id = t.article_id"
        " WHERE t.id IN (SELECT id FROM bulk_tellings) ORDER BY t.id, r.id"
    )
    conn.execute(
        "INSERT INTO confirmations (event_id, article_id, status, by_actor, published, evidence)"
        f" SELECT t.event_id, t.article_id, c.status, {_ACTOR_OF.format('c.by_mention')}, a.published, c.evidence"
        " FROM telling_confirmations c JOIN tellings t ON t.id = c.telling_id JOIN articles a ON a.id = t.article_id"
        " WHERE t.id IN (SELECT id FROM bulk_tellings) ORDER BY t.id, c.id"
    )
    event_details.store(db, list(event_of.values()))


def main() -> int:
    parser = argparse.ArgumentParser(description="Finish a bulk build cut off after its findings were stored.")
    parser.add_argument("--derive", type=Path, required=True, metavar="LEDGER")
    args = parser.parse_args()
    start = time.perf_counter()
    derive(open_ledger(args.derive), progress=True)
    print(f"derive: seconds={time.perf_counter() - start:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
