"""Contacts and quotes from round twenty-seven: constructions found by black-box probes on articles written for
them; tested on sentences written for these tests."""

import pytest

from tests.conftest import actor_of


def contacts(record: dict) -> list[tuple[str | None, str, set[str]]]:
    """(mode, status, parties' names) of every event."""
    return [
        (e["mode"], e["status"], {actor_of(record, p)["name"] for p in e["participants"]}) for e in record["events"]
    ]


def dated(record: dict) -> dict[frozenset[str], str | None]:
    """Each event's parties' names with its date."""
    return {
        frozenset(actor_of(record, p)["name"] for p in e["participants"]): (e["date"] or {}).get("value")
        for e in record["events"]
    }


@pytest.mark.parametrize(
    ("follow_on", "day"),
    [
        ("Two days later, Berg called Petr Dvorak.", "2026-03-05"),
        ("The day before, Berg had called Petr Dvorak.", "2026-03-02"),
        ("The next morning Berg phoned Petr Dvorak.", "2026-03-04"),
        ("A week later Berg met Petr Dvorak in Prague.", "2026-03-10"),
        ("That evening Berg met Petr Dvorak at the embassy.", "2026-03-03"),
    ],
)
def test_a_day_told_from_the_storys_last_day_counts_from_it(extract, follow_on, day):
    # date.relative-to-story
    record = extract(
        f"Border talks.\n\nForeign Minister Anna Berg met Jan Nowak in Warsaw on March 3. {follow_on}\n",
        published="2026-03-12",
    )
    assert dated(record)[frozenset({"Anna Berg", "Petr Dvorak"})] == day, record["events"]


def test_days_told_one_from_another_count_on(extract):
    record = extract(
        "Border talks.\n\nForeign Minister Anna Berg met Jan Nowak in Warsaw on March 3. The next day she flew to "
        "Vilnius. Two days later, Berg called Petr Dvorak.\n",
        published="2026-03-12",
    )
    assert dated(record)[frozenset({"Anna Berg", "Petr Dvorak"})] == "2026-03-06"


@pytest.mark.parametrize(
    "before",
    [
        "Foreign Minister Anna Berg met Jan Nowak in Warsaw in March 2019.",  # the last date is no day
        "Foreign Minister Anna Berg met Jan Nowak in Warsaw.",  # there is none
    ],
)
def test_a_day_told_from_no_day_stays_undated(extract, before):
    record = extract(f"Border talks.\n\n{before} Two days later, Berg called Petr Dvorak.\n", published="2026-03-12")
    assert dated(record)[frozenset({"Anna Berg", "Petr Dvorak"})] is None


@pytest.mark.parametrize("callee", ["Museveni", "Paul Kagame"])
def test_one_called_by_name_is_telephoned_not_quoted(extract, callee):
    # contact.call.named-complement ("called Museveni": the parse makes the name a predicate), and
    # quote.call-without-name for a full name
    record = extract(
        f"Lake talks.\n\nPresident William Ruto met Abiy Ahmed in Nairobi on Tuesday. Two days later, William Ruto "
        f"called {callee}.\n",
        published="2026-03-12",
    )
    assert ("phone", "occurred", {"William Ruto", callee}) in contacts(record), record["events"]
    assert dated(record)[frozenset({"William Ruto", callee})] == "2026-03-12"
    assert not [q for q in record["quotes"] if callee in q["content"]["text"]]


def test_one_called_to_the_ministry_is_summoned_to_meet_there(extract):
    # contact.call.summoned; quote.call-without-name (a summons is no remark)
    record = extract(
        "Border row.\n\nForeign Minister Anna Berg on Thursday called the Indian ambassador, Ravi Menon, to the "
        "ministry and conveyed her concern.\n",
        published="2026-03-12",
    )
    assert contacts(record) == [("meeting", "occurred", {"Anna Berg", "Ravi Menon"})]
    assert not [q for q in record["quotes"] if "ambassador" in q["content"]["text"]]


def test_a_group_called_by_a_name_is_named_not_telephoned(extract):
    # contact.call.named-complement leaves "a committee called Forward Together" alone
    record = extract(
        "Ads.\n\nWithin two weeks, a committee called Forward Together, funded by Ada Moss, had bought airtime.\n"
    )
    assert record["events"] == []


def test_the_day_after_a_named_happening_is_not_counted_from_the_storys_last_day(extract):
    record = extract(
        "Border talks.\n\nForeign Minister Anna Berg met Jan Nowak in Warsaw on March 3. Berg met Petr Dvorak the "
        "day after the vote.\n",
        published="2026-03-12",
    )
    assert dated(record)[frozenset({"Anna Berg", "Petr Dvorak"})] is None


def test_the_day_something_was_said_is_not_the_day_counted_from(extract):
    record = extract(
        "Border talks.\n\nForeign Minister Anna Berg met Jan Nowak in Warsaw on Sunday, the ministry said on "
        "Tuesday.\n\nBerg also called Petr Dvorak the same day, according to state media.\n",
        published="2026-03-12",
    )
    assert dated(record)[frozenset({"Anna Berg", "Petr Dvorak"})] == "2026-03-08"
