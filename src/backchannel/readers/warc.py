"""WARC and WARC.gz files of HTML responses, the format of Common Crawl's news crawl."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from .. import limits
from .html import read_html

if TYPE_CHECKING:
    from . import Item

MAX_RECORD_BYTES = limits.MAX_RECORD_BYTES
WARC_TYPES = {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}


def read_warc(stream: IO[bytes], *, source: str) -> Iterator[Item]:
    """One item per HTML response record; other records (requests, metadata, images) are passed over."""
    from . import Item

    records = pages = 0
    try:
        for record in ArchiveIterator(stream):
            records += record.rec_type in WARC_TYPES
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{records}"
            status = record.http_headers.get_statuscode()
            if status != "200":
                continue
            payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
            if len(payload) > MAX_RECORD_BYTES:
                yield Item(source=url, error="response too large", article_id=url)
                continue
            if _cut_short(record):
                yield _damaged(source, records, "it ends in the middle of a record")
                return
            charset = record.http_headers.get_header("Content-Type") or ""
            encoding = charset.split("charset=")[-1].split(";")[0].strip() if "charset=" in charset else "utf-8"
            try:
                markup = payload.decode(encoding or "utf-8", errors="replace")
                article = read_html(markup, source=url)
            except (LookupError, ValueError, RecursionError) as err:
                yield Item(source=url, error=str(err) or "page nested too deeply to read", article_id=url)
                continue
            article.url = article.url or url
            article.id = url
            pages += 1
            yield Item(source=url, article=article)
    except ArchiveLoadFailed as err:
        yield Item(source=source, error=f"not a readable WARC file: {err}")
        return
    except Exception as err:  # warcio on a truncated or malformed record, zlib on a bad member: the pages before stand
        reason = "it ends in the middle of a record" if isinstance(err, EOFError) else f"{type(err).__name__}: {err}"
        yield _damaged(source, records, reason)
        return
    if records == 0:
        yield Item(source=source, error="not a readable WARC file: no WARC records")
    elif pages == 0:
        yield Item(source=source, error="WARC file holds no HTML page")


def _cut_short(record: ArcWarcRecord) -> bool:
    """Whether the file ends before the record's declared length: warcio hands over the bytes an uncompressed
    WARC cut in the middle of a page holds without complaint, and the page would be read as if whole. A byte
    left after the payload (a chunked body's last line end) is no cut; none at all while some are due is."""
    raw = record.raw_stream
    return getattr(raw, "limit", 0) > 0 and not raw.read(1)


def _damaged(source: str, records: int, reason: str) -> Item:
    from . import Item

    return Item(source=source, error=f"WARC file damaged after {records} record(s): {reason}")
