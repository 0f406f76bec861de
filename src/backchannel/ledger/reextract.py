"""Re-extraction: read stored articles again with the current rules and store what they find now.

Each article is re-extracted from its stored text and metadata and stored through the same
transaction and replace logic as ``ingest``; the report says which events came, went or changed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..readers import Item
from ..records import Article, Image, Span
from .canonical import event_form
from .extractor_version import extractor_version
from .ingest import OnRecord, records_of, store_one

if TYPE_CHECKING:
    from .dialect import Ledger as Database


@dataclass
class Changes:
    """What a re-extraction did: articles by outcome, and events added, removed and changed (added and
    changed by event id; removed ones have no id left, so by article and number)."""

    articles: Counter[str] = field(default_factory=Counter)
    added: set[int] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    changed: set[int] = field(default_factory=set)

    def summary(self) -> str:
        done = sum(self.articles.values()) - self.articles["failed"]
        return (
            f"{done} article(s) re-extracted, {self.articles['failed']} failed; events: {len(self.added)} added,"
            f" {len(self.removed)} removed, {len(self.changed)} changed"
        )


def articles_to_reextract(db: Database, *, older_only: bool) -> list[int]:
    """Ids of stored articles to read again: all, or those an earlier rule set read."""
    if older_only:
        sql = "SELECT id FROM articles WHERE extractor IS NULL OR extractor != ? ORDER BY id"
        return [r[0] for r in db.execute(sql, [extractor_version()])]
    return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]


def stored_article(db: Database, article_id: int) -> Article:
    """An article as it was stored: text, metadata, boilerplate spans and images."""
    key, source, url, title, published, outlet, section, authors, text, extras = db.execute(
        "SELECT key, source, url, title, published, outlet, section, authors, text, boilerplate FROM articles"
        " WHERE id = ?",
        [article_id],
    ).fetchone()
    extras = json.loads(extras or "{}")
    return Article(
        text=text or "",
        id=key,
        source=source,
        title=title,
        published=published,
        outlet=outlet,
        section=section,
        url=url,
        authors=json.loads(authors or "[]"),
        boilerplate=[Span(b["start"], b["end"], b["text"]) for b in extras.get("boilerplate") or []],
        images=[Image(i.get("caption"), i.get("credit"), i.get("license_url")) for i in extras.get("images") or []],
        encoding=extras.get("encoding"),
    )


def _events_of(db: Database, key: str) -> dict[int, Any]:
    rows = db.execute(
        "SELECT DISTINCT r.event_id FROM reports r JOIN articles a ON a.id = r.article_id WHERE a.key = ?", [key]
    ).fetchall()
    return {r[0]: event_form(db, r[0]) for r in rows}


def _same_happening(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["type"] == b["type"] and a["parties"] == b["parties"]


def _exists(db: Database, event_id: int) -> bool:
    return db.execute("SELECT 1 FROM events WHERE id = ?", [event_id]).fetchone() is not None


def _tally(
    db: Database, changes: Changes, key: str, before: dict[int, Any], after: dict[int, Any], newest: int
) -> None:
    """Count what re-storing one article did to the events it told before and tells now."""
    removed: list[dict[str, Any]] = []
    for event_id, form in before.items():
        now = after.get(event_id) or (event_form(db, event_id) if _exists(db, event_id) else None)
        if now is None:
            removed.append(form)
        elif now != form:
            changes.changed.add(event_id)
    for event_id in sorted(set(after) - set(before)):
        if event_id <= newest:
            changes.changed.add(event_id)  # an older event the article now tells
            continue
        same = next((f for f in removed if _same_happening(f, after[event_id])), None)
        if same is None:
            changes.added.add(event_id)
        else:  # the article's event, rebuilt under a new id
            removed.remove(same)
            if same != after[event_id]:
                changes.changed.add(event_id)
    changes.removed |= {f"{key}#{n}" for n, _ in enumerate(removed)}


def reextract(
    db: Database,
    article_ids: list[int],
    *,
    model: str | None = None,
    workers: int = 1,
    on_record: OnRecord | None = None,
    changes: Changes | None = None,
) -> Changes:
    """Re-extract and re-store the given articles; ``changes`` (if given) is filled in as it goes."""
    changes = changes if changes is not None else Changes()

    def items() -> Iterator[Item]:
        # its own connection: with --workers, the pool reads this generator from another thread; closed at the
        # end, as an open reader keeps SQLite from folding the write-ahead log into the ledger file when it closes
        with closing(db.reader()) as reader:
            for article_id in article_ids:
                article = stored_article(reader, article_id)
                yield Item(source=article.id or str(article_id), article=article)

    for record in records_of(items(), model=model, workers=workers):
        key = record["article"].get("id")
        if record.get("error") or key is None:
            outcome = store_one(db, record)
        else:
            before = _events_of(db, key)
            newest = db.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
            outcome = store_one(db, record, replace=True)
            after = _events_of(db, key)
            _tally(db, changes, key, before, after, newest)
        changes.articles[outcome.status] += 1
        if on_record is not None:
            on_record(record, outcome)
    changes.changed -= changes.added
    return changes
