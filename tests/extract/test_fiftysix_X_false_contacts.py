"""Round fifty-six (helper X): false contacts read from real text. A contact noun held by a verb of holding that is
itself told as a habit or a policy is no happening (rule contact.habit.held): "regularly holds meetings with",
"ambassadors do not hold meetings with the president", "spent May regularly holding meetings with"; talks held on a
day or told in the perfect stay. "Meet interest payments" is figurative (rule contact.meet.figurative). Sentences
written for these tests (names invented)."""

import pytest


def events(record: dict) -> list[tuple[str, str, set[str]]]:
    """Each event as its mode, status and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], e["status"], {names[p] for p in e["participants"]}) for e in record["events"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Lena Marsh regularly holds meetings with Senator Paul Odum.",
        "Varga said it was for the same reason Norwegian ambassadors to Peru do not hold meetings with "
        "President Ana Quispe.",
        "Marsh spent most of the first two weeks of June regularly holding meetings with Senator Paul Odum.",
    ],
)
def test_held_as_a_habit_is_no_contact(extract, sentence):
    # contact.habit.held: the holding verb tells a habit or a policy
    assert events(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Lena Marsh held talks with Senator Paul Odum in Duluth on Monday.",
        "Governor Lena Marsh has held several meetings with Senator Paul Odum since March.",
        "Governor Lena Marsh will hold talks with Senator Paul Odum on Friday.",
    ],
)
def test_held_on_an_occasion_stays(extract, sentence):
    # negative: talks held on a day, in the perfect or planned are contacts
    assert [p for _, _, p in events(extract(sentence))] == [{"Lena Marsh", "Paul Odum"}]


def test_interest_payments_are_not_met(extract):
    # contact.meet.figurative: "meet interest payments" is paying them
    record = extract("From August, Governor Lena Marsh said, the county will be unable to meet interest payments.")
    assert events(record) == []


def test_a_meeting_about_payments_stays(extract):
    # negative: the payments are the topic, not what is met
    record = extract("Governor Lena Marsh will meet Senator Paul Odum on Friday to discuss the payments.")
    assert [p for _, _, p in events(record)] == [{"Lena Marsh", "Paul Odum"}]
