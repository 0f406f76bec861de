"""HTML news pages: main text and metadata with trafilatura.

trafilatura finds the body well but takes the title from ``<title>``-like
sources that carry the site name ("… | CBC News"). The headline is chosen
here from the page's own statements of it instead (see ``headline``).
"""

from __future__ import annotations

import logging

import trafilatura
from lxml import html as lxml_html

from ..records import Article
from .headline import choose_headline, headline_candidates, page_date

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def read_html(markup: str, *, source: str) -> Article:
    """An article from an HTML page; raises ValueError when it has no body."""
    try:
        tree = lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError) as err:
        raise ValueError(f"unparseable HTML: {err}") from err
    title_candidates = headline_candidates(tree)
    published = page_date(tree)
    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = (doc.text if doc is not None else None) or ""
    if not text.strip():
        raise ValueError("HTML page has no article body")
    meta_title = doc.title if doc is not None else None
    sitename = doc.sitename if doc is not None else None
    categories = list(doc.categories or []) if doc is not None else []
    authors = _split_authors(doc.author) if doc is not None and doc.author else []
    return Article(
        text=text,
        source=source,
        title=choose_headline(title_candidates, fallback=meta_title, sitename=sitename),
        published=published or (doc.date if doc is not None else None),
        outlet=sitename,
        section=categories[0] if categories else None,
        url=doc.url if doc is not None else None,
        authors=authors,
    )


def _split_authors(value: str) -> list[str]:
    return [a.strip() for a in value.split(";") if a.strip()]
