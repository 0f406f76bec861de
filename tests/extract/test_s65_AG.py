"""A body joined by "and" to another party is not one body named by both (session 65, helper AG): "the Ruritanian
government and the Zendan Liberation Front agreed to meet" is a contact of two sides (rule speaker.joined-parties),
while names holding an "and" stay whole; on sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"]}


def test_a_government_and_a_named_front_are_two_sides_of_the_planned_meeting(extract):
    r = extract(
        "The Ruritanian government and the Zendan Liberation Front agreed on Monday to meet again in Geneva next "
        "month.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Ruritanian government", "Zendan Liberation Front"}]
    assert not any(" and " in n for n in names(r))


def test_a_government_and_rival_regional_forces_are_two_sides(extract):
    r = extract(
        "The Ruritanian government and rival Zendan regional forces agreed on Tuesday to hold talks in Geneva next "
        "week.",
        published=PUBLISHED,
    )
    assert {"Ruritanian government", "rival Zendan regional forces"} in [event_names(r, e) for e in r["events"]]


def test_a_government_and_a_state_are_two_sides(extract):
    r = extract(
        "The Ruritanian government and Zenda agreed on Tuesday to hold talks in Geneva next week.", published=PUBLISHED
    )
    assert {"Ruritanian government", "Zenda"} in [event_names(r, e) for e in r["events"]]


def test_a_ministry_of_two_things_stays_one_body(extract):
    r = extract("The Ministry of Trade and Industry said on Monday that it would raise tariffs.", published=PUBLISHED)
    assert "Ministry of Trade and Industry" in names(r)
    assert r["quotes"][0]["speaker"]["text"].endswith("Ministry of Trade and Industry")


def test_a_firm_named_with_and_stays_one_body(extract):
    r = extract("Procter and Gamble said on Monday that it would cut prices.", published=PUBLISHED)
    assert "Procter and Gamble" in names(r)


def test_a_body_and_what_is_not_a_party_stays_one_speaker(extract):
    """ "its allies" is no party of its own name or body: the words stay the one speaker's."""
    r = extract("The government and its allies said on Monday that the vote would go ahead.", published=PUBLISHED)
    assert "government and its allies" in names(r)
