"""Round forty-five (e): two who lunched or dined together, or embraced, met in person; tested on sentences written
for these tests (names invented)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Lord Ivo Ashby and Pieter van Houten dined together in Amsterdam last Thursday.",
        "Colonel Ivo Wexler and General Pyotr Ignatov lunched together at the Hotel Sacher on Tuesday.",
        "General Ivo Berg and General Pyotr Ignatov embraced at the border railway station on Tuesday.",
    ],
)
def test_together_at_a_meal_or_in_an_embrace_is_a_meeting(extract, text):
    # contact.verb.dined-together, contact.verb.embraced; a stance embraced or a family's dinner is none
    record = extract(text, published="2024-06-05")
    (event,) = record["events"]
    assert event["mode"] == "meeting" and len(event["participants"]) == 2
    for other in ("The party embraced the reforms.", "The family dined together on Sunday."):
        assert extract(other, published="2024-06-05")["events"] == []
