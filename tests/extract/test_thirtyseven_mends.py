"""Mends after the read-through of round thirty-seven's rules, each on sentences written for these tests."""

from typing import Any

import pytest


def _parties(record: dict[str, Any]) -> list[list[str]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [sorted(names[p] for p in e["participants"]) for e in record["events"]]


@pytest.mark.parametrize(
    "second",
    [
        "Norwegian Foreign Minister Anna Berg also met UN envoy Jorge Soto on Monday in Oslo.",
        "Norwegian Foreign Minister Anna Berg met UN envoy Jorge Soto too, on Monday in Oslo.",
    ],
)
def test_a_contact_set_beside_the_lead_does_not_retell_it(extract, second):
    """merge.people-of-the-states: "also" or "too" on the verb tells another contact, though one of its
    people is of neither state's known country."""
    record = extract(f"Norway and Chile held talks in Oslo on Monday. {second}", published="2026-06-10")
    assert _parties(record) == [["Chile", "Norway"], ["Anna Berg", "Jorge Soto"]], record["events"]


def _dates(record: dict[str, Any]) -> list[str | None]:
    return [(e.get("date") or {}).get("value") for e in record["events"]]


@pytest.mark.parametrize(
    "clause",
    [
        "he had met the rebel envoy Lena Vasquez for two hours",
        "he had met the rebel envoy Lena Vasquez after the vote",
        "he had met the rebel envoy Lena Vasquez during a stop in Lusaka",
    ],
)
def test_a_length_or_another_happening_leaves_the_fronted_date(extract, clause):
    """date.fronted-over-report: only a point in time the clause sets, not a length or another happening, keeps the
    fronted month off the contact."""
    record = extract(f"In March, Foreign Minister Karl Moen told parliament that {clause}.", published="2026-06-10")
    assert _dates(record) == ["2026-03"], record["events"]


def test_before_the_war_is_a_time_of_its_own(extract):
    record = extract(
        "In March, Foreign Minister Karl Moen told parliament that he had met the rebel envoy Lena Vasquez before "
        "the war.",
        published="2026-06-10",
    )
    assert _dates(record) == [None], record["events"]


def test_a_timeline_under_people_who_live_nearby_is_no_live_blog():
    """date.live-blog-entry: "LIVE" marks a blog in capitals or before a colon; the verb "live" does not."""
    from backchannel.datelines import blog_entries

    text = (
        "How the night of the mutiny unfolded, told by residents who live near the barracks\n\n"
        "02:40 — Shots were heard.\n\n03:15 — Colonel Amadou Sare met General Ibrahim Kone.\n\n"
        "05:50 — The radio went silent."
    )
    assert blog_entries(text) == []
    assert blog_entries("LIVE: " + text) != []
    assert blog_entries("Live: " + text) != []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Foreign Minister Ana Vold met the spokesman for Chilean President Jorge Soto, Luis Vidal, in Oslo.",
            "Luis Vidal",
            "spokesman for Chilean President Jorge Soto",
        ),
        (
            "The chief of staff to President Karel Sipos, Lena Dahl, met Foreign Minister Ana Vold in Oslo.",
            "Lena Dahl",
            "chief of staff to President Karel Sipos",
        ),
    ],
)
def test_a_name_in_the_titles_own_phrase_is_no_other_person_between(extract, text, name, title):
    """actor.nearest-title: the president a spokesman speaks for is named inside the title, not between it and
    the spokesman's name."""
    record = extract(text, published="2026-06-10")
    titles = {a["name"]: a["titles"] for a in record["actors"]}
    assert titles[name] == [title], titles


def test_a_denial_in_parliament_makes_parliament_no_reporter(extract):
    """report.clause-beside-report: "in X" names a report's author only when X is an outlet or station."""
    record = extract(
        "Foreign Minister Ana Vold denied the report in Parliament on Tuesday that she had met Jorge Soto in Oslo.",
        published="2026-06-10",
    )
    names = {a["id"]: a["name"] for a in record["actors"]}
    (event,) = record["events"]
    assert [names[r["source"]] for r in event["reported_by"]] == ["Ana Vold"], event
