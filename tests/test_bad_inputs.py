"""Every kind of bad input gets its own error record; the good ones are still extracted."""

import gzip
import json

import pytest
from click.testing import CliRunner

from backchannel import readers
from backchannel.cli import main
from tests.conftest import DATA


def run(args, input=None):
    result = CliRunner().invoke(main, ["extract", *args], input=input)
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, records


@pytest.fixture
def bad_folder(tmp_path):
    (tmp_path / "a_good.txt").write_text("The minister said on Monday that talks would resume.", encoding="utf-8")
    (tmp_path / "b_empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "d_latin1.txt").write_bytes("Le ministre a déclaré".encode("latin-1"))
    (tmp_path / "e_lines.jsonl").write_text(
        '{"id": "ok", "text": "Officials said the meeting took place."}\n{not json\n{"id": "notext"}\n',
        encoding="utf-8",
    )
    (tmp_path / "f_nobody.html").write_text((DATA / "html" / "empty-body.html").read_text(), encoding="utf-8")
    (tmp_path / "g_broken.html.gz").write_bytes(b"not gzip at all")
    with gzip.open(tmp_path / "h_good.html.gz", "wt", encoding="utf-8") as f:
        f.write((DATA / "html" / "article.html").read_text(encoding="utf-8"))
    return tmp_path


def test_each_bad_input_gets_an_error_and_the_run_goes_on(bad_folder):
    result, records = run([str(bad_folder)])
    assert result.exit_code == 0
    errors = {r["article"]["id"]: r["error"] for r in records if "error" in r}
    good = [r["article"]["id"] for r in records if "error" not in r]
    assert good == ["a_good", "d_latin1", "ok", "h_good"]
    assert "empty" in errors["b_empty"]
    assert "binary" in errors["c_binary"]
    assert next(r for r in records if r["article"]["id"] == "d_latin1")["article"]["encoding"] == "cp1252"
    assert "malformed JSON" in errors["line2"]
    assert "'text'" in errors["notext"]
    assert "no article body" in errors["f_nobody"]
    assert "gzip" in errors["g_broken"]
    assert "Traceback" not in result.stderr


def test_too_large_file(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_BYTES", 100)
    (tmp_path / "big.txt").write_text("word " * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text("The envoy said talks went well.", encoding="utf-8")
    result, records = run([str(tmp_path)])
    assert result.exit_code == 0
    assert "too large" in records[0]["error"]
    assert "error" not in records[1]


def test_missing_file_and_all_failed_exit_status(tmp_path):
    result, records = run([str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "cannot read" in records[0]["error"]


def test_malformed_stdin_line_does_not_stop_the_rest():
    result, records = run(
        ["-"], input='{"id": "a", "text": "He said yes."}\n[1, 2\n{"id": "b", "text": "She said no."}\n'
    )
    assert [r["article"]["id"] for r in records] == ["a", "line2", "b"]
    assert "error" in records[1]
    assert result.exit_code == 0


def test_odd_jsonl_values_are_errors_for_their_line_only():
    lines = [
        json.dumps({"id": "surrogate", "text": "Bad \ud800 char."}),
        json.dumps({"id": "authors", "text": "He said yes.", "authors": 5}),
        json.dumps({"id": "fine", "text": "The minister said the talks went well."}),
    ]
    result, records = run(["-"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    assert "invalid character" in records[0]["error"]
    assert "'authors'" in records[1]["error"]
    assert "error" not in records[2]


def test_unknown_model_with_workers_fails_fast():
    result = CliRunner().invoke(main, ["extract", "--workers", "2", "--model", "no_such_model", str(DATA / "pasted")])
    assert result.exit_code != 0
    assert "cannot load spaCy model" in result.output
