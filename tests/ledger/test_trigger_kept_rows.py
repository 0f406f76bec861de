"""Rows that triggers keep equal a recomputation from the rows they follow, whatever happened: each actor's
counts of quotes and contacts (migration 008), each event's countries (migration 009), marked by party and by
place (010), each actor's events with their dates (010), and each event's details (012: cleared by triggers,
stored again by the writer)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backchannel.ledger import event_details, migrations, query
from backchannel.ledger.copy import copy_to_sqlite
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.kept_rows import actor_events, event_countries, miscounted, stale_details
from tests.ledger.old_ledgers import ledger_before
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
PLACES = [None, ("Moscow", "RUS"), ("Helsinki", "FIN"), ("Geneva", "CHE"), ("Somewhere", None)]


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
        place = draw(st.sampled_from(PLACES))  # in a party's country, in another, or in none known
        event["place"] = {"name": place[0], "country": place[1]} if place else None
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


def test_counts_countries_and_dated_parties_stay_true_through_random_ingests_and_reextractions(ledger_target):
    db = open_ledger(ledger_target)
    seen = {"quotes": 0, "contacts": 0, "two roles": 0, "event countries": 0, "actor events": 0}
    marks = set()  # the kinds of event_countries rows seen: by party, by place, by both

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(sequence=steps())
    def run(sequence):
        for action, rec in sequence:  # one ledger goes on growing and changing from one example to the next
            ingest_record(db, rec, replace=action == "reextract")
            assert miscounted(db) == []
            stored, derived = event_countries(db)
            assert stored == derived
            dated, dated_now = actor_events(db)
            assert dated == dated_now
            assert stale_details(db) == []
            marks.update(row[3:] for row in stored)
            quotes, contacts = db.execute("SELECT sum(quote_count), sum(contact_count) FROM actors").fetchone()
            two_roles = "SELECT count(*) FROM event_participants WHERE role = 'actor'"
            for key, value in zip(
                seen, [quotes, contacts, db.execute(two_roles).fetchone()[0], len(stored), len(dated)], strict=True
            ):
                seen[key] = max(seen[key], value or 0)

    run()
    # the sequences did store quotes and contacts, parties in two roles (one contact for the counts), events
    # of several countries, and countries of a party, of a place and of both
    assert min(seen.values()) > 0 and seen["event countries"] > 1, seen
    assert marks == {(1, 0), (0, 1), (1, 1)}, marks


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


def _at(event: dict, place: str, country: str) -> dict:
    return {**event, "place": {"name": place, "country": country}}


def _two_meetings() -> dict:
    """An article with quotes and two contacts of a Finn and a Brazilian: in Geneva, and in Helsinki."""
    said = [{**quote(f"Statement {n}.", "p1"), "id": f"q{n}"} for n in range(2)]
    parties = [person("p1", "Aino Virtanen", "FIN"), person("p2", "Mauro Vieira", "BRA")]
    meetings = [
        _at(contact(["p1", "p2"], date=("2026-03-02", "day", "on Monday")), "Geneva", "CHE"),
        _at(contact(["p1", "p2"], mode="meeting", date=("2026-03-10", "day", "on Tuesday")), "Helsinki", "FIN"),
    ]
    return record("one", parties, meetings, quotes=said)


@pytest.mark.parametrize("before", [8, 10, 12], ids=["from-007", "from-009", "from-011"])
def test_a_ledger_from_before_is_counted_when_migrated(tmp_path, before, monkeypatch):
    """Up to 007 there are no counts, no event countries and no triggers; up to 009, countries of the
    parties only and no dated events of each actor; up to 011, no details stored on the events (the old
    ledger is written by this version's code, its details left out)."""
    path = tmp_path / "old.db"
    old = ledger_before(path, before)
    with monkeypatch.context() as patch:
        patch.setattr(event_details, "store", lambda db, event_ids: None)
        ingest_record(old, _two_meetings())
    old.conn.close()
    db = open_ledger(path)
    assert migrations.pending_migrations(db) == []
    assert miscounted(db) == []
    assert stale_details(db) == [] and db.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    stored, derived = event_countries(db)
    assert stored == derived
    geneva, helsinki = (r[0] for r in db.execute("SELECT id FROM events ORDER BY sort_date"))
    assert sorted((country, event, by_party, by_place) for country, event, _, by_party, by_place in stored) == sorted(
        [
            ("FIN", geneva, 1, 0),
            ("BRA", geneva, 1, 0),
            ("CHE", geneva, 0, 1),
            ("FIN", helsinki, 1, 1),
            ("BRA", helsinki, 1, 0),
        ]
    )
    dated, dated_now = actor_events(db)
    assert dated == dated_now and len(dated) == 4
    assert [(a["name"], a["quotes"], a["contacts"]) for a in query.actors(db)] == [
        ("Aino Virtanen", 2, 2),
        ("Mauro Vieira", 0, 2),
    ]
    assert [e["id"] for e in query.contacts(db, query.ContactFilter(country="CHE"))] == [geneva]  # by its place


def test_an_exported_copy_has_the_same_counts(ledger_target, tmp_path):
    db = open_ledger(ledger_target)
    ingest_record(db, _two_meetings())
    copy = open_ledger(copy_to_sqlite(db, tmp_path / "copy.db") and tmp_path / "copy.db")
    assert miscounted(copy) == []
    stored, derived = event_countries(copy)
    assert stored == derived and stored == event_countries(db)[0] and len(stored) == 5
    assert actor_events(copy)[0] == actor_events(db)[0] and len(actor_events(copy)[0]) == 4
    assert stale_details(copy) == [] and stale_details(db) == []
    assert query.contacts(copy, query.ContactFilter()) == query.contacts(db, query.ContactFilter())
    assert query.actors(copy) == query.actors(db)
