"""The contact's mode in events told over several sentences (session 68, helper MODE): talks held on a trip the story
tells elsewhere are the visit (rule mode.on-a-trip-told, its place place.trip-told), an international body's envoy
received at home is a visit (mode.body-envoy-received), leaders of two states who "spoke" with no place spoke by
phone (mode.leaders-spoke), and a go-between named when the contact is told again makes it third-party
(mode.brokered-when-retold). On sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def event_with(record: dict, *names: str) -> dict:
    return next(e for e in record["events"] if set(names) <= event_names(record, e))


def place_of(event: dict) -> str | None:
    return (event.get("place") or {}).get("name")


# mode.on-a-trip-told


def test_talks_after_a_visit_told_before_are_the_visit(extract):
    r = extract(
        "Foreign Minister Rosa Ibarra of Chile will pay an official visit to Latvia on Friday. She will discuss trade "
        "and regional security. Ibarra will also meet President Andris Ozols.",
        published=PUBLISHED,
    )
    assert event_with(r, "Rosa Ibarra", "Andris Ozols")["mode"] == "visit"


def test_the_visit_told_four_sentences_back_is_still_under_way(extract):
    r = extract(
        "The speaker of the Russian parliament, Oleg Markov, begins an official visit to Israel on Tuesday. He will "
        "lay flowers at a war memorial in Netanya. The memorial honours soldiers of the Second World War. Relations "
        "have warmed since 2019. On Wednesday he will hold talks with President Avi Cohen in Jerusalem.",
        published="2026-03-09",
    )
    talks = event_with(r, "Oleg Markov", "Avi Cohen")
    assert talks["mode"] == "visit"
    assert place_of(talks) == "Jerusalem"


def test_the_other_sides_visit_makes_the_hosts_meeting_a_visit_where_it_went(extract):
    r = extract(
        "Indian Foreign Secretary Ravi Menon is on a visit to Dhaka to discuss trade. Bangladeshi Foreign Secretary "
        "Karim Hossain will have a bilateral meeting with Menon on Wednesday.",
        published=PUBLISHED,
    )
    talks = event_with(r, "Karim Hossain", "Ravi Menon")
    assert talks["mode"] == "visit"
    assert place_of(talks) == "Dhaka"


def test_a_trip_told_in_a_relative_clause_to_a_capital_named_by_its_nation(extract):
    r = extract(
        "Saiki, who arrived in the South Korean capital for a two-day visit on Thursday, is set to meet Foreign "
        "Minister Yun Hae-jin on Friday.",
        published=PUBLISHED,
    )
    talks = event_with(r, "Saiki", "Yun Hae-jin")
    assert talks["mode"] == "visit"
    assert place_of(talks) == "Seoul"


def test_of_a_tour_of_several_states_the_leg_to_the_state_of_the_person_met(extract):
    r = extract(
        "Defense Secretary Tom Harlan is scheduled to depart on an eight-day trip to Spain, Germany and Chile, "
        "officials said. Harlan will meet with Spanish Prime Minister Pablo Ortiz.",
        published=PUBLISHED,
    )
    talks = event_with(r, "Tom Harlan", "Pablo Ortiz")
    assert talks["mode"] == "visit"
    assert place_of(talks) == "Spain"


def test_a_trip_begun_this_week_holds_talks_to_come_a_few_sentences_on(extract):
    r = extract(
        "On Tuesday, Prime Minister Lee Jae-won kicked off a three-day trip to Japan. Lee said his goal was dialogue. "
        "Lee will hold talks with Japanese Prime Minister Kenji Sato on Thursday.",
        published=PUBLISHED,
    )
    assert event_with(r, "Lee Jae-won", "Kenji Sato")["mode"] == "visit"


def test_a_delegation_led_to_a_capital_meets_its_leader_of_the_state_then(extract):
    r = extract(
        "Senator Tom Hale led a delegation to Belgrade on Friday. The group brought medicine. Hale met Yugoslav "
        "President Dragan Petrovic on Saturday.",
        published="1999-05-02",
    )
    assert event_with(r, "Tom Hale", "Dragan Petrovic")["mode"] == "visit"


def test_a_place_left_was_where_the_traveller_had_been(extract):
    r = extract(
        "Rwandan President Paul Mugisha arrived back in Kigali on Monday. Before departing Kinshasa that morning, "
        "Mugisha held private talks with President Joseph Kalonji.",
        published="2026-03-10",
    )
    talks = event_with(r, "Paul Mugisha", "Joseph Kalonji")
    assert talks["mode"] == "visit"
    assert place_of(talks) == "Kinshasa"


def test_talks_weeks_before_the_story_were_not_held_on_a_trip_under_way(extract):
    r = extract(
        "Businessman Elon Park landed near Paris on Thursday. He will give a speech. Park and French President Henri "
        "Dubois met on May 15.",
        published="2023-06-16",
    )
    assert event_with(r, "Elon Park", "Henri Dubois")["mode"] == "meeting"


def test_talks_of_another_year_than_the_trips_were_not_held_on_it(extract):
    r = extract(
        "Judge Teodoro Reyes recalled that President Luis Ortega of Peru summoned him in August 1972. In 1982 Reyes "
        "flew to Lima to see friends.",
        published="2005-08-27",
    )
    assert event_with(r, "Teodoro Reyes", "Luis Ortega")["mode"] == "meeting"


def test_a_story_opening_with_a_gathering_word_is_read(extract):
    r = extract(
        "Summit talk aside, Prime Minister Lee Min-ho of South Korea flew to Tokyo on Monday and met Prime Minister "
        "Kenji Sato.",
        published=PUBLISHED,
    )
    talks = event_with(r, "Lee Min-ho", "Kenji Sato")
    assert (talks["mode"], place_of(talks)) == ("visit", "Tokyo")


def test_a_meeting_abroad_with_a_third_states_minister_stays_a_meeting(extract):
    r = extract(
        "Peruvian Foreign Minister Rosa Ibarra flew to Geneva on Monday. Talks on the treaty resume this week. On "
        "Tuesday she met Iranian Foreign Minister Ali Rezaei.",
        published=PUBLISHED,
    )
    assert event_with(r, "Rosa Ibarra", "Ali Rezaei")["mode"] == "meeting"


def test_a_meeting_only_wished_for_on_the_trip_stays_a_meeting(extract):
    r = extract(
        "Peruvian Foreign Minister Rosa Ibarra arrived in Hanoi on Monday. Trade has doubled since 2020. She may also "
        "meet Prime Minister Tran Van Long.",
        published=PUBLISHED,
    )
    assert event_with(r, "Rosa Ibarra", "Tran Van Long")["mode"] == "meeting"


def test_a_trip_of_last_year_holds_no_talks_to_come(extract):
    r = extract(
        "Peruvian Foreign Minister Rosa Ibarra visited Japan last year. Trade has doubled since then. Ibarra will meet "
        "Japanese Prime Minister Kenji Sato next month.",
        published=PUBLISHED,
    )
    assert event_with(r, "Rosa Ibarra", "Kenji Sato")["mode"] == "meeting"


def test_two_officials_of_one_state_meeting_at_home_stay_a_meeting(extract):
    r = extract(
        "Peruvian Foreign Minister Rosa Ibarra returned to Lima on Monday after a tour of Asia. Exports were the "
        "theme. On Tuesday she met Peruvian President Carlos Mendoza.",
        published=PUBLISHED,
    )
    assert event_with(r, "Rosa Ibarra", "Carlos Mendoza")["mode"] == "meeting"


# mode.body-envoy-received


def test_a_un_envoy_received_by_a_states_leader_at_home_is_a_visit(extract):
    r = extract(
        "The UN High Commissioner for Refugees, Ana Ruiz, met Pakistani Prime Minister Imran Qadir in Islamabad on "
        "Friday.",
        published=PUBLISHED,
    )
    assert event_with(r, "Ana Ruiz", "Imran Qadir")["mode"] == "visit"


def test_a_un_envoy_holding_a_meeting_with_a_states_leader_at_home_is_a_visit(extract):
    r = extract(
        "The UN High Commissioner for Refugees, Ana Ruiz, held a meeting with Pakistani Prime Minister Imran Qadir in "
        "Islamabad on Friday.",
        published=PUBLISHED,
    )
    assert event_with(r, "Ana Ruiz", "Imran Qadir")["mode"] == "visit"


def test_a_un_envoy_meeting_a_leader_at_a_summit_in_his_state_stays_a_meeting(extract):
    r = extract(
        "The UN High Commissioner for Refugees, Ana Ruiz, met Pakistani Prime Minister Imran Qadir at a regional "
        "summit in Islamabad on Friday.",
        published=PUBLISHED,
    )
    assert event_with(r, "Ana Ruiz", "Imran Qadir")["mode"] == "meeting"


def test_a_un_envoy_meeting_a_third_states_minister_stays_a_meeting(extract):
    r = extract(
        "The UN High Commissioner for Refugees, Ana Ruiz, met Iranian Foreign Minister Ali Rezaei in Geneva on Friday.",
        published=PUBLISHED,
    )
    assert event_with(r, "Ana Ruiz", "Ali Rezaei")["mode"] == "meeting"


# mode.leaders-spoke


def test_two_leaders_who_spoke_with_no_place_spoke_by_phone(extract):
    r = extract(
        "President Kofi Mensah of Ghana spoke with President Tunde Okoro of Nigeria on Tuesday.", published=PUBLISHED
    )
    assert event_with(r, "Kofi Mensah", "Tunde Okoro")["mode"] == "phone"


def test_leaders_who_talked_during_a_summit_met(extract):
    r = extract(
        "President Kofi Mensah of Ghana and President Tunde Okoro of Nigeria also talked during the summit of West "
        "African leaders in Accra.",
        published=PUBLISHED,
    )
    assert event_with(r, "Kofi Mensah", "Tunde Okoro")["mode"] == "meeting"


def test_leaders_who_spoke_in_a_city_met(extract):
    r = extract(
        "President Kofi Mensah of Ghana spoke with President Tunde Okoro of Nigeria in Abuja on Tuesday.",
        published=PUBLISHED,
    )
    assert event_with(r, "Kofi Mensah", "Tunde Okoro")["mode"] == "visit"  # Okoro received him at home


# mode.brokered-when-retold


def test_a_go_between_named_when_the_meeting_is_told_again_makes_it_third_party(extract):
    r = extract(
        "President Amos Kibet and opposition leader Joseph Wanyama met face-to-face yesterday for the first time. "
        "After an hour-long meeting brokered and attended by the former UN chief Lars Eklund, the two men shook hands.",
        published=PUBLISHED,
    )
    talks = event_with(r, "Amos Kibet", "Joseph Wanyama")
    assert talks["mode"] == "third-party"
    assert "Lars Eklund" in event_names(r, talks)


def test_a_meeting_told_again_with_no_go_between_stays_a_meeting(extract):
    r = extract(
        "President Amos Kibet and opposition leader Joseph Wanyama met face-to-face yesterday for the first time. "
        "After an hour-long meeting, the two men shook hands.",
        published=PUBLISHED,
    )
    assert event_with(r, "Amos Kibet", "Joseph Wanyama")["mode"] == "meeting"


def test_talks_to_be_mediated_are_the_go_betweens_and_keep_the_month_of_the_news(extract):
    r = extract(
        "Hamas leader Khalid Nasser and Palestinian President Omar Haddad have agreed to hold reconciliation talks in "
        "Cairo. The long-awaited talks – to be mediated by Egyptian President Samir Fawzi – will most likely take "
        "place soon.",
        published="2012-07-18",
    )
    talks = event_with(r, "Khalid Nasser", "Omar Haddad")
    assert talks["mode"] == "third-party"
    assert (talks.get("date") or {}).get("value") == "2012-07"  # a meeting the broker sits in, not messages carried


def test_a_party_the_retelling_names_as_broker_is_the_go_between(extract):
    r = extract(
        "President Amos Kibet met opposition leader Joseph Wanyama and the former UN chief Lars Eklund yesterday. "
        "The meeting was brokered by Eklund.",
        published=PUBLISHED,
    )
    assert event_with(r, "Amos Kibet", "Joseph Wanyama", "Lars Eklund")["mode"] == "third-party"
