"""Readers: turn files, folders and standard input into articles.

Every reader yields ``Item``s in input order: an ``Article`` or the error that
kept that input from becoming one. A bad input never stops the others.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .. import limits
from ..records import Article
from .decoding import decode
from .guarded import TRUNCATED, open_guarded
from .jsonl import read_jsonl_lines, read_jsonl_stream
from .text import read_text

MAX_BYTES = limits.MAX_BYTES
"""Inputs read whole that are larger than this are refused (see ``backchannel.limits``)."""

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
WARC_SUFFIXES = (".warc", ".warc.gz")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES


class ReadError(Exception):
    """An input that cannot be turned into an article; the message says why."""


@dataclass
class Item:
    """One input's outcome: an article, or an error for that input."""

    source: str
    article: Article | None = None
    error: str | None = None
    article_id: str | None = None
    record: dict[str, Any] | None = None
    """An already extracted record (``backchannel extract`` output), which ``ingest`` stores as it is."""


def iter_items(inputs: Iterable[str], *, stdin: IO[str] | None = None) -> Iterator[Item]:
    """Yield an item per article found in ``inputs`` (files, folders, ``-``)."""
    for name in inputs:
        if name == "-":
            if stdin is not None:
                yield from read_jsonl_lines(stdin, source="<stdin>")
            else:
                yield from read_jsonl_stream(sys.stdin.buffer, source="<stdin>")
            continue
        path = Path(name)
        if path.is_dir():
            files = wanted_files(path)
            if not files:
                yield Item(source=str(path), error="folder holds no article file (.txt, .html, .jsonl, feed or WARC)")
            for p in files:
                yield from read_path(p)
        else:
            yield from read_path(path)


def wanted_files(folder: Path) -> list[Path]:
    """The article files under a folder, in sorted order (hidden ones and links to folders left out)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and _wanted(p, folder))


def _wanted(path: Path, root: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    return not hidden and path.name.lower().endswith(ARTICLE_SUFFIXES)


def read_path(path: Path) -> Iterator[Item]:
    """Read one file by its suffix; any failure becomes an error item."""
    source = str(path)
    lower = path.name.lower()
    if lower.endswith(WARC_SUFFIXES):
        yield from _read_warc_file(path)
        return
    if lower.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl_file(path)
        return
    try:
        data = _load_bytes(path)
        if lower.endswith(FEED_SUFFIXES):
            from .feeds import read_feed  # imported on first use: plain-text runs start faster

            yield from read_feed(data, source=source)
            return
        text, encoding = decode(data)
        if lower.endswith(HTML_SUFFIXES) or (not lower.endswith(TEXT_SUFFIXES) and _looks_like_html(data)):
            from .html import read_html

            article = read_html(text, source=source)
        else:
            article = read_text(text, source=source)
        if article.id is None:
            article.id = _stem(path)
        if encoding != "utf-8":
            article.encoding = encoding
        yield Item(source=source, article=article)
    except ReadError as err:
        yield Item(source=source, error=str(err), article_id=_stem(path))
    except ValueError as err:  # raised by readers for content they cannot use (DecodeError among them)
        yield Item(source=source, error=str(err), article_id=_stem(path))
    except RecursionError:  # a parser below us recursing through pathological nesting
        yield Item(source=source, error="input nested too deeply to read", article_id=_stem(path))


def _read_warc_file(path: Path) -> Iterator[Item]:
    """WARCs are archives of many pages: streamed, not held in memory, so the size limit is per page."""
    from .warc import read_warc

    try:
        with path.open("rb") as raw:
            stream = open_guarded(raw) if path.name.lower().endswith(".gz") else raw
            yield from read_warc(stream, source=str(path))
            if getattr(getattr(stream, "raw", None), "truncated", False):
                yield Item(source=str(path), error=TRUNCATED, article_id=_stem(path))
    except OSError as err:
        yield Item(source=str(path), error=f"cannot read {path}: {err.strerror or err}", article_id=_stem(path))


def _read_jsonl_file(path: Path) -> Iterator[Item]:
    """JSONL files hold many articles: streamed line by line, so the size limit is per line."""
    try:
        with path.open("rb") as raw:
            stream = open_guarded(raw) if path.name.lower().endswith(".gz") else raw
            yield from read_jsonl_stream(stream, source=str(path))
            if getattr(getattr(stream, "raw", None), "truncated", False):
                yield Item(source=str(path), error=TRUNCATED, article_id=_stem(path))
    except (OSError, EOFError, zlib.error) as err:  # unreadable, truncated, a bomb: the lines before it stand
        message = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        yield Item(source=str(path), error=f"cannot read {path}: {message}", article_id=_stem(path))


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", *ARTICLE_SUFFIXES):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def _load_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise ReadError(f"cannot read {path}: {err.strerror or err}") from err
    if size > MAX_BYTES:
        raise ReadError(f"file too large: {size} bytes (limit {MAX_BYTES})")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(f"cannot read {path}: {err.strerror or err}") from err
    if path.name.lower().endswith(".gz"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
                data = f.read(MAX_BYTES + 1)
        except (OSError, EOFError) as err:
            raise ReadError(f"not a readable gzip file: {err}") from err
        if len(data) > MAX_BYTES:
            raise ReadError(f"file too large once decompressed (limit {MAX_BYTES} bytes)")
    if not data.strip():
        raise ReadError("empty input")
    return data


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head
