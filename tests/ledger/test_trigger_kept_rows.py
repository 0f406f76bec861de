"""Rows that triggers keep equal a recomputation from the rows they follow, whatever happened: each actor's
counts of quotes and contacts (migration 008) and each event's countries (migration 009)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backchannel.ledger import migrations, query
from backchannel.ledger.copy import copy_to_sqlite
from backchannel.ledger.dialect import connect
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.kept_rows import event_countries, miscounted
from tests.ledger.records import contact, person, quote, record

NAMES = [
    ("Sergey Lavrov", "RUS"),
    ("Sergey Lavrov", None),
    ("Sergei Lavrov", "RUS"),
    ("Lavrov", None),
    ("Anna Lavrov", "USA"),
    ("Aino Virtanen", "FIN"),
    ("Virtanen", None),
    ("Mauro Vieira", "BRA"),
    ("Vieira", "BRA"),
]
DAYS = ["2026-03-01", "2026-03-02", "2026-03-10", None]


@st.composite
def articles(draw, key: str):
    names = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=3, unique=True))
    actors = [person(f"p{i}", name, country) for i, (name, country) in enumerate(names)]
    ids = [a["id"] for a in actors]
    events = []
    for _ in range(draw(st.integers(0, 2))):
        parties = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
        event = contact(parties, date=draw(st.sampled_from([None, *[(d, "day", "that day") for d in DAYS if d]])))
        if draw(st.booleans()):  # one party in two roles: one contact all the same
            event["actor"] = parties[:1]
        events.append(event)
    said = [
        {**quote(f"Words {n} of {key}.", draw(st.sampled_from([None, *ids]))), "id": f"q{n}"}
        for n in range(draw(st.integers(0, 3)))
    ]
    text = f"text of {key}" + " (changed)" * draw(st.integers(0, 1))
    return record(key, actors, events, published=draw(st.sampled_from(DAYS)), text=text, quotes=said)


@st.composite
def steps(draw):
    """Ingests of new or changed articles and re-extractions (the same text read again, saying other things)."""
    return [
        (draw(st.sampled_from(["ingest", "reextract"])), draw(articles(f"a{draw(st.integers(0, 4))}")))
        for _ in range(draw(st.integers(1, 6)))
    ]


def test_counts_and_countries_stay_true_through_random_ingests_and_reextractions(ledger_target):
    db = open_ledger(ledger_target)
    seen = {"quotes": 0, "contacts": 0, "two roles": 0, "event countries": 0}

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(sequence=steps())
    def run(sequence):
        for action, rec in sequence:  # one ledger goes on growing and changing from one example to the next
            ingest_record(db, rec, replace=action == "reextract")
            assert miscounted(db) == []
            stored, derived = event_countries(db)
            assert stored == derived
            quotes, contacts = db.execute("SELECT sum(quote_count), sum(contact_count) FROM actors").fetchone()
            two_roles = "SELECT count(*) FROM event_participants WHERE role = 'actor'"
            for key, value in zip(
                seen, [quotes, contacts, db.execute(two_roles).fetchone()[0], len(stored)], strict=True
            ):
                seen[key] = max(seen[key], value or 0)

    run()
    # the sequences did store quotes and contacts, parties in two roles (one contact for the counts) and events
    # of several countries
    assert min(seen.values()) > 0 and seen["event countries"] > 1, seen


def test_actors_lists_the_stored_counts_most_active_first(ledger_target):
    db = open_ledger(ledger_target)
    lavrov = person("p1", "Sergey Lavrov", "RUS")
    vieira = person("p2", "Mauro Vieira", "BRA")
    said = [{**quote(f"Statement {n}.", "p1"), "id": f"q{n}"} for n in range(3)]
    met = contact(["p1", "p2"], date=("2026-03-10", "day", "on Tuesday"))
    met["actor"] = ["p1"]
    ingest_record(db, record("one", [lavrov, vieira], [met], quotes=said))
    ingest_record(db, record("two", [vieira], [], quotes=[quote("Hello.", "p2")]))
    listed = [(a["name"], a["quotes"], a["contacts"]) for a in query.actors(db)]
    assert listed == [("Sergey Lavrov", 3, 1), ("Mauro Vieira", 1, 1)]
    ingest_record(db, record("one", [lavrov, vieira], [], text="text of one, corrected"))  # the contact withdrawn
    assert [(a["name"], a["quotes"], a["contacts"]) for a in query.actors(db)] == [
        ("Mauro Vieira", 1, 0),
        ("Sergey Lavrov", 0, 0),
    ]


def test_a_ledger_from_before_is_counted_when_migrated(tmp_path):
    path = tmp_path / "old.db"
    old = connect(path, read_only=False)
    original = migrations.MIGRATIONS
    migrations.MIGRATIONS = original[:7]  # up to 007: no counts, no event countries, no triggers
    try:
        migrations.migrate(old)
    finally:
        migrations.MIGRATIONS = original
    said = [{**quote(f"Statement {n}.", "p1"), "id": f"q{n}"} for n in range(2)]
    parties = [person("p1", "Aino Virtanen", "FIN"), person("p2", "Mauro Vieira", "BRA")]
    ingest_record(old, record("one", parties, [contact(["p1", "p2"])], quotes=said))
    old.conn.close()
    db = open_ledger(path)
    assert migrations.pending_migrations(db) == []
    assert miscounted(db) == []
    stored, derived = event_countries(db)
    assert stored == derived and {country for country, _, _ in stored} == {"FIN", "BRA"}
    assert [(a["name"], a["quotes"], a["contacts"]) for a in query.actors(db)] == [
        ("Aino Virtanen", 2, 1),
        ("Mauro Vieira", 0, 1),
    ]


def test_an_exported_copy_has_the_same_counts(ledger_target, tmp_path):
    db = open_ledger(ledger_target)
    said = [{**quote(f"Statement {n}.", "p1"), "id": f"q{n}"} for n in range(2)]
    ingest_record(
        db,
        record(
            "one", [person("p1", "Aino Virtanen"), person("p2", "Mauro Vieira")], [contact(["p1", "p2"])], quotes=said
        ),
    )
    copy = open_ledger(copy_to_sqlite(db, tmp_path / "copy.db") and tmp_path / "copy.db")
    assert miscounted(copy) == []
    assert event_countries(copy) == event_countries(db)
    assert query.actors(copy) == query.actors(db)
