"""JSONL input: one article per line, as the extraction contract fixes it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from .. import limits
from ..dates import find_date, interval
from ..records import SCHEMA, Article
from .text import find_furniture

if TYPE_CHECKING:
    from . import Item


def read_jsonl_lines(lines: Iterable[str], *, source: str) -> Iterator[Item]:
    """Yield one item per non-blank line; a bad line yields an error item."""
    for number, line in enumerate(lines, start=1):
        if len(line) > limits.MAX_LINE_BYTES:
            yield _too_long(source, number)
        elif item := _line_item(line, source=source, number=number):
            yield item


def read_jsonl_stream(stream: IO[bytes], *, source: str, first_line: int = 1) -> Iterator[Item]:
    """The same from a byte stream, never holding more than one line (of at most MAX_LINE_BYTES).

    ``first_line`` is the number of the stream's first line in its file, for a stream that starts part way in.
    """
    number = first_line - 1
    while line := stream.readline(limits.MAX_LINE_BYTES + 1):
        number += 1
        if len(line) > limits.MAX_LINE_BYTES:
            while not line.endswith(b"\n") and (line := stream.readline(1 << 20)):
                pass  # the rest of the over-long line, read and dropped (unless the cap fell on its newline)
            yield _too_long(source, number)
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as err:
            yield _error(source, number, f"not valid UTF-8 (byte {err.start})")
            continue
        if item := _line_item(text.removeprefix("\ufeff") if number == 1 else text, source=source, number=number):
            yield item


def _error(source: str, number: int, message: str) -> Item:
    from . import Item

    return Item(source=f"{source}:{number}", error=f"line {number}: {message}", article_id=f"line{number}")


def _too_long(source: str, number: int) -> Item:
    return _error(source, number, f"line longer than {limits.MAX_LINE_BYTES} bytes")


def _line_item(line: str, *, source: str, number: int) -> Item | None:
    from . import Item

    if not line.strip():
        return None
    where = f"{source}:{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        return _error(source, number, f"malformed JSON ({err.msg})")
    except RecursionError:
        return _error(source, number, "JSON nested too deeply")
    if isinstance(obj, dict) and obj.get("schema") == SCHEMA:
        return _record_item(obj, where=where, number=number)
    try:
        article = article_from_json(obj, source=where)
    except ValueError as err:
        ident = obj.get("id") if isinstance(obj, dict) else None
        return Item(source=where, error=f"line {number}: {err}", article_id=_str(ident) or f"line{number}")
    if article.id is None:
        article.id = f"line{number}"
    return Item(source=where, article=article)


def _record_item(obj: dict[str, Any], *, where: str, number: int) -> Item:
    """A line that is already an extraction record: kept whole for ``ingest``, its article for ``extract``."""
    from . import Item

    article_obj = obj.get("article")
    ident = _str(article_obj.get("id")) if isinstance(article_obj, dict) else None
    if obj.get("error"):
        return Item(source=where, error=f"line {number}: {obj['error']}", article_id=ident or f"line{number}")
    try:
        article = article_from_json(article_obj, source=where)
    except ValueError as err:
        return Item(source=where, error=f"line {number}: record article: {err}", article_id=ident or f"line{number}")
    if article.id is None:
        article.id = f"line{number}"
    return Item(source=where, article=article, record=obj)


def article_from_json(obj: Any, *, source: str) -> Article:
    """Build an article from a contract JSONL object; only ``text`` is required."""
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError("no 'text' string")
    if not text.strip():
        raise ValueError("empty 'text'")
    for name, value in obj.items():
        for part in value if isinstance(value, list) else [value]:
            if isinstance(part, str) and (at := _invalid_at(part)) is not None:
                raise ValueError(f"{name!r} holds an invalid character at {at}")
    authors = obj.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    if not isinstance(authors, list):
        raise ValueError("'authors' must be a list of names")
    found = find_furniture(text)
    return Article(
        text=text,
        id=_str(obj.get("id")),
        source=_str(obj.get("url")) or source,
        title=_str(obj.get("title")) or found.title,
        published=_published(obj.get("published")) or found.published,
        outlet=_str(obj.get("outlet")),
        section=_str(obj.get("section")) or found.section,
        url=_str(obj.get("url")),
        authors=[str(a) for a in authors if a] or found.authors,
        boilerplate=found.boilerplate,
        images=found.images,
    )


def _invalid_at(text: str) -> int | None:
    """Where a text holds a lone surrogate (from a JSON escape), which no output can carry."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return err.start
    return None


ISO_MONTH_OR_DAY = re.compile(r"(\d{4}-\d{2})(-\d{2})?")


def _published(value: Any) -> str | None:
    """The publication date in the form the extractors read (its first ten characters a day, or a month):
    an ISO month, day or date and time is kept as given, a date written out ("March 12, 2026", a feed's
    "Thu, 12 Mar 2026 10:00:00 GMT") becomes ``YYYY-MM-DD``, and anything else ("2026-99-99", "yesterday")
    is left out, as the extractors would take its first characters for a date ("2026-99", "yesterd")."""
    text = _str(value)
    if text is None:
        return None
    if m := ISO_MONTH_OR_DAY.match(text.strip()):
        precision = "day" if m[2] else "month"
        return text.strip() if interval(m[0], precision) is not None else None
    return find_date(text)


def _str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)
