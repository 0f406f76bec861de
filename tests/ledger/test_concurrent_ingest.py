"""Two ingests into one ledger at once: both finish, and nothing is lost or duplicated."""

import json
import subprocess
import sys

from backchannel.ledger.canonical import canonical
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.records import contact, person, record

PEOPLE = [("Aino Virtanen", "FIN"), ("Mauro Vieira", "BRA"), ("Jan Novak", "CZE"), ("Ana Pires", "PRT")]


def _records():
    out = []
    for n in range(60):
        a, b = PEOPLE[n % 4], PEOPLE[(n + 1 + n // 4) % 4]
        if a == b:
            b = PEOPLE[(n + 2) % 4]
        day = f"2026-03-{n % 20 + 1:02d}"
        out.append(
            record(
                f"c{n}",
                [person("p1", *a), person("p2", *b)],
                [contact(["p1", "p2"], date=(day, "day", "on a day"))],
                published=day,
            )
        )
    return out


def test_two_ingests_at_once_store_each_article_once(tmp_path, ledger_target):
    """On SQLite, and on PostgreSQL (as from two machines): the ledger equals a single writer's."""
    records = _records()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(json.dumps(r) + "\n" for r in records[:40]))
    second.write_text("".join(json.dumps(r) + "\n" for r in records[20:][::-1]))  # overlapping, other order
    db_path = ledger_target
    command = [sys.executable, "-m", "backchannel", "ingest", "--db", str(db_path)]
    runs = [subprocess.Popen([*command, str(f)], stderr=subprocess.PIPE, text=True) for f in (first, second)]
    outputs = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    concurrent = canonical(open_ledger(db_path))
    alone = open_ledger(tmp_path / "alone.db")
    for rec in records:
        ingest_record(alone, rec)
    assert concurrent == canonical(alone)
    assert len(concurrent["articles"]) == 60
