"""Exit codes, option checks and Ctrl-C, for extract, ingest and the query commands."""

import json

import pytest
from click.testing import CliRunner

from backchannel import nlp as nlp_module
from backchannel.cli import main
from backchannel.ledger import ingest as ingest_module
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.one_call import one_call_ledger
from tests.ledger.records import contact, person, quote, record


@pytest.fixture
def ledger(tmp_path):
    return one_call_ledger(tmp_path / "l.db")


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_json_and_csv_together_is_a_usage_error(ledger):
    for command in (["contacts"], ["quotes"], ["actors"], ["timeline", "Macron"]):
        result = invoke(*command, "--db", ledger, "--json", "--csv")
        assert result.exit_code == 2
        assert "--json and --csv" in result.output


@pytest.mark.parametrize("option", ["--since", "--until"])
@pytest.mark.parametrize("value", ["2026-13-01", "March", "2026-02-30", "26-03-01"])
def test_a_bad_date_names_the_option_and_the_value(ledger, option, value):
    result = invoke("contacts", "--db", ledger, option, value)
    assert result.exit_code == 2
    assert option in result.output and repr(value) in result.output


def test_a_month_or_year_covers_all_its_days(ledger):
    assert len(json.loads(invoke("contacts", "--db", ledger, "--until", "2026-03", "--json").stdout)) == 1
    assert len(json.loads(invoke("contacts", "--db", ledger, "--since", "2026", "--json").stdout)) == 1
    assert json.loads(invoke("contacts", "--db", ledger, "--since", "2026-04", "--json").stdout) == []


@pytest.mark.parametrize("country", ["FR", "fr", "FRA", "France", "france"])
def test_country_takes_alpha2_alpha3_or_a_name(ledger, country):
    result = invoke("contacts", "--db", ledger, "--country", country, "--json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 1


def test_an_unknown_country_is_a_usage_error(ledger):
    result = invoke("contacts", "--db", ledger, "--country", "Atlantis")
    assert result.exit_code == 2 and "'Atlantis'" in result.output and "--country" in result.output


def _records_file(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_ingest_exit_codes(tmp_path):
    good = record("g", [person("p1", "Ana Pires")])
    bad = dict(record("b", [person("p1", "Jan Novak")]), actors=[{"id": "p1", "name": 5, "kind": "person"}])
    assert invoke("ingest", "--db", tmp_path / "a.db", _records_file(tmp_path / "a.jsonl", [good])).exit_code == 0
    assert invoke("ingest", "--db", tmp_path / "b.db", _records_file(tmp_path / "b.jsonl", [bad])).exit_code == 1
    mixed = invoke("ingest", "--db", tmp_path / "c.db", _records_file(tmp_path / "c.jsonl", [good, bad]))
    assert mixed.exit_code == 3
    assert "1 stored" in mixed.stderr and "1 failed" in mixed.stderr
    assert invoke("ingest", "--db", tmp_path / "d.db", "--workers", "0", tmp_path / "a.jsonl").exit_code == 2
    assert invoke("reextract", "--db", tmp_path / "a.db", "--all", "--older").exit_code == 2


def test_ctrl_c_during_ingest_stops_cleanly_with_a_summary(tmp_path, monkeypatch):
    records = [record(f"k{n}", [person("p1", f"Person Number{n}")]) for n in range(4)]
    path = _records_file(tmp_path / "r.jsonl", records)
    calls = []
    real = ingest_module.ingest_record

    def interrupted_on_the_third(db, rec, **kwargs):
        calls.append(rec)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(db, rec, **kwargs)

    monkeypatch.setattr(ingest_module, "ingest_record", interrupted_on_the_third)
    result = invoke("ingest", "--db", tmp_path / "l.db", path)
    assert result.exit_code == 130
    assert "interrupted: 2 article(s): 2 stored" in result.stderr
    db = open_ledger(tmp_path / "l.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_ingest_stores_extract_records_without_loading_the_model(tmp_path, monkeypatch):
    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(nlp_module, "load", no_model)
    rec = record("r", [person("p1", "Aino Virtanen"), person("p2", "Mauro Vieira")], [contact(["p1", "p2"])])
    rec["extractor"] = "0.0.9+rules.elsewhere"
    result = invoke("ingest", "--db", tmp_path / "l.db", _records_file(tmp_path / "r.jsonl", [rec]))
    assert result.exit_code == 0, result.output
    db = open_ledger(tmp_path / "l.db")
    assert db.execute("SELECT extractor FROM articles").fetchone()[0] == "0.0.9+rules.elsewhere"
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 1


@pytest.fixture
def long_ledger(tmp_path):
    """Five articles, each telling of its own meeting of the same two people and quoting one of them."""
    path = tmp_path / "long.db"
    db = open_ledger(path)
    actors = [person("p1", "Emmanuel Macron", "FRA"), person("p2", "Olaf Berg", "NOR")]
    for day in range(1, 6):
        event = contact(["p1", "p2"], date=(f"2026-03-0{day}", "day", f"on March {day}"))
        said = quote(f"We spoke on day {day}.", "p1")
        ingest_record(db, record(f"a{day}", actors, [event], published=f"2026-03-0{day}", quotes=[said]))
    db.conn.close()
    return path


@pytest.mark.parametrize("command", [["contacts"], ["quotes"], ["actors"], ["timeline", "Macron"]])
def test_a_query_shows_a_first_page_and_says_when_the_list_goes_on(long_ledger, command):
    every = invoke(*command, "--db", long_ledger, "--json", "--limit", "0")
    assert every.exit_code == 0 and "--limit" not in every.stderr
    rows = json.loads(every.stdout)
    page = invoke(*command, "--db", long_ledger, "--json", "--limit", "1")
    assert page.exit_code == 0
    assert json.loads(page.stdout) == rows[:1]
    assert "The first 1 rows are shown" in page.stderr
    whole = invoke(*command, "--db", long_ledger, "--json", "--limit", str(len(rows)))
    assert json.loads(whole.stdout) == rows and "--limit" not in whole.stderr


def test_the_default_page_is_a_hundred_rows(long_ledger):
    assert "[default: 100;" in " ".join(invoke("contacts", "--help").output.split())
    default = invoke("timeline", "Macron", "--db", long_ledger, "--json")
    every = invoke("timeline", "Macron", "--db", long_ledger, "--json", "--limit", "0")
    assert json.loads(default.stdout) == json.loads(every.stdout) and "--limit" not in default.stderr
