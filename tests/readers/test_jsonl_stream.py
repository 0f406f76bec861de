"""Reading JSONL from a byte stream, one capped line at a time."""

from __future__ import annotations

import io
import json

from backchannel import limits
from backchannel.readers.jsonl import read_jsonl_stream


def test_a_line_cut_exactly_at_its_newline_does_not_swallow_the_next(monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 40)
    too_long = json.dumps({"id": "a", "text": "x" * 60}).encode() + b"\n"
    exact = b'{"id": "b", "text": "' + b"y" * (40 - 23) + b'"}\n'  # 41 bytes with its newline: one over the cap
    good = json.dumps({"id": "c", "text": "fine"}).encode() + b"\n"
    assert len(exact) == 41
    items = list(read_jsonl_stream(io.BytesIO(too_long + exact + good), source="s"))
    assert [i.error is not None for i in items] == [True, True, False]
    assert items[2].article.id == "c"
