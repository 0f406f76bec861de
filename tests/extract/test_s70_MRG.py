"""Merging (session 70, helper MRG): a contact told with a body in place of the person an earlier contact took in
is another contact (rule merge.body-instead); a definite contact noun does not reach back over a diary's heading of
a day or time (rule merge.across-heading). On sentences written for these tests (names invented); the article is
dated Wednesday 11 December 2019."""

from tests.conftest import event_names

PUBLISHED = "2019-12-11"


def events(text: str, extract) -> list[tuple[frozenset[str], str, str]]:
    record = extract(text, published=PUBLISHED)
    return sorted(
        ((frozenset(event_names(record, e)), e["mode"], e["status"]) for e in record["events"]),
        key=lambda e: sorted(e[0]),
    )


# merge.body-instead


def test_a_meeting_with_a_body_is_not_the_meeting_offered_to_a_person(extract):
    text = (
        "Union leader Rosa Petrova said on Tuesday that she was ready to meet President Ivan Sorin. Writing on "
        "Facebook, her deputy said Petrova's meeting with the Church Council had not secured any talks."
    )
    found = events(text, extract)
    assert ({"Rosa Petrova", "Ivan Sorin"}, "meeting", "hypothetical") in found
    assert [e for e in found if "Church Council" in e[0]] == [
        (frozenset({"Rosa Petrova", "Church Council"}), "meeting", "occurred")  # held: it secured nothing
    ]


def test_a_meeting_denied_with_a_person_is_not_the_one_held_with_a_body(extract):
    text = (
        "Union leader Rosa Petrova met the Church Council on Monday. There is no meeting between Petrova and "
        "President Ivan Sorin, her deputy said."
    )
    assert events(text, extract) == [
        (frozenset({"Rosa Petrova", "Church Council"}), "meeting", "occurred"),
        (frozenset({"Rosa Petrova", "Ivan Sorin"}), "meeting", "denied"),
    ]


def test_the_body_named_in_the_persons_title_is_the_same_meeting(extract):
    text = (
        "Union leader Rosa Petrova met Church Council chairman Ivan Sorin on Monday. Petrova's meeting with the "
        "Church Council lasted two hours."
    )
    assert events(text, extract) == [
        (frozenset({"Rosa Petrova", "Ivan Sorin", "Church Council"}), "meeting", "occurred"),
    ]


def test_the_persons_own_government_is_the_same_meeting(extract):
    text = (
        "Foreign Minister Rosa Petrova of Moldova met Romanian Prime Minister Ivan Sorin in Geneva on Monday. "
        "Petrova's talks with the Romanian government lasted two hours."
    )
    found = events(text, extract)
    assert len(found) == 1
    assert {"Rosa Petrova", "Ivan Sorin"} <= found[0][0]


# merge.across-heading

DIARY = (
    "Sorin flies home\n\nTHURSDAY, 4.00PM\n\nPresident Ivan Sorin flew back to Kishinev. He is to hold talks there "
    "with Prime Minister Rosa Petrova.\n\nTHURSDAY, 9.00AM\n\nEnvoy Omar Lind arrived for the talks in Varna, but "
    'rebel leader Tom Ekko did not come. "Therefore the meeting will not be held," an aide said.'
)


def test_the_meeting_under_another_hours_heading_is_not_the_talks_above(extract):
    assert events(DIARY, extract) == [(frozenset({"Ivan Sorin", "Rosa Petrova"}), "meeting", "planned")]


def test_the_meeting_in_the_same_section_is_the_talks_told(extract):
    text = (
        "Sorin flies home\n\nTHURSDAY, 4.00PM\n\nPresident Ivan Sorin flew back to Kishinev. He is to hold talks "
        'there with Prime Minister Rosa Petrova.\n\n"The meeting will not be held," an aide said on Friday.'
    )
    assert events(text, extract) == [(frozenset({"Ivan Sorin", "Rosa Petrova"}), "meeting", "denied")]


# merge.return-visit

UGANDA_TRIP = (
    "Kenyan President Daniel Kiprop visited Uganda last week and held talks with President Joseph Okello in Kampala. "
)


def test_a_return_visit_is_the_visited_ones_trip_back(extract):
    record = extract(UGANDA_TRIP + "Okello will make a return visit next year.", published=PUBLISHED)
    back = [e for e in record["events"] if e["status"] == "planned"]
    assert len(record["events"]) == 2 and len(back) == 1
    assert event_names(record, back[0]) == {"Joseph Okello", "Daniel Kiprop", "Kenya"}
    assert back[0]["mode"] == "visit" and back[0]["place"]["name"] == "Nairobi"


def test_a_possessed_return_visit_is_another_visit(extract):
    found = events(UGANDA_TRIP + "Okello's return visit is set for May.", extract)
    assert (frozenset({"Joseph Okello", "Daniel Kiprop", "Kenya"}), "visit", "planned") in found
    assert (frozenset({"Daniel Kiprop", "Uganda", "Joseph Okello"}), "visit", "occurred") in found


