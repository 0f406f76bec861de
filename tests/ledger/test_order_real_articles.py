"""Order independence on real extraction: 39 articles of our own, ingested in three orders."""

import json
import random

import pytest

from backchannel.ledger.canonical import canonical
from backchannel.ledger.store import ingest_record, open_ledger
from backchannel.records import Article
from tests.conftest import DATA

GOLD = DATA.parent / "gold" / "contacts"


@pytest.fixture(scope="module")
def records(nlp):
    from backchannel.pipeline import extract_article

    articles = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        articles.append(
            Article(text=gold["text"], id=gold["id"], published=gold.get("published"), outlet=gold.get("outlet"))
        )
    for path in sorted((DATA / "ledger").glob("*.jsonl")):
        obj = json.loads(path.read_text(encoding="utf-8"))
        articles.append(Article(**{k: obj.get(k) for k in ("text", "id", "published", "outlet", "url", "title")}))
    out = [extract_article(a, nlp).to_dict() for a in articles]
    assert len(out) >= 30
    return out


def build(records, path):
    db = open_ledger(path)
    for record in records:
        assert ingest_record(db, record).status == "stored"
    form = canonical(db)
    db.conn.close()
    return form


def test_thirty_nine_articles_in_three_orders_give_one_ledger(records, tmp_path):
    forward = build(records, tmp_path / "forward.db")
    backward = build(records[::-1], tmp_path / "backward.db")
    shuffled = records[:]
    random.Random(5).shuffle(shuffled)
    assert forward == backward == build(shuffled, tmp_path / "shuffled.db")
    assert len(forward["events"]) >= 30 and any(len(e["reports"]) >= 3 for e in forward["events"])
