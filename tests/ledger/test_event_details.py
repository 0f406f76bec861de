"""Each event's stored details (migration 012): what a page shows of its parties, reports and confirmations.

The writer stores them for every event it rebuilds; triggers clear them when a row they are made from is
written any other way, and a page then reads that event's details from their tables. Either way a page shows
what the oracle (``query_reference``), which reads the tables alone, shows."""

from __future__ import annotations

from backchannel.ledger import event_details, query
from backchannel.ledger.query import ContactFilter
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger import query_reference as oracle
from tests.ledger.kept_rows import stale_details
from tests.ledger.records import contact, outlet, person, record


def _geneva(key: str = "a1", **changes) -> dict:
    parties = [
        person("p1", "Aino Virtanen", "FIN"),
        person("p2", "Mauro Vieira", "BRA"),
        outlet("o1", "Nordic Wire"),
    ]
    met = contact(
        ["p1", "p2"],
        mode="meeting",
        date=("2026-03-10", "day", "on 10 March"),
        reported_by="o1",
        confirmations=[("confirmed", "p2")],
    )
    return record(key, parties, [met], published="2026-03-11", **changes)


def _details(db) -> list:
    return [r[0] for r in db.execute("SELECT details FROM events ORDER BY id")]


def _store_all(db) -> None:
    """Every event's details stored again, as the writer would after rebuilding them."""
    event_details.store(db, [r[0] for r in db.execute("SELECT id FROM events")])
    assert stale_details(db) == []


def _same_as_oracle(db) -> list[dict]:
    shown = query.contacts(db, ContactFilter())
    assert shown == oracle.contacts(db, ContactFilter())
    return shown


def test_the_writer_stores_each_events_details(ledger_target):
    db = open_ledger(ledger_target)
    ingest_record(db, _geneva())
    assert all(_details(db)) and stale_details(db) == []
    (event,) = _same_as_oracle(db)
    assert [p["name"] for p in event["participants"]] == ["Aino Virtanen", "Mauro Vieira"]
    assert [(r["source"], r["article"]) for r in event["reports"]] == [("Nordic Wire", "https://example.org/a1")]
    assert [(c["status"], c["by"]) for c in event["confirmations"]] == [("confirmed", "Mauro Vieira")]


def test_rows_written_outside_the_writer_clear_their_events_details(ledger_target):
    db = open_ledger(ledger_target)
    ingest_record(db, _geneva())
    ingest_record(
        db,
        record(
            "b1",
            [person("p1", "Li Wei", "CHN"), person("p2", "Kofi Mensah", "GHA")],
            [contact(["p1", "p2"], date=("2026-04-01", "day", "on 1 April"))],
            published="2026-04-02",
        ),
    )
    geneva, other = (r[0] for r in db.execute("SELECT id FROM events ORDER BY sort_date"))
    kofi = db.execute("SELECT id FROM actors WHERE name = 'Kofi Mensah'").fetchone()[0]
    writes = [
        ("INSERT INTO event_participants (event_id, actor_id, role) VALUES (?, ?, 'participant')", [geneva, kofi]),
        ("DELETE FROM event_participants WHERE event_id = ? AND actor_id = ?", [geneva, kofi]),
        ("UPDATE reports SET evidence = 'They met.' WHERE event_id = ?", [geneva]),
        ("UPDATE event_participants SET role = 'actor' WHERE event_id = ? AND actor_id <> ?", [geneva, kofi]),
        ("DELETE FROM confirmations WHERE event_id = ?", [geneva]),
        (
            "INSERT INTO confirmations (event_id, article_id, status, published) SELECT ?, id, 'denied', published"
            " FROM articles WHERE key LIKE '%b1'",
            [geneva],
        ),
        ("UPDATE confirmations SET status = 'no_comment' WHERE event_id = ?", [geneva]),
        ("UPDATE articles SET title = 'Ministers meet' WHERE key LIKE '%a1'", []),
        (
            "INSERT INTO reports (event_id, article_id, outlet, published) SELECT ?, id, outlet, published"
            " FROM articles WHERE key LIKE '%b1'",
            [geneva],
        ),
        (
            "DELETE FROM reports WHERE event_id = ? AND article_id IN (SELECT id FROM articles WHERE key LIKE '%b1')",
            [geneva],
        ),
    ]
    for sql, params in writes:
        _store_all(db)
        db.execute(sql, params)
        details = dict(db.execute("SELECT id, details FROM events").fetchall())
        assert details[geneva] is None, sql
        assert details[other] is not None, sql  # only the event whose rows changed
        _same_as_oracle(db)
    shown = {e["id"]: e for e in _same_as_oracle(db)}[geneva]
    assert [r["title"] for r in shown["reports"]] == ["Ministers meet"]
    assert [p["name"] for p in shown["actor"]] == ["Aino Virtanen", "Mauro Vieira"]
    assert [(c["status"], c["by"]) for c in shown["confirmations"]] == [("no_comment", None)]


def test_an_actor_renamed_shows_its_new_name_without_touching_the_details(ledger_target):
    db = open_ledger(ledger_target)
    ingest_record(db, _geneva())
    before = _details(db)
    db.execute("UPDATE actors SET name = 'Mauro Luiz Vieira' WHERE name = 'Mauro Vieira'")
    assert _details(db) == before
    (event,) = _same_as_oracle(db)
    assert event["participants"][1]["name"] == "Mauro Luiz Vieira"
    assert event["confirmations"][0]["by"] == "Mauro Luiz Vieira"


def test_two_actors_merged_and_an_article_withdrawn_leave_true_details(ledger_target):
    """A surname alone is one actor until an article names the person in full: the two merge, and the event
    the surname's article told takes the merged actor; a re-extracted article without the contact removes it."""
    db = open_ledger(ledger_target)
    short = record(
        "s1",
        [person("p1", "Lavrov"), person("p2", "Mauro Vieira", "BRA")],
        [contact(["p1", "p2"], date=("2026-03-10", "day", "on Tuesday"))],
        published="2026-03-11",
    )
    ingest_record(db, short)
    full = record(
        "f1",
        [person("p1", "Sergey Lavrov", "RUS", aliases=["Lavrov"]), person("p2", "Vieira", "BRA")],
        [contact(["p1", "p2"], date=("2026-03-10", "day", "on 10 March"))],
        published="2026-03-12",
    )
    ingest_record(db, full)
    assert stale_details(db) == []
    (event,) = _same_as_oracle(db)
    assert [p["name"] for p in event["participants"]] == ["Mauro Vieira", "Sergey Lavrov"]
    assert len(event["reports"]) == 2
    ingest_record(db, {**full, "events": []}, replace=True)  # re-extracted: the contact is no longer found
    assert stale_details(db) == []
    (event,) = _same_as_oracle(db)
    assert [r["article"] for r in event["reports"]] == ["https://example.org/s1"]
    ingest_record(db, {**short, "events": []}, replace=True)
    assert _same_as_oracle(db) == [] and _details(db) == []