def test_the_visit_told_again_stays_one(extract):
    found = events(UGANDA_TRIP + "Okello said the visit had been a success.", extract)
    assert found == [(frozenset({"Daniel Kiprop", "Uganda", "Joseph Okello"}), "visit", "occurred")]


# merge.setting-not-the-trip, merge.told-in-the-setting

HOME_AGAIN = (
    "President Omar Said hailed his recent official visit to Iran on Monday. At a meeting with tribal elders, the "
    "president said his talks with Iran's religious leaders had been successful."
)


def test_a_meeting_that_sets_a_speech_is_not_the_recent_trip(extract):
    record = extract(HOME_AGAIN, published=PUBLISHED)
    elders = [e for e in record["events"] if "tribal elders" in event_names(record, e)]
    assert [(event_names(record, e), e["mode"], e["place"]) for e in elders] == [
        ({"Omar Said", "tribal elders"}, "meeting", None)
    ]


def test_talks_told_in_the_speech_are_the_trips(extract):
    record = extract(HOME_AGAIN, published=PUBLISHED)
    trips = [e for e in record["events"] if e["mode"] == "visit"]
    assert [event_names(record, e) for e in trips] == [{"Omar Said", "Iran", "Iran's religious leaders"}]


def test_a_dinner_on_the_day_of_the_meeting_stays_that_meeting(extract):
    text = (
        "Chancellor Ana Weber met President Luis Ortega in Paris on Monday. At a dinner with Ortega, Weber said the "
        "two countries would sign a trade pact."
    )
    assert events(text, extract) == [(frozenset({"Ana Weber", "Luis Ortega"}), "meeting", "occurred")]


# status.report-denied on a plan; merge.headline-state-for-its-person

BORDER_TALKS = (
    "Peru's foreign ministry on Thursday denied press reports that Peruvian President Ana Quispe and Bolivian "
    "President Evo Mendez will meet at the border this week. A trade union leader, Jorge Vaca, had told a radio "
    "station that a meeting would take place on Friday."
)


def test_a_plan_reported_by_others_and_denied_by_a_side_is_denied(extract):
    text = (
        "Peruvian President Ana Quispe will meet Bolivian President Evo Mendez at the border on Friday, the union "
        "leader Jorge Vaca said. Quispe's office denied the report."
    )
    record = extract(text, published=PUBLISHED)
    assert [(event_names(record, e), e["status"], e["date"]["value"]) for e in record["events"]] == [
        ({"Ana Quispe", "Evo Mendez"}, "denied", "2019-12-13")
    ]


def test_a_plan_one_side_announces_stays_planned_when_the_other_denies(extract):
    text = (
        "Peruvian President Ana Quispe and Bolivian President Evo Mendez will meet at the border this week, Quispe's "
        "office said. Bolivia's foreign ministry denied that a meeting had been arranged."
    )
    assert events(text, extract) == [(frozenset({"Ana Quispe", "Evo Mendez"}), "meeting", "planned")]


def test_a_headline_state_denying_stands_for_its_president(extract):
    headline = "Peru denies meeting with Mendez"
    record = extract(headline + "\n\n" + BORDER_TALKS, title=headline, published=PUBLISHED)
    assert [(event_names(record, e), e["status"]) for e in record["events"]] == [
        ({"Ana Quispe", "Evo Mendez", "Peru"}, "denied")
    ]


def test_a_headline_of_another_state_is_another_contact(extract):
    headline = "Chile denies meeting with Mendez"
    record = extract(headline + "\n\n" + BORDER_TALKS, title=headline, published=PUBLISHED)
    assert sorted((sorted(event_names(record, e)), e["status"]) for e in record["events"]) == [
        (["Ana Quispe", "Evo Mendez"], "denied"),
        (["Chile", "Evo Mendez"], "denied"),
    ]


# merge.when-told-again


def test_a_contact_told_again_in_a_when_clause_names_the_holder(extract):
    text = (
        "Prime Minister Omar Farouk will be the first foreign leader to meet Peru's new president when he holds "
        "talks with Rosa Quispe in Lima on Friday."
    )
    record = extract(text, published=PUBLISHED)
    assert [(event_names(record, e), e["status"], e["date"]["value"]) for e in record["events"]] == [
        ({"Omar Farouk", "Rosa Quispe", "Peru"}, "planned", "2019-12-13")
    ]


def test_a_person_of_another_state_in_the_when_clause_is_another_contact(extract):
    text = (
        "Prime Minister Omar Farouk will meet Peru's new president when he holds talks with Chile's Rosa Quispe on "
        "Friday."
    )
    assert len(extract(text, published=PUBLISHED)["events"]) == 2
