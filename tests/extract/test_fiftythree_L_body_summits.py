"""Round fifty-three (lead): a summit named for a multilateral body is that body's gathering, however the tagger
and the parser took the name: "the G7 summit" with "G7" tagged a place (rules actor.body-tagged-place,
party.body-names-summit), "the Group of Seven summit" with the body hung on the noun as a modifier
(party.body-names-summit), "the OSCE Summit" written as one name (contact.summit.body-named,
actor.body-of-its-summit); and whoever does something at such a summit was there (party.acts-at-a-summit).
Counted over four real and labelled sets before writing: body summits told with no attendee recur in the world
press, the US election press and our gate. Sentences written for these tests (names invented)."""

from tests.conftest import event_names, events_with


def _summits(record: dict) -> list[dict]:
    return [e for e in record["events"] if e["mode"] == "multilateral"]


def test_a_g7_summit_is_the_bodys_gathering_not_the_host_states(extract):
    record = extract("Officials in Rome were preparing for the G7 summit in Naples in June.", published="2024-03-02")
    summits = _summits(record)
    assert len(summits) == 1
    assert "G7" in event_names(record, summits[0])
    assert not {"Italy", "Japan"} & event_names(record, summits[0])
    assert summits[0]["status"] == "planned"
    assert summits[0]["place"]["name"] == "Naples"


def test_the_group_of_seven_summit_hung_as_a_modifier_is_the_groups(extract):
    # round 62: with the African Union as a second party, as a body's summit alone is no contact now
    # (party.gathering-of-one)
    record = extract(
        "Preparations for the Group of Seven summit with the African Union in Naples in June are under way, "
        "officials said.",
        published="2024-03-02",
    )
    assert [event_names(record, e) for e in _summits(record)] == [{"Group of Seven", "African Union"}]


def test_a_summit_written_as_a_name_with_its_body_is_that_bodys(extract):
    # round 62: two states attend it, as a body's summit alone is no contact now (party.gathering-of-one)
    record = extract("Japan and Canada attended the NATO Summit in Vilnius on Tuesday.", published="2024-03-02")
    assert [event_names(record, e) for e in _summits(record)] == [{"NATO", "Japan", "Canada"}]


def test_who_acts_at_a_bodys_summit_was_there(extract):
    record = extract(
        "At the ECOWAS summit in Abuja, President Kofi Mensah announced new sanctions. Prime Minister Lena Marsh "
        "told reporters at the ASEAN summit in Vientiane that the code was ready.",
        published="2024-03-02",
    )
    assert events_with(record, "Kofi Mensah", "ECOWAS")
    assert events_with(record, "Lena Marsh", "ASEAN")


def test_a_g20_summit_tagged_as_one_name_gives_the_body_as_party(extract):
    record = extract(
        "At the G20 Summit in Osaka, President Omar Halabi said the tariffs would stay.", published="2024-03-02"
    )
    assert events_with(record, "Omar Halabi", "G20")


def test_a_summit_name_that_holds_no_body_stays_a_name(extract):
    record = extract("The International Conference of Support opened in Geneva on Friday.", published="2024-03-02")
    assert not record["events"]


def test_at_a_summit_of_no_named_body_no_one_is_made_to_attend(extract):
    record = extract("At the summit, the president announced a plan for the ports.", published="2024-03-02")
    assert not record["events"]
