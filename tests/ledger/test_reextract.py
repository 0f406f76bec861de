"""Extractor versions, re-extraction, and ingesting records extracted elsewhere."""

import json

from click.testing import CliRunner

from backchannel.cli import main
from backchannel.ledger.canonical import canonical
from backchannel.ledger.extractor_version import extractor_version
from backchannel.ledger.store import open_ledger
from tests.conftest import DATA
from tests.ledger.kept_rows import stale_details
from tests.ledger.records import person, record

CALLS = sorted((DATA / "ledger").glob("*.jsonl"))


def invoke(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result


def test_every_stored_article_records_its_extractor(tmp_path):
    assert invoke("ingest", "--db", tmp_path / "l.db", *CALLS).exit_code == 0
    db = open_ledger(tmp_path / "l.db")
    assert {r[0] for r in db.execute("SELECT extractor FROM articles")} == {extractor_version()}
    assert extractor_version().startswith("0.1.0+rules.")


def test_extract_output_ingested_equals_ingesting_the_articles(tmp_path):
    extracted = invoke("extract", *CALLS)
    assert extracted.exit_code == 0
    (tmp_path / "records.jsonl").write_text(extracted.stdout, encoding="utf-8")
    assert all(json.loads(line)["extractor"] == extractor_version() for line in extracted.stdout.splitlines())
    assert invoke("ingest", "--db", tmp_path / "a.db", tmp_path / "records.jsonl").exit_code == 0
    assert invoke("ingest", "--db", tmp_path / "b.db", *CALLS).exit_code == 0
    assert canonical(open_ledger(tmp_path / "a.db")) == canonical(open_ledger(tmp_path / "b.db"))


def test_reextract_older_reads_again_what_an_earlier_extractor_stored(tmp_path, ledger_target):
    text = "Finnish Foreign Minister Aino Virtanen met Brazilian Foreign Minister Mauro Vieira in Oslo on Monday."
    stale = record("old", [person("p1", "Aino Virtanen", "FIN")], text=text, published="2026-03-12")
    stale["extractor"] = "0.0.1+rules.earlier"
    (tmp_path / "stale.jsonl").write_text(json.dumps(stale) + "\n", encoding="utf-8")
    path = ledger_target
    assert invoke("ingest", "--db", path, tmp_path / "stale.jsonl", *CALLS).exit_code == 0
    before = canonical(open_ledger(path))

    result = invoke("reextract", "--db", path, "--older")
    assert result.exit_code == 0, result.output
    assert "1 article(s) re-extracted, 0 failed; events: 1 added, 0 removed, 0 changed" in result.stderr
    db = open_ledger(path)
    assert stale_details(db) == []
    assert {r[0] for r in db.execute("SELECT extractor FROM articles")} == {extractor_version()}
    after = canonical(db)
    assert after["articles"] == before["articles"]
    assert len(after["events"]) == len(before["events"]) + 1

    again = invoke("reextract", "--db", path)
    assert "0 article(s) re-extracted" in again.stderr and again.exit_code == 0
    everything = invoke("reextract", "--db", path, "--all", "--workers", "2")
    assert "5 article(s) re-extracted, 0 failed; events: 0 added, 0 removed, 0 changed" in everything.stderr
    assert canonical(open_ledger(path)) == after


def test_reextract_reports_changed_events(ledger_target):
    from backchannel.ledger.event_tellings import rebuild_event

    path = ledger_target
    assert invoke("ingest", "--db", path, DATA / "ledger" / "meeting-4-nordic.jsonl").exit_code == 0
    db = open_ledger(path)
    db.execute("UPDATE tellings SET place = 'Nowhere'")  # as an earlier rule might have read it
    rebuild_event(db, db.execute("SELECT id FROM events").fetchone()[0])
    db.execute("UPDATE articles SET extractor = NULL")
    db.conn.close()
    result = invoke("reextract", "--db", path)
    assert "1 article(s) re-extracted, 0 failed; events: 0 added, 0 removed, 1 changed" in result.stderr
    assert open_ledger(path).execute("SELECT place FROM events").fetchone()[0] != "Nowhere"
    assert stale_details(open_ledger(path)) == []
