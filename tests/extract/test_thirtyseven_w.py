"""Round thirty-seven (helper w): two status rules that fired wider than they say, and the story-city rules listed
only on the contacts the story's city places. Tested on sentences written for these tests."""

import pytest

from backchannel.pipeline import analysable_text, explained
from backchannel.records import Article


def contacts(record: dict) -> list[tuple[str, str, list[str]]]:
    """Each event as (mode, status, the names of its parties)."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], e["status"], sorted(names[p] for p in e["participants"])) for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        pytest.param(
            "Ana Vold had planned to meet Karel Sipos in Oslo in May. The meeting did not take place until June.",
            "planned",
            id="not-until-june-is-when",
        ),
        pytest.param(
            "Ana Vold is due to meet Karel Sipos in Oslo next week. The meeting has not yet taken place.",
            "planned",
            id="not-yet-is-still-to-come",
        ),
        pytest.param(
            "Ana Vold is due to meet Karel Sipos in Oslo next week. The meeting has still not happened.",
            "planned",
            id="still-not-happened-is-still-to-come",
        ),
        pytest.param(
            "Ana Vold had planned to meet Karel Sipos in Oslo in May. The meeting was never held.",
            "denied",
            id="was-never-held",
        ),
        pytest.param(
            "Ana Vold had planned to meet Karel Sipos in Oslo in May. The meeting never happened.",
            "denied",
            id="never-happened",
        ),
    ],
)
def test_a_plan_said_later_not_to_have_taken_place_is_denied_only_if_never_held(extract, text, status) -> None:
    # status.never-held-later: whether it came about, not when
    assert contacts(extract(text, published="2026-03-12")) == [("meeting", status, ["Ana Vold", "Karel Sipos"])]


@pytest.mark.parametrize("visit", ["The visit to Bergen", "The visit"])
def test_a_postponement_leaves_a_visit_told_as_held_held(extract, visit) -> None:
    # status.postponed-later: only a visit told in a plan's frame ("was to be the day") is put off, not one told as
    # held in a plain past
    record = extract(
        f"Ana Vold visited Oslo on Monday, where she met Karel Sipos. {visit} has been postponed.",
        published="2026-03-12",
    )
    [event] = record["events"]
    assert (event["status"], event["date"]["value"]) == ("occurred", "2026-03-09")


def test_a_visit_that_was_to_be_made_and_is_postponed_is_still_planned(extract) -> None:
    # guard: the rule's own case, a later mention with no place of its own
    record = extract(
        "Friday was to be the day the Polish minister, Jan Nowak, arrived in Oslo for talks with Anna Berg. "
        "The visit has been postponed to June, a spokesman said.",
        published="2026-03-12",
    )
    assert [e["status"] for e in record["events"]] == ["planned"]


def _rules_of_each_event(nlp, text: str) -> list[list[str]]:
    article = Article(text=text, published="2026-03-12")
    record = explained(article, nlp(analysable_text(article)))
    return [record["explain"]["events"][e["id"]] for e in record["events"]]


def test_the_byline_city_is_listed_only_on_the_contact_it_places(nlp) -> None:
    # place.byline-city: two foreign ministers met with no place told; Lima does not place them
    [rules] = _rules_of_each_event(
        nlp,
        "By Ana Reyes in Lima\n\nThe Bolivian foreign minister, Karl Moen, met the Chilean foreign minister, "
        "Jorge Soto, on Tuesday.",
    )
    assert "place.byline-city" not in rules


def test_the_byline_city_that_places_a_building_is_listed(nlp) -> None:
    # guard: a hotel the gazetteer does not know stands in the byline's city
    [rules] = _rules_of_each_event(
        nlp,
        "By Ana Reyes in Lima\n\nThe Bolivian foreign minister, Karl Moen, met the Peruvian foreign minister, "
        "Lena Vasquez, at the Hotel Bolivar on Tuesday.",
    )
    assert {"place.byline-city", "place.building-in-dateline-city"} <= set(rules)


def test_the_live_blog_city_is_listed_only_on_the_contact_it_places(nlp) -> None:
    # place.live-blog-city: a local side met in the blog's city; two envoys of other states are not placed by it
    rules = _rules_of_each_event(
        nlp,
        "Live: Gulf ministers gather for water talks in Muscat\n\n"
        "09:10 — Delegations are arriving at the conference hall this morning.\n\n"
        "10:25 — Oman's foreign minister, Salim Harthy, met the Kuwaiti envoy, Fahd Mutairi.\n\n"
        "11:40 — The Qatari envoy, Khalid Attiyah, met the Saudi envoy, Faisal Rashid.",
    )
    placed = [r for r in rules if "place.dateline-city-of-a-local-side" in r]
    others = [r for r in rules if "place.dateline-city-of-a-local-side" not in r]
    assert placed and all("place.live-blog-city" in r for r in placed)
    assert others and all("place.live-blog-city" not in r for r in others)
