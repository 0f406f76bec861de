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


def test_their_meeting_defended_last_month_was_held_and_its_modifier_is_no_party(extract):
    # negative for the defending's progressive (the meeting was held) and for "Pacific", a word of the subject
    # that names no side of its own
    r = extract(
        "Pacific trade ministers are defending their meeting with Admiral Piet Kolo in Apia last month.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Pacific trade ministers", "Piet Kolo"}]
    assert r["events"][0]["status"] == "occurred"


def test_their_dinner_cancelled_by_the_governors_families_is_not_the_governors(extract):
    # negative: the families' dinner; the governors only own the families
    r = extract(
        "President Tom Vale said the governors' families had cancelled their dinner with King Ivo Brun.",
        published=PUBLISHED,
    )
    assert not any("governors" in event_names(r, e) for e in r["events"])


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


def test_a_bodys_retreat_from_a_country_or_a_pledge_is_no_gathering(extract):
    # negative: a body of many states (or its leaders) withdrawing from somewhere or something, not meeting
    for text in (
        "ECOWAS's retreat from Mali was chaotic, President Tomas Vidal said on Monday.",
        "The CARICOM leaders' retreat from their climate pledges angered voters, Senator Ana Ruiz said.",
    ):
        r = extract(text, published=PUBLISHED)
        assert r["events"] == [], text


def test_a_time_clause_pronoun_for_the_causee_named_before_is_hers(extract):
    # "her" (the one the visit lets hear from the mayor, a man) and "she" are Ortiz, named a sentence before
    r = extract(
        "Governor Lena Ortiz met Mayor Tom Hale on Monday. The visit was intended to have her hear from the mayor "
        "before she meets President Tomas Vidal in Lima on Friday.",
        published=PUBLISHED,
    )
    met = [e for e in r["events"] if "Tomas Vidal" in event_names(r, e)]
    assert [event_names(r, e) for e in met] == [{"Lena Ortiz", "Tomas Vidal"}]
    assert met[0]["status"] == "planned"


def test_a_time_clause_pronoun_for_the_speaker_of_the_sentence_before_is_hers(extract):
    # the ordinary case: "she" is the one the sentence before named; base kept it and so must the rule
    r = extract(
        "Trade Minister Nora Lind landed in Quito on Monday. She said she would raise the banana tariffs when she "
        "meets President Tomas Vidal.",
        published=PUBLISHED,
    )
    met = [e for e in r["events"] if "Tomas Vidal" in event_names(r, e)]
    assert [event_names(r, e) for e in met] == [{"Nora Lind", "Tomas Vidal"}]
    assert met[0]["status"] == "planned"


def test_a_time_clause_pronoun_passing_over_a_man_named_in_its_sentence_is_no_contact(extract):
    # negative: "he" is Kral (whom "him" stands for), named in the sentence; taken for Drost, who spoke a sentence
    # before, the contact with Vidal would be the wrong man's
    r = extract(
        "Finance Minister Piet Drost said on Monday that the talks had stalled. Brussels is relying on Kral to settle "
        "the quarrel, and this visit was meant to have him hear from Mayor Ines Soto before he meets President "
        "Tomas Vidal in Lima on Friday.",
        published=PUBLISHED,
    )
    assert not any({"Piet Drost", "Tomas Vidal"} <= event_names(r, e) for e in r["events"])


def test_a_bodys_summit_to_come_with_its_own_place_is_kept(extract):
    r = extract("The ECOWAS summit in Accra is expected to back the plan, diplomats said.", published=PUBLISHED)
    gatherings = [e for e in r["events"] if e["mode"] == "multilateral"]
    assert len(gatherings) == 1
    assert "ECOWAS" in event_names(r, gatherings[0])
    assert gatherings[0]["status"] == "planned"
    assert gatherings[0]["place"]["name"] == "Accra"


def test_a_bodys_summit_recalled_with_its_place_and_no_date_stays_dropped(extract):
    # negative: recalled, not to come
    r = extract("She recalled the ECOWAS summit in Accra as a turning point.", published=PUBLISHED)
    assert r["events"] == []


def test_many_retreats_told_again_are_read_in_one_look_back_each(extract):
    # a war story telling "the retreat" thirty times: each looks back once for a body's retreat; there is none, so
    # none is a gathering (a look-back from each earlier "the retreat" in turn took about 2^n steps)
    text = "The army's retreat to the hills began on Monday, General Ivo Brun said. " + " ".join(
        f"The retreat went on for {n} more hours." for n in range(2, 32)
    )
    r = extract(text, published=PUBLISHED)
    assert r["events"] == []


def test_the_retreat_told_after_many_others_is_the_body_gathering_told_first(extract):
    text = (
        "ECOWAS leaders began their annual retreat in Accra on Tuesday. "
        + " ".join(f"The retreat went on for {n} more hours." for n in range(2, 32))
        + " The retreat ended with a joint statement."
    )
    r = extract(text, published=PUBLISHED)
    gatherings = [e for e in r["events"] if e["mode"] == "multilateral"]
    assert len(gatherings) == 1
    assert "ECOWAS" in event_names(r, gatherings[0])
