"""Review R2 (session 47): mends of overreach in this round's gathering, led-group, called-off and invitation rules.
Sentences written for these tests by the reviewer (names invented)."""

import pytest

from tests.conftest import event_names, events_with


@pytest.mark.parametrize(
    "text",
    [
        # party.attends-gathering: the press, and people of no office there to look on, are no side of a gathering
        "Reporter Mia Holt, who returned from the ASEAN summit in Jakarta on Sunday, said the mood was tense.",
        "Mia Holt of the Harbour Gazette went to the SADC summit in Maputo on Saturday.",
        "Analysts were at the Arab League summit in Cairo on Thursday to watch the vote.",
        "Hotel staff were at the G20 summit in Rio on Sunday, serving coffee.",
    ],
)
def test_who_looks_on_at_a_gathering_is_no_side(extract, text):
    record = extract(text, published="2024-05-10")
    assert record["events"] == []


@pytest.mark.parametrize(
    ("text", "attendee"),
    [
        ("Foreign Minister Ana Ruiz came home from the ASEAN summit in Jakarta on Sunday.", "Ana Ruiz"),
        ("Kenyan officials were at the African Union summit in Addis Ababa on Sunday.", "Kenya"),
    ],
)
def test_who_takes_part_in_a_gathering_still_does(extract, text, attendee):
    record = extract(text, published="2024-05-10")
    assert [e["mode"] for e in events_with(record, attendee)] == ["multilateral"]


def test_a_body_in_the_leaders_own_description_is_not_the_groups(extract):
    # party.led-group-body: the group comes from no body; the leader's description names the bank, not the group's
    record = extract(
        "A delegation led by Ivo Brandt, a board member of the Coastal Development Bank, met Governor Lena Ortiz in "
        "Tarma on Monday.",
        published="2024-05-10",
    )
    (event,) = events_with(record, "Ivo Brandt", "Lena Ortiz")
    assert "Coastal Development Bank" not in event_names(record, event)


def test_a_body_the_group_comes_from_still_is(extract):
    record = extract(
        "A delegation from the Coastal Development Bank, led by its vice-president, Ivo Brandt, met Governor Lena "
        "Ortiz in Tarma on Monday.",
        published="2024-05-10",
    )
    (event,) = events_with(record, "Ivo Brandt", "Lena Ortiz")
    assert "Coastal Development Bank" in event_names(record, event)


def test_the_meeting_called_off_and_then_held_after_all_is_one(extract):
    # merge.called-off-not-held: "the meeting" that went ahead after all is the one called off, not a second one
    record = extract(
        "A meeting between Governor Paul Reyes and Mayor Lena Ortiz was called off on Monday. On Tuesday, the "
        "meeting between Reyes and Ortiz went ahead after all at the harbour.",
        published="2024-05-10",
    )
    assert [e["status"] for e in events_with(record, "Paul Reyes", "Lena Ortiz")] == ["occurred"]


@pytest.mark.parametrize(
    "text",
    [
        # contact.verb.invited-to-place: invited to a place for an errand other than talks is no visit
        "Ana Ruiz, the Chilean novelist, was invited to Paris to receive an award on Friday.",
        "The poet Ivo Brandt has been invited to Stockholm in December for the prize ceremony.",
    ],
)
def test_invited_to_a_place_for_an_award_is_no_visit(extract, text):
    record = extract(text, published="2024-05-10")
    assert [e for e in record["events"] if e["mode"] == "visit"] == []


def test_invited_to_a_place_for_talks_is_still_a_visit(extract):
    record = extract(
        "Peru's trade minister, Hugo Salas, has been invited to Quito in October for talks on tariffs.",
        published="2024-05-10",
    )
    assert [e["mode"] for e in events_with(record, "Hugo Salas")] == ["visit"]


def test_a_state_named_with_a_grouping_word_is_no_grouping(extract):
    # contact.meeting.of-a-grouping: "South African" is one state's people, "East African" a grouping's. Round 62:
    # each meeting has a guest and the test tells them by mode, as a grouping's meeting alone is no contact now
    # (party.gathering-of-one) and would be dropped as the one state's meeting is
    record = extract(
        "A meeting of South African ministers was held in Pretoria on Tuesday with President Ana Ruiz of Peru. A "
        "meeting of East African ministers was held in Arusha on Wednesday with President Luis Mora of Chile.",
        published="2024-05-08",
    )
    assert [(e["mode"], e["place"]["name"]) for e in record["events"]] == [
        ("meeting", "Pretoria"),
        ("multilateral", "Arusha"),
    ]
