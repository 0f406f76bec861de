"""Contact mentions, their sides and modes (session 70, helper CNT). On sentences written for these tests (names,
places and wording invented); the article is dated Thursday 12 March 2026."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def sides(text: str, extract) -> list[tuple[str, str, frozenset[str]]]:
    """Each event's mode, status and participant names."""
    record = extract(text, published=PUBLISHED)
    return [(e["mode"], e["status"], frozenset(event_names(record, e))) for e in record["events"]]


# party.stopped-the-talks: whoever stops or puts off talks with someone is a side of them


def test_rebels_that_suspend_talks_with_the_government_are_a_side(extract):
    text = "The Karo rebels suspended the third round of talks with the government in March."
    assert sides(text, extract) == [("meeting", "denied", frozenset({"Karo", "government"}))]


def test_a_party_that_broke_a_round_of_talks_was_a_side(extract):
    text = "The Maoists broke the second round of talks with the government in August 2003."
    assert sides(text, extract) == [("meeting", "occurred", frozenset({"Maoists", "government"}))]


def test_an_opposition_that_boycotts_talks_with_the_ruling_party_is_a_side(extract):
    text = "The opposition boycotted talks with the ruling party on Monday."
    assert sides(text, extract) == [("meeting", "denied", frozenset({"opposition", "ruling party"}))]


def test_a_talk_welcomed_by_a_ministry_gives_it_no_part(extract):
    assert sides("The ministry welcomed talks with the union.", extract) == []


def test_calling_talks_with_no_one_named_makes_no_side(extract):
    assert sides("The hotel cancelled the summit because of the storm.", extract) == []


# contact.each-planned: a visitor's programme of calls on several office holders


def test_a_planned_meeting_with_three_office_holders_is_a_call_on_each(extract):
    text = (
        "During her stay Latvian Prime Minister Ilze Ozola will meet President Ana Ruiz, Senate Speaker Tomas Vega and "
        "Finance Minister Lia Soto."
    )
    assert set(sides(text, extract)) == {
        ("meeting", "planned", frozenset({"Ilze Ozola", "Ana Ruiz"})),
        ("meeting", "planned", frozenset({"Ilze Ozola", "Tomas Vega"})),
        ("meeting", "planned", frozenset({"Ilze Ozola", "Lia Soto"})),
    }


def test_a_planned_meeting_at_a_dinner_stays_one(extract):
    text = (
        "The envoy Ilze Ozola will meet President Ana Ruiz, Senate Speaker Tomas Vega and Finance Minister Lia Soto "
        "at a dinner."
    )
    assert sides(text, extract) == [
        ("meeting", "planned", frozenset({"Ilze Ozola", "Ana Ruiz", "Tomas Vega", "Lia Soto"}))
    ]


def test_a_planned_meeting_with_untitled_people_stays_one(extract):
    text = "The envoy Ilze Ozola will meet Ana Ruiz, Tomas Vega and Lia Soto."
    assert sides(text, extract) == [
        ("meeting", "planned", frozenset({"Ilze Ozola", "Ana Ruiz", "Tomas Vega", "Lia Soto"}))
    ]


def test_a_past_meeting_with_three_office_holders_stays_one(extract):
    text = "The premier Ilze Ozola met President Ana Ruiz, Senate Speaker Tomas Vega and Finance Minister Lia Soto."
    assert sides(text, extract) == [
        ("meeting", "occurred", frozenset({"Ilze Ozola", "Ana Ruiz", "Tomas Vega", "Lia Soto"}))
    ]


# mode.virtual-visit, mode.during-a-virtual-visit: a virtual visit, and talks had during one, are remote


def test_talks_during_a_virtual_visit_are_remote(extract):
    text = (
        "President Ana Ruiz held bilateral talks with Secretary Karl Berg on Tuesday, during his virtual visit to "
        "Chile."
    )
    record = extract(text, published=PUBLISHED)
    assert [(e["mode"], e["place"]) for e in record["events"]] == [("phone", None)]
    assert event_names(record, record["events"][0]) == {"Ana Ruiz", "Karl Berg"}


