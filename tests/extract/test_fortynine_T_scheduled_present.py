"""A trip told in the simple present with a day to come, and a contact joined to it with no day of its own, is one
planned contact on that day (session 49, helper T, rule status.present-scheduled-joined). Sentences written for
these tests (names invented); each text opens with a headline line, where the present tells the news."""

from tests.conftest import events_with

FRIDAY = "2024-05-10"


def test_a_present_joined_to_a_scheduled_trip_is_planned_with_it(extract):
    text = (
        "Minister abroad\n\nThe trade minister, Marek Zielny, flies to Nairobi on Thursday and meets the Kenyan"
        " president, Daniel Otieno."
    )
    (event,) = events_with(extract(text, published=FRIDAY), "Marek Zielny", "Daniel Otieno")
    assert event["status"] == "planned"
    assert event["date"]["value"] == "2024-05-16"


def test_the_same_in_quoted_words(extract):
    text = (
        'Minister abroad\n\n"Our minister, Rosa Ibarra, travels to Lima on Monday and holds talks with President'
        ' Jorge Salas," the ministry said.'
    )
    (event,) = events_with(extract(text, published=FRIDAY), "Rosa Ibarra", "Jorge Salas")
    assert event["status"] == "planned"
    assert event["date"]["value"] == "2024-05-13"


def test_a_trip_told_in_the_past_keeps_its_past_day(extract):
    text = (
        "Minister abroad\n\nThe trade minister, Marek Zielny, flew to Nairobi on Thursday and met the Kenyan"
        " president, Daniel Otieno."
    )
    (event,) = events_with(extract(text, published=FRIDAY), "Marek Zielny", "Daniel Otieno")
    assert event["status"] == "occurred"
    assert event["date"]["value"] == "2024-05-09"


def test_a_present_joined_to_an_undated_present_is_not_scheduled(extract):
    # no day to come anywhere: the joined present borrows no timetable
    text = "Minister abroad\n\nThe trade minister, Marek Zielny, often flies to Nairobi and meets business leaders."
    record = extract(text, published=FRIDAY)
    assert all(e["status"] != "planned" for e in record["events"])
