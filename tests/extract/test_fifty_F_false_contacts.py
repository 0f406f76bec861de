"""Round fifty (helper F): false contacts read from real text. A programme's name is no meeting (rule
contact.verb.title-words); "On Twitter, X called Y …" is no visit (rule contact.call.fronted-on); a trip for medical
treatment is no contact, told by a verb or a noun (rules contact.travel.other-purpose, contact.trip.other-purpose);
a pair that spoke at a convention gave two speeches (rule contact.speak.addressed-an-occasion); a requested meeting
"which took place" was held (rule status.held-as-past-its-party). Sentences written for these tests (names
invented)."""

import pytest


def events(record: dict) -> list[tuple[str, str, set[str]]]:
    """Each event as its mode, status and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], e["status"], {names[p] for p in e["participants"]}) for e in record["events"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "“I expect to be questioned,” Senator Tom Hale said on\u00a0“Meet the Press.”",
        "Senator Tom Hale defended his record.\n\n“We will not raise the fares,” he said on\u00a0“Meet the Voters.”",
        "Governor Rita Moss was asked about the levy.\n\n“It is dead,” she said on\u00a0“Meet the Press.”",
    ],
)
def test_a_programme_named_with_a_contact_verb_is_no_meeting(extract, sentence):
    # contact.verb.title-words: the programme's name after a no-break space, as web pages set it
    assert events(extract(sentence)) == []


def test_a_contact_verb_in_a_lower_case_sentence_still_meets(extract):
    # negative: "meet" in lower case, after a programme's name, is a meeting
    record = extract("Senator Tom Hale told Meet the Nation on Sunday that he would meet Governor Rita Moss in May.")
    assert [parties for _, _, parties in events(record)] == [{"Tom Hale", "Rita Moss"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Tom Hale said he would Meet Governor Rita Moss in Geneva next week.",
        "Senator Tom Hale said he plans to Meet Governor Rita Moss in Geneva next week.",
    ],
)
def test_a_stray_capital_after_a_modal_or_to_still_meets(extract, sentence):
    # negative of contact.verb.title-words: a verb after "would" or an infinitive "to" is no programme's name
    assert [parties for _, _, parties in events(extract(sentence))] == [{"Tom Hale", "Rita Moss"}]


def test_a_fronted_on_phrase_is_no_call_on(extract):
    # contact.call.fronted-on
    record = extract('On Twitter, Senator Tom Hale called Governor Rita Moss "a disgrace to the harbour."')
    assert events(record) == []


def test_called_on_after_the_verb_is_still_a_visit(extract):
    # negative: "On Tuesday, X called on Y at the ministry" is a courtesy visit
    record = extract("On Tuesday, Ambassador Ana Ruiz called on Foreign Minister Jon Berg at the ministry.")
    assert [(mode, parties) for mode, _, parties in events(record)] == [("visit", {"Ana Ruiz", "Jon Berg"})]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Tom Hale had travelled to Germany for novel cancer treatment.",
        "The day President Tom Hale left for his medical treatment trip to Germany was a quiet one.",
    ],
)
def test_a_trip_for_treatment_is_no_visit(extract, sentence):
    # contact.travel.other-purpose (a named official), contact.trip.other-purpose (a trip noun)
    assert events(extract(sentence)) == []


def test_a_trip_with_talks_is_still_a_visit(extract):
    # negative: a trip noun with no errand before it
    record = extract("President Tom Hale made his final trip to Germany in May for talks with Chancellor Ute Berg.")
    assert any(mode == "visit" and "Tom Hale" in parties for mode, _, parties in events(record))


@pytest.mark.parametrize(
    "sentence",
    [
        "President Tom Hale's trip to Beijing was for the funeral of Li Peng and talks with President Xi Jinping.",
        "President Tom Hale flew to Beijing for the funeral of Li Peng and talks with President Xi Jinping.",
    ],
)
def test_a_trip_for_a_funeral_and_talks_is_still_a_visit(extract, sentence):
    # negative of contact.trip.other-purpose, contact.travel.other-purpose: talks beside the errand
    record = extract(sentence)
    assert any(mode == "visit" and {"Tom Hale", "Xi Jinping"} <= parties for mode, _, parties in events(record))


def test_two_who_spoke_at_a_convention_gave_speeches(extract):
    # contact.speak.addressed-an-occasion
    record = extract("Senator Tom Hale and Governor Rita Moss also spoke at the harbour workers' convention in Bergen.")
    assert events(record) == []


def test_two_who_talked_at_a_ball_met(extract):
    # negative: "talked at" a ball is a talk between them
    record = extract("Senator Tom Hale and Governor Rita Moss talked at last month's harbour ball.")
    assert [parties for _, _, parties in events(record)] == [{"Tom Hale", "Rita Moss"}]


def test_a_requested_meeting_which_took_place_was_held(extract):
    # status.held-as-past-its-party
    record = extract(
        "Rita Moss requested a meeting with Governor Tom Hale, which took place at the harbour office this morning."
    )
    assert [(status, parties) for _, status, parties in events(record)] == [("occurred", {"Rita Moss", "Tom Hale"})]


def test_a_requested_meeting_alone_stays_asked_for(extract):
    # negative: no clause of taking place
    record = extract("Rita Moss requested a meeting with Governor Tom Hale, who has not replied.")
    assert [status for _, status, _ in events(record)] == ["hypothetical"]


def test_an_activity_is_no_party(extract):
    # party.activity-not-a-party: "television", parsed as the subject of "shows", is no one; Hale met Moss
    record = extract(
        "Senator Tom Hale toured the harbour on Monday. Hale spent Tuesday in Bergen, filming television shows and "
        "meeting with Mayor Rita Moss."
    )
    assert [parties for _, _, parties in events(record)] == [{"Tom Hale", "Rita Moss"}]


def test_visiting_officials_are_a_party(extract):
    # negative: an -ing word before a noun for people
    record = extract("Visiting officials met Mayor Rita Moss on Tuesday.")
    assert [parties for _, _, parties in events(record)] == [{"Visiting officials", "Rita Moss"}]


def test_a_journey_through_life_is_no_trip(extract):
    # contact.journey.figurative
    record = extract(
        "From hardship to the bar: a young lawyer's journey\n\nAdvocate Tom Hale grew up in Maseru. His journey "
        "from a challenging childhood to a young legal advocate shows what is possible.",
        title="From hardship to the bar: a young lawyer's journey",
    )
    assert events(record) == []


def test_a_journey_between_places_is_a_trip(extract):
    # negative: a journey between two cities, to meet someone
    record = extract("Foreign Minister Rita Moss made the journey from Oslo to Bergen to meet Tom Hale.")
    assert any("Tom Hale" in parties for _, _, parties in events(record))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale, originally from Norway, was returning to Oslo to see his ailing father.",
        "Rita Moss had been visiting her sister in Paris.",
    ],
)
def test_a_visit_to_unnamed_kin_is_no_contact(extract, sentence):
    # contact.visit.unnamed-kin
    assert events(extract(sentence)) == []


def test_a_visit_to_named_kin_stays(extract):
    # negative: the daughter is named
    record = extract("Rita Moss was travelling to Cairo to visit her daughter Esther.")
    assert [parties for _, _, parties in events(record)] == [{"Rita Moss", "Esther"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking at a rally on Tuesday, Senator Tom Hale called Governor Rita Moss, his rival for the seat, an enemy "
        "of the harbour.",
        "Mayor Rita Moss called Mrs. Ada Lund an ''Aunt Tom.''",
        "Hale called Moss “The Chancellor of the Free Harbour.”",
        "For two years, his father refused to call him Ted.",
    ],
)
def test_a_call_that_names_someone_is_no_phone_call(extract, sentence):
    # contact.call.naming
    assert [mode for mode, _, _ in events(extract(sentence))] == []


def test_a_call_after_an_apposition_and_a_date_is_a_call(extract):
    # negative: "a day after the vote" says when
    record = extract("Mayor Rita Moss called Governor Tom Hale, her predecessor, a day after the vote.")
    assert [(mode, parties) for mode, _, parties in events(record)] == [("phone", {"Rita Moss", "Tom Hale"})]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Tom Hale has rung up major endorsements from party leaders.",
        "The two candidates, Tom Hale and Rita Moss, dialled down the rhetoric.",
    ],
)
def test_ringing_or_dialling_no_one_is_no_call(extract, sentence):
    # contact.phone.no-one-rung
    assert events(extract(sentence)) == []


def test_ringing_a_person_is_a_call(extract):
    # negative
    record = extract("Mayor Rita Moss rang Governor Tom Hale on Tuesday.")
    assert [(mode, parties) for mode, _, parties in events(record)] == [("phone", {"Rita Moss", "Tom Hale"})]


@pytest.mark.parametrize(
    "sentence, party",
    [
        ("Senator Tom Hale rang the embassy in Moscow on Tuesday.", "embassy"),
        ("Senator Tom Hale rang the office of Prime Minister Ivo Salas on Tuesday.", "Ivo Salas"),
    ],
)
def test_ringing_a_body_is_a_call(extract, sentence, party):
    # negative of contact.phone.no-one-rung: a body, or someone's office, is rung
    record = extract(sentence)
    assert [(mode, parties) for mode, _, parties in events(record)] == [("phone", {"Tom Hale", party})]


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Rita Moss speaks to the Harbour Economic Club of Bergen on Wednesday.",
        "Mayor Rita Moss is speaking Thursday to the National Harbour Network conference led by Tom Hale.",
    ],
)
def test_speaking_to_a_club_or_a_conference_is_an_address(extract, sentence):
    # contact.speak.addressed-an-occasion, with "to"
    assert events(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence, parties",
    [
        ("Senator Tom Hale spoke to the Secret Service on Monday.", {"Tom Hale", "Secret Service"}),
        ("Senator Tom Hale and Governor Rita Moss spoke at the luncheon about the port.", {"Tom Hale", "Rita Moss"}),
    ],
)
def test_speaking_to_a_body_or_at_a_luncheon_is_a_contact(extract, sentence, parties):
    # negative of contact.speak.addressed-an-occasion: a "service" spoken to is a body, a luncheon no address
    assert [found for _, _, found in events(extract(sentence))] == [parties]


def test_speaking_to_an_officer_of_a_forum_is_a_contact(extract):
    # negative: the one spoken to is a person, the forum only his body's name
    record = extract("Governor Rita Moss spoke to the Forum's Secretary-General, Tom Hale, by video link.")
    assert [parties for _, _, parties in events(record)] == [{"Rita Moss", "Tom Hale"}]
