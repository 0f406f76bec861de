import pytest

from backchannel.extract.when import is_calendar, resolve

THURSDAY = "2026-03-12"


@pytest.mark.parametrize(
    ("text", "published", "future", "value", "precision", "modifier"),
    [
        ("on February 3", "2026-02-05", False, "2026-02-03", "day", None),
        ("on 3 February 2025", "2026-02-05", False, "2025-02-03", "day", None),
        ("on December 30", "2026-01-04", False, "2025-12-30", "day", None),
        ("on Tuesday", THURSDAY, False, "2026-03-10", "day", None),
        ("on Thursday", THURSDAY, False, "2026-03-12", "day", None),
        ("next Tuesday", THURSDAY, True, "2026-03-17", "day", None),
        ("on Monday", THURSDAY, True, "2026-03-16", "day", None),
        ("yesterday", THURSDAY, False, "2026-03-11", "day", None),
        ("last week", THURSDAY, False, "2026-03", "month", None),  # week 10, within March (see below)
        ("earlier this week", THURSDAY, False, "2026-03", "month", None),
        ("the weekend", THURSDAY, False, "2026-03", "month", None),
        ("last week", "2026-03-05", False, "2026-02", "month", None),  # February 23 to March 1: most in February
        ("next month", THURSDAY, True, "2026-04", "month", None),
        ("late December", "2026-02-05", False, "2025-12", "month", "end"),
        ("early March", "2026-02-05", True, "2026-03", "month", "start"),
        ("mid-April", "2026-02-05", True, "2026-04", "month", "mid"),
        ("since late December", "2026-02-05", False, "2025-12", "month", "after"),
        ("in May", "2026-02-05", True, "2026-05", "month", None),
        ("last year", THURSDAY, False, "2025", "year", None),
        ("2026-02-03", None, False, "2026-02-03", "day", None),
    ],
)
def test_resolve(text, published, future, value, precision, modifier):
    date = resolve(text, published, future=future)
    assert (date.value, date.precision, date.modifier) == (value, precision, modifier)


def test_relative_dates_need_a_published_date():
    assert resolve("on Tuesday", None) is None
    assert resolve("on February 3", None) is None


def test_may_the_verb_is_not_a_month():
    assert resolve("talks may resume", "2026-02-05") is None


def test_durations_are_not_calendar_dates():
    assert is_calendar("Tuesday") and is_calendar("late December")
    assert not is_calendar("one-day") and not is_calendar("40 minutes")


def test_a_week_within_one_month_is_that_month_with_its_week_beside_it():
    date = resolve("last week", THURSDAY)
    assert (date.value, date.precision, date.week) == ("2026-03", "month", "2026-W10")
    assert (date.days().low.isoformat(), date.days().high.isoformat()) == ("2026-03-02", "2026-03-08")
    assert date.to_dict()["week"] == "2026-W10"


def test_last_weekday_is_in_the_week_before():
    assert resolve("last Monday", "2016-07-06").value == "2016-06-27"  # a Wednesday story: not two days before
    assert resolve("on Monday", "2016-07-06").value == "2016-07-04"
    assert resolve("last Friday", "2016-07-06").value == "2016-07-01"


def test_this_afternoon_is_the_day_of_publication():
    assert resolve("late this afternoon", "2016-07-06").value == "2016-07-06"


def test_a_range_of_weekdays_is_their_week():
    date = resolve("on Monday and Tuesday", THURSDAY)
    assert (date.value, date.week, date.text) == ("2026-03-09", "2026-W11", "on Monday and Tuesday")
    assert resolve("on Monday", THURSDAY).value == "2026-03-09"


def test_a_year_alone_is_that_year():
    assert (resolve("in 1985", THURSDAY).value, resolve("in 1985", THURSDAY).precision) == ("1985", "year")
    assert resolve("since 2010", THURSDAY).modifier == "after"
    assert resolve("the 1990s", THURSDAY) is None
