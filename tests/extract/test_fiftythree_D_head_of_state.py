"""Round fifty-three (D): "the head of state" as a contact's party or a speaker, the state's leader the article
names (rule speaker.head-of-state); tested on sentences written for these tests (names invented)."""

from tests.conftest import event_names, events_with, quote_with, speaker_name


def test_a_nationality_head_of_state_is_that_states_named_leader(extract):
    record = extract(
        "Malian President Oumar Keita flew home on Sunday. On Monday the Senegalese foreign minister was received "
        "by the Malian head of state in Bamako.",
        published="2024-04-10",
    )
    assert events_with(record, "Oumar Keita")
    assert not any("Mali" in event_names(record, e) for e in record["events"])


def test_a_possessive_states_head_of_state_speaks_as_its_leader(extract):
    record = extract(
        "Chilean President Rosa Ibarra met opposition leaders on Tuesday. Chile's head of state said the talks "
        "would go on next week.",
        published="2024-04-10",
    )
    assert speaker_name(record, quote_with(record, "talks would go on")) == "Rosa Ibarra"


def test_the_bare_head_of_state_of_a_presidency_release_is_its_president(extract):
    record = extract(
        "ASHGABAT - President Berdy Amanov opened a gas plant on Monday.\n\n"
        "On Wednesday the Head of State held a telephone conversation with Kazakh President Aliya "
        "Nurova.",
        published="2024-04-10",
    )
    assert events_with(record, "Berdy Amanov", "Aliya Nurova")


def test_a_head_of_state_of_no_one_in_particular_stays_unresolved(extract):
    # an indefinite one, a former one
    record = extract(
        "Chilean President Rosa Ibarra opened the summit on Monday. A head of state said the talks were useful. "
        "The first head of state to arrive met the host at the airport. The former head of state said he would "
        "meet the mediators on Friday.",
        published="2024-04-10",
    )
    for fragment in ("talks were useful", "would meet the mediators"):
        assert speaker_name(record, quote_with(record, fragment)) != "Rosa Ibarra"


def test_a_head_of_state_with_two_named_leaders_stays_unresolved(extract):
    record = extract(
        "Bolivian President Luis Mendoza and Bolivian Vice President Ana Paz met the governors, while Prime Minister "
        "Evo Torres and President Carla Salinas spoke by phone. The head of state said the talks would go on.",
        published="2024-04-10",
    )
    assert speaker_name(record, quote_with(record, "talks would go on")) not in ("Luis Mendoza", "Carla Salinas")


def test_the_heads_of_state_are_not_the_one_leader_named(extract):
    record = extract(
        "Asked whether the two presidents might meet, Chilean Foreign Minister Ana Soto said a meeting between the "
        "heads of state could come later. Bolivian President Juan Quispe is willing to travel.",
        published="2024-04-10",
    )
    assert not events_with(record, "Ana Soto", "Juan Quispe")


def test_the_head_of_state_is_not_the_head_of_government_of_that_state(extract):
    record = extract(
        'British Prime Minister Keir Starmer met the miners on Monday.\n\n"We will stay," the British head of state '
        "said.",
        published="2024-04-10",
    )
    assert speaker_name(record, quote_with(record, "We will stay")) != "Keir Starmer"
