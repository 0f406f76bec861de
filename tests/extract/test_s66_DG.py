"""Session 66, DG: described groups and national descriptions resolved to the named people they fit, with nationality
agreement. "The British and French leaders" are the named British and French leaders (rule
party.leaders-of-each-nationality); "his Iranian and Indian counterparts" the one named holder of each state of the
office both hold (party.counterparts-of-each-nationality), each in its own contact with its state
(contact.person-with-own-state); a national description no person of that state fits is none of several people of
no known state (speaker.national-of-several-unknown), and a minister of a field holds a state's office, not a body's
(speaker.title-of-another-body). Sentences written for these tests (names invented)."""

from tests.conftest import event_names, quote_with, speaker_name

LEADERS = (
    "Norwegian Prime Minister Karl Olsen met Finnish President Ana Vidal in Geneva on Monday. "
    "The Norwegian and Finnish leaders last spoke by phone in May."
)


def _phone_parties(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"] if e["mode"] == "phone"]


# party.leaders-of-each-nationality


def test_the_leaders_of_two_nationalities_are_the_named_leaders(extract):
    assert any({"Karl Olsen", "Ana Vidal"} <= names for names in _phone_parties(extract(LEADERS)))


def test_two_leaders_of_one_state_named_leave_the_states(extract):
    record = extract(
        "Norwegian Prime Minister Karl Olsen and Norwegian King Harald Berg met Finnish President Ana Vidal in "
        "Geneva on Monday. The Norwegian and Finnish leaders last spoke by phone in May."
    )
    calls = _phone_parties(record)
    assert calls
    assert not any("Ana Vidal" in names for names in calls)
    assert any({"Norway", "Finland"} <= names for names in calls)


def test_no_leader_named_of_a_state_leaves_the_states(extract):
    record = extract(
        "Norwegian Foreign Minister Karl Olsen met Finnish President Ana Vidal in Geneva on Monday. "
        "The Norwegian and Finnish leaders last spoke by phone in May."
    )
    calls = _phone_parties(record)
    assert calls
    assert not any("Ana Vidal" in names for names in calls)


def test_leaders_of_a_kind_are_not_the_named_leaders(extract):
    """ "Danish and Polish military leaders" lead armies: not the prime minister and president named before."""
    record = extract(
        "Danish Prime Minister Lars Holm met Polish President Marek Zielin in Vienna on Tuesday. "
        "Danish and Polish military leaders met in Copenhagen in June."
    )
    meetings = [event_names(record, e) for e in record["events"] if "Copenhagen" in e["evidence"][0]["text"]]
    assert meetings
    assert not any("Lars Holm" in names or "Marek Zielin" in names for names in meetings)


def test_the_two_leaders_of_two_nationalities_are_the_named_leaders(extract):
    record = extract(
        "Danish Prime Minister Lars Holm met Polish President Marek Zielin in Vienna on Tuesday. "
        "The two Danish and Polish leaders last spoke by phone in June."
    )
    assert any({"Lars Holm", "Marek Zielin"} <= names for names in _phone_parties(record))


# party.counterparts-of-each-nationality, contact.person-with-own-state

COUNTERPARTS = (
    "Norwegian Oil Minister Karl Olsen and Finnish Oil Minister Ana Vidal attended the forum in Doha. Speaking "
    "after talks with his Norwegian and Finnish counterparts, Peruvian Oil Minister Omar Haddad said a deal was near."
)


def test_counterparts_of_two_nationalities_are_the_named_holders_of_one_office(extract):
    record = extract(COUNTERPARTS)
    parties = [event_names(record, e) for e in record["events"]]
    assert any({"Omar Haddad", "Karl Olsen"} <= names for names in parties)
    assert any({"Omar Haddad", "Ana Vidal"} <= names for names in parties)


def test_each_counterpart_has_its_own_state_beside_it(extract):
    record = extract(COUNTERPARTS)
    parties = [event_names(record, e) for e in record["events"]]
    assert {"Omar Haddad", "Karl Olsen", "Norway"} in parties
    assert {"Omar Haddad", "Ana Vidal", "Finland"} in parties


def test_counterparts_with_no_one_office_shared_stay_states(extract):
    record = extract(
        "Norwegian Oil Minister Karl Olsen and Finnish Finance Minister Ana Vidal attended the forum in Doha. "
        "Speaking after talks with his Norwegian and Finnish counterparts, Peruvian Oil Minister Omar Haddad said a "
        "deal was near."
    )
    parties = [event_names(record, e) for e in record["events"]]
    assert not any("Ana Vidal" in names or "Karl Olsen" in names for names in parties)


def test_a_presidents_counterparts_are_not_the_named_foreign_ministers(extract):
    """The office counterparts share is the one the person whose counterparts they are holds (as
    party.counterpart-named matches it): a president's counterparts are no foreign ministers."""
    record = extract(
        "Danish Foreign Minister Lars Holm and Polish Foreign Minister Marek Zielin arrived in Quito on Saturday. "
        "On Sunday Ecuadorian President Rosa Maldon held talks with her Danish and Polish counterparts."
    )
    talks = [event_names(record, e) for e in record["events"] if "Rosa Maldon" in event_names(record, e)]
    assert talks
    assert not any("Lars Holm" in names or "Marek Zielin" in names for names in talks)


def test_a_finance_ministers_counterparts_are_not_the_named_oil_ministers(extract):
    record = extract(
        "Danish Oil Minister Lars Holm and Polish Oil Minister Marek Zielin attended the forum in Doha. "
        "Ecuadorian Finance Minister Rosa Maldon held talks with her Danish and Polish counterparts on Sunday."
    )
    talks = [event_names(record, e) for e in record["events"] if "Rosa Maldon" in event_names(record, e)]
    assert talks
    assert not any("Lars Holm" in names or "Marek Zielin" in names for names in talks)


# speaker.national-of-several-unknown, speaker.title-of-another-body


def test_a_national_description_is_not_the_host_of_no_known_state(extract):
    record = extract(
        "Anna Lind, the minister of trade, arrived in Lima. She met Prime Minister Pablo Ruiz. "
        '"It was a moving day," the Swedish minister said.'
    )
    assert speaker_name(record, quote_with(record, "It was a moving day")) != "Pablo Ruiz"


def test_of_several_of_no_known_state_the_national_description_is_none_of_them(extract):
    record = extract(
        "Minister Anna Lind arrived in Lima. Minister Pablo Ruiz met the visitors at the airport. "
        '"It was a moving day," the Swedish minister said.'
    )
    assert speaker_name(record, quote_with(record, "It was a moving day")) not in ("Pablo Ruiz", "Anna Lind")


def test_a_national_description_is_still_the_one_holder_of_that_state(extract):
    record = extract(
        "Swedish Trade Minister Anna Lind arrived in Lima. She met Minister Pablo Ruiz. "
        '"It was a moving day," the Swedish minister said.'
    )
    assert speaker_name(record, quote_with(record, "It was a moving day")) == "Anna Lind"


def test_a_national_description_of_one_office_held_by_one_of_no_known_state(extract):
    record = extract(
        "Foreign Minister Anna Lind arrived in Lima. Prime Minister Pablo Ruiz met her at the airport. "
        '"It was a moving day," the Swedish foreign minister said.'
    )
    assert speaker_name(record, quote_with(record, "It was a moving day")) == "Anna Lind"


def test_a_secretary_of_a_union_holds_no_states_office(extract):
    """ "Secretary of the Union" is held of a body, not the state: "the Chilean secretary" is not him (rule
    speaker.title-of-another-body); only a minister or secretary of a field holds a state's office."""
    record = extract(
        'Tomas Brenner, Secretary of the Union, met the dockers in Santiago. "We have a deal," the Chilean '
        "secretary said."
    )
    assert speaker_name(record, quote_with(record, "We have a deal")) != "Tomas Brenner"
