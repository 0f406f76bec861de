"""A small fuzz run of every reader, the extract path and the ledger (bench/fuzz.py runs the long one)."""

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from backchannel.ledger.store import open_ledger
from tests import fuzzing

SMALL = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@SMALL
@given(case=fuzzing.reader_inputs())
def test_readers_never_raise(case):
    folder = Path(tempfile.mkdtemp())
    try:
        fuzzing.check_reader(case, folder)
    finally:
        shutil.rmtree(folder)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=fuzzing.article_texts())
def test_the_extract_path_never_fails_inside(text, nlp):
    fuzzing.check_extract(text, nlp)


@SMALL
@given(records=fuzzing.st.lists(fuzzing.records(), min_size=1, max_size=4))
def test_ledger_ingest_and_queries_never_raise(records):
    with tempfile.TemporaryDirectory() as folder:
        db = open_ledger(Path(folder) / "l.db")
        for record in records:
            fuzzing.check_ledger(record, db, name="Lavrov", search="talks")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        db.conn.close()
