"""Contact dates resolved wrong or not taken (round thirty-seven, helper d): a length the tagger takes for a date
("their first meeting in more than a year") dates nothing, so the gathering beside it gives the day (rule
date.length-not-a-time); a Sunday paper's "last Thursday" is the Thursday of the week it closes (rule
date.weekday.last-on-sunday), and "last Thursday" never looks ahead, even for a planned contact (date.weekday.last);
a plan told in the pluperfect for a day named by its month is in the year nearer the article (rule
date.pluperfect-plan); a bare day and month just after the same month told with its year is in that year (rule
date.month-of-the-story); a day the tagger left out before its month still dates a scene (rule date.day-left-out);
a week across two months is the month holding most of its days, its week beside it (rule date.week-across-months).
Tested on sentences written for these tests."""

from backchannel.extract.when import resolve


def _dated(record: dict) -> list[str | None]:
    return [(e.get("date") or {}).get("value") for e in record["events"]]


def test_a_length_is_not_the_contacts_time(extract):
    record = extract(
        "Regional leaders held a one-day summit in Lusaka on Tuesday.\n\n"
        "On the sidelines of the summit, President Tomas Reyes and Premier Ilse Varga held their first meeting in "
        "more than a year.",
        published="2026-03-12",
    )
    assert "2026-03-10" in _dated(record)[-1:], record["events"]


def test_a_length_alone_leaves_the_contact_undated(extract):
    record = extract(
        "President Tomas Reyes and Premier Ilse Varga held talks for about a week in Lusaka.", published="2026-03-12"
    )
    assert _dated(record) == [None], record["events"]


def test_last_thursday_in_a_sunday_paper_is_this_weeks(extract):
    text = "Foreign Minister Anna Berg met Jan Nowak, the Polish envoy, in Warsaw last Thursday."
    assert _dated(extract(text, published="2026-03-15")) == ["2026-03-12"]
    # any other day of publication: the Thursday of the week before
    assert _dated(extract(text, published="2026-03-18")) == ["2026-03-12"]
    assert _dated(extract(text, published="2026-03-13")) == ["2026-03-05"]


def test_last_sunday_in_a_sunday_paper_is_a_week_back(extract):
    text = "Foreign Minister Anna Berg met Jan Nowak, the Polish envoy, in Warsaw last Sunday."
    assert _dated(extract(text, published="2026-03-15")) == ["2026-03-08"]


def test_a_pluperfect_plan_is_in_the_nearer_year(extract):
    text = (
        "A visit to Lusaka by Foreign Minister Anna Berg, which had been scheduled for 20 May, was called off by "
        "President Jan Nowak."
    )
    assert _dated(extract(text, published="2026-07-14")) == ["2026-05-20"]
    # a day still to come stays ahead
    assert _dated(extract(text, published="2026-04-02")) == ["2026-05-20"]


def test_a_plan_in_the_future_tense_still_looks_ahead(extract):
    text = "Foreign Minister Anna Berg will visit President Jan Nowak in Lusaka on 20 May."
    assert _dated(extract(text, published="2026-07-14")) == ["2027-05-20"]


def test_a_bare_day_after_its_month_and_year_is_in_that_year(extract):
    record = extract(
        "The talks reached their worst point in December 1998. On December 21, Foreign Minister Anna Berg sat down "
        "with Jan Nowak in a hotel in Oslo.",
        published="2026-03-12",
    )
    assert _dated(record) == ["1998-12-21"], record["events"]


def test_a_bare_day_after_another_month_keeps_the_nearest_year(extract):
    record = extract(
        "The talks reached their worst point in March 1998. On December 21, Foreign Minister Anna Berg sat down "
        "with Jan Nowak in a hotel in Oslo.",
        published="2026-03-12",
    )
    assert _dated(record) == ["2025-12-21"], record["events"]


def test_a_day_the_tagger_left_out_still_dates_the_scene(extract):
    record = extract(
        "How the talks began.\n\n- 4 September 1990: Foreign Minister Anna Berg crosses the border at the bridge. "
        "She holds talks with Jan Nowak in Oslo.",
        published="2026-03-12",
    )
    assert _dated(record) == ["1990-09-04"], record["events"]


def test_a_week_across_two_months_is_the_month_with_most_of_its_days(extract):
    text = "Foreign Minister Anna Berg met Jan Nowak, the Polish envoy, in Warsaw last week."
    # August 26 to September 1: six days in August
    assert [(e["date"]["value"], e["date"]["week"]) for e in extract(text, published="2024-09-02")["events"]] == [
        ("2024-08", "2024-W35")
    ]
    # October 28 to November 3: four days in October
    assert [(e["date"]["value"], e["date"]["week"]) for e in extract(text, published="2013-11-06")["events"]] == [
        ("2013-10", "2013-W44")
    ]


def test_last_thursday_looks_back_even_for_a_planned_contact():
    assert resolve("last Thursday", "2026-03-12", future=True).value == "2026-03-05"
    assert resolve("on Thursday", "2026-03-10", future=True).value == "2026-03-12"


def test_a_span_of_days_before_the_month_names_no_day(extract):
    record = extract(
        "How the talks began.\n\n- 16-19 October 1990: Second round, in Oslo. Foreign Minister Anna Berg holds talks "
        "with Jan Nowak.",
        published="2026-03-12",
    )
    assert _dated(record) == ["1990-10"], record["events"]
