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
3. the tellings are partitioned into events (``event_tellings.regroup``, which rebuilds each event), one
   set of linked tellings at a time.

Step 3 finds the linked sets by the tellings' parties, which is exact only when every telling has
exactly two parties (two tellings can then be one contact only when they name the same two); the
build refuses records that break that. ``tests/ledger/test_bulk_build.py`` checks that the result has
the same canonical form as storing the records one by one with ``ingest_record``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from backchannel.ledger import actor_forms, event_tellings
from backchannel.ledger.record_check import check_record
from backchannel.ledger.store import Scope, content_hash, store_findings

if TYPE_CHECKING:
    from sqlite_utils import Database


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def bulk_store(db: Database, records: Iterable[dict[str, Any]], *, batch: int = 5000, progress: bool = False) -> int:
    """Store the records into an empty ledger and derive its actors and events; returns how many were stored."""
    if db.execute("SELECT count(*) FROM articles").fetchone()[0]:
        raise ValueError("the bulk build needs an empty ledger")
    forms: set[int] = set()
    stored = 0
    start = time.perf_counter()
    for chunk in _batches(records, batch):
        db.execute("BEGIN IMMEDIATE")
        for record in chunk:
            check_record(record)
            digest = content_hash(record["article"].get("text") or "")
            scope = Scope()
            store_findings(db, record, record["article"].get("url") or f"sha256:{digest}", digest, scope)
            forms |= scope.forms
        db.execute("COMMIT")
        stored += len(chunk)
        if progress:
            print(f"  {stored} findings stored, {stored / (time.perf_counter() - start):.0f}/s", file=sys.stderr)
    db.execute("BEGIN IMMEDIATE")
    try:
        _derive(db, forms, progress=progress)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return stored


def _derive(db: Database, forms: set[int], *, progress: bool) -> None:
    plan = actor_forms.plan_actors(db, forms)
    db.conn.executemany("UPDATE name_forms SET actor_id = ? WHERE id = ?", [(a, f) for f, a in plan.items()])
    for actor_id in sorted(set(plan.values())):
        actor_forms.summarise_actor(db, actor_id)
    if progress:
        print(f"  {len(set(plan.values()))} actors", file=sys.stderr)
    linked: dict[tuple[str, frozenset[int]], list[int]] = {}
    ids = [r[0] for r in db.execute("SELECT id FROM tellings ORDER BY id")]
    for chunk in _batches(ids, 500):
        for telling in event_tellings.load_tellings(db, chunk).values():
            if len(telling.parties) != 2:
                raise ValueError(f"telling {telling.id} has {len(telling.parties)} parties: the bulk build needs two")
            linked.setdefault((telling.type, telling.parties), []).append(telling.id)
    groups = list(linked.values())
    for n, chunk in enumerate(_batches(groups, 500)):
        loaded = event_tellings.load_tellings(db, [t for group in chunk for t in group])
        for group in chunk:
            event_tellings.regroup(db, {t: loaded[t] for t in group}, changed=set(group))
        if progress and n % 200 == 0:
            print(f"  {min((n + 1) * 500, len(groups))} of {len(groups)} sets of tellings", file=sys.stderr)
    db.execute(
        "UPDATE quotes SET speaker_actor = (SELECT f.actor_id FROM mentions m JOIN name_forms f ON f.id = m.form_id"
        " WHERE m.id = quotes.speaker_mention)"
    )
