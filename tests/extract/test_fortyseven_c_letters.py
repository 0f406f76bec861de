"""Round forty-seven (helper c): a letter that asks to meet "him", "her" or "them" asks to meet whom it was written
to (rule party.written-to, now on a contact verb as on a contact noun). Sentences written for these tests (names
invented)."""

import pytest

from tests.conftest import event_names


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "The chairman of the Lake Fishers' Union, Jon Mhango, said the union had written to Armando Mucavele in "
            "June asking to meet him before any deal was struck.",
            "Armando Mucavele",
        ),
        ("Jon Mhango wrote to Governor Paul Reyes in June asking to meet him.", "Paul Reyes"),
    ],
)
def test_the_letter_asks_to_meet_its_addressee(extract, text, asked):
    record = extract(text, published="2024-05-10")
    (event,) = record["events"]
    assert asked in event_names(record, event)
    assert event["status"] == "hypothetical"


def test_asked_to_meet_him_is_not_a_letter(extract):
    # "asked Ana Ruiz to meet him": Ruiz is to meet the asker, no letter names whom
    record = extract("Jon Mhango said he had asked Ana Ruiz to meet him.", published="2024-05-10")
    (event,) = record["events"]
    assert {"Ana Ruiz", "Jon Mhango"} <= event_names(record, event)
