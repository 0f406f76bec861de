"""The same articles give the same ledger, whatever order they came in and whatever was replaced."""

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backchannel.ledger.canonical import canonical
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.kept_rows import stale_details
from tests.ledger.records import contact, outlet, person, quote, record

VIRTANEN = person("p1", "Aino Virtanen", "FIN", titles=["Foreign Minister"])
VIEIRA = person("p2", "Mauro Vieira", "BRA")

# A set with every way greedy, first-come merging went wrong: transliterations, a surname alone beside two
# namesakes, a week-dated telling between two dated ones, a planned call later told as done, a mode told by
# one outlet only, confirmations, an undated telling with and without a published day.
FIXTURES = [
    record(
        "a",
        [person("p1", "Sergey Lavrov", "RUS", ["Lavrov"]), VIEIRA, outlet("o1", "Nordic Wire")],
        [contact(["p1", "p2"], date=("2026-03-10", "day", "on Tuesday"), place="Geneva", reported_by="o1")],
    ),
    record(
        "b",
        [person("p1", "Sergei Lavrov", "RUS"), person("p2", "Vieira")],
        [contact(["p1", "p2"], mode=None, date=("2026-W11", "week", "this week"), topics=["grain"])],
        published="2026-03-13",
    ),
    record(
        "c",
        [person("p1", "Lavrov"), person("p2", "Mauro Vieira", "BRA")],
        [contact(["p1", "p2"], status="planned", date=("2026-03-11", "day", "on Wednesday"), topics=["energy"])],
        published="2026-03-09",
    ),
    record(
        "d",
        [person("p1", "Anna Lavrov", "USA"), VIEIRA],
        [contact(["p1", "p2"], mode="meeting", date=("2026-04-20", "day", "April 20"))],
        published="2026-04-21",
    ),
    record(
        "e",
        [person("p1", "Hillary Clinton", "USA"), person("p2", "Bill Clinton", "USA"), person("p3", "Clinton")],
        [contact(["p1", "p3"], mode="meeting")],
        quotes=[quote("We will talk again.", "p3")],
        published=None,
    ),
    record(
        "f",
        [VIRTANEN, VIEIRA, person("p3", "Virtanen")],
        [contact(["p1", "p2"], confirmations=[("confirmed", "p3")], date=("2026-03", "month", "in March"))],
        quotes=[quote("It was an open conversation.", "p3")],
        published="2026-03-20",
    ),
    record(
        "g",
        [person("p1", "A. Virtanen", "FIN"), person("p2", "Vieira", "BRA")],
        [contact(["p1", "p2"], mode=None, place="Helsinki")],
        published="2026-03-14",
    ),
    # the same March call told as a courtesy (PLOVER's SUPPORT): one event with f's, a consultation in any order
    record(
        "h",
        [VIRTANEN, VIEIRA],
        [contact(["p1", "p2"], date=("2026-03", "month", "in March"), type_="SUPPORT")],
        published="2026-03-22",
    ),
]


