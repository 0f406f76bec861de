"""Every extraction rule has an id, a description and a sentence it fires on (data/rules/*.toml)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from spacy.language import Language

from backchannel.extract.trace import collecting, registry
from backchannel.pipeline import analysable_text, explained
from backchannel.readers.text import read_text

PACKAGE = Path(__file__).parents[2] / "src" / "backchannel"
SOURCES = (PACKAGE, PACKAGE / "extract")  # the readers of the text (datelines) fire rules too
RULE_ID = re.compile(
    r"\"((?:contact|status|party|mode|date|place|merge|report|confirm|quote|speaker|actor|gender|pronoun)\.[a-z0-9.-]+)\""
)


def ids_in_code() -> set[str]:
    paths = [path for folder in SOURCES for path in folder.glob("*.py")]
    return {m for path in paths for m in RULE_ID.findall(path.read_text(encoding="utf-8"))}


def test_every_rule_the_code_fires_is_registered() -> None:
    missing = ids_in_code() - set(registry())
    assert not missing, f"rules fired in the code but missing from data/rules/*.toml: {sorted(missing)}"


def test_every_registered_rule_is_in_the_code() -> None:
    stale = set(registry()) - ids_in_code()
    assert not stale, f"rules in data/rules/*.toml that no code fires: {sorted(stale)}"


def test_every_rule_is_described() -> None:
    for rule_id, entry in registry().items():
        assert entry.get("does", "").strip(), rule_id
        assert entry.get("example", "").strip(), rule_id


def fired_on(nlp: Language, text: str, published: str, outlet: str = "The Daily Ledger") -> set[str]:
    # read as a pasted page is, so that an example may open with a headline line
    article = dataclasses.replace(read_text(text, source="example"), published=published, outlet=outlet)
    with collecting([]) as top:  # quote rules fire outside any event's collection
        record = explained(article, nlp(analysable_text(article)))
    out = set(top) | {r for rules in record["explain"]["events"].values() for r in rules}
    return out | {r for c in record["explain"]["candidates"] for r in c["rules"]}


@pytest.mark.parametrize("rule_id", sorted(registry()))
def test_rule_fires_on_its_example(nlp: Language, rule_id: str) -> None:
    entry = registry()[rule_id]
    published, outlet = entry.get("published", "2026-03-12"), entry.get("outlet", "The Daily Ledger")
    fired = fired_on(nlp, entry["example"], published, outlet)
    assert rule_id in fired, f"{rule_id} did not fire on {entry['example']!r}; fired: {sorted(fired)}"
