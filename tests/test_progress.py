"""Progress: totals counted or estimated, and a heartbeat line when standard error is not a terminal."""

import json

from click.testing import CliRunner

from backchannel import progress
from backchannel.cli import main
from backchannel.progress import Heartbeat, Total, estimate_total
from tests.ledger.records import person, record


def test_totals_are_counted_where_cheap(tmp_path):
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "1"}\n{"text": "2"}\n{"text": "3"}\n', encoding="utf-8")
    (tmp_path / "c.rss").write_text("<rss><channel><item>a</item><item>b</item></channel></rss>", encoding="utf-8")
    assert estimate_total([str(tmp_path)]) == Total(6, False)
    assert estimate_total([str(tmp_path), "-"]).count is None


def test_warc_totals_are_estimated_from_size(tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(b"\0" * 300_000)
    assert estimate_total([str(tmp_path / "crawl.warc.gz")]) == Total(10, True)


def test_the_heartbeat_writes_every_thirty_seconds_with_rate_and_time_left():
    now = [0.0]
    lines = []
    beat = Heartbeat(lines.append, Total(100), 30, clock=lambda: now[0])
    for second in range(1, 61):
        now[0] = float(second)
        beat.tick(done=second, failed=second // 10)
    assert lines == [
        "progress: 30 done, 3 failed, 1.0 articles/s, 1m10s left",
        "progress: 60 done, 6 failed, 1.0 articles/s, 40s left",
    ]


def test_ingest_off_a_terminal_writes_heartbeat_lines(tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "EVERY_SECONDS", 0.0)
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(record(f"k{n}", [person("p1", f"Ana Pires{n}")])) + "\n" for n in range(3)))
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "l.db"), str(path)])
    assert result.exit_code == 0
    beats = [line for line in result.stderr.splitlines() if line.startswith("progress: ")]
    assert len(beats) == 3 and beats[-1].startswith("progress: 3 done, 0 failed,") and "left" in beats[-1]


def test_the_heartbeat_counts_units_when_the_work_comes_in_units():
    now = [0.0]
    lines = []
    beat = Heartbeat(lines.append, Total(40), 30, clock=lambda: now[0])
    now[0] = 30.0
    beat.tick(done=10, failed=1, units=(1, 4))
    assert lines == ["progress: 1/4 units, 10 done, 1 failed, 0.3 articles/s, 1m30s left"]


def test_unit_progress_off_a_terminal_writes_units_and_articles(monkeypatch, capsys):
    monkeypatch.setattr(progress, "EVERY_SECONDS", 0.0)
    with progress.tracking_units(2, Total(3), "ingesting") as bars:
        bars.article(False)
        bars.unit()
        bars.article(True)
    beats = [line for line in capsys.readouterr().err.splitlines() if line.startswith("progress: ")]
    assert beats[-1].startswith("progress: 1/2 units, 2 done, 1 failed,")
