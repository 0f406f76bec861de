"""Round fifty-six (helper P): a body a speaker calls by the closing words of the name the story gave it in full
("the centre" after "the Harbour Centre for Polar Affairs", "the Veldanian mission" after "the Veldanian Embassy in
Lunport") is that body, not a new one of the shorter name (rule speaker.body-in-full). Sentences written for these
tests (names invented)."""

from tests.conftest import quote_with, speaker_name


def test_the_centre_is_the_centre_named_in_full(extract):
    # speaker.body-in-full: "the centre" after "the Harbour Centre for Polar Affairs"
    record = extract(
        "Officials at the Harbour Centre for Polar Affairs met the envoy on Monday. "
        '"It was a useful meeting," the centre said.'
    )
    assert speaker_name(record, quote_with(record, "useful meeting")) == "Harbour Centre for Polar Affairs"


def test_a_mission_is_the_embassy_named_before(extract):
    # speaker.body-in-full: one mission's word for another's, of the same state
    record = extract(
        "Foreign Secretary Tomas Vell met the new prime minister in Lunport on Monday. "
        'The Chilean Embassy in Lunport described the talks as "productive". '
        'The Chilean mission said he conveyed "warm greetings from the president".'
    )
    assert speaker_name(record, quote_with(record, "warm greetings")) == "Chilean Embassy"


def test_the_press_service_is_the_one_named(extract):
    # speaker.body-in-full: "the press service" after "the presidential press service" told a visit
    record = extract(
        "Prime Minister Ola Strand received the visiting minister on Tuesday, the presidential press service said. "
        'The press service said the two had discussed "trade and transit".'
    )
    assert speaker_name(record, quote_with(record, "trade and transit")) == "presidential press service"


def test_another_states_mission_is_not_the_embassy(extract):
    # negative: "the Peruvian mission" is not the Chilean embassy named before
    record = extract(
        "Foreign Secretary Tomas Vell met the new prime minister in Lunport on Monday. "
        'The Chilean Embassy in Lunport described the talks as "productive". '
        'The Peruvian mission said it had "no comment on the visit".'
    )
    assert speaker_name(record, quote_with(record, "no comment on the visit")) != "Chilean Embassy"


def test_two_embassies_of_a_state_leave_the_mission_unjoined(extract):
    # negative: after two Chilean embassies, "the Chilean mission" is neither
    record = extract(
        "The Chilean Embassy in Lunport and the Chilean Embassy in Ostra both issued notes on Monday. "
        'The Chilean mission said it had "no comment on the visit".'
    )
    assert speaker_name(record, quote_with(record, "no comment on the visit")) not in (
        "Chilean Embassy in Lunport",
        "Chilean Embassy in Ostra",
        "Chilean Embassy",
    )
