"""Round fifty-one (helper F): wrong parties and one happening told twice, read from the world's press. A group of
two nationalities, one told by its state's name ("Russian and U.S. officials"), is both states' group, not that
state alone visiting the venue's country (rule party.state-in-group-of-states); a building the gazetteer does not
know, with the town on the same verb ("met at Kalna Palace in Varna"), stands in that town, so the meeting is the
visit told before it (rule place.building-then-town); a meeting, call or visit left with one person or one state
alone is no contact (rule party.left-one-sided). Sentences written for these tests (names invented)."""

import pytest


def events(record: dict) -> list[tuple[str, str, set[str]]]:
    """Each event as its mode, status and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], e["status"], {names[p] for p in e["participants"]}) for e in record["events"]]


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("Russian and U.S. officials held talks in Madrid on Monday.", {"Russia", "United States"}),
        ("U.S. and Iranian negotiators met in Geneva on Monday.", {"United States", "Iran"}),
        ("Chinese and UK diplomats met in Geneva on Monday.", {"China", "United Kingdom"}),
    ],
)
def test_a_state_named_in_a_group_of_two_nationalities_is_one_side_of_two(extract, sentence, states):
    # party.state-in-group-of-states: both states are sides, the group stays, and no visit to the venue's country
    [(mode, _, parties)] = events(extract(sentence))
    assert mode == "meeting"
    assert states <= parties
    assert not parties & {"Spain", "Switzerland"}


def test_states_told_after_the_noun_stay_as_they_were(extract):
    # negative: "ministers from A, B and C" are told by the states after the noun, with no group of their own
    record = extract("Trade ministers from Brunei, Laos and Thailand met in Davao City on Monday.")
    assert [parties for _, _, parties in events(record)] == [{"Brunei", "Laos", "Thailand"}]


def test_one_state_before_a_group_noun_is_still_that_state(extract):
    # negative: "U.S. officials" are the United States' side, with one nationality only
    record = extract("U.S. officials met Chinese officials in Geneva on Monday.")
    [(_, _, parties)] = events(record)
    assert {"United States", "China"} <= parties


def test_a_meeting_at_an_unknown_palace_in_a_town_is_the_visit_told_before(extract):
    # place.building-then-town: "in Vienna" hangs on the verb; the palace stands there, so one happening
    record = extract(
        "Swedish Prime Minister Greta Lind has met with Austrian President Ivo Varga within her two-day official "
        "visit to Austria, which started earlier today. Lind and Varga met at the Presidential Palace in Vienna."
    )
    assert [(mode, parties) for mode, _, parties in events(record)] == [
        ("visit", {"Greta Lind", "Ivo Varga", "Austria"})
    ]
    assert record["events"][0]["place"]["name"] == "Vienna"


def test_a_meeting_at_an_unknown_palace_abroad_is_another_meeting(extract):
    # negative: the town on the verb is in another country than the visit's, so it is another contact
    record = extract(
        "Swedish Prime Minister Greta Lind met Austrian President Ivo Varga on Monday during her visit to Austria. "
        "Lind and Varga met again at the Kalna Palace in Varna on Friday."
    )
    assert len(events(record)) == 2


def test_talks_with_one_side_left_unnamed_are_no_contact(extract):
    # party.left-one-sided: the guest is named by no one, so the talks have one person alone
    record = extract(
        "On the same day the Afghan guest held talks at the Ministry of Energy with Minister Davron Karimov."
    )
    assert events(record) == []


def test_one_who_attended_a_meeting_at_an_institution_alone_is_no_contact(extract):
    # party.left-one-sided (session 52): the ministry was never made a party, so the meeting kept one person
    # alone; no such event matched gold on the real sets or the gate (3 predicted, 0 matched)
    record = extract("Ambassador Pavel Orlov said he had attended a routine meeting at the ministry on Monday.")
    assert events(record) == []


def test_a_summit_with_one_body_named_is_still_a_summit(extract):
    # negative: a summit may have one party told
    record = extract("Leaders of the African Union gathered for a summit in Addis Ababa on Sunday.")
    assert [mode for mode, _, _ in events(record)] == ["multilateral"]
    assert "African Union" in events(record)[0][2]


@pytest.mark.parametrize(
    ("sentence", "backer"),
    [
        ("The Iran-backed Houthi militia met the UN envoy Ali Salem in Muscat on Monday.", "Iran"),
        (
            "Minister Ali Salem met leaders of the US-backed Syrian Democratic Forces in Raqqa on Monday.",
            "United States",
        ),
        ("Leaders of the Russia-backed separatists met Ukrainian negotiators in Minsk on Monday.", "Russia"),
    ],
)
def test_who_backs_a_party_is_no_side(extract, sentence, backer):
    # party.backer-not-a-side: the name before "-backed" says who stands behind the party
    [(_, _, parties)] = events(extract(sentence))
    assert backer not in parties
    assert len(parties) >= 2


def test_a_state_leading_a_delegation_is_still_its_side(extract):
    # negative: "-led" is no word of backing; a US-led delegation acts for the United States
    [(_, _, parties)] = events(extract("A US-led delegation met Iraqi officials in Baghdad on Monday."))
    assert "United States" in parties
