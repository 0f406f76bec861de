"""Generators of hostile and malformed input for every reader, the extract path and the ledger.

Shared by the small fuzz run in the suite (``tests/test_fuzz.py``) and the long one run by hand
(``bench/fuzz.py``). Each ``check_*`` function takes one generated input and raises only on a bug:
an exception escaping a reader, the pipeline or the ledger.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from backchannel.ledger import query
from backchannel.ledger.store import ingest_record
from backchannel.pipeline import records_for
from backchannel.readers import Item, read_path
from backchannel.records import Article

TOKENS = [
    "<html>",
    "</html>",
    "<body>",
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<article>",
    "<script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "&nbsp;",
    "<meta property='og:title' content='x'>",
    "<title>",
    "</title>",
    "<item>",
    "</item>",
    "<entry>",
    "<description>",
    "</description>",
    "<rss>",
    "<channel>",
    "<!DOCTYPE html>",
    "<?xml version='1.0'?>",
    "\x00",
    "\ufeff",
    "\ud800",
    "“",
    "”",
    "«",
    "»",
    "\r\n",
    "\n\n",
    "\t",
    " said ",
    "Minister ",
    "Sergey Lavrov",
    " met ",
    " on Tuesday",
    ".",
    ",",
    '"',
    "'",
    "{",
    "}",
    "[",
    "]",
    ":",
    '"text"',
    '"schema": "backchannel.article/1"',
    "WARC/1.0\r\n",
    "Content-Length: ",
    "WARC-Type: response\r\n",
    "HTTP/1.1 200 OK\r\n",
    "Content-Type: text/html\r\n",
]
TEXT_TOKENS = [t for t in TOKENS if "\ud800" not in t]
"""Readers never hand on a lone surrogate (tested above), so the extract path is fed none."""
SUFFIXES = [".txt", ".html", ".html.gz", ".jsonl", ".jsonl.gz", ".rss", ".atom", ".xml", ".warc", ".warc.gz"]


@st.composite
def hostile_bytes(draw: Any) -> bytes:
    """Bytes built from markup, JSON and WARC pieces, text and noise, in one of several encodings."""
    pieces = draw(st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=40)), max_size=60))
    text = "".join(pieces)
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "utf-32"]))
    data = text.encode(encoding, errors="ignore" if encoding != "utf-8" else "surrogatepass")
    if draw(st.booleans()):
        data += draw(st.binary(max_size=200))
    if draw(st.integers(0, 4)) == 0 and data:
        data = data[: draw(st.integers(0, len(data)))]
    return data


@st.composite
def reader_inputs(draw: Any) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(SUFFIXES))
    data = draw(st.one_of(hostile_bytes(), st.binary(max_size=2000), warc_bytes(), jsonl_bytes()))
    if suffix.endswith(".gz") and draw(st.booleans()):
        data = gzip.compress(data)
        if draw(st.booleans()):
            data = data[: draw(st.integers(0, len(data)))]
    return suffix, data


@st.composite
def warc_bytes(draw: Any) -> bytes:
    body = draw(hostile_bytes())
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    length = draw(st.one_of(st.just(len(http)), st.integers(-5, 10**6)))
    uri = draw(st.sampled_from([b"WARC-Target-URI: https://a.example/x\r\n", b"", b"WARC-Target-URI: \r\n"]))
    record = b"WARC/1.0\r\nWARC-Type: response\r\n" + uri + b"Content-Length: %d\r\n\r\n" % length + http + b"\r\n\r\n"
    return record * draw(st.integers(1, 3))


ANY_CHARACTER = st.characters(codec=None, exclude_categories=())
"""Every code point, lone surrogates included: JSON escapes can produce them."""
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(ANY_CHARACTER, max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@st.composite
def jsonl_bytes(draw: Any) -> bytes:
    lines = draw(st.lists(st.one_of(JSON, article_objects(), records()), max_size=5))
    return "\n".join(json.dumps(line) for line in lines).encode("utf-8", errors="surrogatepass")


@st.composite
def article_objects(draw: Any) -> dict[str, Any]:
    fields = {
        "id": JSON,
        "text": st.text(max_size=200) | JSON,
        "title": JSON,
        "published": JSON,
        "url": JSON,
        "outlet": JSON,
        "authors": JSON,
    }
    return {k: draw(v) for k, v in fields.items() if draw(st.booleans()) or k == "text"}


def _maybe(draw: Any, good: Any) -> Any:
    """Usually the well-formed value, sometimes any JSON at all in its place."""
    return draw(JSON) if draw(st.integers(0, 9)) == 0 else good


@st.composite
def records(draw: Any) -> dict[str, Any]:
    """Extraction records, mostly well formed, with any field now and then replaced by any JSON."""
    ids = ["p1", "p2", "p3"]
    names = [
        "Sergey Lavrov",
        "Lavrov",
        "Aino Virtanen",
        "Mauro Vieira",
        "Anna Lavrov",
        "Reuters",
        "Russia",
        "Ana\ud800",
    ]
    actors = [
        {
            "id": _maybe(draw, actor_id),
            "name": _maybe(draw, draw(st.sampled_from(names) | st.text(max_size=20))),
            "kind": _maybe(
                draw, draw(st.sampled_from(["person", "organization", "country", "outlet", "group", "anonymous"]))
            ),
            "country": _maybe(draw, draw(st.sampled_from([None, "RUS", "FIN", "BRA"]))),
            "titles": _maybe(draw, []),
            "aliases": _maybe(draw, draw(st.lists(st.sampled_from(names), max_size=2))),
            "via": _maybe(draw, None),
        }
        for actor_id in ids[: draw(st.integers(0, 3))]
    ]
    day = draw(st.sampled_from([None, "2026-03-10", "2026-03", "2026-W11", "not a date", "2026"]))
    events = [
        {
            "id": "e1",
            "type": _maybe(draw, "CONSULT"),
            "mode": _maybe(draw, draw(st.sampled_from([None, "phone", "meeting"]))),
            "status": _maybe(draw, draw(st.sampled_from(["occurred", "planned"]))),
            "participants": _maybe(draw, draw(st.lists(st.sampled_from(ids), max_size=3))),
            "actor": _maybe(draw, []),
            "recipient": _maybe(draw, []),
            "date": _maybe(
                draw, {"value": day, "precision": draw(st.sampled_from([None, "day", "month", "week"])), "text": "x"}
            ),
            "place": _maybe(draw, None),
            "topics": _maybe(draw, []),
            "evidence": _maybe(draw, [{"start": 0, "end": 1, "text": "x"}]),
            "reported_by": _maybe(draw, [{"source": draw(st.sampled_from(ids)), "via": None}]),
            "confirmations": _maybe(
                draw, [{"status": "confirmed", "by": draw(st.sampled_from(ids)), "evidence": None}]
            ),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    quotes = [
        {
            "id": "q1",
            "kind": "direct",
            "content": _maybe(draw, {"start": 0, "end": 3, "text": draw(st.text(max_size=30))}),
            "speaker_actor": _maybe(draw, draw(st.sampled_from([None, *ids]))),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    article = {
        "id": "a",
        "text": _maybe(draw, draw(st.text(ANY_CHARACTER, min_size=1, max_size=60))),
        "url": _maybe(draw, draw(st.sampled_from([None, "https://a.example/1", "https://a.example/2"]))),
        "published": _maybe(draw, draw(st.sampled_from([None, "2026-03-11", "2026-03-20", "garbage"]))),
        "outlet": _maybe(draw, "Wire"),
    }
    return {
        "schema": "backchannel.article/1",
        "article": _maybe(draw, article),
        "actors": _maybe(draw, actors),
        "quotes": _maybe(draw, quotes),
        "events": _maybe(draw, events),
    }


def check_reader(case: tuple[str, bytes], folder: Path) -> None:
    suffix, data = case
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    for item in read_path(path):
        assert item.article is not None or item.error, item
        if item.article is not None:  # no reader hands on text that no output can carry
            json.dumps(item.article.to_dict(), ensure_ascii=False).encode("utf-8")


def check_ledger(record: dict[str, Any], db: Any, *, name: str, search: str) -> None:
    ingest_record(db, record)
    query.contacts(db, query.ContactFilter(country="RUS", since="2026-01-01", until="2026-12-31"))
    query.quotes(db, search=search)
    query.actors(db, search=name)
    try:
        query.timeline(db, name)
        query.contacts(db, query.ContactFilter(between=[name, "Russia"], confirmation="none"))
    except query.UnknownActor:
        pass  # a clean, reported error


@st.composite
def article_texts(draw: Any) -> str:
    """Text for the whole extract path: news-like sentences broken up by noise."""
    pieces = draw(
        st.lists(
            st.one_of(st.sampled_from(SENTENCE_PIECES), st.sampled_from(TEXT_TOKENS), st.text(max_size=20)),
            min_size=1,
            max_size=40,
        )
    )
    return "".join(pieces)


SENTENCE_PIECES = [
    "Foreign Minister Sergey Lavrov met his Finnish counterpart Aino Virtanen in Geneva on Tuesday. ",
    '"We will talk again," he said. ',
    "According to officials, ",
    "the two leaders spoke by phone ",
    "sources familiar with the matter said. ",
    "The Kremlin declined to comment. ",
    "President ",
    "He ",
    'She told reporters: "',
    "earlier this week",
    "next month",
    ", ",
    " and ",
    "“",
    "”",
    "'",
    "\n\n",
]


def check_extract(text: str, nlp: Any) -> None:
    (record,) = records_for([Item(source="fuzz", article=Article(text=text, published="2026-03-12"))], nlp)
    assert not (record.get("error") or "").startswith("extraction failed"), record["error"]
