"""Session 63: places of contacts.

- place.also-there carried the place of an earlier meeting to a further contact told with "also" even when that
  contact is a visit to a place of its own ("He will also visit Brazil"): the place visited is its own.

Sentences written for these tests (names invented)."""

from tests.conftest import events_with


def test_a_further_visit_told_with_also_keeps_its_destination(extract):
    record = extract(
        "Premier Ana Duarte met President Tomas Ilves on Tuesday in Montevideo. She will also visit Chile on Friday.",
        published="2019-03-06",
    )
    (visit,) = events_with(record, "Ana Duarte", "Chile")
    assert visit["place"]["name"] == "Chile"


def test_a_further_meeting_told_with_also_is_still_where_the_first_was(extract):
    # negative: a further meeting with no place of its own goes on where the first was
    record = extract(
        "Premier Ana Duarte met President Tomas Ilves on Tuesday in Montevideo. "
        "She also met the opposition leader Marta Gil.",
        published="2019-03-06",
    )
    (meeting,) = events_with(record, "Ana Duarte", "Marta Gil")
    assert meeting["place"]["name"] == "Montevideo"


def test_a_trip_to_a_country_for_a_meeting_in_its_town_is_placed_in_the_town(extract):
    record = extract(
        "Envoy Tomas Brekke will be going to Germany next week for a meeting of the contact group in Berlin.",
        published="2019-03-06",
    )
    (trip,) = events_with(record, "Tomas Brekke", "Germany")
    assert trip["place"]["name"] == "Berlin"


def test_a_trip_to_a_country_for_a_meeting_in_another_countrys_town_keeps_the_country(extract):
    # negative: a town outside the country gone to is not where the trip went
    record = extract(
        "Envoy Tomas Brekke will be going to Germany next week for a meeting of the contact group in Vienna.",
        published="2019-03-06",
    )
    (trip,) = events_with(record, "Tomas Brekke", "Germany")
    assert trip["place"]["name"] == "Germany"


def test_a_subject_placed_by_its_who_clause_met_there(extract):
    record = extract(
        "Foreign Minister Li Wen, who was attending the APEC ministerial meeting in Pusan, met Foreign Minister Tan "
        "Boon of Singapore on Tuesday.",
        published="2005-11-17",
    )
    (meeting,) = [e for e in events_with(record, "Li Wen", "Tan Boon") if e["mode"] == "meeting"]
    assert meeting["place"]["name"] == "Pusan"


def test_a_subject_placed_by_its_in_phrase_met_there(extract):
    record = extract("Li Wen, in Geneva for the human rights council, met Tan Boon on Tuesday.", published="2005-11-17")
    (meeting,) = events_with(record, "Li Wen", "Tan Boon")
    assert meeting["place"]["name"] == "Geneva"


def test_a_who_clause_of_another_kind_places_nothing(extract):
    # negative: where the subject was born is not where it met
    record = extract("Li Wen, who was born in Beijing, met Tan Boon on Tuesday.", published="2005-11-17")
    (meeting,) = events_with(record, "Li Wen", "Tan Boon")
    assert meeting["place"] is None


def test_a_who_clause_with_a_time_of_its_own_places_nothing(extract):
    # negative: where the subject was last week is not where it met on Monday
    record = extract("Li Wen, who was in Moscow last week, met Tan Boon on Monday.", published="2005-11-17")
    (meeting,) = events_with(record, "Li Wen", "Tan Boon")
    assert meeting["place"] is None
