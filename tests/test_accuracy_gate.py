"""The accuracy gate: extraction on our own labelled articles must not fall below pinned floors."""

import json
from pathlib import Path

import pytest

from backchannel.evaluate import evaluate, load_gold

GOLD = Path(__file__).parent / "gold"
FLOORS = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def figures(nlp):
    return {name: evaluate(load_gold(GOLD / name), nlp) for name in ("quotes", "contacts")}


def test_gold_sets_are_big_enough():
    assert len(load_gold(GOLD / "quotes")) >= 25
    assert len(load_gold(GOLD / "contacts")) >= 20


def test_gold_substrings_occur_once():
    for gold in load_gold(GOLD / "quotes") + load_gold(GOLD / "contacts"):
        for quote in gold.get("quotes") or []:
            for key in ("content", "content_more"):
                if quote.get(key):
                    assert gold["text"].count(quote[key]) == 1, (gold["id"], quote[key])


@pytest.mark.parametrize(
    ("gold_set", "metric"), [(s, m) for s, f in FLOORS.items() if not s.startswith("_") for m in f]
)
def test_floor(figures, gold_set, metric):
    assert figures[gold_set][metric] >= FLOORS[gold_set][metric], figures[gold_set]
