"""The queries rewritten for speed return exactly what the simple ones did (``query_reference``)."""

from __future__ import annotations

import itertools

import pytest

from backchannel.ledger import query
from backchannel.ledger.query import ContactFilter
from backchannel.ledger.store import ingest_record, open_ledger
from tests.conftest import BACKENDS
from tests.ledger import query_reference as before
from tests.ledger.records import contact, outlet, person, quote, record


def _at(event: dict, place: str, country: str) -> dict:
    return {**event, "place": {"name": place, "country": country}}


def _country(actor_id: str, name: str, code: str) -> dict:
    return {**person(actor_id, name, code), "kind": "country"}


RECORDS = [
    record(
        "a1",
        [
            person("p1", "Aino Virtanen", "FIN", aliases=["Virtanen"], titles=["Foreign Minister"]),
            person("p2", "Mauro Vieira", "BRA", aliases=["Vieira"]),
            person("p3", "Hillary Rodham Clinton", "USA", aliases=["Clinton"]),
            outlet("o1", "Nordic Wire"),
        ],
        [
            _at(
                contact(
                    ["p1", "p2", "p3"], mode="meeting", date=("2026-03-10", "day", "on 10 March"), reported_by="o1"
                ),
                "Geneva",
                "CHE",
            )
        ],
        quotes=[quote("We will keep talking about grain and the corridor.", "p1")],
    ),
    record(
        "a2",
        [
            person("p1", "Virtanen", "FIN"),
            person("p2", "Mauro Vieira", "BRA"),
            person("p4", "José Álvarez", "ESP", aliases=["Álvarez"]),
        ],
        [
            contact(
                ["p1", "p2"], mode="phone", date=("2026-03", "month", "in March"), confirmations=[("confirmed", "p2")]
            ),
            contact(["p2", "p4"], mode="visit", status="planned", date=("2026", "year", "this year")),
        ],
        published="2026-03-20",
        quotes=[quote("Grain talks were open and frank.", "p2"), quote("No comment on the corridor.", "p4")],
    ),
    record(
        "a3",
        [
            person("p5", "Bill Clinton", "USA"),
            _country("c1", "France", "FRA"),
            person("p6", "Pierre Martin", "FRA", aliases=["Martin"]),
            person("p7", "Anna Martin", None),
        ],
        [
            contact(
                ["p5", "p6"], mode="meeting", date=("2026-04-02", "day", "on 2 April"), confirmations=[("denied", "p5")]
            ),
            contact(["c1", "p7"], mode="phone", status="denied", date=None),
            _at(contact(["p6", "p7"], mode="meeting", date=("2026-02", "month", "in February")), "Paris", "FRA"),
        ],
        published="2026-04-05",
        quotes=[quote("Clinton said the talks on sanctions went well.", "p5")],
    ),
    record(
        "a4",
        [
            person("p1", "Aino Virtanen", "FIN", aliases=["Virtanen"]),
            person("p8", "Li Wei", "CHN"),
            person("p9", "Kofi Mensah", "GHA"),
        ],
        [
            contact(
                ["p1", "p8", "p9"],
                mode="meeting",
                date=("2026-03-31", "day", "on 31 March"),
                confirmations=[("neither_confirmed_nor_denied", "p8")],
            ),
            contact(["p8", "p9"], mode=None, date=("2025-12", "month", "last December")),
        ],
        published="2026-04-01",
        quotes=[quote("The corridor must stay open.", "p8"), quote("Unattributed words on grain.", None)],
    ),
    *[  # the Geneva meeting retold, later and earlier, with confirmations: reports and confirmations in date order
        record(
            key,
            [
                person("p1", "Aino Virtanen", "FIN"),
                person("p2", "Mauro Vieira", "BRA"),
                person("p3", "Hillary Clinton", "USA"),
                outlet("o1", outlet_name),
            ],
            [
                contact(
                    ["p1", "p2", "p3"],
                    mode="meeting",
                    date=("2026-03-10", "day", "on Tuesday"),
                    reported_by="o1",
                    confirmations=[(status, "p3")],
                )
            ],
            published=published,
            outlet_name=outlet_name,
        )
        for key, published, outlet_name, status in [
            ("a5", "2026-03-15", "Global Post", "confirmed"),
            ("a6", "2026-03-11", "Atlantic Herald", "no_comment"),
        ]
    ],
    record(  # namesakes a short form fits equally
        "a7",
        [person("p1", "John Smith", "USA"), person("p2", "James Smith", "GBR")],
        [contact(["p1", "p2"], mode="phone", date=("2026-01-05", "day", "on 5 January"))],
        published="2026-01-06",
        quotes=[quote("Grain again.", "p1"), quote("Talks on grain.", "p2")],
    ),
    record(  # in France, but between a Finn and a Brazilian: a contact in France, not one with France
        "a8",
        [person("p1", "Aino Virtanen", "FIN"), person("p2", "Mauro Vieira", "BRA")],
        [_at(contact(["p1", "p2"], mode="visit", date=("2026-02-20", "day", "on 20 February")), "Paris", "FRA")],
        published="2026-02-21",
    ),
]

