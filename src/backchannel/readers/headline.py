"""The headline and publication date a news page states about itself."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from ..dates import find_date


@dataclass
class Candidates:
    jsonld: list[str]
    og: str | None
    twitter: str | None
    h1: list[str]
    title: str | None


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None


def _jsonld_objects(tree: HtmlElement) -> list[dict]:
    out: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "")
        except (json.JSONDecodeError, ValueError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))
    return out


def _is_article(obj: dict) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report")) for k in kinds)


def _meta(tree: HtmlElement, *names: str) -> str | None:
    for name in names:
        for el in tree.xpath(f'//meta[@property="{name}" or @name="{name}"]'):
            if value := _clean(el.get("content")):
                return value
    return None


def headline_candidates(tree: HtmlElement) -> Candidates:
    jsonld = [
        h for obj in _jsonld_objects(tree) if _is_article(obj) and (h := _clean(obj.get("headline")))
    ]
    titles = tree.xpath("//title")
    return Candidates(
        jsonld=jsonld,
        og=_meta(tree, "og:title"),
        twitter=_meta(tree, "twitter:title"),
        h1=[t for h in tree.xpath("//h1") if (t := _clean(h.text_content()))],
        title=_clean(titles[0].text_content()) if titles else None,
    )


SEPARATORS = re.compile(r"\s+[|\-–—:·•»]{1,2}\s+")
SITE_NAME_WORDS = 4
"""With no site name known, a last part this short after a separator is taken for one."""


def _is_site(part: str, sitename: str | None) -> bool:
    if not sitename:
        return False
    part, site = part.casefold().strip(), sitename.casefold().strip()
    return bool(part) and (part in site or site in part)


def strip_site(title: str, sitename: str | None) -> str:
    """Remove the site-name part that pages put before or after the headline."""
    seps = list(SEPARATORS.finditer(title))
    if not seps:
        return title
    head, tail = title[: seps[-1].start()], title[seps[-1].end() :]
    if _is_site(tail, sitename) or (not sitename and len(tail.split()) <= SITE_NAME_WORDS):
        return strip_site(head, sitename)
    lead, rest = title[: seps[0].start()], title[seps[0].end() :]
    if _is_site(lead, sitename):
        return rest
    return title


def choose_headline(c: Candidates, *, fallback: str | None, sitename: str | None) -> str | None:
    for value in c.jsonld:
        return value
    if c.og:
        return strip_site(c.og, sitename)
    if c.h1:
        return c.h1[0]
    if c.title:
        return strip_site(c.title, sitename)
    return fallback


def page_date(tree: HtmlElement) -> str | None:
    for obj in _jsonld_objects(tree):
        if _is_article(obj) and isinstance(obj.get("datePublished"), str):
            if value := find_date(obj["datePublished"]):
                return value
    value = _meta(tree, "article:published_time", "og:article:published_time", "datePublished", "pubdate")
    return find_date(value) if value else None
