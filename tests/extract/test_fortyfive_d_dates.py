"""Round forty-five, dates on unseen text: seasons, the weekday of a week told beside it, the weekend's own month,
"that year", "the new year", and "that morning" inside a report dated in its sentence. Tested on sentences
written for these tests (names invented)."""

from tests.conftest import event_names


def _date_of(record: dict, *names: str) -> dict | None:
    (event,) = [e for e in record["events"] if event_names(record, e) >= set(names)]
    return event["date"]


def test_a_season_gone_by_is_its_year(extract):
    # date.season: "last summer" in a spring article is the year before
    record = extract("Trade Minister Olga Brink met Pavel Sorin in Tallinn last summer.", published="2025-04-09")
    assert _date_of(record, "Olga Brink", "Pavel Sorin")["value"] == "2024"


def test_a_season_to_come_is_the_coming_one(extract):
    # date.season: "next spring" in an autumn article is next year's
    record = extract("Trade Minister Olga Brink will meet Pavel Sorin in Tallinn next spring.", published="2025-10-09")
    assert _date_of(record, "Olga Brink", "Pavel Sorin")["value"] == "2026"


def test_a_season_spent_is_the_years(extract):
    # date.season: "has spent the summer" in September is this year's summer
    record = extract(
        "The envoy Tomas Varga has spent the summer carrying messages between Vilnius and Minsk.",
        published="2025-09-15",
    )
    (event,) = record["events"]
    assert event["date"]["value"] == "2025"


def test_a_weekday_of_last_week(extract):
    # date.weekday-of-week: not the latest Thursday, the Thursday of the week before
    record = extract("Minister Olga Brink met Pavel Sorin in Tallinn on Thursday last week.", published="2025-04-18")
    assert _date_of(record, "Olga Brink", "Pavel Sorin")["value"] == "2025-04-10"


def test_a_weekend_is_in_its_own_month(extract):
    # date.weekend-month: the weekend of 2-3 July closes a week most of whose days are June's
    record = extract("Trade Minister Olga Brink met Pavel Sorin in Tallinn last weekend.", published="2016-07-06")
    assert _date_of(record, "Olga Brink", "Pavel Sorin")["value"] == "2016-07"


def test_that_year_is_the_storys(extract):
    # date.that-year
    record = extract(
        "Olga Brink was sent to Riga as consul in 1991. She met Pavel Sorin several times in Riga that year.",
        published="2025-07-09",
    )
    assert _date_of(record, "Olga Brink", "Pavel Sorin")["value"] == "1991"


def test_the_new_year_after_an_autumn_article(extract):
    # date.new-year
    record = extract("Minister Olga Brink will meet Pavel Sorin in Tallinn in the new year.", published="2025-11-03")
    assert _date_of(record, "Olga Brink", "Pavel Sorin")["value"] == "2026"


def test_that_morning_of_a_dated_report(extract):
    # date.from-the-day-of-saying: "that morning" inside what a report dated on Tuesday says is Tuesday morning
    record = extract(
        "The foreign ministry said on Tuesday that Olga Brink had telephoned her Latvian counterpart, Pavel Sorin, "
        "that morning to discuss the border.",
        published="2025-04-18",
    )
    assert _date_of(record, "Olga Brink", "Pavel Sorin")["value"] == "2025-04-15"


def test_two_days_of_talks_are_the_first_with_the_week(extract):
    # date.weekday.range: a reader dates a two-day round by its first day or by its week; both are kept
    record = extract(
        "Minister Olga Brink held talks with Pavel Sorin in Tallinn on Monday and Tuesday.", published="2025-04-18"
    )
    date = _date_of(record, "Olga Brink", "Pavel Sorin")
    assert (date["value"], date["week"]) == ("2025-04-14", "2025-W16")


def test_this_day_of_an_archive_section(extract):
    # date.relative-to-story: "on this day" under a dated heading is the heading's day, not undated
    record = extract(
        "FROM OUR FILES\n\nForty years ago: 3 May 1985\n\nMinister Olga Brink held talks in Riga on this day with "
        "Pavel Sorin, the Latvian envoy.",
        published="2025-05-03",
    )
    assert _date_of(record, "Olga Brink", "Pavel Sorin")["value"] == "1985-05-03"


def test_a_month_of_last_year(extract):
    # date.month-of-relative-year: "March last year" is not the latest March, this year's
    record = extract("Minister Olga Brink met Pavel Sorin in Riga in March last year.", published="2026-05-12")
    assert _date_of(record, "Olga Brink", "Pavel Sorin")["value"] == "2025-03"


def test_a_day_of_next_year(extract):
    # date.month-of-relative-year: "on 3 March next year" in a February article is not this coming March
    record = extract("Minister Olga Brink will meet Pavel Sorin in Riga on 3 March next year.", published="2026-02-20")
    assert _date_of(record, "Olga Brink", "Pavel Sorin")["value"] == "2027-03-03"


def test_a_season_that_names_a_thing_dates_nothing(extract):
    # date.season: "the summer retreat" is a retreat, not a time; the weekend dates the meeting
    record = extract(
        "Senator Olga Brink met the donor Pavel Sorin at the network's summer retreat in Aspen last weekend.",
        published="2016-07-06",
    )
    assert _date_of(record, "Olga Brink", "Pavel Sorin")["value"] == "2016-07"