NAMES = [
    "Aino Virtanen",
    "virtanen",
    "VIEIRA",
    "Jose Alvarez",
    "Álvarez",
    "Clinton",
    "Hillary Clinton",
    "Bill Clinton",
    "Martin",
    "Anna Martin",
    "P. Martin",
    "Li Wei",
    "Wei",
    "Mensah",
    "Nobody Atall",
    "Nordic Wire",
    "France",
    "!!!",
    "J. Smith",
    "Smith",
]
PLACES = ["Finland", "Brazil", "United States", "France", "China", "Spain", "Germany"]
DATES = [None, "2025-12-01", "2026-01-01", "2026-03-01", "2026-03-10", "2026-03-31", "2026-04-30"]


@pytest.fixture(scope="module", params=BACKENDS)
def db(request, tmp_path_factory):
    """The records' ledger, on each backend in turn (the oracle's SQL is the ledger's, translated alike)."""
    if request.param == "postgresql":
        ledger = open_ledger(request.getfixturevalue("postgres").new_database())
    else:
        ledger = open_ledger(tmp_path_factory.mktemp("rewrites") / "ledger.db")
    for r in RECORDS:
        assert ingest_record(ledger, r).status == "stored"
    return ledger


@pytest.fixture(params=[query.PROBE_ROWS, 3, 1], ids=["default", "broad-from-3", "all-broad"])
def probe(request, monkeypatch):
    """Party filters and searches taken as broad from this many rows on, so that both ways of writing
    them are compared with the oracle on a small ledger."""
    monkeypatch.setattr(query, "PROBE_ROWS", request.param)


def same(db, new, old, *args, **kwargs):
    """Both give the same result, or both refuse the same name."""
    try:
        expected = old(db, *args, **kwargs)
    except query.UnknownActor as err:
        with pytest.raises(query.UnknownActor, match=str(err).replace("(", r"\(").replace(")", r"\)")):
            new(db, *args, **kwargs)
        return None
    assert new(db, *args, **kwargs) == expected
    return expected


def test_names_find_the_same_actors(db):
    for name in NAMES + PLACES:
        assert query.find_actors(db, name) == before.find_actors(db, name), name


def test_contacts_by_actor_and_between_parties(db, probe):
    found = 0
    for name, limit in itertools.product(NAMES, [None, 1]):
        found += len(same(db, query.contacts, before.contacts, ContactFilter(actor=name, limit=limit)) or [])
    for (a, b), limit in itertools.product(itertools.product(NAMES[:12] + PLACES, repeat=2), [None, 2]):
        found += len(same(db, query.contacts, before.contacts, ContactFilter(between=[a, b], limit=limit)) or [])
    assert found > 50  # the grid does reach contacts
    assert len(query.find_actors(db, "J. Smith")) == 2  # a name that only the surname rule matches, twice
    assert max(len(e["reports"]) for e in query.contacts(db, ContactFilter(actor="Hillary Clinton"))) == 3


def test_contacts_by_country_and_dates_of_every_precision(db, probe):
    for country, since, until in itertools.product(["FIN", "FRA", "CHE", "USA", "DEU", None], DATES, DATES):
        for limit, sort in [(None, "date"), (2, "date"), (2, "-date"), (2, "reports")]:
            where = ContactFilter(country=country, since=since, until=until, limit=limit, sort=sort)
            same(db, query.contacts, before.contacts, where)
        where = ContactFilter(between=["France", "United States"], since=since, actor="Clinton", limit=1)
        same(db, query.contacts, before.contacts, where)


