"""Round forty-eight (helper A): the mode of talks, visit or meeting. Talks led by someone of one country with
someone of another in a place of the second's country are a visit there (rule mode.talks-in-the-hosts-country);
talks both sides hold abroad, on the sidelines of a gathering, or with a resident ambassador stay a meeting.
Crossing into a country and driving to a city are journeys (travel_verbs), so talks told with them are a visit.
Sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _modes(record: dict) -> list[tuple[str, set[str]]]:
    return [(e["mode"], event_names(record, e)) for e in record["events"]]


def test_talks_held_in_the_others_capital_are_a_visit(extract):
    record = extract(
        "The Chilean trade minister, Rosa Ibarra, held talks in Lima on Monday with her Peruvian counterpart, "
        "Jorge Salas.",
        published="2025-06-13",
    )
    assert _modes(record) == [("visit", {"Rosa Ibarra", "Jorge Salas"})]


def test_meeting_someone_in_his_own_city_is_a_visit(extract):
    record = extract(
        "Kenya's foreign minister, Otieno Maina, met Uganda's president, Moses Kato, in Kampala on Tuesday to "
        "discuss fishing rights on the lake.",
        published="2025-06-13",
    )
    assert _modes(record) == [("visit", {"Otieno Maina", "Moses Kato"})]


def test_two_sides_meeting_together_in_one_sides_city_stay_a_meeting(extract):
    # both are the subject: the sentence does not say who came
    record = extract(
        "The Chilean trade minister, Rosa Ibarra, and her Peruvian counterpart, Jorge Salas, met in Lima on Monday.",
        published="2025-06-13",
    )
    assert [mode for mode, _ in _modes(record)] == ["meeting"]


def test_talks_in_a_third_country_stay_a_meeting(extract):
    record = extract(
        "The Chilean trade minister, Rosa Ibarra, met her Peruvian counterpart, Jorge Salas, in Geneva on Monday.",
        published="2025-06-13",
    )
    assert [mode for mode, _ in _modes(record)] == ["meeting"]


def test_a_resident_ambassador_meets_where_he_is_posted(extract):
    record = extract(
        "The Chilean ambassador, Rosa Ibarra, met Peru's foreign minister, Jorge Salas, in Lima on Monday.",
        published="2025-06-13",
    )
    assert [mode for mode, _ in _modes(record)] == ["meeting"]


def test_talks_on_the_sidelines_of_a_gathering_stay_a_meeting(extract):
    record = extract(
        "On the sidelines of the Pacific trade forum, the Chilean trade minister, Rosa Ibarra, met her Peruvian "
        "counterpart, Jorge Salas, in Lima on Monday.",
        published="2025-06-13",
    )
    assert "visit" not in [mode for mode, _ in _modes(record)]


def test_a_denied_report_of_talks_stays_a_meeting(extract):
    record = extract(
        "The ministry denied a newspaper report that the Chilean trade minister, Rosa Ibarra, had met Peru's "
        "foreign minister, Jorge Salas, in Lima last week.",
        published="2025-06-13",
    )
    assert "visit" not in [mode for mode, _ in _modes(record)]


def test_crossing_into_a_country_to_meet_its_leader_is_a_visit(extract):
    # "cross" is a verb of going (travel_verbs): mode.where-travelled for a contact joined to it
    record = extract(
        "The Nigerien foreign minister, Ali Sani, crossed into Chad on Monday and met President Idriss Mahamat.",
        published="2025-06-13",
    )
    assert _modes(record) == [("visit", {"Ali Sani", "Idriss Mahamat"})]


def test_driving_to_a_city_for_talks_is_a_visit(extract):
    # "drive" is a verb of going (travel_verbs): contact.travel.to-meet
    record = extract(
        "The Nigerien foreign minister, Ali Sani, drove to Ndjamena on Monday for talks with President Idriss Mahamat.",
        published="2025-06-13",
    )
    [event] = record["events"]
    assert (event["mode"], event["place"]["name"]) == ("visit", "Ndjamena")


def test_crossing_with_no_one_met_is_no_contact(extract):
    record = extract("Rebel fighters crossed into Chad on Monday.", published="2025-06-13")
    assert record["events"] == []


def test_crossing_the_aisle_is_no_journey(extract):
    record = extract("The senator crossed the aisle to meet Republicans on the bill.", published="2025-06-13")
    assert "visit" not in [mode for mode, _ in _modes(record)]


def test_talks_retold_by_the_two_keep_the_sides_first_told(extract):
    # "the two men" retells the talks with both as subject; who came to whom is the first telling's
    record = extract(
        "Mexico's trade minister, Ramiro Salas, met the White House adviser Nathan Green in Washington on Wednesday. "
        "The Mexican ministry said the two men had held a productive working meeting lasting two hours.",
        published="2025-06-13",
    )
    assert _modes(record) == [("visit", {"Ramiro Salas", "Nathan Green"})]
