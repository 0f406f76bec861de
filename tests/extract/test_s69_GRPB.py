"""Parties given as lists and as offices of states (session 69, helper GRPB): "the presidents of X and Y" are each
state's one president the story names, before or after (party.office-holder-told-after), "the heads of X and Y" are
the states' leaders (party.heads-of-states), a country's name the tagger missed still names the state
(party.state-name-untagged); "will hold five meetings, including with A, B and C" is one contact with each named
(party.including-with); "meetings with A, B, C and a brief chat with D" parsed askew still lists B, C and D
(party.listed-after-with). On sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def _exactly(record, *names):
    return [e for e in record["events"] if event_names(record, e) == set(names)]


def _with(record, name):
    return [e for e in record["events"] if name in event_names(record, e)]


def test_the_presidents_of_two_states_are_the_presidents_named_after(extract):
    r = extract(
        "The presidents of Chile and Peru held talks in Lima on Monday. Chilean President Ana Ruiz said the talks "
        "went well. Peruvian President Jorge Paz agreed.",
        published=PUBLISHED,
    )
    talks = _exactly(r, "Ana Ruiz", "Jorge Paz")
    assert talks and talks[0]["status"] == "occurred" and talks[0]["date"]["value"] == "2026-03-09"


def test_the_foreign_ministers_of_two_states_named_in_the_same_sentence(extract):
    r = extract(
        "The foreign ministers of Ghana and Togo will meet next week, Ghana's Foreign Minister Kofi Mensah said. "
        "Togo's Foreign Minister Paul Agbo confirmed it.",
        published=PUBLISHED,
    )
    talks = _exactly(r, "Kofi Mensah", "Paul Agbo")
    assert talks and talks[0]["status"] == "planned"


def test_a_state_the_tagger_took_for_a_nationality_is_still_a_state_with_its_president(extract):
    r = extract(
        "The presidents of Kyrgyzstan and Tajikistan held talks on Monday. Kyrgyz President Aidar Bekov said the "
        "talks went well. Tajik President Emil Saidov agreed.",
        published=PUBLISHED,
    )
    assert _exactly(r, "Aidar Bekov", "Emil Saidov")


def test_the_heads_of_two_states_are_their_leaders(extract):
    r = extract(
        "The heads of Chile and Peru will meet in Lima on Friday. Chilean President Ana Ruiz said the talks would go "
        "well. Peruvian Prime Minister Jorge Paz agreed.",
        published=PUBLISHED,
    )
    talks = _exactly(r, "Ana Ruiz", "Jorge Paz", "Chile", "Peru")
    assert talks and talks[0]["status"] == "planned" and talks[0]["place"]["name"] == "Lima"


def test_a_state_with_a_former_president_named_too_leaves_the_states_as_sides(extract):
    r = extract(
        "The presidents of Chile and Peru held talks in Lima on Monday. Chilean President Ana Ruiz said the talks "
        "went well. Former Chilean President Luis Vera disagreed. Peruvian President Jorge Paz agreed.",
        published=PUBLISHED,
    )
    assert _exactly(r, "Chile", "Peru")
    assert not _with(r, "Ana Ruiz") and not _with(r, "Luis Vera")


def test_the_presidents_of_chambers_of_states_are_no_state_presidents(extract):
    r = extract(
        "The presidents of the senates of Chile and Peru met in Lima on Friday. Chilean President Ana Ruiz spoke "
        "later.",
        published=PUBLISHED,
    )
    assert not _with(r, "Ana Ruiz")


def test_meetings_including_with_named_leaders_are_one_with_each(extract):
    r = extract(
        "Prime Minister Ana Ruiz will hold four bilateral meetings in Lima on Friday, including with Chilean "
        "President Luis Soto and Bolivian President Eva Mendes.",
        published=PUBLISHED,
    )
    for other in ("Luis Soto", "Eva Mendes"):
        one = _exactly(r, "Ana Ruiz", other)
        assert one and one[0]["status"] == "planned" and one[0]["date"]["value"] == "2026-03-13"
        assert one[0]["place"]["name"] == "Lima"


def test_calls_including_with_one_named_are_a_call_with_that_one(extract):
    r = extract(
        "President Luis Soto held several phone calls on Monday, including with Prime Minister Ana Ruiz.",
        published=PUBLISHED,
    )
    call = _exactly(r, "Luis Soto", "Ana Ruiz")
    assert call and call[0]["mode"] == "phone" and call[0]["status"] == "occurred"


def test_meetings_including_on_a_topic_name_no_one(extract):
    r = extract("Prime Minister Ana Ruiz held several meetings on Monday, including on trade.", published=PUBLISHED)
    assert r["events"] == []


def test_meetings_with_a_list_parsed_askew_are_one_with_each_listed(extract):
    r = extract(
        "Prime Minister Rajiv Menon had bilateral meetings with Brazilian President Tomas Reyes, Japanese Prime "
        "Minister Kenji Mori, French President Luc Bray and a brief chat with Pakistani Prime Minister Omar Khan.",
        published=PUBLISHED,
    )
    for other in ("Tomas Reyes", "Kenji Mori", "Luc Bray", "Omar Khan"):
        assert _exactly(r, "Rajiv Menon", other), other


def test_an_apposition_renaming_the_one_met_is_no_other_counterpart(extract):
    r = extract(
        "Prime Minister Rajiv Menon held talks with President Tomas Reyes, a former general, and his aides in Lima.",
        published=PUBLISHED,
    )
    assert not _with(r, "a former general")
    assert all(len(event_names(r, e) & {"Rajiv Menon", "Tomas Reyes"}) == 2 for e in r["events"])


def test_a_speaker_after_talks_with_a_person_is_no_listed_counterpart(extract):
    r = extract(
        "Prime Minister Rajiv Menon held talks with President Tomas Reyes on Monday, Foreign Minister Kenji Mori said.",
        published=PUBLISHED,
    )
    assert _exactly(r, "Rajiv Menon", "Tomas Reyes")
    assert not _with(r, "Kenji Mori")


def test_one_state_without_a_holder_named_after_leaves_the_contact_to_the_people_told_next(extract):
    # merge.people-of-the-states still tells it in full: the people, not Chile beside them
    r = extract(
        "The foreign ministers of Norway and Chile met in Oslo on Monday. Norwegian Foreign Minister Anna Berg and "
        "her Chilean counterpart, Jorge Soto, talked for about an hour in a room at the Grand Hotel, officials said.",
        published=PUBLISHED,
    )
    assert _exactly(r, "Anna Berg", "Jorge Soto")
    assert not _with(r, "Chile")


def test_a_former_holder_told_after_is_no_holder_of_the_office(extract):
    r = extract(
        "The presidents of Uruguay and Paraguay will meet in Montevideo on Tuesday. Uruguayan President Marta Silva "
        "said the talks would go well. Former Paraguayan President Hugo Benitez said they would fail.",
        published=PUBLISHED,
    )
    assert _exactly(r, "Uruguay", "Paraguay")
    assert not _with(r, "Hugo Benitez")


def test_holders_told_after_are_not_put_into_a_meeting_of_a_past_year(extract):
    r = extract(
        "The presidents of Uruguay and Paraguay first met on the river in 1931 to sign the pact. On Tuesday "
        "Uruguayan President Marta Silva said the pact still stands. Paraguayan President Hugo Benitez agreed.",
        published=PUBLISHED,
    )
    assert _exactly(r, "Uruguay", "Paraguay")
    assert not _with(r, "Marta Silva")


def test_holders_told_after_are_not_put_into_a_denied_meeting(extract):
    r = extract(
        "The presidents of Uruguay and Paraguay have not met since 2012. Uruguayan President Marta Silva said on "
        "Tuesday she would invite Paraguayan President Hugo Benitez.",
        published=PUBLISHED,
    )
    denied = [e for e in r["events"] if e["status"] == "denied"]
    assert denied and not any("Marta Silva" in event_names(r, e) for e in denied)


def test_holders_told_after_take_a_call_that_is_the_first_since_a_happening(extract):
    r = extract(
        "The presidents of Uruguay and Paraguay spoke by telephone on Tuesday for the first time since a border "
        "clash last month. Uruguayan President Marta Silva said the call went well. Paraguayan President Hugo "
        "Benitez agreed.",
        published=PUBLISHED,
    )
    assert _exactly(r, "Marta Silva", "Hugo Benitez")
