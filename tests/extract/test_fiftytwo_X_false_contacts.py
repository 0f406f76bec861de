"""Round fifty-two (helper X): predicted contacts with no party of any labelled contact, sorted by what made them,
and the kinds found in articles of several sets. A gathering left with one person alone, its
chair, is no gathering of identifiable parties (rule party.gathering-of-one); a meeting left with one person
alone at an institution that was never made a party is none either (rule party.left-one-sided); a visit to a place
one goes to see or to honour is no contact (rule contact.visit.a-site); "met their objectives" is figurative (rule
contact.meet.figurative); one who was not at a gathering is no party to it (rule
contact.gathering.absent-from). Sentences written for these tests (names invented)."""

import pytest


def events(record: dict) -> list[tuple[str, str, set[str]]]:
    """Each event as its mode, status and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], e["status"], {names[p] for p in e["participants"]}) for e in record["events"]]


def test_a_gathering_with_its_chair_alone_is_no_contact(extract):
    # party.gathering-of-one: a chair alone is not the gathering's sides
    assert events(extract("The talks will be chaired by Governor Ana Ruiz, who also chairs the regional summit.")) == []


def test_a_gathering_its_one_party_hosts_stays(extract):
    # negative: a host has guests
    assert [mode for mode, _, _ in events(extract("Governor Ana Ruiz will host a climate summit next month."))] == [
        "multilateral"
    ]


def test_a_gathering_told_by_its_body_alone_is_no_contact(extract):
    # party.gathering-of-one (inverted in round 62; it stayed before): labellers record a gathering with the parties
    # that attend, and such one-party gatherings matched a labelled contact 2 times in 38 across ten labelled sets
    assert events(extract("The African Union summit opened on Sunday.")) == []


def test_a_dinner_at_the_palace_with_no_host_named_is_no_contact(extract):
    # party.one-sided: the palace was never made a party, so the dinner had one person alone
    assert events(extract("Later today, President Ana Ruiz will attend a state dinner at the palace.")) == []


def test_a_mediation_told_alone_stays(extract):
    # negative: mediating takes two sides
    assert len(events(extract("Qatar launched a mediation effort."))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The president visited the grave of Simon Bolivar.",
        "Mayor Tom Rix visited the Harbour Memorial on Sunday.",
        "Senator Ana Ruiz visited the tomb of Simon Bolivar in Caracas.",
    ],
)
def test_a_visit_to_a_site_is_no_contact(extract, sentence):
    # contact.visit.a-site: a grave or a memorial receives no one
    assert events(extract(sentence)) == []


def test_people_met_at_a_site_stay_parties(extract):
    # negative: the meeting told with the visit to a site stays
    record = extract(
        "Prime Minister Ana Ruiz visited the Polish pavilion, where she met Polish President Andrzej Duda."
    )
    assert [parties for _, _, parties in events(record)] == [{"Ana Ruiz", "Andrzej Duda"}]


def test_a_visit_to_a_state_stays(extract):
    # negative: a capital is no site
    record = extract("Prime Minister Ana Ruiz visited Warsaw on Monday.")
    assert [mode for mode, _, _ in events(record)] == ["visit"]


def test_met_their_objectives_is_no_meeting(extract):
    # contact.meet.figurative
    assert events(extract("The projects in Kenya met their objectives, Prime Minister William Ruto said.")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Ana Ruiz was not at the summit of Andean leaders on Friday, but her views were heard.",
        "Governor Ana Ruiz, who did not attend the summit of Andean leaders on Friday, issued a statement.",
        "The Canadian ambassador, Paul Leduc, was not invited to the summit of Andean leaders.",
    ],
)
def test_one_absent_from_a_gathering_is_no_party_to_it(extract, sentence):
    # contact.gathering.absent-from: an absence, not a denied contact of the one absent
    assert events(extract(sentence)) == []


def test_one_who_did_not_attend_a_meeting_with_another_is_a_denial(extract):
    # negative: a meeting whose sides are named is denied, as told
    assert events(extract("Putin did not attend the meeting with Zelensky.")) == [
        ("meeting", "denied", {"Putin", "Zelensky"})
    ]


def test_one_who_attended_a_gathering_is_a_party(extract):
    # negative
    [(mode, _, parties)] = events(extract("Ruiz attended the summit of African leaders in Lome on Friday."))
    assert mode == "multilateral" and "Ruiz" in parties