def build(records, where: Path | str) -> dict:
    """The canonical form of a ledger built from ``records`` in order, in a folder or at a URL."""
    if isinstance(where, Path):
        where.mkdir(parents=True, exist_ok=True)
        where = where / "ledger.db"
    db = open_ledger(where)
    for rec in records:
        outcome = ingest_record(db, rec)
        assert outcome.status in ("stored", "replaced"), outcome
    form = canonical(db)
    assert stale_details(db) == []
    db.conn.close()
    return form


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    return build(FIXTURES, tmp_path_factory.mktemp("reference"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(FIXTURES))
def test_any_order_gives_the_same_ledger(order, reference):
    with tempfile.TemporaryDirectory() as folder:
        assert build(order, Path(folder)) == reference


def test_the_fixture_set_exercises_merging(reference):
    """Guard the fixture: the permutation test means little unless tellings and names actually merge."""
    calls = [e for e in reference["events"] if ["Sergey Lavrov", "participant"] in e["parties"]]
    assert len(calls) == 1 and len(calls[0]["reports"]) == 3
    assert calls[0]["status"] == "occurred" and calls[0]["date"][:2] == ["2026-03-10", "day"]
    courtesy = [e for e in reference["events"] if any(r[0].endswith("/h") for r in e["reports"])]
    assert len(courtesy) == 1 and courtesy[0]["type"] == "CONSULT" and len(courtesy[0]["reports"]) == 2
    names = [a["name"] for a in reference["actors"]]
    assert names.count("Clinton") == 1 and "Sergey Lavrov" in names and "Anna Lavrov" in names


def test_a_replaced_article_leaves_no_stale_fields(new_ledger):
    """Replacing an article recomputes every field it gave shared events and actors from what remains."""
    first = record(
        "x",
        [person("p1", "Aino Virtanen", "FIN", ["Virtanen"], ["Foreign Minister"]), VIEIRA],
        [
            contact(
                ["p1", "p2"],
                status="occurred",
                date=("2026-03-10", "day", "on Tuesday"),
                place="Oslo",
                topics=["grain", "energy"],
            )
        ],
    )
    other = record(
        "y",
        [person("p1", "Virtanen", "FIN"), person("p2", "Vieira", "BRA")],
        [contact(["p1", "p2"], mode=None, status="planned", date=("2026-W11", "week", "this week"), topics=["grain"])],
        published="2026-03-11",
    )
    corrected = record(
        "x",
        [person("p1", "Virtanen", "FIN"), person("p2", "Vieira", "BRA")],
        [contact(["p1", "p2"], status="planned", date=("2026-W11", "week", "this week"))],
        text="text of x, corrected",
    )
    replaced = build([first, other, corrected], new_ledger())
    fresh = build([other, corrected], new_ledger())
    assert replaced == fresh
    (event,) = replaced["events"]
    assert event["status"] == "planned" and event["place"] == [None, None] and event["topics"] == ["grain"]
    assert event["mode"] == "phone" and event["date"][:2] == ["2026-W11", "week"]
    assert [a["name"] for a in replaced["actors"] if a["kind"] == "person"] == ["Vieira", "Virtanen"]


def test_removing_the_article_that_bridged_two_names_splits_them_again(new_ledger):
    bridge = record("b1", [person("p1", "Sergey Lavrov", "RUS", ["Lavrov"])])
    alone = record("b2", [person("p1", "Lavrov")])
    namesake = record("b3", [person("p1", "Anna Lavrov", "USA")])
    stand_in = record("b1", [person("p1", "Sergey Lavrov", "RUS")], text="changed")
    assert build([bridge, alone, namesake, stand_in], new_ledger()) == build([alone, namesake, stand_in], new_ledger())


def test_undated_contacts_without_published_days_do_not_merge_across_articles(new_ledger):
    parties = [VIRTANEN, VIEIRA]
    first = record("u1", parties, [contact(["p1", "p2"])], published=None)
    years_later = record("u2", parties, [contact(["p1", "p2"])], published=None)
    form = build([first, years_later], new_ledger())
    assert len(form["events"]) == 2


def test_undated_contacts_naming_the_same_date_text_merge(new_ledger):
    told = {"value": None, "precision": None, "text": "at the Munich conference"}
    a = record("m1", [VIRTANEN, VIEIRA], [dict(contact(["p1", "p2"]), date=told)], published=None)
    b = record("m2", [VIRTANEN, VIEIRA], [dict(contact(["p1", "p2"]), date=told)], published=None)
    assert len(build([a, b], new_ledger())["events"]) == 1


def test_a_longer_ledger_in_shuffled_orders(new_ledger):
    """Forty synthetic articles about a dozen people, in three orders, give one canonical ledger."""
    rng = random.Random(11)
    people = [
        person(f"p{i}", f"{first} {last}", country)
        for i, (first, last, country) in enumerate(
            [
                ("Aino", "Virtanen", "FIN"),
                ("Mauro", "Vieira", "BRA"),
                ("Sergey", "Lavrov", "RUS"),
                ("Sergei", "Lavrov", "RUS"),
                ("Anna", "Lavrov", "USA"),
                ("Jan", "Novak", "CZE"),
                ("Ana", "Pires", "PRT"),
            ]
        )
    ]
    records = []
    for n in range(40):
        a, b = rng.sample(people, 2)
        short = dict(a, name=a["name"].split()[-1], country=None) if rng.random() < 0.3 else a
        day = f"2026-03-{rng.randint(1, 28):02d}"
        date = rng.choice([(day, "day", "on a day"), (day[:7], "month", "in March"), None])
        records.append(
            record(
                f"r{n}",
                [dict(short, id="x"), dict(b, id="y")],
                [contact(["x", "y"], mode=rng.choice(["phone", "meeting", None]), date=date)],
                published=rng.choice([day, None]),
            )
        )
    forms = []
    for seed in range(3):
        order = records[:]
        random.Random(seed).shuffle(order)
        forms.append(build(order, new_ledger()))
    assert forms[0] == forms[1] == forms[2]


def test_a_call_told_only_as_a_courtesy_stays_support(new_ledger):
    """An event is typed SUPPORT only while every telling is a courtesy call; a telling as talks makes it CONSULT,
    and taking that article out makes it SUPPORT again."""
    courtesy = record(
        "s", [VIRTANEN, VIEIRA], [contact(["p1", "p2"], date=("2026-03-10", "day", "x"), type_="SUPPORT")]
    )
    talks = record("t", [VIRTANEN, VIEIRA], [contact(["p1", "p2"], date=("2026-03-10", "day", "x"))])
    db = open_ledger(new_ledger())
    ingest_record(db, courtesy)
    assert [e["type"] for e in canonical(db)["events"]] == ["SUPPORT"]
    ingest_record(db, talks)
    assert [e["type"] for e in canonical(db)["events"]] == ["CONSULT"]
    # the talks article replaced by a version telling no contact
    assert ingest_record(db, record("t", [VIRTANEN, VIEIRA], text="corrected")).status == "replaced"
    assert [e["type"] for e in canonical(db)["events"]] == ["SUPPORT"]
