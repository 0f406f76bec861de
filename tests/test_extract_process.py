"""The single-threaded child process a Dask worker extracts its units in: the same records as extracting in
this process, a unit's own error passed back as it was, and a dead child noticed, not waited on."""

from __future__ import annotations

import json
import os
import pickle
import signal
from pathlib import Path

import psutil
import pytest

from backchannel.extract_process import ExtractorGone, ExtractProcess, child_env
from backchannel.ledger.extractor_version import extractor_version
from backchannel.ledger.ingest import records_of
from backchannel.units import UnitChanged, plan_units, unit_items

TEXTS = [
    'Trade Minister Oskar Lindqvist met Ambassador Rahel Tesfaye in Oslo on Monday. "The talks went well," '
    "Lindqvist said afterwards.",
    "Mayor Ilse Brandauer visited the flooded villages on Sunday and spoke with the rescue teams there.",
    'Police chief Dmitri Orlov told reporters that "nobody was hurt" in the fire at the harbour.',
]


@pytest.fixture(scope="module")
def child():
    extractor = ExtractProcess(None)
    extractor.wait_ready()
    yield extractor
    extractor.close()


def _unit(folder: Path, texts: list[str]):
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{n}", "text": t}) + "\n" for n, t in enumerate(texts)))
    (unit,) = plan_units([str(path)]).units
    return path, unit


def test_the_child_gives_the_records_this_process_gives(child, tmp_path):
    _, unit = _unit(tmp_path, TEXTS)
    records = pickle.loads(child.extract(unit))
    assert records == list(records_of(unit_items(unit), model=None, workers=1))
    assert len(records) == 3 and child.version == extractor_version()
    assert psutil.Process(child.process.pid).num_threads() == 1  # the point of it: one thread, ever


def test_a_units_own_error_comes_back_as_it_was_and_the_child_goes_on(child, tmp_path):
    path, unit = _unit(tmp_path, TEXTS[:1])
    path.write_text(path.read_text().replace("Oslo", "Bergen"))
    with pytest.raises(UnitChanged, match="changed since the ingest began"):
        child.extract(unit)
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    _, other = _unit(other_folder, TEXTS[1:2])
    assert [r["article"]["id"] for r in pickle.loads(child.extract(other))] == ["a0"]


def test_a_killed_child_is_reported_gone_and_a_closed_one_ends():
    extractor = ExtractProcess(None)
    extractor.process.send_signal(signal.SIGKILL)
    with pytest.raises(ExtractorGone, match="ended"):
        extractor.wait_ready()
    extractor.close()
    quiet = ExtractProcess(None)
    quiet.close()  # its input closes: it ends of itself, loaded or not
    assert quiet.process.returncode == 0


def test_the_child_does_not_get_the_nannys_malloc_trim_threshold(monkeypatch):
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65536")
    monkeypatch.setenv("BACKCHANNEL_SOMETHING", "kept")
    env = child_env()
    assert "MALLOC_TRIM_THRESHOLD_" not in env and env["BACKCHANNEL_SOMETHING"] == "kept"
    assert env.keys() <= os.environ.keys()
