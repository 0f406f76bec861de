"""One body's gatherings (session 67, helper OB): a body's summit named by its of-object ("the summit of the Andean
Forum in Quito on 16 December", rule party.body-summit-of) is kept as one named before the noun is; a gathering that is
"their" own, where "they" are a grouping's officials ("Andean Forum leaders at their annual summit in Quito"), is
that grouping's gathering (rule contact.summit.grouping-theirs). On sentences written for these tests (names
invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def gatherings(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"] if e["mode"] == "multilateral"]


def test_a_summit_of_a_named_body_with_its_place_and_date_is_kept(extract):
    r = extract(
        "The issue will be raised at the summit of the Andean Forum in Quito on 16 April, the minister said.",
        published=PUBLISHED,
    )
    assert gatherings(r) == [{"Andean Forum"}]
    event = r["events"][0]
    assert event["status"] == "planned"
    assert event["place"]["name"] == "Quito"
    assert event["date"]["value"] == "2026-04-16"


def test_a_session_of_the_commission_stays_dropped(extract):
    # negative: "the commission" stands for a body named before; its sitting is no body's summit named
    r = extract(
        "The next step is a meeting of the Joint Rivers Commission. A session of the commission planned for May in "
        "Dhaka was postponed.",
        published=PUBLISHED,
    )
    assert gatherings(r) == []


def test_a_summit_of_a_named_body_recalled_from_an_earlier_year_stays_dropped(extract):
    # negative: recalled history, not the news
    r = extract(
        "Premier Ines Moro met Chancellor Omar Haddad in Bergen on Monday. She recalled the summit of the Andean "
        "Forum in Quito in 2023.",
        published=PUBLISHED,
    )
    assert {"Andean Forum"} not in gatherings(r)


def test_grouping_leaders_at_their_summit_are_the_groupings_gathering(extract):
    r = extract(
        "Andean Forum leaders at their annual summit in Quito last month agreed to the plan.", published=PUBLISHED
    )
    assert any("Andean Forum" in names for names in gatherings(r))
    assert r["events"][0]["place"]["name"] == "Quito"
    assert r["events"][0]["date"]["value"] == "2026-02"  # "last month", which the parse hangs on "agreed"


def test_grouping_leaders_at_their_summit_years_ago_stay_dropped(extract):
    # negative: a summit the story only recalls, dated years before it
    r = extract("Andean Forum leaders first backed the plan at their summit in Quito in 2019.", published=PUBLISHED)
    assert gatherings(r) == []


def test_grouping_officials_read_past_their_meeting_are_not_a_side(extract):
    # negative: the speaker's span takes in "at their meeting in Lima"; the side is the grouping and its officials
    r = extract(
        "Andean Forum defence ministers at their meeting in Lima this week agreed to send more engineers.",
        published=PUBLISHED,
    )
    assert gatherings(r) and all("meeting" not in name for names in gatherings(r) for name in names)


def test_grouping_leaders_to_meet_at_their_summit_next_month(extract):
    r = extract(
        "The ministers said Andean Forum leaders would take up the plan at their annual summit in Quito next month.",
        published=PUBLISHED,
    )
    assert any("Andean Forum" in names for names in gatherings(r))
    assert r["events"][0]["status"] == "planned"


def test_their_summit_with_no_place_or_date_stays_background(extract):
    # negative: no setting of its own
    r = extract("Andean Forum leaders at their summit agreed to the plan.", published=PUBLISHED)
    assert gatherings(r) == []


def test_their_meeting_of_a_pair_is_not_a_groupings(extract):
    # negative: "they" are two people, no grouping's officials
    r = extract(
        "Minister Ana Ruiz and Minister Tomas Berg signed the accord at their meeting in Quito last month.",
        published=PUBLISHED,
    )
    assert all(e["mode"] != "multilateral" for e in r["events"])
