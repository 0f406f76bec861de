"""Hostile and broken input: each gets an error (or a clean result) for itself, and the rest is read."""

import gzip
import io
import json
import os

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from backchannel import limits
from backchannel.readers import iter_items
from tests.conftest import DATA

PAGE = (DATA / "html" / "article.html").read_bytes()


def items_of(*paths):
    return list(iter_items([str(p) for p in paths]))


def warc_bytes(pages, *, gz):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for uri, payload in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers)
        )
    return buffer.getvalue()


@pytest.fixture
def small_bomb_limit(monkeypatch):
    monkeypatch.setattr(limits, "BOMB_CHECK_AFTER_BYTES", 1024 * 1024)


def test_a_warc_gz_bomb_stops_at_the_limit_and_keeps_the_pages_before(tmp_path, small_bomb_limit):
    data = warc_bytes([("https://a.example/1", PAGE), ("https://a.example/bomb", b"\0" * (20 * 1024 * 1024))], gz=True)
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(data)
    items = items_of(path)
    assert items[0].article is not None and items[0].source == "https://a.example/1"
    assert any("compression bomb" in (i.error or "") for i in items)


def test_a_jsonl_gz_bomb_stops_at_the_limit(tmp_path, small_bomb_limit):
    path = tmp_path / "bomb.jsonl.gz"
    good = json.dumps({"id": "a", "text": "The envoy said the talks went well."}) + "\n"
    path.write_bytes(gzip.compress(good.encode() + b" " * (30 * 1024 * 1024)))
    items = items_of(path)
    assert items[0].article is not None
    assert "compression bomb" in items[-1].error


def test_an_html_gz_bomb_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<html>" + b" " * (3 * 1024 * 1024)))
    monkeypatch.setattr("backchannel.readers.MAX_BYTES", 1024 * 1024)
    assert "too large once decompressed" in items_of(path)[0].error


@pytest.mark.parametrize(
    "declaration",
    [
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">',
        '<!ENTITY x SYSTEM "file:///etc/passwd">',
    ],
)
def test_feeds_declaring_entities_are_refused(tmp_path, declaration):
    path = tmp_path / "attack.rss"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [{declaration}]><rss><channel><title>t</title>'
        "<item><title>x</title><description>&c;&x;</description></item></channel></rss>",
        encoding="utf-8",
    )
    (item,) = items_of(path)
    assert "declares XML entities" in item.error


def test_html_nested_a_hundred_thousand_deep_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "<p>Talks went well.</p>" + "</div>" * 100_000, "utf-8")
    (item,) = items_of(path)
    assert item.error


def test_utf16_with_a_bom_and_cp1252_are_read_and_the_encoding_noted(tmp_path):
    text = "The minister said “the talks went well” in Genève."
    (tmp_path / "a.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "c.txt").write_bytes("Le ministre a déclaré que les pourparlers".encode("latin-1") + b"\x81")
    (tmp_path / "d.txt").write_bytes(text.encode("utf-8") + b" and \xe9 one stray byte")
    (tmp_path / "e.txt").write_bytes(text.encode("utf-8"))
    a, b, c, d, e = (i.article for i in items_of(tmp_path))
    assert (a.text, a.encoding) == (text, "utf-16")
    assert (b.text, b.encoding) == (text, "cp1252")
    assert c.encoding == "latin-1" and c.text.startswith("Le ministre a déclaré")
    assert d.encoding == "utf-8 (stray bytes replaced)" and d.text.startswith(text) and "\ufffd" in d.text
    assert e.encoding is None and e.text == text


def test_binary_files_are_still_refused(tmp_path):
    (tmp_path / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "elf.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(1, 32)) * 20)
    assert [i.error for i in items_of(tmp_path)] == ["binary file, not text", "binary file, not text"]


def test_a_truncated_warc_keeps_the_pages_before_the_cut(tmp_path):
    pages = [(f"https://a.example/{n}", PAGE) for n in range(3)]
    for gz in (False, True):
        data = warc_bytes(pages, gz=gz)
        path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
        path.write_bytes(data[: len(data) * 3 // 4])
        items = items_of(path, DATA / "html" / "article.html")
        assert [i.source for i in items if i.article][:2] == ["https://a.example/0", "https://a.example/1"]
        assert items[-1].article is not None  # the next input is still read
        assert any(i.error for i in items[:-1])


def test_a_warc_record_without_a_target_uri_is_an_error_for_that_file(tmp_path):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(http)
    )
    path = tmp_path / "nouri.warc"
    path.write_bytes(record + http + b"\r\n\r\n")
    items = items_of(path, DATA / "html" / "article.html")
    assert "WARC file damaged" in items[0].error and items[1].article is not None


def test_jsonl_lines_too_long_or_too_deep_are_errors_for_their_line(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 10_000)
    path = tmp_path / "lines.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "The envoy said yes."}),
        json.dumps("x" * 50_000),
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "b", "text": "The envoy said no."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = items_of(path)
    assert [i.article.id if i.article else i.error for i in items] == [
        "a",
        "line 2: line longer than 10000 bytes",
        "line 3: line longer than 10000 bytes",
        "b",
    ]
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 10_000_000)
    assert items_of(path)[2].error == "line 3: JSON nested too deeply"


def test_a_symlink_loop_in_a_folder_is_read_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("The envoy said yes.", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    assert [i.article.text for i in items_of(tmp_path)] == ["The envoy said yes."]


def test_a_folder_of_many_empty_files_gives_an_error_each(tmp_path):
    for n in range(2000):
        (tmp_path / f"{n:05}.txt").touch()
    items = items_of(tmp_path)
    assert len(items) == 2000 and {i.error for i in items} == {"empty input"}


def test_a_lone_surrogate_in_any_jsonl_field_is_an_error_for_its_line(tmp_path):
    path = tmp_path / "s.jsonl"
    lines = [
        {"id": "a", "text": "The envoy said yes.", "title": "Bad \ud800 title"},
        {"id": "b", "text": "The envoy said no.", "authors": ["Ana \udc00"]},
        {"id": "c", "text": "The envoy said maybe."},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    a, b, c = items_of(path)
    assert "'title' holds an invalid character" in a.error and "'authors'" in b.error and c.article


def test_a_feed_with_a_lone_surrogate_reference_reads_with_a_replacement_character(tmp_path):
    path = tmp_path / "s.rss"
    path.write_text(
        '<?xml version="1.0"?><rss><channel><title>T</title><item><title>Bad &#xD800; title</title>'
        "<description>The minister said the talks went well &#xD800; today.</description></item></channel></rss>",
        encoding="utf-8",
    )
    (item,) = items_of(path)
    assert item.article.title == "Bad \ufffd title" and "\ufffd" in item.article.text
