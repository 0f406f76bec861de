"""The ledger keeps, for each article's telling of a contact, the rules behind it and its place on a map."""

from __future__ import annotations

import json

from backchannel.ledger.ingest import ingest_items
from backchannel.ledger.store import open_ledger
from backchannel.readers import Item
from backchannel.records import Article

TEXT = (
    "Foreign Minister Lena Varga met Prime Minister Jonas Petraitis in Vilnius last week.\n\n"
    "The two leaders discussed energy, Varga said."
)


def test_each_telling_keeps_its_rule_ids_its_week_and_its_coordinates(tmp_path):
    db = open_ledger(tmp_path / "l.db")
    article = Article(text=TEXT, id="a1", published="2026-03-12", outlet="The Daily Ledger")
    list(ingest_items(db, [Item(source="a1", article=article)]))
    [(rules, value, precision, place, lat)] = db.execute(
        "SELECT rules, date_value, date_precision, place, place_lat FROM tellings"
    ).fetchall()
    assert "contact.verb.meet" in json.loads(rules) and "date.week-in-month" in json.loads(rules)
    assert (value, precision) == ("2026-W10", "week")  # the record gives 2026-03 with the week beside it
    assert place == "Vilnius" and round(lat) == 55


def test_records_stored_without_explanations_keep_an_empty_list(tmp_path):
    db = open_ledger(tmp_path / "l.db")
    record = {
        "schema": "backchannel.article/1",
        "article": {"id": "r1", "source": "r1", "text": "x", "published": "2026-03-12"},
        "actors": [
            {
                "id": "p1",
                "name": "Ana Ruiz",
                "kind": "person",
                "titles": [],
                "country": None,
                "aliases": [],
                "via": None,
                "mentions": [],
            },
            {
                "id": "p2",
                "name": "Greta Lind",
                "kind": "person",
                "titles": [],
                "country": None,
                "aliases": [],
                "via": None,
                "mentions": [],
            },
        ],
        "quotes": [],
        "events": [
            {
                "id": "e1",
                "type": "CONSULT",
                "mode": "meeting",
                "status": "occurred",
                "actor": ["p1"],
                "recipient": ["p2"],
                "participants": ["p1", "p2"],
                "date": None,
                "place": None,
                "topics": [],
                "evidence": [],
                "reported_by": [],
                "confirmations": [],
            }
        ],
    }
    list(ingest_items(db, [Item(source="r1", record=record)]))
    assert db.execute("SELECT rules FROM tellings").fetchone()[0] == "[]"
