"""RSS and Atom feeds: one article per entry, its full text or, failing that, its summary."""

from __future__ import annotations

import re
import time
import xml.sax
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import feedparser
from lxml import html as lxml_html

from ..records import Article

if TYPE_CHECKING:
    from . import Item


def _plain(markup: str) -> str:
    """Entry bodies are HTML fragments; their text, paragraphs kept apart."""
    if "<" not in markup:
        return markup.strip()
    try:
        tree = lxml_html.fromstring(f"<div>{markup}</div>")
    except (ValueError, lxml_html.etree.ParserError):
        return markup.strip()
    for block in tree.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n\n" + (block.tail or "")
    return "\n\n".join(p.strip() for p in tree.text_content().split("\n\n") if p.strip())


SURROGATE = re.compile("[\ud800-\udfff]")
CHARACTER_REFERENCE = re.compile(rb"&#(x[0-9a-fA-F]{1,8}|[0-9]{1,10});")


def _surrogate_references(data: bytes) -> bytes:
    """&#xD800; and its kind name no character; feedparser fails on them, so they become &#xFFFD;."""

    def fix(match: re.Match[bytes]) -> bytes:
        digits = match.group(1)
        code = int(digits[1:], 16) if digits[:1] in (b"x", b"X") else int(digits)
        return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else match.group(0)

    return CHARACTER_REFERENCE.sub(fix, data)


def _clean(text: str | None) -> str | None:
    """A character reference to a lone surrogate (&#xD800;) becomes U+FFFD, as HTML parsers make it."""
    return SURROGATE.sub("\ufffd", text) if text else text


def _date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
"""News feeds never declare entities; a feed that does is an entity-expansion or external-entity attack."""


CLOSED_ENTRY = re.compile(rb"</(?:[\w-]+:)?(?:item|entry)\s*>", re.IGNORECASE)
"""An entry's end tag: entries a damaged feed holds past the last of them were cut off with it."""


def read_feed(data: bytes, *, source: str) -> Iterator[Item]:
    from . import Item

    if ENTITY_DECLARATION.search(data):
        yield Item(source=source, error="feed declares XML entities: refused (entity expansion, external entities)")
        return
    feed = feedparser.parse(_surrogate_references(data))
    if not feed.entries:
        reason = str(feed.get("bozo_exception") or "no entries")
        yield Item(source=source, error=f"not a readable RSS/Atom feed: {reason}")
        return
    damage = feed.get("bozo_exception")
    cut = isinstance(damage, xml.sax.SAXParseException) and _at_the_end(damage, data)
    whole = len(CLOSED_ENTRY.findall(data)) if cut else len(feed.entries)
    outlet = _clean(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{source}#{number}"
        if number > whole:
            break  # the feed ends inside this entry: its text would be read as if whole
        bodies = [c.get("value", "") for c in entry.get("content") or []]
        text = _clean(_plain(max(bodies, key=len)) if bodies else _plain(entry.get("summary", ""))) or ""
        ident = _clean(entry.get("id") or entry.get("link")) or f"entry{number}"
        if not text.strip():
            yield Item(source=where, error="feed entry has no text", article_id=ident)
            continue
        authors = [_clean(a.get("name")) for a in entry.get("authors") or [] if a.get("name")]
        yield Item(
            source=where,
            article=Article(
                text=text,
                id=ident,
                source=_clean(entry.get("link")) or where,
                title=_clean(entry.get("title")),
                published=_date(entry),
                outlet=outlet,
                url=_clean(entry.get("link")),
                authors=authors,
            ),
        )
    if cut:
        read = min(whole, len(feed.entries))
        yield Item(
            source=source,
            error=f"RSS/Atom feed cut short after {read} whole {'entry' if read == 1 else 'entries'} "
            f"({damage.getMessage()})",
        )


def _at_the_end(damage: xml.sax.SAXParseException, data: bytes) -> bool:
    """The parser gave up where the data ends: the feed was cut short, and the entry it ends inside is not whole.
    Damage inside the feed (a stray "&", an unclosed tag) the lenient parser reads past, keeping every entry."""
    return damage.getLineNumber() >= data.rstrip().count(b"\n") + 1
