"""Order independence and replacement over generated article sets (hypothesis)."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backchannel.ledger.canonical import canonical
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.kept_rows import stale_details
from tests.ledger.records import contact, person, record

NAMES = [
    ("Sergey Lavrov", "RUS"),
    ("Sergei Lavrov", "RUS"),
    ("Lavrov", None),
    ("Anna Lavrov", "USA"),
    ("Aino Virtanen", "FIN"),
    ("Virtanen", None),
    ("A. Virtanen", None),
    ("Mauro Vieira", "BRA"),
    ("Vieira", "BRA"),
]
DAYS = [f"2026-03-{d:02d}" for d in (1, 2, 3, 9, 10, 11, 20)]


@st.composite
def articles(draw, key):
    names = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=3, unique=True))
    actors = [person(f"p{i}", name, country) for i, (name, country) in enumerate(names)]
    events = []
    for _ in range(draw(st.integers(0, 2))):
        parties = draw(st.lists(st.sampled_from([a["id"] for a in actors]), min_size=1, max_size=3, unique=True))
        day = draw(st.sampled_from(DAYS))
        date = draw(
            st.sampled_from(
                [None, (day, "day", "on a day"), (day[:7], "month", "in March"), ("2026-W10", "week", "that week")]
            )
        )
        events.append(
            contact(
                parties,
                mode=draw(st.sampled_from([None, "phone", "meeting"])),
                status=draw(st.sampled_from(["occurred", "planned", "denied"])),
                date=date,
                place=draw(st.sampled_from([None, "Oslo", "Geneva"])),
                topics=draw(st.lists(st.sampled_from(["grain", "energy"]), max_size=2, unique=True)),
                reported_by=draw(st.sampled_from([None, actors[0]["id"]])),
                confirmations=draw(st.sampled_from([[], [("confirmed", actors[-1]["id"])]])),
            )
        )
    return record(key, actors, events, published=draw(st.sampled_from([None, *DAYS])))


@st.composite
def article_sets(draw):
    count = draw(st.integers(2, 7))
    return [draw(articles(f"g{n}")) for n in range(count)]


def build(records):
    with tempfile.TemporaryDirectory() as folder:
        db = open_ledger(Path(folder) / "l.db")
        for rec in records:
            ingest_record(db, rec)
        form = canonical(db)
        assert stale_details(db) == []  # each event's stored details, after merges in any order
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = (
            "SELECT count(*) FROM actors WHERE id NOT IN (SELECT actor_id FROM name_forms WHERE actor_id IS NOT NULL)"
        )
        assert db.execute(orphans).fetchone()[0] == 0
        db.conn.close()
    return form


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), records=article_sets())
def test_generated_sets_give_one_ledger_in_any_order(data, records):
    order = data.draw(st.permutations(records))
    assert build(order) == build(records)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), records=article_sets())
def test_replacing_an_article_equals_building_without_the_old_version(data, records):
    index = data.draw(st.integers(0, len(records) - 1))
    replacement = data.draw(articles(records[index]["article"]["id"]))
    replacement["article"]["text"] += " (corrected)"
    final = [*records[:index], *records[index + 1 :], replacement]
    assert build([*records, replacement]) == build(final)
