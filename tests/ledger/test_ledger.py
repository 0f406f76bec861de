"""The ledger across articles: one event per happening, one actor per person, idempotent ingest."""

import json
import sqlite3

import pytest
from click.testing import CliRunner

from backchannel.cli import main
from backchannel.ledger.dialect import connect
from backchannel.ledger.store import open_ledger
from tests.conftest import BACKENDS, DATA, EXAMPLES

CALLS = sorted((DATA / "ledger").glob("call-*.jsonl"))
MEETING = DATA / "ledger" / "meeting-4-nordic.jsonl"


def cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module", params=BACKENDS)
def ledger(request, tmp_path_factory):
    """A ledger of four articles, on each backend in turn (a file path or a PostgreSQL URL)."""
    if request.param == "postgresql":
        target = request.getfixturevalue("postgres").new_database()
    else:
        target = tmp_path_factory.mktemp("ledger") / "ledger.db"
    cli("ingest", "--db", target, *CALLS, MEETING)
    return target


def contacts_between(path, a, b):
    return json.loads(cli("contacts", "--db", path, "--between", a, b, "--json").stdout)


def test_one_call_told_three_ways_and_a_later_meeting_are_two_contacts(ledger):
    events = contacts_between(ledger, "Virtanen", "Vieira")
    assert len(events) == 2
    call, meeting = events
    assert call["mode"] == "phone"
    assert call["date"]["value"] == "2026-03-10"
    assert call["date"]["precision"] == "day"
    assert sorted({r["outlet"] for r in call["reports"]}) == ["Atlantic Herald", "Global Post", "Nordic Wire"]
    assert call["outlets"] == 3
    assert meeting["mode"] == "visit"  # a Finnish minister meeting a Brazilian one in Brasilia went there
    assert meeting["date"]["value"] == "2026-04-20"
    assert {r["outlet"] for r in meeting["reports"]} == {"Nordic Wire"}
    for event in events:
        assert {"id", "type", "mode", "status", "date", "place", "participants", "reports", "confirmations"} <= set(
            event
        )
        assert {"article_id", "outlet", "published", "source", "via"} <= set(event["reports"][0])


def test_reports_are_in_publication_order(ledger):
    call = contacts_between(ledger, "Aino Virtanen", "Mauro Vieira")[0]
    published = [r["published"] for r in call["reports"]]
    assert published == sorted(published)


def test_reingesting_changes_nothing(ledger):
    before = contacts_between(ledger, "Virtanen", "Vieira")
    result = cli("ingest", "--db", ledger, *CALLS, MEETING)
    assert "4 skipped" in result.stderr
    assert contacts_between(ledger, "Virtanen", "Vieira") == before


def test_names_match_aliases_ignoring_case_and_accents(ledger):
    assert contacts_between(ledger, "aino VIRTANEN", "Viéira") == contacts_between(ledger, "Virtanen", "Vieira")


def test_one_actor_per_person_across_articles(ledger):
    rows = json.loads(cli("actors", "--db", ledger, "--search", "Virtanen", "--json").stdout)
    people = [r for r in rows if r["kind"] == "person"]
    assert len(people) == 1
    assert people[0]["contacts"] == 2
    assert people[0]["name"] == "Aino Virtanen"
    assert "Virtanen" in people[0]["aliases"]
    assert people[0]["country"] == "FIN"


def test_changed_article_replaces_its_earlier_version(tmp_path):
    path = tmp_path / "l.db"
    original = json.loads(MEETING.read_text())
    cli("ingest", "--db", path, MEETING)
    changed = dict(original, text=original["text"].replace("trade and climate", "trade"))
    (tmp_path / "changed.jsonl").write_text(json.dumps(changed) + "\n")
    result = cli("ingest", "--db", path, tmp_path / "changed.jsonl")
    assert "1 replaced" in result.stderr
    db = open_ledger(path)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 1