def test_a_meeting_during_an_online_tour_is_remote(extract):
    text = "Secretary Karl Berg is scheduled to hold talks with President Ana Ruiz during the Africa virtual tour."
    assert sides(text, extract) == [("phone", "planned", frozenset({"Karl Berg", "Ana Ruiz"}))]


def test_talks_during_a_visit_in_person_stay_a_visit(extract):
    text = "President Ana Ruiz held bilateral talks with Secretary Karl Berg on Tuesday, during his visit to Chile."
    assert [m for m, _, _ in sides(text, extract)] == ["visit"]


def test_a_virtual_standstill_is_no_remote_contact(extract):
    text = "The talks came to a virtual standstill after President Ana Ruiz met Karl Berg in Lima."
    assert sides(text, extract) == [("meeting", "occurred", frozenset({"Ana Ruiz", "Karl Berg"}))]


# contact.noun.stalled-since: a standstill of talks is no round held


def test_talks_stalled_since_a_year_are_no_contact(extract):
    text = "Peace talks between the government and the Karo rebels have been stalled since 2019."
    assert sides(text, extract) == []


def test_talks_deadlocked_since_a_month_are_no_contact(extract):
    text = "Talks between Chile and Peru have remained deadlocked since May."
    assert sides(text, extract) == []


def test_talks_that_stalled_on_a_day_were_held(extract):
    text = "Talks between President Ana Ruiz and Karl Berg stalled on Tuesday over tariffs."
    assert sides(text, extract) == [("meeting", "occurred", frozenset({"Ana Ruiz", "Karl Berg"}))]


# contact.noun.in-talks-on-object: "in talks with X" hung on the verb's object


def test_an_agenda_confirmed_in_talks_with_someone_tells_the_talks(extract):
    text = "Foreign Minister Maria Ruiz confirmed the bilateral agenda in talks with Secretary of State Jonas Berg."
    assert sides(text, extract) == [("meeting", "occurred", frozenset({"Maria Ruiz", "Jonas Berg"}))]


def test_a_role_in_talks_with_rebels_is_no_contact(extract):
    assert sides("Analysts praised his role in talks with the rebels.", extract) == []


def test_progress_in_talks_with_a_state_is_no_contact(extract):
    assert sides("The senator questioned the progress in talks with Iran.", extract) == []


# contact.wh-slot: a contact verb whose counterpart or destination is an embedded question's wh-word


def test_a_list_of_who_someone_met_and_where_is_no_contact(extract):
    text = "The spokesman then went on to list who President Ana Ruiz met and where she visited."
    assert sides(text, extract) == []


def test_where_two_named_people_met_is_still_their_meeting(extract):
    text = "The ministry did not say where President Ana Ruiz met Karl Berg."
    assert sides(text, extract) == [("meeting", "occurred", frozenset({"Ana Ruiz", "Karl Berg"}))]


def test_a_relative_whom_keeps_the_meeting(extract):
    text = "Karl Berg, whom President Ana Ruiz met on Monday, praised the deal."
    assert sides(text, extract) == [("meeting", "occurred", frozenset({"Ana Ruiz", "Karl Berg"}))]


# contact.habit.quoted-held: "“We hold discussions with …”" in quoted words is how things stand


def test_quoted_discussions_held_as_a_matter_of_course_are_no_contact(extract):
    text = '"We hold discussions with the envoys of various countries," party spokesman Amos Kiprop said.'
    assert sides(text, extract) == []


def test_a_quoted_habit_leaves_the_meeting_of_the_day_alone(extract):
    text = (
        'Party spokesman Amos Kiprop met US Ambassador Jane Lowe on Monday. "We hold discussions with the envoys of '
        'various countries. The meeting today was along those lines," Kiprop said.'
    )
    assert sides(text, extract) == [("meeting", "occurred", frozenset({"Amos Kiprop", "Jane Lowe"}))]


def test_a_headline_present_of_held_talks_is_news(extract):
    text = "Rebels hold talks with government envoys in Geneva"
    assert sides(text, extract) == [("meeting", "occurred", frozenset({"Rebels", "government envoys"}))]


