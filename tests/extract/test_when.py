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
        ("last week", THURSDAY, False, "2026-W10", "week", None),
        ("earlier this week", THURSDAY, False, "2026-W11", "week", None),
        ("the weekend", THURSDAY, False, "2026-W10", "week", None),
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
