"""Countries: names, demonyms and seats of government to ISO 3166-1 alpha-3."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, str]
    demonyms: dict[str, str]
    seats: dict[str, str]
    display: dict[str, str]

    def country_of(self, words: str) -> str | None:
        """ISO code for a country name, demonym or seat of government, else None."""
        key = normalise(words)
        return self.names.get(key) or self.demonyms.get(key) or self.seats.get(key)

    def is_country_name(self, words: str) -> bool:
        return normalise(words) in self.names

    def is_seat(self, words: str) -> bool:
        return normalise(words) in self.seats


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
    seats: dict[str, str] = {}
    display: dict[str, str] = {}
    text = resources.files("backchannel.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, country_names, demonym_list, seat_list = ([*line.split("\t"), "", "", ""])[:4]
        display[code] = country_names.split(";")[0]
        for table, values in ((names, country_names), (demonyms, demonym_list), (seats, seat_list)):
            for value in values.split(";"):
                if value.strip():
                    table[normalise(value)] = code
                    if table is demonyms and not value.endswith("s"):
                        table[normalise(value) + "s"] = code
    return Gazetteer(names, demonyms, seats, display)
