"""Contacts that are no contacts, round thirty-eight (helper f): a contact of a counted group ("the two men", "both
sides") whose people were never found records no one; tested on sentences written for these tests."""

import pytest


def summary(record: dict) -> list[tuple[str, list[str]]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], sorted(names[p] for p in e["participants"])) for e in record["events"]]


@pytest.mark.parametrize(
    "text",
    [
        # party.pair-never-named: nobody named before stands for the group
        "The harbour was quiet on Sunday. The two men met at a hotel in Split, the paper said.",
        "Both sides will meet again next week, a spokesman said.",
        "The four leaders agreed to meet again in the spring, a joint statement said.",
    ],
)
def test_a_pair_never_named_is_no_contact(extract, text):
    assert summary(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group is resolved to the pair named before it
        (
            "Finance Minister Karl Berg accused Ida Holm of bad faith. The two met in Oslo in April.",
            [("meeting", ["Ida Holm", "Karl Berg"])],
        ),
        # a group that names its sides' states stays a contact of them
        (
            "Senegalese and Guinean officials met in Dakar on Monday.",
            [("meeting", ["Guinea", "Senegal", "Senegalese and Guinean officials"])],
        ),
    ],
)
def test_a_named_pair_or_its_states_stay(extract, text, expected):
    assert summary(extract(text)) == expected


def test_the_denial_of_a_pair_never_named_stays_with_it(extract):
    # the unnamed call takes its denial before it is dropped: the visit told before is not made a denied one
    record = extract(
        "Senegal's interior minister, Awa Diop, received a Guinean delegation in Dakar on Tuesday for talks on the "
        "border. The ministry denied a report in a Conakry weekly that the two countries' presidents had spoken by "
        "telephone over the weekend."
    )
    assert [(e["mode"], e["status"]) for e in record["events"]] == [("visit", "occurred")]
