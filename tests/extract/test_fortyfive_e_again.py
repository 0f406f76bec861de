"""Round forty-five (e): the same sides meeting on one day and again on another are two contacts, each with its own
date; tested on sentences written for these tests (names invented)."""

import pytest

from tests.conftest import events_with


@pytest.mark.parametrize(
    "text, names, dates",
    [
        (
            "The secretary, Lena Holm, said she had met Mayor Ivo Berg at the castle in July and again in September.",
            ("Lena Holm", "Ivo Berg"),
            {"2023-07", "2023-09"},
        ),
        (
            "The minister, Ivo Berg, sat down with Ana Ruiz at the ministry on Monday and again on Tuesday.",
            ("Ivo Berg", "Ana Ruiz"),
            {"2024-06-03", "2024-06-04"},
        ),
    ],
)
def test_met_on_one_day_and_again_on_another(extract, text, names, dates):
    # contact.again-another-day, merge.again
    record = extract(text, published="2024-06-05")
    events = events_with(record, *names)
    assert {e["date"]["value"] for e in events} == dates
