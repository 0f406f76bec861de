import pytest

from backchannel.ledger.identity import dates_compatible, interval, norm, same_person_name
from backchannel.ledger.store import ingest_record, open_ledger


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sergey Lavrov", "Sergei Lavrov", True),
        ("Sergey Lavrov", "Lavrov", True),
        ("Dmitry Peskov", "Dmitri Peskov", True),
        ("V. Putin", "Vladimir Putin", True),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Aino Virtanen", "Matti Virtanen", False),
        ("Sergey Lavrov", "Sergey Shoigu", False),
    ],
)
def test_same_person_name(a, b, same):
    assert same_person_name(a, b) is same


def test_norm_ignores_case_accents_and_possessives():
    assert norm("The Élysée Palace's") == norm("elysee palace")


def test_week_and_day_overlap_but_months_apart_do_not():
    assert dates_compatible(interval("2026-W11", "week"), interval("2026-03-10", "day"), None, None)
    assert not dates_compatible(interval("2026-04-20", "day"), interval("2026-03-10", "day"), None, None)


def record(article_id, actors, published="2026-03-12"):
    return {
        "article": {
            "id": article_id,
            "text": f"text of {article_id}",
            "published": published,
            "url": f"https://example.org/{article_id}",
        },
        "actors": actors,
        "quotes": [],
        "events": [],
    }


def person(actor_id, name, country=None, aliases=()):
    return {
        "id": actor_id,
        "name": name,
        "kind": "person",
        "country": country,
        "titles": [],
        "aliases": list(aliases),
        "via": None,
        "mentions": [],
    }


def test_transliterations_merge_and_namesakes_stay_apart(ledger_target):
    db = open_ledger(ledger_target)
    ingest_record(db, record("a", [person("p1", "Sergey Lavrov", "RUS", ["Lavrov"])]))
    ingest_record(db, record("b", [person("p1", "Sergei Lavrov", "RUS")]))
    ingest_record(db, record("c", [person("p1", "Lavrov")]))
    ingest_record(db, record("d", [person("p1", "Anna Lavrov", "USA")]))
    rows = db.execute("SELECT name, aliases FROM actors ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["Sergey Lavrov", "Anna Lavrov"]
    assert "Sergei Lavrov" in rows[0][1]


def test_different_countries_keep_namesakes_apart(ledger_target):
    db = open_ledger(ledger_target)
    ingest_record(db, record("a", [person("p1", "John Smith", "GBR")]))
    ingest_record(db, record("b", [person("p1", "John Smith", "USA")]))
    assert db.execute("SELECT count(*) FROM actors").fetchone()[0] == 2


def meeting(article_id, parties, url_suffix=""):
    actors = [person(f"p{n}", name, "FIN") for n, name in enumerate(parties)]
    ids = [a["id"] for a in actors]
    event = {
        "id": "e1",
        "type": "CONSULT",
        "mode": "meeting",
        "status": "occurred",
        "actor": ids[:1],
        "recipient": ids[1:],
        "participants": ids,
        "date": {"value": "2026-03-10", "precision": "day", "text": "March 10"},
        "place": None,
        "topics": [],
        "evidence": [],
        "reported_by": [],
        "confirmations": [],
    }
    rec = record(article_id, actors)
    rec["article"]["text"] += url_suffix
    rec["events"] = [event]
    return rec


def test_a_replaced_article_takes_the_parties_only_it_named(ledger_target):
    db = open_ledger(ledger_target)
    ingest_record(db, meeting("a", ["Aino Virtanen", "Mauro Vieira", "Olaf Berg"]))
    ingest_record(db, meeting("b", ["Aino Virtanen", "Mauro Vieira"]))
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    ingest_record(db, meeting("a", ["Aino Virtanen", "Mauro Vieira"], url_suffix=" (corrected)"))
    names = {
        r[0] for r in db.execute("SELECT DISTINCT a.name FROM event_participants p JOIN actors a ON a.id = p.actor_id")
    }
    assert names == {"Aino Virtanen", "Mauro Vieira"}
