"""Round forty-eight (helper F): contacts the press reads wrongly. The press that visits, calls or talks to someone
is interviewing them, not making a contact (rule contact.press-calls); a building named after "at" in a party's
phrase is where the contact was, not a party (rule party.at-a-venue). Sentences written for these tests (names
invented)."""

from tests.conftest import event_names


def _names(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_a_paper_that_visits_someone_interviews_them(extract):
    record = extract("The weekly Harbour Star visited Ada Moss at her home in Lisbon in July.", published="2025-09-02")
    assert not record["events"]


def test_a_paper_that_speaks_to_someone_interviews_them(extract):
    record = extract(
        "The weekly Harbour Star spoke to Tom Hale at his office in Geneva on Monday, a week after his release.",
        published="2025-09-02",
    )
    assert not record["events"]


def test_a_newspaper_that_telephones_a_ministry_asks_its_questions(extract):
    record = extract(
        "Ada Moss said the newspaper had never once telephoned the Ministry of Fisheries to check its story.",
        published="2025-09-02",
    )
    assert not record["events"]


def test_a_meeting_the_paper_reports_is_still_a_contact(extract):
    record = extract(
        "The weekly Harbour Star reported that the fisheries minister, Ada Moss, had met the Norwegian trade "
        "envoy, Tom Hale, in Lisbon on Monday.",
        published="2025-09-02",
    )
    assert _names(record) == [{"Ada Moss", "Tom Hale"}]


def test_someone_who_talks_to_the_paper_about_a_call_still_reports_the_call(extract):
    record = extract(
        "Ada Moss told the weekly Harbour Star that she had spoken by telephone with Tom Hale on Monday.",
        published="2025-09-02",
    )
    assert {"Ada Moss", "Tom Hale"} in _names(record)


def test_a_castle_after_at_is_where_they_met(extract):
    record = extract(
        "The minister, Ada Moss, said she had met the leaders of both farming unions at Harwick Castle in July.",
        published="2025-09-02",
    )
    [names] = _names(record)
    assert "Ada Moss" in names and "Harwick Castle" not in names


def test_an_exhibition_centre_after_at_is_where_they_met(extract):
    record = extract(
        "The federation's chairman, Tom Hale, met representatives of the players at Carrow House on Tuesday.",
        published="2025-09-02",
    )
    [names] = _names(record)
    assert "Tom Hale" in names and "Carrow House" not in names


def test_a_seat_that_stands_for_its_body_is_left_as_it_was(extract):
    # the White House is the seat of the American presidency: meeting officials there is visiting it
    record = extract(
        "The Kenyan minister, Ada Moss, met officials at the White House on Monday.", published="2025-09-02"
    )
    assert any("White House" in names for names in _names(record))


def test_the_paper_that_tells_of_a_meeting_is_no_side_of_it(extract):
    # party.outlet-tells: "met" is parsed with no subject of its own; the paper is the subject of "reported"
    record = extract(
        "The weekly Harbour Star reported on Monday that a vice-chairman of the opposition party, Tom Hale, had met "
        "senior officials of the trade office in Xiamen during the forum last month.",
        published="2025-09-02",
    )
    assert not any("Harbour Star" in names for names in _names(record))


def test_officers_of_two_nationalities_have_both_states_as_sides(extract):
    # party.states-of-group: "officers" are members of a service, as "officials" are
    record = extract(
        "A local paper reported on Tuesday that Peruvian and Chilean naval officers had met at a border post on Sunday "
        "night.",
        published="2025-09-02",
    )
    assert any({"Peru", "Chile"} <= names for names in _names(record))


def test_a_question_after_and_asks_whether_they_met(extract):
    # contact.yes-no-question, past a leading "And"
    record = extract("And did Ada Moss meet Tom Hale in Geneva last week?", published="2025-09-02")
    assert not record["events"]


def test_a_question_put_to_someone_by_name_asks_whether_they_will_meet(extract):
    # contact.yes-no-question, past a vocative
    record = extract(
        "Tom, will there be a meeting between Ada Moss and the Norwegian envoy before the spring fishery?",
        published="2025-09-02",
    )
    assert not record["events"]


def test_a_list_of_names_before_a_comma_is_no_vocative(extract):
    record = extract("Lund, Hale and Moss met in Oslo on Monday.", published="2025-09-02")
    assert _names(record) == [{"Lund", "Hale", "Moss"}]


def test_farms_one_visits_are_no_side_of_a_contact(extract):
    # party.place-visited
    record = extract(
        "The agriculture minister, Ada Moss, plans to visit the border farms herself next month.",
        published="2025-09-02",
    )
    assert not record["events"]


def test_camps_one_hopes_to_visit_are_no_side_of_a_contact(extract):
    record = extract(
        "Tom Hale said he hoped to visit the camps on the other side of the river if the army allowed it.",
        published="2025-09-02",
    )
    assert not record["events"]


def test_people_visited_are_still_met(extract):
    record = extract(
        "Ada Moss visited 14 Tarvian fishermen held at the detention centre on Thursday.", published="2025-09-02"
    )
    assert any("Ada Moss" in names and len(names) >= 2 for names in _names(record))


def test_camps_in_a_named_state_are_left_as_they_were_read(extract):
    # a visit to camps on the Indonesian side is a visit to Indonesia: the rule leaves the phrase alone
    record = extract(
        "Tom Hale said he hoped to visit the camps on the Indonesian side if Jakarta allowed it.",
        published="2025-09-02",
    )
    assert any("Tom Hale" in names for names in _names(record))
