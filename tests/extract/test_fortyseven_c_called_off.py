"""Round forty-seven (helper c): a contact called off, cancelled or refused and a contact held between the same
people are two contacts, not one told twice (rule merge.called-off-not-held). Sentences written for these tests
(names invented)."""

import pytest

from tests.conftest import events_with


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "A meeting between President Ana Ruiz and Chancellor Greta Lind, scheduled for the afternoon, was called "
            "off. The two did speak briefly before the dinner, an aide said.",
            ("Ana Ruiz", "Greta Lind"),
        ),
        (
            "Governor Paul Reyes met Mayor Lena Ortiz at the harbour on Tuesday. A second meeting between Reyes and "
            "Ortiz, planned for Wednesday, was cancelled at short notice.",
            ("Paul Reyes", "Lena Ortiz"),
        ),
    ],
)
def test_called_off_and_held_are_two(extract, text, pair):
    record = extract(text, published="2024-05-10")
    statuses = sorted(e["status"] for e in events_with(record, *pair))
    assert len(statuses) == 2
    assert statuses[1] == "occurred"
    assert statuses[0] != "occurred"


@pytest.mark.parametrize(
    "text",
    [
        # a plain denial answers the contact told: one contact
        "A weekly reported that President Ana Ruiz met Chancellor Greta Lind in Vienna last week. Lind's office said "
        "she did not meet Ruiz.",
        # a visit put off is still the one planned
        "President Ana Ruiz will visit Chancellor Greta Lind in Berlin next month. The visit was postponed, an aide "
        "said.",
    ],
)
def test_one_contact_still(extract, text):
    record = extract(text, published="2024-05-10")
    assert len(events_with(record, "Ana Ruiz", "Greta Lind")) == 1
