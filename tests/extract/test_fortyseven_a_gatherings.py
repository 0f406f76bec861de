"""Round forty-seven (helper a): gatherings of many. A meeting held by a grouping of states or by its officials is
multilateral and, told with its own place or date, stands even where the sentence sets another act at it (rule
contact.meeting.of-a-grouping); whoever goes to, comes back from or leads a delegation to a gathering takes part in
it (rule party.attends-gathering). Sentences written for these tests (names invented)."""

import pytest


def gatherings(record: dict) -> list[tuple[str, set[str]]]:
    """Each multilateral event as its status and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [
        (e["status"], {names[p] for p in e["participants"]}) for e in record["events"] if e["mode"] == "multilateral"
    ]


def test_a_grouping_meeting_set_as_the_scene_of_another_act(extract):
    # contact.meeting.of-a-grouping with contact.summit.named-with-setting: a meeting of a grouping's officials with
    # its own place and date is a gathering, though the sentence is about raising a question there. Round 62: EU
    # envoys attend too, as a grouping's meeting alone is no contact now (party.gathering-of-one)
    record = extract(
        "Analysts said the levy could be raised by Norway at a meeting of Nordic trade ministers and EU envoys in "
        "Bergen in April.",
        published="2024-02-05",
    )
    assert [status for status, _ in gatherings(record)] == ["hypothetical"]


def test_the_meeting_on_whose_sidelines_two_ministers_talked(extract):
    # a grouping's ministerial meeting is a summit: its sidelines make it a gathering of its own
    record = extract(
        "Foreign Minister Ana Ruiz and her Chilean counterpart, Tomas Berg, talked trade on the sidelines of the "
        "ASEAN foreign ministers' meeting in Manila on Friday.",
        published="2024-02-05",
    )
    assert any("ASEAN" in parties for _, parties in gatherings(record))


@pytest.mark.parametrize(
    ("sentence", "attendee", "body"),
    [
        (
            "Foreign Minister Ana Ruiz returned on Sunday from the ASEAN foreign ministers' meeting in Jakarta.",
            "Ana Ruiz",
            "ASEAN",
        ),
        (
            "Foreign Minister Ana Ruiz will lead the delegation to the SADC summit in Maputo in August.",
            "Ana Ruiz",
            "SADC",
        ),
        (
            "Trade Minister Jon Berg is expected to travel to Abuja next week to report to a meeting of ECOWAS foreign "
            "ministers.",
            "Jon Berg",
            "ECOWAS",
        ),
    ],
)
def test_who_goes_to_a_gathering_takes_part_in_it(extract, sentence, attendee, body):
    # party.attends-gathering
    parties = [p for _, p in gatherings(extract(sentence, published="2024-02-05"))]
    assert any(attendee in p and any(body in name for name in p) for p in parties)


def test_a_meeting_of_no_grouping_is_no_gathering_of_many(extract):
    # a party's leaders meeting is no grouping's; officials of no named grouping hold no summit set in passing
    assert gatherings(extract("The party leaders' meeting in Leeds ended early.", published="2024-02-05")) == []
    record = extract(
        "Analysts said the levy could be raised at a meeting of trade ministers in Bergen in April.",
        published="2024-02-05",
    )
    assert record["events"] == []
    # a past meeting the news is only dated from stays background
    record = extract(
        "Following a meeting of Nordic trade ministers in Bergen on Sunday, the council rejected the levy.",
        published="2024-02-05",
    )
    assert record["events"] == []


def test_a_gathering_named_without_a_journey_has_no_attendee(extract):
    # only going, coming back or leading a delegation makes the subject an attendee
    record = extract(
        "Foreign Minister Ana Ruiz criticised the agenda of the ASEAN summit in Jakarta on Sunday.",
        published="2024-02-05",
    )
    assert all("Ana Ruiz" not in parties for _, parties in gatherings(record))


def test_hosting_a_groupings_ministers_is_a_gathering(extract):
    # contact.host.gathering: the host and the grouping; officials of no grouping named are no guest
    record = extract("President Ana Ruiz hosted ASEAN foreign ministers in Manila on Friday.", published="2024-02-05")
    assert [status for status, parties in gatherings(record) if "Ana Ruiz" in parties] == ["occurred"]
    assert extract("President Ana Ruiz hosted foreign ministers in Manila on Friday.")["events"] == []


def test_a_groupings_leaders_gathering_in_a_city_do_not_meet_its_state(extract):
    # party.gathering-venue for a gathering of many told by a verb of gathering
    record = extract("The leaders of ECOWAS will gather in Abuja on Friday.", published="2024-02-05")
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert [e["mode"] for e in record["events"]] == ["multilateral"]
    assert all(names[p] != "Nigeria" for e in record["events"] for p in e["participants"])


def test_the_office_holders_of_several_states_are_the_people_named_so(extract):
    # party.office-holders-of-states: each state's holder of the office, where the story names one, beside the
    # states; Bolivia's foreign minister is never named
    record = extract(
        "Chilean Foreign Minister Ana Ruiz said on Monday that water would top the agenda. Peru's foreign minister, "
        "Hugo Parra, agreed.\n\nThe foreign ministers of Chile, Peru and Bolivia will meet in Lima on Friday.",
        published="2024-02-05",
    )
    assert ("planned", {"Ana Ruiz", "Hugo Parra", "Chile", "Peru", "Bolivia"}) in gatherings(record)


def test_officials_of_several_states_stay_their_states(extract):
    # a title many of a state's people hold names no one person
    record = extract(
        "Chilean official Ana Ruiz spoke on Monday.\n\nOfficials of Chile, Peru and Bolivia will meet in Lima on "
        "Friday.",
        published="2024-02-05",
    )
    assert all("Ana Ruiz" not in parties for _, parties in gatherings(record))


def test_letters_in_brackets_after_a_body_are_its_short_name(extract):
    # actor.bracketed-acronym: an alias though the letters never come again, and a name the tagger ran on into the
    # brackets ends before them
    record = extract(
        "Foreign ministers of the Intergovernmental Authority on Development (IGAD) will meet in Khartoum on Friday.",
        published="2024-02-05",
    )
    body = next(a for a in record["actors"] if a["kind"] == "organization")
    assert (body["name"], body["aliases"]) == ("Intergovernmental Authority on Development", ["IGAD"])
