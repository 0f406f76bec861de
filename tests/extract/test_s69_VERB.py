"""Contact verbs and their status (session 69, helper VERB): "called up X" is a call (rule contact.call.called-up); a
scene clause before "called on X" leaves the visit standing (contact.call-on.scene-clause); "touched down in" and
"landed in" a place are arrivals (contact.travel.touched-down, contact.travel.to-meet); going to a named person's
house visits that person (contact.travel.to-a-home); "allegations X denied" denies its own sentence's claim
(confirm.claim-of-its-sentence); a call in which something is offered was held, and is no courtesy
(status.setting-of-an-offer, contact.support-call.offer).
On sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2024-03-12"


def found(record: dict) -> list[tuple[str, str, set[str]]]:
    return [(e["mode"], e["status"], event_names(record, e)) for e in record["events"]]


def test_called_up_a_person_is_a_phone_call(extract):
    r = extract(
        "President Tom Reed called up Premier Eino Aalto last Saturday to discuss the crisis.", published=PUBLISHED
    )
    assert found(r) == [("phone", "occurred", {"Tom Reed", "Eino Aalto"})]
    assert r["events"][0]["date"]["value"] == "2024-03-09"


def test_called_up_troops_and_called_off_talks_are_no_calls(extract):
    # negatives of contact.call.called-up
    assert extract("President Tom Reed called up reserve troops.", published=PUBLISHED)["events"] == []
    # the talks called off are denied talks of the party (rule party.stopped-the-talks, session 70), but no call
    called_off = extract("The ruling party called off the talks with Premier Eino Aalto.", published=PUBLISHED)
    assert [(e["mode"], e["status"]) for e in called_off["events"]] == [("meeting", "denied")]


def test_a_scene_clause_before_called_on_leaves_the_visit(extract):
    r = extract(
        "As the talks set the tone, Foreign Minister Lena Hoff called on President Tomas Varga at his residence.",
        published=PUBLISHED,
    )
    assert found(r) == [("visit", "occurred", {"Lena Hoff", "Tomas Varga"})]


def test_a_day_after_the_subject_is_no_fronted_on(extract):
    r = extract("After the summit ended, Lena Hoff on Monday called on President Tomas Varga.", published=PUBLISHED)
    assert found(r) == [("visit", "occurred", {"Lena Hoff", "Tomas Varga"})]
    assert r["events"][0]["date"]["value"] == "2024-03-11"


def test_a_demand_after_a_scene_clause_is_still_no_visit(extract):
    # negative of contact.call-on.scene-clause
    for text in (
        "As promised, Senator Ana Ruiz called on President Tomas Varga to resign.",
        "After the vote, Senator Ana Ruiz called on President Tomas Varga to resign.",
    ):
        assert extract(text, published=PUBLISHED)["events"] == [], text


def test_touched_down_in_a_capital_is_an_arrival(extract):
    r = extract("Prime Minister Lars Moen has touched down in Nairobi amid a row over trade.", published=PUBLISHED)
    assert [(m, s) for m, s, _ in found(r)] == [("visit", "occurred")]
    assert "Lars Moen" in found(r)[0][2]
    assert r["events"][0]["place"]["name"] == "Nairobi"


def test_landed_in_a_capital_is_an_arrival(extract):
    r = extract("Dutch Prime Minister Lars Moen landed in Nairobi.", published=PUBLISHED)
    assert [(m, s) for m, s, _ in found(r)] == [("visit", "occurred")]
    assert "Lars Moen" in found(r)[0][2]


def test_landing_in_trouble_or_touching_on_an_issue_is_no_journey(extract):
    # negatives of contact.travel.touched-down and of "land" as a travel verb
    for text in (
        "Minister Lars Moen touched on the issue in Nairobi.",
        "The talks landed in trouble.",
        "The senator raised the matter with reporters on Tuesday, hours after her plane touched down in Nairobi.",
    ):
        assert extract(text, published=PUBLISHED)["events"] == [], text


def test_going_to_a_named_persons_house_visits_that_person(extract):
    r = extract(
        "The envoy Lars Brek went to opposition leader Ana Soto's house on Wednesday after meeting the president.",
        published=PUBLISHED,
    )
    assert ("visit", "occurred", {"Lars Brek", "Ana Soto"}) in found(r)


def test_going_to_the_residence_of_a_named_person_visits_that_person(extract):
    r = extract(
        "President Lars Moen will go to the residence of Prime Minister Ana Soto on Monday.", published=PUBLISHED
    )
    assert found(r) == [("visit", "planned", {"Lars Moen", "Ana Soto"})]


def test_going_home_or_to_ones_own_house_is_no_visit(extract):
    # negative of contact.travel.to-a-home
    for text in ("Minister Lars Moen went home on Friday.", "Minister Lars Moen went to his house on Friday."):
        assert extract(text, published=PUBLISHED)["events"] == [], text


def test_allegations_denied_of_no_contact_deny_no_visit(extract):
    r = extract(
        "Russian Foreign Minister Ivan Petrov visited Tehran on Tuesday for talks with senior officials, Iranian state "
        "media reported.\n\nPetrov met his Iranian counterpart Ali Nasiri.\n\nUkraine and its Western allies have "
        "accused Iran of supplying Russia with arms for use in the war — allegations Iran has repeatedly denied.",
        published=PUBLISHED,
    )
    assert [s for _, s, p in found(r) if "Ali Nasiri" in p] == ["occurred"]


def test_allegations_of_a_meeting_denied_still_deny_it(extract):
    # negative of confirm.claim-of-its-sentence: the accusation names a contact
    r = extract(
        "State radio reported that Paul Agbo met rebel leader Tamo Vel in Accra. Ghana and its allies have accused "
        "Agbo of meeting Vel — allegations Agbo has repeatedly denied.",
        published=PUBLISHED,
    )
    assert found(r) == [("meeting", "denied", {"Paul Agbo", "Tamo Vel"})]


def test_a_reported_contact_denied_later_stays_denied(extract):
    # negative: no relative clause, a denial of the report
    r = extract(
        "The radio reported that Kofi Mensah met Paul Agbo in Lome. Togo later denied reports of the meeting.",
        published=PUBLISHED,
    )
    assert [s for _, s, _ in found(r)] == ["denied"]


def test_a_call_in_which_something_was_offered_was_held(extract):
    r = extract(
        "President Ana Ruiz offered in a phone call with Luis Soto on Monday to host peace talks in Lima.",
        published=PUBLISHED,
    )
    calls = [e for e in r["events"] if e["mode"] == "phone"]
    assert [(e["status"], e["type"], e["date"]["value"]) for e in calls] == [("occurred", "CONSULT", "2024-03-11")]


def test_a_call_fronted_before_a_proposal_was_held(extract):
    r = extract(
        "In a call with Luis Soto on Monday, President Ana Ruiz proposed a summit in Lima.", published=PUBLISHED
    )
    assert [e["status"] for e in r["events"] if e["mode"] == "phone"] == ["occurred"]


def test_condolences_offered_in_a_call_stay_a_courtesy(extract):
    # negative of contact.support-call.offer
    r = extract(
        "President Ana Ruiz offered her condolences in a phone call with Luis Soto on Monday.", published=PUBLISHED
    )
    assert [(e["mode"], e["status"], e["type"]) for e in r["events"]] == [("phone", "occurred", "SUPPORT")]


def test_an_offer_of_talks_stays_a_possibility(extract):
    # negative of status.setting-of-an-offer: the offered contact itself keeps status.offered
    r = extract("President Ana Ruiz offered talks with Luis Soto.", published=PUBLISHED)
    assert [s for _, s, _ in found(r)] == ["hypothetical"]


def test_raising_a_matter_with_a_named_party_is_a_meeting(extract):
    r = extract(
        "Peru's foreign ministry raised the matter with Chilean ambassador Ana Soto in Lima on Tuesday.",
        published=PUBLISHED,
    )
    assert found(r) == [("meeting", "occurred", {"Peru", "Ana Soto"})]


def test_raising_remarks_with_an_ambassador_is_a_meeting_though_with_hangs_on_the_remarks(extract):
    r = extract(
        "On the eve of the visit, Chinese officials raised the remarks with Australian ambassador Tom Reed in Beijing.",
        published=PUBLISHED,
    )
    assert [(m, s) for m, s, p in found(r) if "Tom Reed" in p] == [("meeting", "occurred")]


def test_raising_a_matter_with_reporters_or_raising_funds_is_no_contact(extract):
    # negatives of contact.verb.raise-with
    for text in (
        "The senator raised the matter with reporters on Tuesday.",
        "Senator Ana Soto raised the issue with the press on Tuesday.",
        "The firm raised funds with investors in Lima.",
        "The deal raised hopes with Premier Ana Soto.",
    ):
        assert extract(text, published=PUBLISHED)["events"] == [], text


def test_asked_whether_one_raised_a_matter_is_no_contact(extract):
    # negative of contact.verb.raise-with
    r = extract(
        "A diplomat in Nairobi declined to say whether Kenya had raised the matter with Ethiopia.", published=PUBLISHED
    )
    assert r["events"] == []


def test_landing_at_an_airstrip_is_left_to_the_story(extract):
    # negative of "land" as an arrival: the runway is no place visited
    r = extract("The minister, Tom Reed, landed at the county airstrip shortly after ten.", published=PUBLISHED)
    assert r["events"] == []


def test_received_at_a_named_residence_adds_no_party(extract):
    # negative of contact.travel.to-a-home: a host verb keeps its own parties
    r = extract(
        "President Ana Soto received the Brazilian ambassador, Tom Reed, at the residence of Los Pinos on Saturday.",
        published=PUBLISHED,
    )
    assert all("Los Pinos" not in p for _, _, p in found(r))


# session 69 review mends (helper FXB)


def test_called_back_an_ambassador_from_a_post_is_a_recall(extract):
    # negatives of contact.call.called-up: a "from" phrase, or an envoy called back, sends for someone
    for text in (
        "Chile's foreign ministry called back Ambassador Pedro Vidal from Lima on Tuesday in protest at the remarks.",
        "Chile called back Ambassador Pedro Vidal on Tuesday.",
    ):
        assert extract(text, published=PUBLISHED)["events"] == [], text


def test_called_up_to_the_squad_is_a_selection(extract):
    # negative of contact.call.called-up: "up" with a "to" phrase
    r = extract("Coach Ivan Brand called up Captain Marco Tell to the national squad on Tuesday.", published=PUBLISHED)
    assert r["events"] == []


def test_called_back_a_premier_is_still_a_call(extract):
    r = extract("President Tom Reed called back Premier Eino Aalto on Tuesday.", published=PUBLISHED)
    assert [(m, s, p) for m, s, p in found(r) if "Eino Aalto" in p] == [
        ("phone", "occurred", {"Tom Reed", "Eino Aalto"})
    ]


def test_raising_a_matter_in_a_letter_or_a_note_is_no_meeting(extract):
    # negatives of contact.verb.raise-with: the matter was put in writing
    for text in (
        "Trade Minister Karin Holm raised the matter with President Omar Selim in a letter sent on Monday.",
        "Karin Holm raised the issue with Ambassador Omar Selim in a strongly worded note on Monday.",
    ):
        assert extract(text, published=PUBLISHED)["events"] == [], text


def test_going_to_a_house_whose_owner_was_not_in_is_no_visit(extract):
    # negatives of contact.travel.to-a-home
    for text in (
        "The envoy Pavel Rusk went to opposition leader Mira Kand's house on Wednesday but she was not at home.",
        "Envoy Pavel Rusk went to opposition leader Mira Kand's house on Wednesday, but she was not there.",
    ):
        assert extract(text, published=PUBLISHED)["events"] == [], text
