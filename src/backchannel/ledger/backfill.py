"""Migration 003 for ledgers written before it: each article's findings, read back from the derived rows.

Those ledgers kept only the merged actors and events. Each actor becomes one name form, each article's
use of an actor a mention, and each (event, article) pair a telling with the event's fields, so that
later articles regroup with the old ones. The articles keep no extractor version: ``backchannel
reextract --older`` re-extracts them from their stored text.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .actor_forms import form_keys, signature

if TYPE_CHECKING:
    from .dialect import Ledger as Database


def backfill_tellings(db: Database) -> None:
    actors = db.execute("SELECT id, name, kind, country, titles, aliases FROM actors").fetchall()
    for actor_id, name, kind, country, _, aliases in actors:
        alias_list = json.loads(aliases or "[]")
        keys = sorted(form_keys(kind, name, country, alias_list))
        unique = f"actor:{actor_id}" if kind == "anonymous" else None
        sig = signature(kind, name, country, alias_list, unique)
        if db.execute("SELECT 1 FROM name_forms WHERE signature = ?", [sig]).fetchone():
            sig = signature(kind, name, country, alias_list, f"actor:{actor_id}")  # two actors of one form before
        db.execute(
            "INSERT INTO name_forms (id, signature, kind, name, country, keys, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [actor_id, sig, kind, name, country, json.dumps(keys, ensure_ascii=False), actor_id],
        )
        for key in keys:
            db.execute("INSERT OR IGNORE INTO form_keys (key, form_id) VALUES (?, ?)", [key, actor_id])
    uses = db.execute(
        "SELECT article_id, speaker_actor FROM quotes WHERE speaker_actor IS NOT NULL"
        " UNION SELECT article_id, source_actor FROM reports WHERE source_actor IS NOT NULL"
        " UNION SELECT article_id, via_actor FROM reports WHERE via_actor IS NOT NULL"
        " UNION SELECT article_id, by_actor FROM confirmations WHERE by_actor IS NOT NULL"
        " UNION SELECT article_id, actor_id FROM event_party_sources"
    ).fetchall()
    by_id = {a[0]: a for a in actors}
    mention: dict[tuple[int, int], int] = {}
    for article_id, actor_id in sorted(uses):
        _, name, kind, country, titles, aliases = by_id[actor_id]
        mention[(article_id, actor_id)] = db.insert(
            "INSERT INTO mentions (article_id, local_id, form_id, name, kind, country, titles, aliases)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [article_id, f"a{actor_id}", actor_id, name, kind, country, titles, aliases],
        )
    db.execute(
        "UPDATE quotes SET speaker_mention = (SELECT m.id FROM mentions m WHERE m.article_id = quotes.article_id"
        " AND m.form_id = quotes.speaker_actor)"
    )
    pairs = db.execute("SELECT DISTINCT event_id, article_id FROM reports ORDER BY event_id, article_id").fetchall()
    for seq, (event_id, article_id) in enumerate(pairs):
        telling_id = db.insert(
            "INSERT INTO tellings (article_id, seq, type, mode, status, date_value, date_precision, date_modifier,"
            " date_text, place, place_country, topics, evidence, event_id)"
            " SELECT ?, ?, type, mode, status, date_value, date_precision, date_modifier, date_text, place,"
            " place_country, topics, (SELECT evidence FROM reports WHERE event_id = ? AND article_id = ? LIMIT 1),"
            " id FROM events WHERE id = ?",
            [article_id, seq, event_id, article_id, event_id],
        )
        for actor_id, role in db.execute(
            "SELECT actor_id, role FROM event_party_sources WHERE event_id = ? AND article_id = ?",
            [event_id, article_id],
        ).fetchall():
            db.execute(
                "INSERT OR IGNORE INTO telling_parties (telling_id, mention_id, role) VALUES (?, ?, ?)",
                [telling_id, mention[(article_id, actor_id)], role],
            )
        for source, via in db.execute(
            "SELECT source_actor, via_actor FROM reports WHERE event_id = ? AND article_id = ? ORDER BY id",
            [event_id, article_id],
        ).fetchall():
            db.execute(
                "INSERT INTO telling_reports (telling_id, source_mention, via_mention) VALUES (?, ?, ?)",
                [telling_id, mention.get((article_id, source)), mention.get((article_id, via))],
            )
        for status, by, evidence in db.execute(
            "SELECT status, by_actor, evidence FROM confirmations WHERE event_id = ? AND article_id = ? ORDER BY id",
            [event_id, article_id],
        ).fetchall():
            db.execute(
                "INSERT INTO telling_confirmations (telling_id, status, by_mention, evidence) VALUES (?, ?, ?, ?)",
                [telling_id, status, mention.get((article_id, by)), evidence],
            )
