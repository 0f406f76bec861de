"""The accuracy gate: extraction on our own labelled articles must not fall below pinned floors."""

import json
from pathlib import Path

import pytest

from backchannel.evaluate import evaluate, load_gold
from backchannel.records import ConfirmationStatus, EventStatus, QuoteKind

GOLD = Path(__file__).parent / "gold"
CONSULT_MODES = {"visit", "phone", "meeting", "third-party", "multilateral", None}  # the contract's
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


def test_gold_labels_use_the_contracts_words():
    """A label outside the contract's vocabulary can never be matched, so it would lower a figure for nothing."""
    for gold in load_gold(GOLD / "quotes") + load_gold(GOLD / "contacts"):
        for quote in gold.get("quotes") or []:
            assert quote["kind"] in set(QuoteKind), (gold["id"], quote)
        for event in gold.get("events") or []:
            assert event["status"] in set(EventStatus), (gold["id"], event["status"])
            assert event["mode"] in CONSULT_MODES, (gold["id"], event["mode"])
            for confirmation in event.get("confirmations") or []:
                assert confirmation["status"] in set(ConfirmationStatus), (gold["id"], confirmation)


@pytest.mark.parametrize(
    ("gold_set", "metric"), [(s, m) for s, f in FLOORS.items() if not s.startswith("_") for m in f]
)
def test_floor(figures, gold_set, metric):
    assert figures[gold_set][metric] >= FLOORS[gold_set][metric], figures[gold_set]
