"""Attributions found in round six of the recall work (issue 13), on sentences written for these tests."""

import pytest

from tests.conftest import quote_with


def parts(record, quote):
    text = record["article"]["text"]
    return [text[p["start"] : p["end"]] for p in quote["content"].get("parts", [])] or [quote["content"]["text"]]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The harbour board appeared likely to approve the loan.",
            "appeared",
            ["The harbour board", "likely to approve the loan"],
        ),
        (
            "The councillor seems ready for a long fight over the budget.",
            "seems",
            ["The councillor", "ready for a long fight over the budget"],
        ),
        (
            "Moss seemed rattled by the questions from the floor.",
            "seemed",
            ["Moss", "rattled by the questions from the floor"],
        ),
        (
            "The mayor held a large lead and appeared poised to win a third term.",
            "appeared",
            ["The mayor", "poised to win a third term"],
        ),
        ("It seems fairly likely that the ferry will stop.", "seems", ["fairly likely that the ferry will stop"]),
    ],
)
def test_how_things_look_with_a_complement_is_attributed_to_no_one(extract, sentence, cue, content):
    # quote.appearance-complement
    record = extract(sentence)
    quote = next(q for q in record["quotes"] if q["cue"]["text"] == cue)
    assert [p.rstrip(".") for p in parts(record, quote)] == content
    assert quote["speaker"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor appeared tired after the vote.",
        "The harbour master appeared on the local radio show on Monday.",
    ],
)
def test_a_bare_look_or_an_appearance_somewhere_is_no_attribution(extract, sentence):
    assert extract(sentence)["quotes"] == []


def test_a_quote_with_its_own_cue_after_it_is_not_joined_to_the_one_before(extract):
    # quote.own-cue-after
    record = extract(
        '"The ferry will run until May," said harbour master Ada Moss, who has run the port for a decade. '
        '"After that, the bridge takes over," she added.'
    )
    first = quote_with(record, "until May")
    second = quote_with(record, "bridge takes over")
    assert first is not second
    assert first["cue"]["text"] == "said"
    assert second["cue"]["text"] == "added" and second["speaker"]["text"] == "she"


def test_a_quote_with_no_cue_of_its_own_still_continues_the_one_before(extract):
    record = extract('"The ferry will run until May," Moss said. "After that, the bridge takes over."')
    quote = quote_with(record, "until May")
    assert "bridge takes over" in quote["content"]["text"]