def test_contacts_by_status_confirmation_search_and_pages(db):
    for status, confirmation in itertools.product([None, *query.STATUSES], [None, *query.CONFIRMATIONS]):
        same(db, query.contacts, before.contacts, ContactFilter(status=status, confirmation=confirmation))
    for mode, search in itertools.product([None, "meeting", "phone"], [None, "virt", "Paris", "50%_", "alvarez"]):
        same(db, query.contacts, before.contacts, ContactFilter(mode=mode, search=search))
    for limit, offset, sort in itertools.product([None, 1, 2, 5], [0, 1, 3], ["date", "-date", "reports"]):
        same(db, query.contacts, before.contacts, ContactFilter(limit=limit, offset=offset, sort=sort))


def test_quotes_actors_and_timelines(db, probe):
    for name in NAMES:
        for search in [None, "grain", "corridor open", "nothing-matches"]:
            same(db, query.quotes, before.quotes, speaker=name, search=search)
        same(db, query.actors, before.actors, search=name)
        for limit in [None, 1, 2, 5]:
            same(db, query.timeline, before.timeline, name, limit=limit)
    for limit in [None, 1, 3]:
        same(db, query.quotes, before.quotes, search="grain", limit=limit)
        same(db, query.actors, before.actors, limit=limit)


def test_a_first_page_of_a_timeline_is_the_start_of_the_whole_one(db):
    """A timeline reads only the first contacts and quotes a page needs; merged, they start the whole one."""
    ids = [row[0] for row in db.execute("SELECT id FROM actors").fetchall()]
    pages = 0
    for actor_id in ids:
        whole = query.actor_timeline(db, actor_id)
        kinds = {entry["what"] for entry in whole}
        for limit in [1, 2, 3, 5]:
            assert query.actor_timeline(db, actor_id, limit=limit) == whole[:limit], (actor_id, limit)
            pages += kinds == {"contact", "quote"} and len(whole) > limit
    assert pages > 10


def test_counts_pages_and_networks_take_in_every_event_of_the_filter(db, probe, monkeypatch):
    wheres = [
        ContactFilter(country=country, since=since, limit=limit, offset=offset)
        for country, since, limit, offset in itertools.product(["FRA", "USA", None], DATES[:4], [None, 1, 2], [0, 1])
    ]
    wheres += [ContactFilter(between=["France", "United States"], limit=1), ContactFilter(actor="Clinton", limit=1)]
    for where in wheres:
        every = before.contacts(db, ContactFilter(**{**vars(where), "limit": None, "offset": 0}))
        assert query.count_contacts(db, where) == len(every)
        assert query.contacts_page(db, where) == (len(every), before.contacts(db, where))
    networks = [query.network(db, where) for where in wheres]
    monkeypatch.setattr(query, "PROBE_ROWS", 20_000)  # every filter narrow: the way networks were read before
    assert networks == [query.network(db, where) for where in wheres]


def test_contacts_between_two_countries_read_from_one_country_in_date_order(db, monkeypatch):
    monkeypatch.setattr(query, "PROBE_ROWS", 1)  # every party broad, as two countries are in a large ledger
    found = 0
    for since, offset, sort in itertools.product(DATES[:4], [0, 1], ["date", "-date"]):
        where = ContactFilter(between=["France", "United States"], since=since, offset=offset, sort=sort)
        assert query._contact_where(db, where).source.startswith("event_countries d")  # every one: not a page
        found += len(same(db, query.contacts, before.contacts, where))
    assert found > 0


