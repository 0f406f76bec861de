"""Round forty-six (e): "the two leaders" with no contact told before are the two people the nearest sentences name,
the sentence before first, however many are named further back (rule party.the-two-nearest-named). Sentences
written for these tests (names invented)."""

from tests.conftest import events_with


def test_the_two_leaders_are_the_pair_in_the_sentence_before(extract):
    record = extract(
        "Photographs by Ola Berg and Siri Dahl. Chile's President, Ana Ruiz, greets Germany's Chancellor, Greta Lind, "
        "on the steps of the palace in Lima on Monday. The two leaders then held talks for an hour.",
        published="2024-06-04",
    )
    (event,) = events_with(record, "Ana Ruiz", "Greta Lind")
    assert event["status"] == "occurred"
    assert not events_with(record, "Ola Berg")


def test_three_named_in_the_sentence_before_name_no_pair(extract):
    record = extract(
        "Photographs by Ola Berg. Chile's President, Ana Ruiz, greets Germany's Chancellor, Greta Lind, and Peru's "
        "President, Jorge Vidal, on the steps of the palace in Lima on Monday. The two leaders then held talks.",
        published="2024-06-04",
    )
    assert not events_with(record, "Ana Ruiz", "Greta Lind")


def test_the_two_delegations_are_no_pair_of_people_nearby(extract):
    # the mediator who moves between the two delegations is no delegation: the nearest people name no sides
    record = extract(
        "Colonel Tom Rath and Major Piet Smit lead the army side. General Jon Hale leads the rebels. Between them "
        "sits the mediator, Brigadier Ida Moss, who shuttles between the two delegations' quarters.",
        published="2024-06-04",
    )
    assert not events_with(record, "Ida Moss", "Jon Hale")