def test_quotes_full_text_search_and_speaker(ledger):
    rows = json.loads(
        cli("quotes", "--db", ledger, "--speaker", "Virtanen", "--search", "open conversation", "--json").stdout
    )
    assert len(rows) == 1
    assert rows[0]["speaker_name"] == "Aino Virtanen"


def test_timeline_is_in_date_order(ledger):
    rows = json.loads(cli("timeline", "--db", ledger, "Vieira", "--json").stdout)
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert [r["what"] for r in rows].count("contact") == 2


def test_filters(ledger):
    assert len(json.loads(cli("contacts", "--db", ledger, "--since", "2026-04-01", "--json").stdout)) == 1
    assert (
        len(json.loads(cli("contacts", "--db", ledger, "--until", "2026-03-31", "--actor", "Vieira", "--json").stdout))
        == 1
    )
    assert json.loads(cli("contacts", "--db", ledger, "--country", "FIN", "--json").stdout)
    assert len(json.loads(cli("contacts", "--db", ledger, "--status", "occurred", "--json").stdout)) == 2
    assert json.loads(cli("contacts", "--db", ledger, "--status", "denied", "--json").stdout) == []


def test_unknown_actor_is_a_clear_error(ledger):
    result = CliRunner().invoke(main, ["contacts", "--db", str(ledger), "--actor", "Nobody Atall"])
    assert result.exit_code != 0
    assert "no actor" in result.output


def test_missing_ledger_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["contacts", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "no ledger" in result.output


def test_exports(ledger, tmp_path):
    graph = cli("export", "--db", ledger, "--format", "graphml").stdout
    assert graph.count("<edge ") == 2 and "Aino Virtanen" in graph
    rows = cli("export", "--db", ledger, "--format", "csv").stdout.splitlines()
    assert rows[0].startswith("id,type,mode") and len(rows) == 3
    plover = [json.loads(x) for x in cli("export", "--db", ledger, "--format", "plover").stdout.splitlines()]
    assert {p["event_type"] for p in plover} == {"CONSULT"}
    lines = cli("export", "--db", ledger, "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 2


def test_an_older_ledger_opens_and_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    sqlite3.connect(path).close()  # an empty file, as before any migration
    db = open_ledger(path)
    names = {r[0] for r in db.execute("SELECT name FROM _migrations")}
    assert "001_core" in names
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_example_articles_ingest(tmp_path):
    result = cli("ingest", "--db", tmp_path / "x.db", EXAMPLES)
    assert "4 stored" in result.stderr


def test_a_ledger_from_before_the_second_migration_is_brought_up_to_date(tmp_path):
    from backchannel.ledger import migrations

    path = tmp_path / "v1.db"
    old = connect(path, read_only=False)
    original = migrations.MIGRATIONS
    migrations.MIGRATIONS = original[:1]
    try:
        migrations.migrate(old)
    finally:
        migrations.MIGRATIONS = original
    old.conn.close()
    db = open_ledger(path)
    names = [r[0] for r in db.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == [m.__name__.lstrip("_") for m in migrations.MIGRATIONS]
    assert db.execute("SELECT count(*) FROM event_party_sources").fetchone()[0] == 0


def test_bad_inputs_are_reported_and_skipped_by_ingest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Minister Ola Berg met envoy Ana Pires in Oslo on Monday.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "l.db"), str(folder)])
    assert result.exit_code == 3  # some inputs failed
    assert "1 stored" in result.stderr and "1 failed" in result.stderr
    assert "binary" in result.stderr


def test_readers_can_query_while_a_write_is_open(ledger):
    writer = open_ledger(ledger)
    writer.begin_write()
    writer.execute("INSERT INTO actors (name, kind) VALUES ('Pending Person', 'person')")
    try:
        rows = json.loads(cli("contacts", "--db", ledger, "--between", "Virtanen", "Vieira", "--json").stdout)
        assert len(rows) == 2
    finally:
        writer.rollback()
        writer.close()


def test_between_two_countries_takes_in_their_people(ledger):
    events = json.loads(cli("contacts", "--db", ledger, "--between", "Finland", "Brazil", "--json").stdout)
    assert len(events) == 2
