"""A body's own gathering ("the ASEAN summit"), told with its own place and date, is that body's multilateral contact
though no attendee is named (session 66, helper GA; rule party.body-summit-set); one with no place or no date stays
dropped (rule party.gathering-of-one). On sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def gatherings(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"] if e["mode"] == "multilateral"]


def test_a_bodys_summit_with_its_place_and_date_is_kept(extract):
    r = extract("The next Andean Forum summit will be held in Quito in May.", published=PUBLISHED)
    assert gatherings(r) == [{"Andean Forum"}]
    event = r["events"][0]
    assert event["status"] == "planned"
    assert event["place"]["name"] == "Quito"


def test_a_bodys_summit_set_in_a_before_phrase_is_kept(extract):
    r = extract(
        "Harbour officials met in Tallinn on Monday to align positions before the Baltic Council summit in Vilnius "
        "in June.",
        published=PUBLISHED,
    )
    assert {"Baltic Council"} in gatherings(r)


def test_a_bodys_summit_without_a_place_stays_dropped(extract):
    r = extract("Harbour officials met in Tallinn on Monday ahead of a Baltic Council summit.", published=PUBLISHED)
    assert {"Baltic Council"} not in gatherings(r)


def test_a_bodys_summit_without_a_date_stays_dropped(extract):
    r = extract("The Andean Forum summit in Quito was praised by analysts.", published=PUBLISHED)
    assert gatherings(r) == []


def test_a_recalled_summit_of_an_earlier_year_stays_dropped(extract):
    # negative: a body's summit recalled with a date before the story's month is no contact of the news
    r = extract(
        "Premier Ines Moro met Chancellor Omar Haddad in Bergen on Monday. She recalled the Andean Forum summit in "
        "Quito in 2023.",
        published=PUBLISHED,
    )
    assert gatherings(r) == []


def test_a_bodys_summit_opened_on_a_day_of_the_story_is_kept(extract):
    r = extract("The Andean Forum summit opened in Quito on Tuesday.", published=PUBLISHED)
    assert gatherings(r) == [{"Andean Forum"}]
