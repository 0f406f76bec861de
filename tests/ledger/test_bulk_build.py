"""The benchmark's bulk build gives the ledger that storing the same records one by one gives."""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path

import pytest

from backchannel.ledger import query
from backchannel.ledger.canonical import canonical
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.kept_rows import actor_events, event_countries, miscounted, stale_details

BENCH = Path(__file__).parents[2] / "bench"


@pytest.fixture
def bench(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import ledger_bulk
    import ledger_scale

    yield ledger_scale, ledger_bulk
    for name in ("ledger_bulk", "ledger_scale"):
        sys.modules.pop(name, None)


def records(ledger_scale) -> list[dict]:
    """Synthetic records among few people, with retellings of some contacts by other articles (which must
    become one event with several reports), and near misses (another mode, another day) that must not; some
    contacts have a place, in a party's country or elsewhere."""
    rng = random.Random(3)
    persons = ledger_scale.people(rng, 25)
    outlets = [f"Outlet {n} News" for n in range(4)]
    out = [ledger_scale.synthetic(i, rng, persons, outlets) for i in range(120)]
    for n, record in enumerate(out[::5]):
        country = record["actors"][0]["country"] if n % 2 else "CHE"
        record["events"][0]["place"] = {"name": f"Place {n % 3}", "country": country}
    for n, original in enumerate(out[:30]):
        again = copy.deepcopy(original)
        again["article"].update(id=f"again{n}", url=f"https://synthetic.example/again/{n}")
        again["article"]["text"] += f" Told again ({n})."
        event = again["events"][0]
        if n % 3 == 1:
            event["mode"] = {"meeting": "phone", "phone": "visit", "visit": "meeting"}[event["mode"]]
        if n % 3 == 2:
            event["date"]["value"] = event["date"]["value"][:8] + ("28" if event["date"]["value"][8:] != "28" else "27")
        event["status"] = "planned" if n % 2 else "occurred"
        out.append(again)
    return out


def test_bulk_build_equals_ingesting_one_by_one(tmp_path, bench):
    ledger_scale, ledger_bulk = bench
    one_by_one = open_ledger(tmp_path / "one.db")
    for record in records(ledger_scale):
        assert ingest_record(one_by_one, record).status == "stored"
    bulk = open_ledger(tmp_path / "bulk.db")
    assert ledger_bulk.bulk_store(bulk, records(ledger_scale), batch=40) == 150
    expected = canonical(one_by_one)
    assert canonical(bulk) == expected
    assert any(len(e["reports"]) > 1 for e in expected["events"])  # the retellings did merge
    # the rows triggers keep hold in the bulk build too
    counts = [
        [(a["name"], a["country"], a["quotes"], a["contacts"]) for a in query.actors(db)] for db in (bulk, one_by_one)
    ]
    assert miscounted(bulk) == [] and counts[0] == counts[1]
    stored, derived = event_countries(bulk)
    assert stored == derived and len(stored) > 100
    assert {row[3:] for row in stored} == {(1, 0), (0, 1), (1, 1)}  # countries of parties, of places, of both
    dated, dated_now = actor_events(bulk)
    assert dated == dated_now and len(dated) > 200
    assert stale_details(bulk) == []


def test_bulk_build_refuses_contacts_it_cannot_group(tmp_path, bench):
    ledger_scale, ledger_bulk = bench
    record = records(ledger_scale)[0]
    record["events"][0]["participants"] = ["p1"]
    record["events"][0]["recipient"] = []
    with pytest.raises(ValueError, match="parties"):
        ledger_bulk.bulk_store(open_ledger(tmp_path / "bulk.db"), [record])
