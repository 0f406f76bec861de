"""HTML news pages: main text and metadata with trafilatura.

trafilatura finds the body well but takes the title from ``<title>``-like
sources that carry the site name ("… | CBC News"). The headline is chosen in
``headline`` from the page's own statements of it instead.
"""

from __future__ import annotations

import logging

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from ..records import Article
from .headline import choose_headline, page_facts

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

MIN_BODY_WORDS = 5
"""Fewer words than this is a menu or a stub, not an article."""


def read_html(markup: str, *, source: str) -> Article:
    """An article from an HTML page; raises ValueError when it has no text at all."""
    try:
        tree = lxml_html.fromstring(markup)
    except (ValueError, etree.ParserError) as err:
        raise ValueError(f"unparseable HTML: {err}") from err
    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    meta = doc if doc is not None else trafilatura.extract_metadata(markup)
    text = (doc.text if doc is not None else None) or ""
    if len(text.split()) < MIN_BODY_WORDS and meta is not None:
        # pages rendered by script carry no body; their own summary is all there is
        text = meta.description or ""
    if len(text.split()) < MIN_BODY_WORDS:
        raise ValueError("HTML page has no article body")
    sitename = meta.sitename if meta is not None else None
    facts = page_facts(tree, sitename=sitename)
    categories = list(meta.categories or []) if meta is not None else []
    return Article(
        text=text,
        source=source,
        title=choose_headline(facts, fallback=meta.title if meta is not None else None),
        published=facts.published or (meta.date if meta is not None else None),
        outlet=sitename,
        section=categories[0] if categories else None,
        url=meta.url if meta is not None else None,
        authors=_split_authors(meta.author) if meta is not None and meta.author else [],
    )


def _split_authors(value: str) -> list[str]:
    return [a.strip() for a in value.split(";") if a.strip()]
