"""Session 63 (helper T): contacts that are the purpose of a stay somewhere.

"X is in Minsk on November 28 to participate in the summit" was read as planned (an infinitive tells what is to
come), with no place or date; "is in Yangon for talks" as done. A present "be" that puts its subject at a place
tells a contact under way, held there and then (rules status.here-now-for, place.from-purpose, date.from-purpose).
Sentences written for these tests (names invented)."""


def _only_event(record: dict) -> dict:
    assert len(record["events"]) == 1, record["events"]
    return record["events"][0]


def test_in_a_city_to_take_part_in_a_summit_is_ongoing_there_and_then(extract):
    # status.here-now-for, place.from-purpose, date.from-purpose: the summit's noun under the stay's infinitive
    record = extract(
        "Moldovan President Ion Rusu is in Tbilisi on March 3 to participate in the summit of Black Sea leaders.",
        published="2021-03-03",
    )
    event = _only_event(record)
    assert event["status"] == "ongoing"
    assert event["place"]["name"] == "Tbilisi"
    assert event["date"]["value"] == "2021-03-03"


def test_in_a_city_to_meet_someone_is_ongoing(extract):
    # status.here-now-for: a contact verb as the stay's purpose
    record = extract(
        "Prime Minister Tomas Varga is in Vilnius today to meet President Rasa Kalnina.", published="2021-03-03"
    )
    event = _only_event(record)
    assert event["status"] == "ongoing"
    assert event["place"]["name"] == "Vilnius"


def test_in_a_city_for_talks_is_ongoing(extract):
    # status.here-now-for: a "for" noun of the stay
    record = extract("Prime Minister Tomas Varga is in Vilnius for talks with President Rasa Kalnina.")
    assert _only_event(record)["status"] == "ongoing"


def test_a_stay_to_come_keeps_its_talks_planned_there_and_then(extract):
    # place.from-purpose, date.from-purpose on a noun; status stays planned under "will"
    record = extract(
        "Foreign Minister Ana Ruiz will be in Lima on Friday to hold talks with President Luis Mora.",
        published="2021-03-03",
    )
    event = _only_event(record)
    assert event["status"] == "planned"
    assert event["place"]["name"] == "Lima"
    assert event["date"]["value"] == "2021-03-05"


def test_a_past_stay_for_talks_stays_done(extract):
    # negative: the past tense tells a contact held
    record = extract("Prime Minister Tomas Varga was in Vilnius last week for talks with President Rasa Kalnina.")
    assert _only_event(record)["status"] == "occurred"


def test_a_stay_with_a_meeting_due_stays_planned(extract):
    # negative: "is due to meet", joined to the stay, is still to come
    record = extract("Prime Minister Tomas Varga is in Vilnius and is due to meet President Rasa Kalnina on Friday.")
    assert _only_event(record)["status"] == "planned"


def _modes(record: dict) -> dict[frozenset[str], str]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return {frozenset(names[p] for p in e["participants"]): e["mode"] for e in record["events"]}


def test_a_talk_beside_a_sentence_on_the_phone_is_a_call(extract):
    # mode.phone-beside: the next sentence tells the means
    record = extract(
        "Foreign Minister Ana Ruiz finally talked on Sunday with her counterpart Jan Berg. "
        "The two spent an hour on the phone discussing fishing quotas."
    )
    assert _modes(record)[frozenset({"Ana Ruiz", "Jan Berg"})] == "phone"


def test_a_talk_after_a_sentence_naming_a_call_is_that_call(extract):
    # mode.phone-beside: the sentence before names the call
    record = extract(
        "The weekly is more interested in a telephone call. "
        "President Ana Ruiz spoke on Tuesday with the Austrian chancellor, Jan Berg, about the border."
    )
    assert _modes(record)[frozenset({"Ana Ruiz", "Jan Berg"})] == "phone"


def test_a_talk_beside_a_meeting_stays_a_meeting(extract):
    # negative: no phone beside it; the next sentence tells a meeting
    record = extract("Union leader Tom Hale spoke with Minister Ana Ruiz last week. They met to discuss the strikes.")
    assert _modes(record)[frozenset({"Tom Hale", "Ana Ruiz"})] == "meeting"


def test_a_talk_at_a_place_stays_a_meeting_beside_a_call(extract):
    # negative: a talk told at a place or an occasion was held in person, whatever call is told next to it
    record = extract(
        "President Ana Ruiz spoke with Chancellor Jan Berg at the summit on Monday. She later telephoned Omar Haddad."
    )
    assert _modes(record)[frozenset({"Ana Ruiz", "Jan Berg"})] == "meeting"
