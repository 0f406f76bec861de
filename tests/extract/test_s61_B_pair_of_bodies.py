"""Contacts whose subject is a pair of bodies referred back to ("both associations", "the two councils", "the two
forces") (session 61, helper B): the two bodies or states told before, never the people named near them; on
sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def pairs(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_both_associations_are_the_two_associations_just_named(extract):
    """ "Both associations agreed to meet again": the two bodies whose names end in "Association" (rule
    party.sides-by-their-noun), not the delegation's leader."""
    r = extract(
        "Cattle exporters from the north met a delegation of Ruritanian feedlot operators at the convention centre "
        "on Tuesday. The Ruritanian group, led by Tomas Varga of the Ruritanian Beef Importers Association, came at "
        "the invitation of the Northern Territory Cattle Association. Both associations said they had agreed to meet "
        "again in Zenda in late January.",
        published=PUBLISHED,
    )
    assert {"Ruritanian Beef Importers Association", "Northern Territory Cattle Association"} in pairs(r)


def test_the_two_councils_are_the_bodies_of_the_visit_told_before(extract):
    """ "Lakeside District Council hosted a delegation from Hillview District Council … the two councils would meet
    again": a planned meeting of the two councils, besides the visit."""
    r = extract(
        "Lakeside District Council on Wednesday hosted a delegation from Hillview District Council, led by its "
        "chairperson, Mr. Jonas Mbeki, for talks on sharing the cost of a water scheme. Councillors said the two "
        "councils would meet again after the rains.",
        published=PUBLISHED,
    )
    planned = [e for e in r["events"] if e["status"] == "planned"]
    assert [event_names(r, e) for e in planned] == [{"Lakeside District Council", "Hillview District Council"}]


def test_the_two_forces_are_the_states_of_the_last_contact_not_an_officer(extract):
    """ "The border guard forces of Bhutan and Nepal will hold a flag meeting … The two forces already met": the two
    states (rule party.the-two-sides), never the colonel quoted in between."""
    r = extract(
        "The border guard forces of Bhutan and Nepal will hold a flag meeting on Wednesday in the border town of "
        'Phuntsholing. "We have agreed with them to sit down on the 21st," Colonel Anton Pavel of the Bhutanese '
        "border guards told a local daily. The two forces already met on the issues last week but the meeting ended "
        "without agreement.",
        published=PUBLISHED,
    )
    assert all("Anton Pavel" not in names for names in pairs(r))
    assert {"Bhutan", "Nepal"} in pairs(r)


def test_the_two_forces_meeting_again_are_the_two_states_that_met(extract):
    """ "Border guards of Bhutan and Nepal met … The two forces met again on Tuesday": a second meeting of the two
    states ("forces" among the plurals that name the two states of a contact, rule party.the-two-sides)."""
    r = extract(
        "Border guards of Bhutan and Nepal met in Phuntsholing on Monday. Colonel Anton Pavel said talks went well. "
        "The two forces met again on Tuesday.",
        published=PUBLISHED,
    )
    dates = [e["date"]["value"] for e in r["events"] if event_names(r, e) == {"Bhutan", "Nepal"} and e["date"]]
    assert "2026-03-10" in dates


def test_both_associations_with_none_named_before_make_no_contact(extract):
    """No two associations named before: no pair to stand for, so no event, and never the two people named there."""
    r = extract(
        "Farmer Ilse Brandt spoke at length with her neighbour Karl Ott about the harvest. Both associations said "
        "they had agreed to meet again in March.",
        published=PUBLISHED,
    )
    assert all(
        names != {"Ilse Brandt", "Karl Ott"} or e["status"] != "planned"
        for e, names in zip(r["events"], pairs(r), strict=True)
    )
    assert not any(e["status"] == "planned" for e in r["events"])


def test_the_two_sides_of_the_river_or_of_the_debate_are_no_parties(extract):
    """ "Both sides of the river", "both sides of the debate" are places and views, not sides that meet."""
    r = extract(
        "Traders on both sides of the river depend on the bridge. Critics on both sides of the debate say the "
        "council acted too late.",
        published=PUBLISHED,
    )
    assert r["events"] == []
