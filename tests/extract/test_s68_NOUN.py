"""Contacts not found at all (session 68, helper NOUN): a contact to come told in a clause of time in the present
("before she meets President X in Lima on Friday", rule contact.time-clause-to-come); a "their" contact with
someone named, owned by the plural subject of its clause even under a verb of saying ("the ministers are defending
their meeting with X", rule party.their-owner-subject); a leaders' retreat as their gathering (rule
contact.retreat.a-gathering). On sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2016-09-15"


def pairs(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_a_meeting_in_a_before_clause_in_the_present_is_to_come(extract):
    r = extract(
        "Governor Lena Ortiz will sign the water bill before she meets President Tomas Vidal in Lima on Friday.",
        published=PUBLISHED,
    )
    assert pairs(r) == [{"Lena Ortiz", "Tomas Vidal"}]
    event = r["events"][0]
    assert event["status"] == "planned"
    assert event["place"]["name"] == "Lima"
    assert event["date"]["value"] == "2016-09-16"


def test_a_visit_in_a_when_clause_looked_forward_to_is_to_come(extract):
    r = extract(
        '"We look forward to the award being presented to Prime Minister Tomas Vidal when he visits Quito in '
        'October," the ministry said.',
        published=PUBLISHED,
    )
    visits = [e for e in r["events"] if e["mode"] == "visit"]
    assert len(visits) == 1
    assert "Tomas Vidal" in event_names(r, visits[0])
    assert visits[0]["status"] == "planned"
    assert visits[0]["place"]["name"] == "Quito"


def test_a_habit_in_a_when_clause_is_no_contact(extract):
    # negative: a main clause in the plain present and no day: what she does whenever she goes there
    r = extract("When she visits Quito, Senator Ana Ruiz stays with friends.", published=PUBLISHED)
    assert r["events"] == []


def test_a_past_meeting_in_a_before_clause_stays_background(extract):
    # negative: "before she met" tells the order of a life's events, no contact of its own
    r = extract("Ana Ruiz studied law in Madrid before she met President Tomas Vidal.", published=PUBLISHED)
    assert r["events"] == []


def test_their_meeting_defended_by_ministers_is_theirs(extract):
    r = extract("The Andean foreign ministers are defending their meeting with Governor Tom Kava.", published=PUBLISHED)
    assert len(r["events"]) == 1
    names = event_names(r, r["events"][0])
    assert "Tom Kava" in names
    assert any("ministers" in n for n in names)


def test_their_meetings_they_gave_no_detail_about_are_theirs(extract):
    r = extract(
        "The Andean ministers were reluctant to give much detail about their meetings with Governor Tom Kava.",
        published=PUBLISHED,
    )
    assert len(r["events"]) == 1
    names = event_names(r, r["events"][0])
    assert "Tom Kava" in names
    assert any("ministers" in n for n in names)


def test_their_meetings_with_people_of_a_kind_are_no_contact(extract):
    # negative: bare plurals of a kind on both sides, no one in particular
    r = extract("Voters say their meetings with candidates have become shorter.", published=PUBLISHED)
    assert r["events"] == []


def test_a_party_meeting_spoken_at_is_no_contact(extract):
    # negative: speaking at a meeting meets no one
    r = extract("She spoke at a party meeting in Lima about taxes.", published=PUBLISHED)
    assert r["events"] == []


def test_a_leaders_retreat_called_off_is_a_denied_gathering(extract):
    r = extract(
        "The ECOWAS leaders' two-day retreat scheduled for next week has been cancelled. The retreat, which had been "
        "scheduled for September 22-23, would now not take place, officials said.",
        published=PUBLISHED,
    )
    gatherings = [e for e in r["events"] if e["mode"] == "multilateral"]
    assert len(gatherings) == 1
    assert "ECOWAS" in event_names(r, gatherings[0])
    assert gatherings[0]["status"] == "denied"


def test_a_retreat_from_a_policy_is_no_contact(extract):
    # negative: a withdrawal, not a gathering
    r = extract(
        '"There will be no retreat from the reforms," President Tomas Vidal told the Andean Forum on Monday.',
        published=PUBLISHED,
    )
    assert [e for e in r["events"] if e["mode"] == "multilateral"] == []


def test_a_time_clause_pronoun_for_someone_named_only_before_is_no_contact(extract):
    # negative: "she" taken for someone the sentence does not name may be anyone (the mayor here is a man, Ortiz a
    # woman two sentences up): no contact with Vidal is told for her
    r = extract(
        "Governor Lena Ortiz met Mayor Tom Hale on Monday. The visit was intended to have her hear from the mayor "
        "before she meets President Tomas Vidal in Lima on Friday.",
        published=PUBLISHED,
    )
    assert not any("Tomas Vidal" in event_names(r, e) for e in r["events"])


def test_a_bodys_summit_to_come_with_its_own_place_is_kept(extract):
    r = extract("The ECOWAS summit in Accra is expected to back the plan, diplomats said.", published=PUBLISHED)
    gatherings = [e for e in r["events"] if e["mode"] == "multilateral"]
    assert [event_names(r, e) for e in gatherings] == [{"ECOWAS"}]
    assert gatherings[0]["status"] == "planned"
    assert gatherings[0]["place"]["name"] == "Accra"


def test_a_bodys_summit_recalled_with_its_place_and_no_date_stays_dropped(extract):
    # negative: recalled, not to come
    r = extract("She recalled the ECOWAS summit in Accra as a turning point.", published=PUBLISHED)
    assert r["events"] == []
