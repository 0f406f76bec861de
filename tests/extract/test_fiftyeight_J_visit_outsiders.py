"""Round fifty-eight (helper J): people of other states met on a visit are met one by one (rule
contact.visit-outsiders-apart). A visit with the host side stays the visit; each person of a third state met there
has a contact of its own. Kept whole: a visit told as held together, and talks in a third state with no host among
those met. Sentences written for these tests (names invented)."""


def parties(record: dict) -> list[set[str]]:
    """The names of the parties of each event."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [{names[p] for p in e["participants"]} for e in record["events"]]


def test_heads_of_other_states_met_on_a_visit_are_met_one_by_one(extract):
    record = extract(
        "During a three-day visit to Lima, President Tomas Ruiz of Costa Rica met with Peruvian President Carlos "
        "Vega, Chilean President Ana Soto and Bolivian President Luis Mendez."
    )
    found = parties(record)
    assert {"Tomas Ruiz", "Carlos Vega"} in found
    assert {"Tomas Ruiz", "Ana Soto"} in found
    assert {"Tomas Ruiz", "Luis Mendez"} in found
    assert len(found) == 3


def test_heads_of_three_states_met_with_no_journey_told_stay_one_contact(extract):
    # negative: no visit is told, so the meeting of the three states stays one (rule mode.three-states)
    record = extract(
        "Costa Rican President Tomas Ruiz met Kenyan President Paul Otieno and Ugandan President Joseph Mukasa "
        "in Nairobi on Monday."
    )
    assert parties(record) == [{"Tomas Ruiz", "Paul Otieno", "Joseph Mukasa"}]


def test_a_visit_told_as_held_together_stays_one_contact(extract):
    # negative: "together" tells one contact of all three
    record = extract(
        "During a visit to Lima, President Tomas Ruiz of Costa Rica met Peruvian President Carlos Vega and Chilean "
        "President Ana Soto together."
    )
    assert parties(record) == [{"Tomas Ruiz", "Carlos Vega", "Ana Soto"}]


def test_people_of_one_state_met_on_a_visit_stay_one_contact(extract):
    # negative: the host's president and foreign minister are the host side, met at once
    record = extract(
        "During a visit to Lima, President Tomas Ruiz of Costa Rica met Peruvian President Carlos Vega and Foreign "
        "Minister Elena Prado of Peru."
    )
    assert len(parties(record)) == 1