# party.delegation-from-on-verb, party.delegation-led-next, party.companions-by: delegations and companions


def test_a_delegation_received_from_a_parliament_is_the_parliaments_led_by_its_speaker(extract):
    text = (
        "Governor Ruth Achieng received a high-level delegation from the Pan-African Parliament at her office on "
        "Monday. The delegation was led by its Speaker, Moses Kalua."
    )
    assert sides(text, extract) == [
        ("visit", "occurred", frozenset({"Pan-African Parliament", "Ruth Achieng", "Moses Kalua"}))
    ]


def test_a_letter_received_from_a_body_makes_no_delegation(extract):
    text = "Governor Ruth Achieng received a letter from the Pan-African Parliament on Monday."
    assert sides(text, extract) == []


def test_companions_to_a_meeting_hold_no_meeting_of_their_own(extract):
    text = (
        "President Ana Ruiz met Chancellor Karl Berg on Monday. President Ruiz was accompanied to the meeting by "
        "Foreign Minister Lia Soto and Finance Minister Tomas Vega."
    )
    assert sides(text, extract) == [("meeting", "occurred", frozenset({"Ana Ruiz", "Karl Berg"}))]


# contact.when-welcoming: a contact told in a "when …ing" frame of the main clause


def test_a_counterpart_welcomed_in_a_when_clause_is_a_contact(extract):
    text = (
        "President Ian Mosala, when welcoming his Namibian counterpart Peter Haufiku, said the two states share a "
        "long history."
    )
    assert sides(text, extract) == [("visit", "occurred", frozenset({"Ian Mosala", "Peter Haufiku"}))]


def test_a_person_met_in_a_while_clause_is_a_contact(extract):
    text = "While meeting President Peter Haufiku, Ian Mosala raised the border question."
    assert sides(text, extract) == [("meeting", "occurred", frozenset({"Ian Mosala", "Peter Haufiku"}))]


def test_meeting_the_press_in_a_when_clause_is_no_contact(extract):
    assert sides("President Ian Mosala, when meeting the press, said the talks had gone well.", extract) == []


def test_visiting_a_market_in_a_while_clause_is_no_contact(extract):
    assert sides("Governor Idris Musa, while visiting the market, said prices had doubled.", extract) == []


# party.fronted-possessive-own-clause: a fronted "his" in a quote is the quoted clause's subject


def test_a_fronted_possessive_in_a_quote_is_the_quoted_subjects(extract):
    text = (
        '"In addition to his in-person meetings with the prime ministers of Japan and Canada, President Karl Berg '
        'also recently had phone calls with the presidents of Peru and Chile," spokesman Lukas Brandt said.'
    )
    assert set(sides(text, extract)) == {
        ("meeting", "occurred", frozenset({"Karl Berg", "Japan"})),
        ("meeting", "occurred", frozenset({"Karl Berg", "Canada"})),
        ("phone", "occurred", frozenset({"Karl Berg", "Peru"})),
        ("phone", "occurred", frozenset({"Karl Berg", "Chile"})),
    }


def test_a_fronted_possessive_before_the_main_clause_is_its_subjects(extract):
    text = "In the final Mass of his Mexico trip, Pope Francis told bishops he had met President Ana Ruiz."
    assert sides(text, extract) == [("visit", "occurred", frozenset({"Pope Francis", "Mexico", "Ana Ruiz"}))]


# party.wanted-by-the-pair: "X and Y have said they want talks"


def test_a_pair_that_wants_talks_are_their_sides(extract):
    text = (
        "President Ivan Lema and his Rwandan counterpart Paul Nsengi have said they want talks, but no dates have "
        "been set."
    )
    assert sides(text, extract) == [("meeting", "hypothetical", frozenset({"Ivan Lema", "Paul Nsengi"}))]


def test_one_side_that_wants_talks_makes_no_contact(extract):
    assert sides("The rebels want talks.", extract) == []


def test_a_bare_counterpart_welcomed_in_a_when_clause_is_left_out(extract):
    text = "President Ian Mosala, when welcoming his counterpart, said the two states share a long history."
    assert sides(text, extract) == []
