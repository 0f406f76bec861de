"""The state an article's outlet is at home in: where its "our Foreign Minister" and the offices it names without a
state belong (rules speaker.home-state, party.home-side)."""

from __future__ import annotations

import re

from iso3166 import countries

from ..datelines import dateline_city
from ..geo import gazetteer
from ..records import Article
from .lexicon import GENERIC_DOMAINS

MAX_STATE_WORDS = 4
"""The most words a state's name has ("Saint Kitts and Nevis")."""


def word_runs(words: list[str]) -> list[str]:
    """Every run of one to ``MAX_STATE_WORDS`` consecutive words, as text: where a state's name may be."""
    return [" ".join(words[i : i + n]) for n in range(1, MAX_STATE_WORDS + 1) for i in range(len(words) - n + 1)]


def outlet_home(article: Article) -> str | None:
    """The one state the outlet's name places it in ("The Kathmandu Courier": Nepal), else the state of the city
    the story is filed from ("KATHMANDU —"), if either."""
    found = _states_named(article, by_any_city=True)
    if len(found) == 1:
        return found.pop()
    city = dateline_city(article.text)
    return gazetteer().state_of(city) if city and not found else None


def outlet_named_state(article: Article) -> str | None:
    """The one state the outlet's own name places it in by a state's name, its people's or its capital's ("The
    Kathmandu Courier": Nepal), else None; a wire service's name places it nowhere. Not by any other town's name:
    a town's name in an outlet's is often a region's or a river's ("Trinidad", a town in Bolivia, in "Trinidad
    Daily Sentinel")."""
    found = _states_named(article, by_any_city=False)
    return next(iter(found)) if len(found) == 1 else None


def _states_named(article: Article, *, by_any_city: bool) -> set[str]:
    geo = gazetteer()
    placing = geo.state_of if by_any_city else geo.country_of
    words = re.findall(r"[^\W\d_]+", re.sub(r"\(.*?\)", "", article.outlet or ""))
    return {code for name in word_runs(words) if (code := placing(name))}


def outlet_domain_state(article: Article) -> str | None:
    """The state whose country-code top-level domain ends the outlet's address ("nation.co.ke": Kenya,
    "standard.co.uk": the United Kingdom), else None: a generic domain (".com", ".org") places it nowhere, nor does
    a country's domain sold for other uses (".tv", ".io", ".me")."""
    found = re.fullmatch(r"(?:[\w-]+\.)*?(com?\.|org\.|net\.|gov\.)?([a-z]{2})", (article.outlet or "").strip().lower())
    if found is None or (found.group(1) is None and found.group(2) in GENERIC_DOMAINS):
        return None
    country = countries.get("GB" if found.group(2) == "uk" else found.group(2).upper(), None)
    return country.alpha3 if country is not None else None
