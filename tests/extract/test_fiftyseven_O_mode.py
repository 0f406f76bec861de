"""Round fifty-seven (helper O): the mode of matched contacts.

A held meeting told with a visit as its occasion, on the meeting's verb or on one of its sides ("had a meeting with
X, on an official visit to Peru", "held talks with Y, who is on a two-day visit", "held talks during the visit of
the President of Chile to Lima"), is the visit (rule mode.on-a-visit); one during another's visit stays a meeting.
Counted before writing: real8 and the gate set.

Receiving a diplomat posted in the country ("received the Turkish ambassador") is a meeting, not a visit (rule
mode.resident-diplomat-received); a special envoy or a former ambassador received stays a visit. Counted before
writing: the gate set (twelve meetings to four visits) and real7/A.

A journey for talks whose end the places rule does not read ("flies in for talks with X", "crossed into Kyrgyzstan
for talks") is a visit (rule contact.travel.for-talks-unplaced); one home is not. Counted before writing: the gate
set (eight) and real7/A (one). Sentences written for these tests (names invented)."""


def _one(record: dict) -> dict:
    (event,) = record["events"]
    return event


def test_a_meeting_on_an_official_visit_is_the_visit(extract):
    for text in (
        "Speaker Ana Ruiz today had a meeting with Senate President Jorge Salas, on an official visit to Peru, "
        "the parliament's press office has reported.",
        "Foreign Minister Ana Ruiz held talks in Lima on Tuesday with her Chilean counterpart, Jorge Salas, who is "
        "on a two-day official visit.",
    ):
        assert _one(extract(text))["mode"] == "visit", text


def test_a_meeting_during_the_visit_of_a_sides_office_is_the_visit(extract):
    text = (
        "Presidents Ana Ruiz of Peru and Jorge Salas of Chile held talks during the visit of the President of Chile "
        "to Lima."
    )
    assert _one(extract(text))["mode"] == "visit"


def test_a_meeting_during_another_states_visit_stays_a_meeting(extract):
    text = (
        "Peru's President Ana Ruiz held talks with Chile's President Jorge Salas during the visit of the President "
        "of Brazil to Lima."
    )
    assert _one(extract(text))["mode"] == "meeting"


def test_a_meeting_during_the_visit_named_before_stays_a_meeting(extract):
    assert (
        _one(extract("President Ana Ruiz met Prime Minister Jorge Salas on Monday during the visit."))["mode"]
        == "meeting"
    )


def test_receiving_a_resident_ambassador_is_a_meeting(extract):
    for text in (
        "Prime Minister Omar Haddad received the Turkish ambassador, Ali Demir, at his office in Beirut on Monday.",
        "The Turkish ambassador, Ali Demir, was received by Prime Minister Omar Haddad on Monday.",
    ):
        assert _one(extract(text))["mode"] == "meeting", text


def test_receiving_a_special_envoy_or_a_former_ambassador_stays_a_visit(extract):
    for text in (
        "Prime Minister Omar Haddad received Spain's special envoy, Luis Mora, in Beirut on Monday.",
        "Prime Minister Omar Haddad received the former Turkish ambassador to Lebanon, Ali Demir, on Monday.",
    ):
        assert _one(extract(text))["mode"] == "visit", text


def test_a_journey_for_talks_with_no_place_read_is_a_visit(extract):
    for text in (
        "Foreign Minister Salif Diarra flies in on Monday for talks with his Malian counterpart, Omar Traore.",
        "Deputy Prime Minister Omar Haddad crossed into Kyrgyzstan on Saturday for talks in Batken with the regional "
        "governor, Ivan Petrov.",
    ):
        assert _one(extract(text))["mode"] == "visit", text


def test_a_journey_home_for_talks_is_no_visit(extract):
    record = extract("Ambassador John Lane flew home on Monday for consultations with Foreign Minister Mark Dale.")
    assert all(e["mode"] != "visit" for e in record["events"]), record["events"]
