"""Units of work: inputs cut into balanced pieces at line ends, named and hashed, read back only unchanged."""

import itertools
import json

import pytest

from backchannel.readers import iter_items
from backchannel.units import UnitChanged, files_digest, plan_units, unit_bytes, unit_items


def _jsonl(path, count, *, pad=0, blank_at=()):
    lines = []
    for n in range(1, count + 1):
        lines.append("" if n in blank_at else json.dumps({"text": f"Article {n} says the envoys met." + " x" * pad}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_big_jsonl_file_is_cut_at_line_ends_and_numbered_on(tmp_path):
    path = tmp_path / "big.jsonl"
    _jsonl(path, 40, pad=50, blank_at={7})
    units = plan_units([str(path)], target=1000).units
    assert len(units) > 3
    data = path.read_bytes()
    assert units[0].start == 0 and units[-1].end == len(data)
    for before, after in itertools.pairwise(units):
        assert before.end == after.start and data[before.end - 1 : before.end] == b"\n"
        assert after.uri == f"{path.as_uri()}#bytes={after.start}-{after.end}"
    read = [(item.source, item.article.text) for unit in units for item in unit_items(unit)]
    whole = [(item.source, item.article.text) for item in iter_items([str(path)])]
    assert read == whole  # the same articles, with the same line numbers, as reading the file whole
    assert sum(unit.articles for unit in units) == 40


def test_small_files_of_a_folder_are_grouped_and_big_or_streamed_ones_stand_alone(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text("The envoy met the minister. " * 10, encoding="utf-8")
    (tmp_path / "x-crawl.warc.gz").write_bytes(b"\0" * 100)
    _jsonl(tmp_path / "e.jsonl", 30, pad=40)
    units = plan_units([str(tmp_path)], target=700).units
    uris = [unit.uri for unit in units]
    folder = tmp_path.resolve().as_uri()
    assert uris[:2] == [f"{folder}/#files=a.txt..b.txt", f"{folder}/#files=c.txt..d.txt"]
    assert f"{folder}/x-crawl.warc.gz" in uris  # a WARC is a unit on its own, however small
    assert sum(unit.uri.startswith(f"{folder}/e.jsonl#bytes=") for unit in units) > 1
    assert next(u for u in units if u.uri.endswith(".warc.gz")).estimated


def test_the_plan_depends_on_the_inputs_only(tmp_path, monkeypatch):
    _jsonl(tmp_path / "a.jsonl", 20, pad=30)
    first = plan_units([str(tmp_path / "a.jsonl")], target=600).units
    monkeypatch.chdir(tmp_path)
    again = plan_units(["a.jsonl"], target=600).units
    assert first == again


def test_unit_size_aims_at_64_units_within_bounds():
    assert unit_bytes(1000) == 16 * 1024
    assert unit_bytes(64 * 100_000) == 100_000
    assert unit_bytes(10**12) == 8 * 1024 * 1024


def test_a_unit_whose_bytes_changed_is_refused(tmp_path):
    path = tmp_path / "a.jsonl"
    _jsonl(path, 10, pad=30)
    unit = plan_units([str(path)], target=300).units[0]
    path.write_text(path.read_text().replace("Article 1 ", "Article one "), encoding="utf-8")
    with pytest.raises(UnitChanged):
        list(unit_items(unit))
    page = tmp_path / "p.txt"
    page.write_text("The envoy met the minister.", encoding="utf-8")
    whole = plan_units([str(page)]).units[0]
    assert whole.digest == files_digest([str(page.resolve())])
    page.write_text("The envoy met the ministers.", encoding="utf-8")
    with pytest.raises(UnitChanged):
        list(unit_items(whole))


def test_inputs_that_cannot_be_units_are_problems_and_standard_input_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    plan = plan_units([str(tmp_path / "missing.txt"), str(tmp_path / "empty")])
    assert plan.units == []
    assert [item.error for item in plan.problems][1].startswith("folder holds no article file")
    assert "cannot read" in plan.problems[0].error
    with pytest.raises(ValueError, match="standard input"):
        plan_units(["-"])
