"""Migration 003 (each article's findings kept apart) and the full-text index's update trigger."""

from backchannel.ledger import query
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.old_ledgers import ledger_before
from tests.ledger.records import contact, person, quote, record


def test_a_quote_whose_text_changes_is_found_by_its_new_words(tmp_path):
    db = open_ledger(tmp_path / "l.db")
    ingest_record(db, record("q", [person("p1", "Aino Virtanen")], quotes=[quote("We spoke of grain.", "p1")]))
    db.execute("UPDATE quotes SET content = 'We spoke of fertiliser.'")
    assert [q["content"] for q in query.quotes(db, search="fertiliser")] == ["We spoke of fertiliser."]
    assert query.quotes(db, search="grain") == []


def _ledger_from_before_003(path):
    old = ledger_before(path, 3)
    for statement in [
        "INSERT INTO articles (id, key, content_hash, published, outlet, text) VALUES"
        " (1, 'https://example.org/old', 'h1', '2026-03-12', 'Nordic Wire', 'old text')",
        "INSERT INTO actors (id, name, kind, country, aliases) VALUES (1, 'Aino Virtanen', 'person', 'FIN', '[]'),"
        " (2, 'Mauro Vieira', 'person', 'BRA', '[]')",
        "INSERT INTO events (id, type, mode, status, date_value, date_precision, date_text, topics, sort_date)"
        " VALUES (1, 'CONSULT', 'phone', 'occurred', '2026-03-10', 'day', 'on Tuesday', '[]', '2026-03-10')",
        "INSERT INTO event_participants VALUES (1, 1, 'participant'), (1, 2, 'participant')",
        "INSERT INTO event_party_sources VALUES (1, 1, 'participant', 1), (1, 2, 'participant', 1)",
        "INSERT INTO reports (event_id, article_id, outlet, published) VALUES (1, 1, 'Nordic Wire', '2026-03-12')",
        "INSERT INTO quotes (article_id, speaker_actor, kind, content, published) VALUES"
        " (1, 1, 'direct', 'An open conversation.', '2026-03-12')",
    ]:
        old.execute(statement)
    old.conn.close()


def test_an_older_ledger_keeps_its_findings_and_merges_new_tellings_with_them(tmp_path):
    path = tmp_path / "old.db"
    _ledger_from_before_003(path)
    db = open_ledger(path)
    assert db.execute("SELECT count(*) FROM tellings").fetchone()[0] == 1
    new = record(
        "new",
        [person("p1", "Virtanen", "FIN"), person("p2", "Mauro Vieira", "BRA")],
        [contact(["p1", "p2"], date=("2026-03-10", "day", "on Tuesday"))],
        published="2026-03-13",
    )
    assert ingest_record(db, new).status == "stored"
    (event,) = query.contacts(db, query.ContactFilter())
    assert {r["article"] for r in event["reports"]} == {"https://example.org/old", "https://example.org/new"}
    assert [q["speaker_name"] for q in query.quotes(db, speaker="Virtanen")] == ["Aino Virtanen"]
    assert db.execute("SELECT count(*) FROM actors").fetchone()[0] == 2
