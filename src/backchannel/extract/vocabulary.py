"""Word families kept as data (``data/vocab/*.toml``), loaded once per process.

Each file holds tables named for a family of words: ``about`` says what the family decides, and either
``words`` (a list, each word once), ``modes`` (each word with the contact mode it names) or ``meanings`` (each
phrase with the word it means).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Vocabulary:
    """The families of one vocabulary file."""

    name: str
    tables: dict[str, dict[str, Any]]

    def words(self, family: str) -> frozenset[str]:
        words = self.tables[family]["words"]
        if len(set(words)) != len(words):
            raise ValueError(f"{self.name}.toml [{family}] lists a word twice")
        return frozenset(words)

    def modes(self, family: str) -> dict[str, str]:
        return dict(self.tables[family]["modes"])

    def meanings(self, family: str) -> dict[str, str]:
        return dict(self.tables[family]["meanings"])


@cache
def vocabulary(name: str) -> Vocabulary:
    text = resources.files("backchannel").joinpath(f"data/vocab/{name}.toml").read_text(encoding="utf-8")
    return Vocabulary(name, tomllib.loads(text))
