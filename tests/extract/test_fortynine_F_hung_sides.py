"""Round forty-nine (helper F): the sides of a contact noun that the parser hangs, with "between" or "with", on the
verb telling the contact happened or on a noun of the contact's own place, time or topic are its sides all the same
(rule party.hung-on-its-phrase); "between" after a border or a bridge names its ends, and a "with" whose object is no
party names no side. Sentences written for these tests (names invented)."""

from typing import Any

import pytest

from tests.conftest import actor_of


def _sides(record: dict[str, Any]) -> list[set[str]]:
    """Each event's participants by name."""
    return [{actor_of(record, p)["name"] for p in e["participants"]} for e in record["events"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "A meeting took place in Oslo between Lena Ostrova and Piet Lund.",
        "A second meeting took place at the Hotel Bristol in Oslo between Lena Ostrova and the chairman of the board, "
        "Piet Lund.",
        "There was a meeting last Tuesday at the Danish consulate in Hamburg between Lena Ostrova, the deputy "
        "minister, and Piet Lund.",
    ],
)
def test_between_hung_on_the_happening_or_its_place(extract, sentence):
    record = extract(sentence, published="2026-06-02")
    assert _sides(record) == [{"Lena Ostrova", "Piet Lund"}]


def test_with_hung_on_the_topic_of_talks(extract):
    record = extract(
        "Norvale Shipping, the Danish ferry operator, is in early talks about a takeover with Baltic Line Holdings.",
        published="2026-06-02",
    )
    assert any({"Norvale Shipping", "Baltic Line Holdings"} <= sides for sides in _sides(record))


@pytest.mark.parametrize(
    "sentence",
    [
        "Customs officers held talks on Monday at the crossing on the border between Kandor and Belmar.",
        "The meeting took place on the bridge between Kandor and Belmar.",
    ],
)
def test_between_after_a_border_names_its_ends(extract, sentence):
    record = extract(sentence, published="2026-06-02")
    assert not any({"Kandor", "Belmar"} <= sides for sides in _sides(record))


def test_with_names_a_side_only_when_a_party(extract):
    record = extract(
        "The talks between the two unions began in Bergen with a minute's silence.", published="2026-06-02"
    )
    assert not any("silence" in name for sides in _sides(record) for name in sides)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Ostrova had spent two days at a hunting lodge in the Tatra mountains with the Slovak minister, Piet "
        "Lund, discussing the pipeline.",
    ],
)
def test_a_spell_with_a_person_hung_on_a_place_within_its_setting(extract, sentence):
    record = extract(sentence, published="2026-06-02")
    assert _sides(record) == [{"Lena Ostrova", "Piet Lund"}]
    assert record["events"][0]["mode"] == "meeting"


def test_a_spell_with_kin_in_a_setting_is_no_meeting(extract):
    record = extract(
        "Lena Ostrova had spent two days at a hunting lodge in the Tatra mountains with her husband, hiking.",
        published="2026-06-02",
    )
    assert record["events"] == []