@pytest.mark.parametrize("first_read", [1, 2, query.FIRST_READ])
def test_a_first_page_of_countries_in_common_intersects_their_events_in_date_order(db, monkeypatch, first_read):
    """A first page of two broad countries' contacts (or of a country's, ``--country``, with another's) reads
    each country's events in date order and keeps those in common, reading more of each until the page is full:
    with one or two rows read at first, it reads again several times."""
    monkeypatch.setattr(query, "PROBE_ROWS", 1)
    monkeypatch.setattr(query, "FIRST_READ", first_read)
    pairs = [["France", "United States"], ["United States", "France"], ["Brazil", "Finland"], ["Brazil", "Spain"]]
    found = 0
    for (a, b), since, until, limit, offset, sort in itertools.product(
        pairs, DATES[:3], [None, "2026-03-31"], [1, 2, 5], [0, 1], ["date", "-date"]
    ):
        where = ContactFilter(between=[a, b], since=since, until=until, limit=limit, offset=offset, sort=sort)
        assert len(query._contact_where(db, where).countries) == 2
        found += len(same(db, query.contacts, before.contacts, where))
    assert found > 50
    for extra in [{"status": "planned"}, {"mode": "meeting"}, {"confirmation": "none"}, {"search": "martin"}]:
        for between, limit, sort in itertools.product(pairs, [1, 2], ["date", "-date"]):
            same(db, query.contacts, before.contacts, ContactFilter(between=between, limit=limit, sort=sort, **extra))
    for country, other, actor in itertools.product(["FRA", "CHE", "USA"], ["France", "Brazil"], [None, "Martin"]):
        where = ContactFilter(country=country, between=[other], actor=actor, limit=2)
        assert len(query._contact_where(db, where).countries) == 2  # the person, broad too here, is probed
        same(db, query.contacts, before.contacts, where)


def test_a_first_page_of_several_people_merges_each_ones_events_in_date_order(db):
    """A name several people answer to ("Martin": two, who also met each other) leads a first page in date
    order: each one's events are read in date order from ``actor_events`` and merged, an event of both once."""
    found = 0
    for name, limit, offset, sort in itertools.product(
        ["Martin", "Clinton", "Smith", "Virtanen", "Wei"], [1, 2, 5], [0, 1, 2], ["date", "-date"]
    ):
        for extra in [{}, {"since": "2026-03-01"}, {"until": "2026-03-10", "status": "occurred"}]:
            where = ContactFilter(actor=name, limit=limit, offset=offset, sort=sort, **extra)
            assert query._contact_where(db, where).actors == sorted(query.find_actors(db, name))
            found += len(same(db, query.contacts, before.contacts, where))
        where = ContactFilter(between=[name, "Vieira"], country="FIN", limit=limit, offset=offset, sort=sort)
        found += len(same(db, query.contacts, before.contacts, where))
    assert found > 100
    both = [e for e in query.contacts(db, ContactFilter(actor="Martin", limit=5)) if len(e["participants"]) == 2]
    assert {p["name"] for e in both for p in e["participants"]} >= {"Pierre Martin", "Anna Martin"}


def test_a_name_shared_by_more_people_than_are_merged_is_sorted_as_before(db, monkeypatch):
    monkeypatch.setattr(query, "MERGED_ACTORS", 1)
    for name, sort in itertools.product(["Martin", "Clinton", "Virtanen"], ["date", "-date"]):
        where = ContactFilter(actor=name, limit=2, sort=sort)
        assert bool(query._contact_where(db, where).actors) == (len(query.find_actors(db, name)) == 1)
        same(db, query.contacts, before.contacts, where)


def test_a_country_first_page_is_read_in_date_order_from_its_parties_and_places(db, monkeypatch):
    """``--country`` takes in the events in the country (the Geneva meeting: no Swiss party) as well as those
    with a party of the country; both are rows of ``event_countries``, read in date order when the country is
    broad. ``--between`` a country takes in its parties only (the visit in Paris is not one with France)."""
    monkeypatch.setattr(query, "PROBE_ROWS", 1)
    for country, since, until, limit, sort in itertools.product(
        ["FRA", "CHE", "FIN", "USA"], DATES[:3], [None, "2026-03-31"], [1, 2, 5], ["date", "-date"]
    ):
        where = ContactFilter(country=country, since=since, until=until, limit=limit, sort=sort)
        assert query._contact_where(db, where).source.startswith("event_countries d")
        same(db, query.contacts, before.contacts, where)
    assert [e["place"]["name"] for e in query.contacts(db, ContactFilter(country="CHE"))] == ["Geneva"]
    in_france = query.contacts(db, ContactFilter(actor="Aino Virtanen", country="FRA"))
    with_france = query.contacts(db, ContactFilter(between=["France", "Aino Virtanen"]))
    assert [e["place"]["name"] for e in in_france] == ["Paris"] and with_france == []
