"""Countries: names, demonyms and seats of government to ISO 3166-1 alpha-3."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    buildings: dict[str, str]
    display: dict[str, str]

    def country_of(self, words: str) -> str | None:
        """ISO code for a country name, demonym, capital or seat of government, else None."""
        key = normalise(words)
        return self.names.get(key) or self.demonyms.get(key) or self.capitals.get(key) or self.buildings.get(key)

    def is_country_name(self, words: str) -> bool:
        return normalise(words) in self.names

    def is_capital(self, words: str) -> bool:
        """A capital city: a place, though the press also uses it for its government ("Moscow said")."""
        return normalise(words) in self.capitals

    def is_building(self, words: str) -> bool:
        """A seat of government named as a building (Kremlin, White House): an organisation that acts."""
        return normalise(words) in self.buildings


def normalise(words: str) -> str:
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
    text = resources.files("backchannel.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, country_names, demonym_list, capital_list, building_list = [*line.split("\t"), "", "", "", ""][:5]
        display[code] = country_names.split(";")[0]
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
                    if table is demonyms and not value.endswith("s"):
                        table[normalise(value) + "s"] = code
    return Gazetteer(names, demonyms, capitals, buildings, display)
