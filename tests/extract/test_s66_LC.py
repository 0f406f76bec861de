"""Session 66 (LC): lists of counterparts, and merges refused across stages.

- contact.one-session: plural talks dated to one day, or counted as one occasion, with several counterparts are one
  session of all ("held phone talks with A and B on Thursday"), not one contact with each.
- contact.each-before, merge.earlier-apart: a perfect-tense contact with a list of several people ("has met
  previously with A, B and C") is one past meeting with each, none of them the story's own contact nor of its day.

Sentences written for these tests (names invented)."""

from tests.conftest import event_names, events_with


def test_dated_phone_talks_with_two_counterparts_are_one_call(extract):
    record = extract(
        "Chilean Foreign Minister Ana Ruiz held phone talks with Peruvian Trade Minister Karl Berg and Peruvian "
        "Finance Minister Lena Holm on Thursday."
    )
    (call,) = record["events"]
    assert {"Ana Ruiz", "Karl Berg", "Lena Holm"} <= event_names(record, call)


def test_proposed_talks_on_a_date_with_two_states_are_one_session(extract):
    record = extract(
        "The European Union has proposed fresh talks on October 21 with Chile and Peru to settle their dispute over "
        "fishing rights, an EU official said on Thursday."
    )
    (talks,) = record["events"]
    assert {"European Union", "Chile", "Peru"} <= event_names(record, talks)


def test_a_round_of_talks_with_two_presidents_is_one_session(extract):
    record = extract(
        "Chilean President Ivan Petko has held a second round of talks with Peruvian President Karl Berg and "
        "Bolivian President Lena Holm."
    )
    (talks,) = record["events"]
    assert {"Ivan Petko", "Karl Berg", "Lena Holm"} <= event_names(record, talks)


def test_undated_talks_with_several_states_stay_one_with_each(extract):
    # negative: talks with no day of their own ("is conducting talks with") are had with each
    record = extract("Chile is conducting free trade talks with Peru, Bolivia and Ecuador.")
    assert len(events_with(record, "Chile", "Peru")) == 1
    assert all(len(e["participants"]) == 2 for e in record["events"])


def test_talks_with_each_in_a_city_of_their_own_stay_apart(extract):
    # negative: a place for each counterpart tells two sittings, though the week is one
    record = extract(
        "After talks this week with Chilean Prime Minister Karl Berg in Santiago and Peruvian President Lena Holm "
        "in Lima, Ana Ruiz plans to see Bolivian President Ivan Petko."
    )
    assert events_with(record, "Karl Berg") and events_with(record, "Lena Holm")
    assert not [e for e in record["events"] if {"Karl Berg", "Lena Holm"} <= event_names(record, e)]


def test_has_met_previously_with_a_list_is_a_meeting_with_each(extract):
    record = extract(
        "The singer Tom Varga met President Ana Ruiz in Lima on Monday. Varga, who has met previously with former "
        "Presidents Karl Berg, Lena Holm and Ivan Petko, praised her."
    )
    for other in ("Karl Berg", "Lena Holm", "Ivan Petko"):
        (past,) = events_with(record, "Tom Varga", other)
        assert len(past["participants"]) == 2 and past["date"] is None


def test_having_already_met_a_list_is_not_folded_into_todays_meeting(extract):
    record = extract(
        "The singer Tom Varga met President Ana Ruiz in Lima on Monday, having already met her predecessors Karl "
        "Berg, Lena Holm and Ivan Petko."
    )
    (today,) = events_with(record, "Tom Varga", "Ana Ruiz")
    assert event_names(record, today) == {"Tom Varga", "Ana Ruiz"}
    assert len(events_with(record, "Tom Varga", "Lena Holm")) == 1


def test_a_past_meeting_with_one_named_in_the_list_is_not_todays(extract):
    record = extract(
        "President Ana Ruiz received the singer Tom Varga at the palace on Tuesday. Varga, who has met previously "
        "with Ana Ruiz and Karl Berg, thanked her."
    )
    pairs = events_with(record, "Tom Varga", "Ana Ruiz")
    assert len(pairs) == 2 and all(len(e["participants"]) == 2 for e in pairs)
    assert len(events_with(record, "Tom Varga", "Karl Berg")) == 1


def test_met_a_list_on_one_day_stays_one_meeting(extract):
    # negative: a simple past with a day of its own is one meeting of all
    record = extract("Tom Varga met Karl Berg and Lena Holm in Lima on Monday.")
    (meeting,) = record["events"]
    assert {"Tom Varga", "Karl Berg", "Lena Holm"} <= event_names(record, meeting)


def test_has_met_a_group_is_not_split(extract):
    # negative: a list with groups in it ("union bosses") is not a list of people met apart
    record = extract("Business Secretary Tom Varga has held talks with Karl Berg, union bosses and industry leaders.")
    assert len(events_with(record, "Tom Varga", "Karl Berg")) == 1
    assert len(record["events"]) == 1


def test_carried_messages_between_two_is_one_go_between(extract):
    # negative: a go-between who had carried messages between two is one contact of the three
    record = extract(
        "Ana Ruiz told the court that a third man, Karl Berg, had carried messages between her and Ivan Petko in "
        "the weeks before the contract was awarded."
    )
    assert all("Ivan Petko" in event_names(record, e) for e in events_with(record, "Karl Berg"))


def test_was_to_have_met_a_list_together_is_not_split(extract):
    # negative: "was to have met A, B and C together" is one meeting that fell through, not past meetings
    record = extract(
        "A joint session in Riga on Thursday, at which envoy Ivan Petko was to have met Karl Berg, Lena Holm and "
        "Tom Varga together, has been postponed until next week."
    )
    assert all(len(e["participants"]) >= 3 for e in events_with(record, "Ivan Petko"))


def test_has_met_a_list_with_no_earlier_marker_is_one_news_meeting(extract):
    # negative: a present perfect alone is the news itself ("has met A and B, the ministry said"), one meeting of all
    record = extract(
        "Archbishop Ilias Moreno has met President Omar Haddad and Prime Minister Vera Lind, the church said.",
        published="2016-09-15",
    )
    (meeting,) = record["events"]
    assert {"Ilias Moreno", "Omar Haddad", "Vera Lind"} <= event_names(record, meeting)


def test_has_spoken_with_two_about_a_crisis_is_one_contact(extract):
    # negative: "has spoken with A and B about the crisis, her spokesman said" is one contact, not one with each
    record = extract(
        "Chancellor Ines Moro has spoken with President Omar Haddad and Prime Minister Vera Lind about the floods, "
        "her spokesman said on Monday.",
        published="2016-09-15",
    )
    assert len(record["events"]) == 1


def test_met_a_list_in_the_past_is_a_meeting_with_each_and_undated(extract):
    record = extract(
        "Archbishop Ilias Moreno has met President Omar Haddad and Prime Minister Vera Lind in the past, the church "
        "said.",
        published="2016-09-15",
    )
    for other in ("Omar Haddad", "Vera Lind"):
        (past,) = events_with(record, "Ilias Moreno", other)
        assert len(past["participants"]) == 2 and past["date"] is None
