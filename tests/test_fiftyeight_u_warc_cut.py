"""An uncompressed WARC cut in the middle of a page reports the damage instead of reading the page as whole.

warcio hands over the bytes a cut record holds without complaint: a page cut after its article text was read
as an article, with no error for the file, where a cut .warc.gz was reported.
"""

import gzip
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from backchannel.readers import iter_items
from tests.readers.test_hostile import PAGE, warc_bytes


def test_a_page_cut_short_is_damage_not_an_article(tmp_path):
    data = warc_bytes([(f"https://a.example/{n}", PAGE) for n in range(3)], gz=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:-40])  # the last page loses its closing tags only: its text would still read
    items = list(iter_items([str(path)]))
    assert [i.source for i in items if i.article] == ["https://a.example/0", "https://a.example/1"]
    assert items[-1].source == str(path)
    assert items[-1].error == "WARC file damaged after 3 record(s): it ends in the middle of a record"


def chunked(body: bytes) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[i : i + 500]), body[i : i + 500]) for i in range(0, len(body), 500)]
    return b"".join(parts) + b"0\r\n\r\n"


def test_whole_chunked_and_compressed_pages_are_not_taken_for_cut(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    bodies = {
        "plain": (PAGE, []),
        "chunked": (chunked(PAGE), [("Transfer-Encoding", "chunked")]),
        "gzip": (chunked(gzip.compress(PAGE)), [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")]),
    }
    for name, (body, extra) in bodies.items():
        headers = [("Content-Type", "text/html; charset=utf-8"), *extra]
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        uri = f"https://a.example/{name}"
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    path = tmp_path / "whole.warc"
    path.write_bytes(buffer.getvalue())
    items = list(iter_items([str(path)]))
    assert [i.error for i in items] == [None, None, None]
