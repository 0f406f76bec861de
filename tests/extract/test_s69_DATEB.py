"""Dates (session 69, helper DATEB): a past marker or time inside another happening's since-phrase does not keep a
contact from the news month; a month of a background happening is no scene's month; a contact on a gathering's
sidelines reads the gathering's date in the gathering's tense. On sentences written for these tests (names
invented); the article is dated Tuesday 12 March 2024."""

from tests.conftest import events_with

PUBLISHED = "2024-03-12"


def event_of(record: dict, *names: str) -> dict:
    found = events_with(record, *names)
    assert len(found) == 1, [e["participants"] for e in record["events"]]
    return found[0]


def meeting_of(record: dict, *names: str) -> dict:
    """The two-sided contact of ``names``, not the gathering they attended too."""
    found = [e for e in events_with(record, *names) if e["mode"] != "multilateral"]
    assert len(found) == 1, [e["participants"] for e in record["events"]]
    return found[0]


def date(event: dict) -> str | None:
    return (event.get("date") or {}).get("value")


# date.marker-of-another-happening


def test_a_past_marker_of_the_happening_talks_are_the_first_since_leaves_the_news_month(extract):
    r = extract(
        "Premier Jonas Lund will meet President Ilse Kas in Riga for the first talks since last week's border clash.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Jonas Lund", "Ilse Kas")) == "2024-03"


def test_a_year_of_the_happening_a_meeting_is_the_first_since_leaves_the_news_month(extract):
    r = extract(
        "Premier Jonas Lund met President Ilse Kas in Riga, their first meeting since the 2019 summit.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Jonas Lund", "Ilse Kas")) == "2024-03"


def test_last_on_the_contacts_own_verb_still_keeps_it_undated(extract):
    r = extract("Premier Jonas Lund last met President Ilse Kas in Riga.", published=PUBLISHED)
    assert date(event_of(r, "Jonas Lund", "Ilse Kas")) is None


def test_the_year_of_a_happening_a_meeting_followed_still_dates_it(extract):
    r = extract("Premier Jonas Lund met President Ilse Kas in Riga after the 2021 election.", published=PUBLISHED)
    assert date(event_of(r, "Jonas Lund", "Ilse Kas")) == "2021"


# date.background-month


def test_the_month_of_an_appointment_a_post_was_held_before_is_no_scenes_month(extract):
    r = extract(
        "Berg served as ambassador to Peru before her appointment as deputy minister in April 2022. On arrival she "
        "proceeded to meet Peru's Foreign Minister Ana Soto.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Berg", "Ana Soto")) != "2022-04"


def test_the_month_of_a_clause_a_post_was_held_before_is_no_scenes_month(extract):
    r = extract(
        "Berg served as ambassador to Peru before she was appointed deputy minister in April 2022. On arrival she "
        "proceeded to meet Peru's Foreign Minister Ana Soto.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Berg", "Ana Soto")) != "2022-04"


def test_a_month_told_just_after_the_appointment_a_post_was_held_before_is_no_scenes_month(extract):
    r = extract(
        "Berg served as India's ambassador to Peru before her appointment as the Foreign Secretary in April 2022. "
        "He was received at the airport by Ambassador Tom Holm, and proceeded to meet Peru's Foreign Minister Ana "
        "Soto.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Berg", "Ana Soto")) != "2022-04"


def test_a_month_told_before_a_happening_that_sets_the_scene_still_dates_the_next_contact(extract):
    r = extract(
        "In April 2022, after the election, Berg flew to Lima. She met Peru's Foreign Minister Ana Soto.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Berg", "Ana Soto")) == "2022-04"


def test_a_month_told_as_the_scene_still_dates_the_next_contact(extract):
    r = extract(
        "Berg took office as deputy minister in April 2022. She met Peru's Foreign Minister Ana Soto in Lima.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Berg", "Ana Soto")) == "2022-04"


def test_a_day_told_just_before_still_dates_the_scene(extract):
    r = extract(
        "Storms closed the airport on Monday. Berg sat down with Holm at a hotel near the terminal.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Berg", "Holm")) == "2024-03-11"


# date.sidelines-gathering-tense


def test_a_meeting_planned_on_the_sidelines_of_a_summit_opened_on_monday_is_of_that_monday(extract):
    r = extract(
        "Leaders opened the ASEAN summit in Hanoi on Monday. Premier Rosa Ruiz was scheduled to meet President "
        "Tomas Soto on the sidelines of the summit.",
        published=PUBLISHED,
    )
    assert date(meeting_of(r, "Rosa Ruiz", "Tomas Soto")) == "2024-03-11"


def test_a_meeting_on_the_sidelines_with_a_day_of_its_own_keeps_it(extract):
    r = extract(
        "Leaders opened the ASEAN summit in Hanoi on Monday. Premier Rosa Ruiz will meet President Tomas Soto on "
        "Thursday on the sidelines of the summit.",
        published=PUBLISHED,
    )
    assert date(meeting_of(r, "Rosa Ruiz", "Tomas Soto")) == "2024-03-14"


def test_talks_held_on_the_sidelines_of_a_summit_that_ended_on_sunday_are_of_that_sunday(extract):
    r = extract(
        "The summit ended on Sunday. On the sidelines, Premier Rosa Ruiz held talks with President Tomas Soto.",
        published=PUBLISHED,
    )
    assert date(meeting_of(r, "Rosa Ruiz", "Tomas Soto")) == "2024-03-10"


def test_a_month_of_a_happening_a_meeting_followed_keeps_it_from_the_news_month(extract):
    # negative of date.marker-of-another-happening: only a "since" phrase's time is set aside
    r = extract(
        "Premier Karl Dorn met President Vera Lisk after the election in January, officials said.", published=PUBLISHED
    )
    assert date(event_of(r, "Karl Dorn", "Vera Lisk")) is None


def test_a_month_of_a_happening_in_another_clause_still_leaves_the_news_month(extract):
    r = extract(
        "President Omar Selim said after a meeting with Pavel Rusk, who has refused to step down following"
        " January 28 polls, that he would pass the proposals to the union.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Omar Selim", "Pavel Rusk")) == "2024-03"
