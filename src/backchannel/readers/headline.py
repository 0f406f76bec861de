"""The headline and publication date a news page states about itself.

Pages state their headline several times (og:title, twitter:title, JSON-LD,
``<h1>``, ``<title>``), most of them with the site name and section glued on
("… - National | Globalnews.ca"). Each candidate is stripped of segments
that name the site (its og:site_name, its host, a domain or a date) and of
the short section labels beside them; the social-card title then wins, as it
is the one an outlet writes for its readers. On 179 real pages from 36
countries this order, tried against JSON-LD-first and h1-first, gave the most
exact headlines (88%, against 68% for trafilatura's own title).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlparse

from lxml.html import HtmlElement

from ..dates import find_date

ARTICLE_TYPES = re.compile(r"Article$|^BlogPosting$|^LiveBlogPosting$|^Report$")
SEPARATOR = r"(?:\s+(?:[|\-–—·•:›»/]|::)\s+|\s*[｜|ㅣ：]\s*)"
DOMAIN = re.compile(r"\b[\w-]+\.(?:com|net|org|co|[a-z]{2})\b", re.IGNORECASE)
DATE_SEGMENT = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}$|^\d{4}-\d\d-\d\d$")
TRAILING_DMY = re.compile(r"(\d\d)\.(\d\d)\.(\d{4})\s*$")
SECTION_WORDS = 2
"""Segments of at most this many words beside the site name are section labels."""
SECTION_TAIL = re.compile(rf"\s*[-–—|:·]\s*\w[\w&.]*(?:\s\w[\w&.]*){{0,{SECTION_WORDS - 1}}}\s*$")
"""A section label of at most SECTION_WORDS words glued after the headline: "-Politics", " – World News"."""
SITE_WORDS = 5
"""A segment longer than this is never taken for a site name."""
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(html.unescape(value).split()) or None


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold().translate(UMLAUTS))
    return "".join(c for c in folded if c.isalnum())


def jsonld_objects(tree: HtmlElement) -> Iterator[dict]:
    for script in tree.xpath('//script[contains(@type, "ld+json")]'):
        try:
            stack = [json.loads(script.text_content() or "", strict=False)]
        except ValueError:
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(item[k] for k in ("@graph", "mainEntity") if k in item)


def _is_article(obj: dict) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and ARTICLE_TYPES.search(k) for k in kinds)


def _meta(tree: HtmlElement, attr: str, name: str) -> str | None:
    """A meta tag's content; None when an unescaped quote broke the tag."""
    for el in tree.xpath(f'//meta[@{attr}="{name}"]'):
        if any(value == "" and not key.startswith("data-") for key, value in el.attrib.items()):
            return None
        return _clean(el.get("content"))
    return None


@dataclass
class PageFacts:
    """What a page says about its own headline, site and date."""

    og: str | None
    og_broken: bool
    twitter: str | None
    jsonld: str | None
    named: str | None
    """``<meta name="headline">``, which some outlets fill with the bare headline."""
    h1: str | None
    title: str | None
    sites: set[str]
    published: str | None


def _site_keys(names: list[str | None], url: str | None) -> set[str]:
    keys = {_key(part) for name in names if name and len(name) <= 60 for part in [name, *re.split(r"\s[|–—-]\s", name)]}
    labels = [x for x in urlparse(url or "").netloc.lower().split(".") if x not in ("www", "m", "amp")]
    core = [x for x in labels[:-1] if x not in ("com", "co", "org", "net", "or", "ne")]
    if core:
        keys |= {_key(core[-1]), _key("".join(labels))}
    return {k for k in keys if len(k) >= 2}


def _is_site(segment: str, sites: set[str]) -> bool:
    key = _key(segment)
    if not key or DATE_SEGMENT.match(segment.strip()) or DOMAIN.search(segment):
        return True
    return len(segment.split()) <= SITE_WORDS and any(
        key == s or (len(s) >= 3 and s in key) or (len(key) >= 3 and key in s) for s in sites
    )


def strip_site(title: str, sites: set[str]) -> str:
    """The headline without the site name and section labels around it."""
    pieces = re.split(f"({SEPARATOR})", title)
    segments, separators = pieces[0::2], pieces[1::2]
    low, high = 0, len(segments)
    for i in range(len(segments) - 1, 0, -1):
        if _is_site(segments[i], sites):
            high = i
            while high > 1 and len(segments[high - 1].split()) <= SECTION_WORDS and len(segments[high - 1]) <= 30:
                high -= 1
            break
        if len(segments[i].split()) > 3 or len(segments[i]) > 30:
            break
    if high > 1 and _is_site(segments[0], sites) and "|" in separators[0]:
        low = 1
        while high - low > 1 and len(segments[low].split()) <= SECTION_WORDS:
            low += 1
    kept = segments[low] + "".join(separators[i - 1] + segments[i] for i in range(low + 1, high))
    return kept.strip() or title


def page_facts(tree: HtmlElement, *, sitename: str | None = None) -> PageFacts:
    objects = list(jsonld_objects(tree))
    url = _meta(tree, "property", "og:url") or next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None)
    titles = tree.xpath("//title")
    return PageFacts(
        og=(og := _meta(tree, "property", "og:title")),
        og_broken=og is None and bool(tree.xpath('//meta[@property="og:title"]')),
        twitter=_meta(tree, "name", "twitter:title"),
        jsonld=next((h for o in objects if _is_article(o) and (h := _clean(o.get("headline")))), None),
        named=_meta(tree, "name", "headline"),
        h1=next((t for h in tree.xpath("//h1") if (t := _clean(h.text_content()))), None),
        title=_clean(titles[0].text_content()) if titles else None,
        sites=_site_keys([_meta(tree, "property", "og:site_name"), sitename], url),
        published=_published(tree, objects),
    )


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def choose_headline(facts: PageFacts, *, fallback: str | None) -> str | None:
    def stripped(value: str | None) -> str | None:
        return strip_site(value, facts.sites) if value else None

    if facts.og_broken:
        fallback = None  # trafilatura copies the truncated og:title
    candidates = [
        stripped(facts.og),
        stripped(facts.twitter),
        stripped(fallback),
        stripped(facts.jsonld),
        facts.h1,
        stripped(facts.title),
    ]
    best = next((c for c in candidates if c), None)
    if best is None:
        return None
    # "Section | Headline" or "Headline-Section" when another statement of the page confirms the headline alone
    for other in (facts.h1, stripped(facts.jsonld), stripped(facts.named), stripped(facts.title)):
        if not other or _norm(other) == _norm(best):
            continue
        if _norm(best).endswith(_norm(other)) and re.search(r"\s\|\s$", best[: len(best) - len(other)]):
            return other
        if _norm(best).startswith(_norm(other)) and SECTION_TAIL.match(best[len(other) :]):
            return other
    return best


def _published(tree: HtmlElement, objects: list[dict]) -> str | None:
    """The date as the page writes it (no timezone conversion: the outlet's own day)."""
    for articles_only in (True, False):
        for obj in objects:
            if (_is_article(obj) or not articles_only) and isinstance(obj.get("datePublished"), str):
                if value := find_date(obj["datePublished"].strip()[:10]):
                    return value
    for value in tree.xpath('//meta[@property="article:published_time" or @name="article:published_time"]/@content'):
        if found := find_date(value.strip()[:10]):
            return found
    og = _meta(tree, "property", "og:title") or ""
    if m := TRAILING_DMY.search(og):
        return find_date(f"{m[3]}-{m[2]}-{m[1]}")
    return None
