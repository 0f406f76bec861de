"""A word for an outlet makes the name after it an outlet's only inside one sentence (session 49, helper A2,
rule actor.outlet-noun-in-sentence): a headline or standfirst with no full stop that ends in "Channel",
"Station" or "Paper" does not swallow the person who opens the next paragraph. Sentences written for these tests
(names invented)."""

import pytest

from tests.conftest import events_with


def person_names(record):
    return {a["name"] for a in record["actors"] if a["kind"] == "person"}


@pytest.mark.parametrize(
    "heading",
    [
        "Pilots and ferrymen in talks over the Kemaman Channel",
        "Night shift ends early at Vesterby Power Station",
        "Mill town mourns the closing of its Paper",
    ],
)
def test_a_person_after_a_heading_ending_in_an_outlet_word(extract, heading):
    text = (
        f"{heading}\n\nTomás Arrieta-Lopes, the harbour pilot who led the crews for a decade, met the mayor on Monday."
    )
    record = extract(text)
    assert "Tomás Arrieta-Lopes" in person_names(record)
    assert events_with(record, "Tomás Arrieta-Lopes")


def test_an_outlet_word_in_the_same_sentence_still_names_an_outlet(extract):
    record = extract("The news channel Harbour Vision reported that Tomás Arrieta-Lopes had met the mayor on Monday.")
    vision = [a for a in record["actors"] if a["name"] == "Harbour Vision"]
    assert vision and vision[0]["kind"] == "outlet"


def test_a_paper_word_ending_the_sentence_before_is_no_outlet_word(extract):
    record = extract(
        "The strike closed the harbour and silenced the town's only paper. "
        "Tomás Arrieta-Lopes, the harbour pilot, met the mayor on Monday."
    )
    assert "Tomás Arrieta-Lopes" in person_names(record)
