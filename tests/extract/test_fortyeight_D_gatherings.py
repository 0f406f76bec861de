"""Round forty-eight (D): gatherings of many, whose sides the news names either by the bloc ("SADC") or by its
officials ("SADC foreign ministers"); tested on sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _gathering(record):
    (event,) = [e for e in record["events"] if e["mode"] == "multilateral"]
    return event


def test_officials_of_a_bloc_who_meet_have_the_bloc_as_a_side(extract):
    # party.grouping-officials: "SADC foreign ministers will meet": SADC and its foreign ministers
    record = extract(
        "SADC foreign ministers will meet in Lusaka on Friday to discuss the drought.", published="2024-03-04"
    )
    assert {"SADC", "SADC foreign ministers"} <= event_names(record, _gathering(record))


def test_a_bloc_named_in_a_meeting_of_its_officials_has_them_as_a_side(extract):
    # party.grouping-officials: "a meeting of Gulf Cooperation Council oil ministers": both names
    record = extract(
        "The pricing dispute will come up at a meeting of Gulf Cooperation Council oil ministers in Doha in June.",
        published="2024-03-04",
    )
    names = event_names(record, _gathering(record))
    assert {"Gulf Cooperation Council", "Gulf Cooperation Council oil ministers"} <= names


def test_a_bloc_owning_its_ministers_is_a_side(extract):
    # party.grouping-officials: "the Arab Maghreb Union's foreign ministers": the union too
    record = extract(
        "Minister Karim Bensalah will attend a meeting of the Arab Maghreb Union's foreign ministers in Tunis "
        "on May 3.",
        published="2024-03-04",
    )
    assert "Arab Maghreb Union" in event_names(record, _gathering(record))


def test_heads_of_state_of_a_bloc_are_a_side_with_the_bloc(extract):
    # party.grouping-officials: "heads of state of the East African Community": the heads of state too
    record = extract(
        "Heads of state of the East African Community will meet in Arusha on Friday.", published="2024-03-04"
    )
    names = event_names(record, _gathering(record))
    assert "East African Community" in names
    assert any(n.lower().startswith("heads of state") for n in names)


def test_a_summit_of_a_bloc_names_no_officials(extract):
    # negative: "the ASEAN summit" is the bloc's own; no officials are named, so none are made a side
    record = extract("President Lina Marquez attended the ASEAN summit in Jakarta on Tuesday.", published="2024-03-04")
    names = event_names(record, _gathering(record))
    assert "ASEAN" in names
    assert not any("minister" in n.lower() or "leaders" in n.lower() for n in names)


def test_ministers_of_two_states_are_not_a_bloc(extract):
    # negative: officials of no bloc ("Kenyan and Ugandan ministers") take no bloc as a side
    record = extract("Kenyan and Ugandan trade ministers met in Busia on Monday.", published="2024-03-04")
    for event in record["events"]:
        assert not any(
            "ministers" in n and n != "Kenyan and Ugandan trade ministers" for n in event_names(record, event)
        )


def test_delegations_counted_as_the_gathering_meet_again(extract):
    # party.gathered-again: "the three delegations" are the three states of the gathering told before
    record = extract(
        "Delegations from Chile, Peru and Bolivia met in Arica on Tuesday to discuss water rights. The three "
        "delegations agreed to meet again in La Paz in March.",
        published="2024-01-10",
    )
    (again,) = [e for e in record["events"] if e["status"] == "planned"]
    assert event_names(record, again) == {"Chile", "Peru", "Bolivia"}
    assert again["mode"] == "multilateral"


def test_they_after_a_gathering_of_states_meet_again(extract):
    # party.gathered-again: "they" after a gathering of three states is those states, not the last one named
    record = extract(
        "Ministers from Ghana, Togo and Benin met in Lomé on Monday. They agreed to meet again in Cotonou in May.",
        published="2024-01-10",
    )
    (again,) = [e for e in record["events"] if e["status"] == "planned"]
    assert event_names(record, again) >= {"Ghana", "Togo", "Benin"}


def test_the_two_meeting_again_stay_a_pair(extract):
    # negative: "the two" after a meeting of two is the pair, and no gathering
    record = extract(
        "Ana Ruiz met Luis Mora in Arica on Tuesday. The two agreed to meet again in La Paz in March.",
        published="2024-01-10",
    )
    (again,) = [e for e in record["events"] if e["status"] == "planned"]
    assert event_names(record, again) == {"Ana Ruiz", "Luis Mora"}
    assert again["mode"] == "meeting"


def test_a_count_that_fits_no_gathering_takes_none(extract):
    # negative: "the four delegations" after a gathering of three states is not that gathering
    record = extract(
        "Delegations from Chile, Peru and Bolivia met in Arica on Tuesday. The four delegations agreed to meet again "
        "in La Paz in March.",
        published="2024-01-10",
    )
    assert not [e for e in record["events"] if e["status"] == "planned" and len(e["participants"]) >= 3]


def test_a_blocs_officials_meeting_at_a_place_on_a_day_are_a_gathering(extract):
    # contact.grouping-meets-there: "when CARICOM foreign ministers meet in Georgetown at the end of the month" is
    # one gathering to come, not a habit of ministers
    record = extract(
        "Minister Ana Duarte will raise the question with her counterpart when CARICOM foreign ministers meet in "
        "Georgetown at the end of the month.",
        published="2024-01-10",
    )
    event = _gathering(record)
    assert "CARICOM" in event_names(record, event)
    assert event["status"] == "planned"


def test_a_blocs_officials_meeting_at_a_rate_are_a_habit(extract):
    # negative: a rate ("four times a year") is a habit, whoever meets
    record = extract("SADC finance ministers meet in Gaborone four times a year.", published="2024-01-10")
    assert not record["events"]
