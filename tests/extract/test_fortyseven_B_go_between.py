"""Round forty-seven (helper B): go-betweens. A participle after a journey that carries messages between two sides
is the go-between's errand (rule contact.errand-participle), dated by the journey (rule date.from-the-journey);
"between the two capitals" never takes in the go-between's own state (rule party.go-between-not-a-side). Sentences
written for these tests (names invented)."""

from tests.conftest import event_names


def _third_party(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"] if e["mode"] == "third-party"]


def test_messages_carried_in_a_participle_after_a_journey_are_an_errand(extract):
    # contact.errand-participle: the town names are not places the model knows, so the journey tells nothing
    record = extract(
        "Ireland's envoy, Maeve Dolan, went back and forth between Kelvar and Dunmoor all week, carrying proposals "
        "between the Tarvian foreign minister, Oskar Brenn, and the rebel commander, Ilya Voss.",
        published="2025-06-13",
    )
    assert any({"Maeve Dolan", "Oskar Brenn", "Ilya Voss"} <= names for names in _third_party(record))


def test_an_errand_is_dated_by_the_journey(extract):
    # date.from-the-journey: "last week" hangs on the verb of the journey
    record = extract(
        "Ireland's envoy, Maeve Dolan, was on the road last week, carrying proposals between the Tarvian foreign "
        "minister, Oskar Brenn, and the rebel commander, Ilya Voss.",
        published="2025-06-13",
    )
    [event] = [e for e in record["events"] if e["mode"] == "third-party"]
    assert event["date"]["week"] == "2025-W23"


def test_a_participle_before_its_verb_stays_a_circumstance(extract):
    # contact.errand-participle: only after the verb; "Carrying a letter, she flew to Oslo" tells the flight
    record = extract(
        "Carrying messages between the Tarvian foreign minister, Oskar Brenn, and the rebel commander, Ilya Voss, "
        "Maeve Dolan lost her passport in Kelvar.",
        published="2025-06-13",
    )
    assert not _third_party(record)


def test_a_participle_carrying_goods_is_no_errand(extract):
    record = extract(
        "The convoy left Kelvar on Monday, carrying food between the two border towns.",
        published="2025-06-13",
    )
    assert not record["events"]


def test_the_go_betweens_own_state_is_not_one_of_the_two_capitals(extract):
    # party.go-between-not-a-side: Norway is named last before "the two capitals", but its ambassador goes between
    record = extract(
        "Laos and Thailand have not held talks since May. Norway's ambassador, Siri Dahl, has been carrying "
        "messages between the two capitals.",
        published="2025-06-13",
    )
    assert _third_party(record) == [{"Siri Dahl", "Laos", "Thailand"}]


def test_a_go_between_state_that_is_the_subject_is_no_side(extract):
    # party.go-between-not-a-side: "Turkey, which …, has been carrying messages between the two governments"
    record = extract(
        "Ethiopia and Somalia broke off relations in January. Turkey, which has a base in Mogadishu, has also been "
        "carrying messages between the two governments.",
        published="2025-06-13",
    )
    assert _third_party(record) == [{"Turkey", "Ethiopia", "Somalia"}]


def test_the_two_countries_of_a_meeting_still_take_the_last_two_states(extract):
    # party.the-two-states is unchanged where no one goes between: officials of the two countries meet
    record = extract(
        "Peru and Ecuador have argued over fishing rights since 2015. Energy officials from the two countries will "
        "meet in Quito next month.",
        published="2025-06-13",
    )
    assert any({"Peru", "Ecuador"} <= event_names(record, e) for e in record["events"])


def test_talks_hosted_after_a_comma_have_the_host_as_go_between(extract):
    # party.brokered-after-comma: "hosted by" hangs on the verb that holds the talks, not on "talks"
    record = extract(
        "Armenian and Azerbaijani officials held a round of talks in Geneva on Friday, hosted by the Swiss foreign "
        "minister, Karin Baumann.",
        published="2025-06-13",
    )
    assert _third_party(record) == [{"Karin Baumann", "Armenian and Azerbaijani officials", "Armenia", "Azerbaijan"}]


def test_a_meeting_hosted_after_a_comma_is_one_contact_with_its_host(extract):
    # contact.host.brokered: "hosted by the emir" is no visit of its own
    record = extract(
        "Premier Ana Varga and President Ilir Hasa met in Doha on Monday, hosted by the emir, Tamim Khalifa.",
        published="2025-06-13",
    )
    assert [(e["mode"], event_names(record, e)) for e in record["events"]] == [
        ("third-party", {"Tamim Khalifa", "Ana Varga", "Ilir Hasa"})
    ]


def test_a_guest_hosted_after_a_comma_is_still_a_visit(extract):
    # contact.host.brokered needs a contact told before the comma: "was in Doha, hosted by the emir" is a visit
    record = extract(
        "Premier Ana Varga was in Doha on Monday, hosted by the emir, Tamim Khalifa.", published="2025-06-13"
    )
    assert [e["mode"] for e in record["events"]] == ["visit"]


def test_talks_under_a_nationalitys_auspices_have_that_state_as_go_between(extract):
    # party.brokered-by: "under Saudi auspices" names Saudi Arabia
    record = extract(
        "The Chadian and Nigerien interior ministers met in Jeddah under Saudi auspices on Friday.",
        published="2025-06-13",
    )
    assert any("Saudi Arabia" in names for names in _third_party(record))


def test_talks_under_the_chairmanship_of_an_envoy_have_the_envoy_as_go_between(extract):
    # party.brokered-by: "chairmanship" and "mediation" are care under which talks are held, as "auspices" is
    record = extract(
        "Foreign Minister Ana Varga and Foreign Minister Ilir Hasa spent five hours at the same table in Vienna on "
        "Tuesday under the chairmanship of the OSCE envoy, Karin Baumann.",
        published="2025-06-13",
    )
    assert _third_party(record) == [{"Karin Baumann", "Ana Varga", "Ilir Hasa"}]


def test_a_leader_under_pressure_is_no_go_between(extract):
    # "under pressure" is no care under which talks are held
    record = extract(
        "Foreign Minister Ana Varga met Foreign Minister Ilir Hasa in Vienna on Tuesday under Tarvian pressure.",
        published="2025-06-13",
    )
    assert [e["mode"] for e in record["events"]] == ["meeting"]


def test_sides_named_by_their_nationality_are_their_states(extract):
    # party.side-of-a-nationality: "the Cuban and American sides" are Cuba and the United States
    record = extract(
        "A Swiss diplomat relayed messages between the Cuban and American sides in Geneva last month.",
        published="2025-06-13",
    )
    [names] = _third_party(record)
    assert {"Cuba", "United States"} <= names


def test_a_leadership_named_by_its_nationality_is_its_state(extract):
    # party.side-of-a-nationality: "the Egyptian leadership" is Egypt, beside the capital on the other side
    record = extract(
        "A Swiss diplomat relayed messages between the Egyptian leadership and Khartoum last month.",
        published="2025-06-13",
    )
    [names] = _third_party(record)
    assert {"Egypt", "Sudan"} <= names


def test_a_visit_hosted_after_a_comma_keeps_its_host_as_the_one_visited(extract):
    # party.brokered-after-comma is not for a visit: whoever hosts a visit is the one visited, no go-between
    for sentence in (
        "President Ana Varga arrived in Doha on Monday, hosted by the emir, Tamim Khalifa.",
        "President Ana Varga paid a visit to Doha on Monday, hosted by the emir, Tamim Khalifa.",
    ):
        record = extract(sentence, published="2025-06-13")
        assert [(e["mode"], event_names(record, e)) for e in record["events"]] == [
            ("visit", {"Ana Varga", "Qatar", "Tamim Khalifa"})
        ]


def test_who_on_a_description_in_apposition_is_the_person_named(extract):
    # party.who-of-an-apposition: "a Portuguese lawyer who carried letters" is Ines Duarte
    record = extract(
        "The accord was prepared by Ines Duarte, a Portuguese lawyer who carried letters between Senegal and Mali for "
        "much of June.",
        published="2025-06-13",
    )
    assert _third_party(record) == [{"Ines Duarte", "Senegal", "Mali"}]
