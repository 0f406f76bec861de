"""Contact events from round thirty-five (helper c): the causes of missed, invented and split events on fresh
articles, tested on sentences written for these tests."""

from tests.extract.test_thirtytwo import events_of


def test_a_name_after_a_long_title_phrase_is_the_one_called(extract):
    # party.name-after-title-phrase, now over a body of three words and its town ("of the X Y Agency in Z")
    record = extract(
        "Ms. Okonjo, for her part, telephoned the head of the Inland Waterways Authority in Mopti, "
        "Dr. Amadou Touré, on Monday evening."
    )
    assert events_of(record) == [("phone", "occurred", ["Amadou Touré", "Okonjo"])], events_of(record)


def test_a_telephone_in_a_clause_on_the_talk_makes_no_call(extract):
    # contact.speak.phone-in-a-clause: the two met in an office that had a telephone; the talk is the visit
    record = extract(
        "In 1992 Anna Berg flew to Oslo to call on the deputy minister, Lars Dahl. The two men talked for two hours "
        "in a room that, Berg writes, “still had a green telephone.”"
    )
    assert events_of(record) == [("visit", "occurred", ["Anna Berg", "Lars Dahl"])], events_of(record)


def test_the_two_who_spoke_on_the_phone_still_had_a_call(extract):
    # contact.speak.together-by-phone is unchanged when the phone is the talk's own means
    record = extract("Anna Berg and Lars Dahl talked on the telephone on Monday.")
    assert events_of(record) == [("phone", "occurred", ["Anna Berg", "Lars Dahl"])], events_of(record)


def test_the_one_a_photograph_shows_sitting_down_with_another_met_them(extract):
    # party.shown-doing: the participle a showing verb hangs is told, and the one shown is its subject
    record = extract(
        "A blogger posted a picture that, he said, showed the trade minister, Nadia Farouk, “sitting down "
        "quietly” with the bank's regional director, Dr. Tomas Ekberg, in a Cairo hotel."
    )
    assert events_of(record) == [("meeting", "occurred", ["Nadia Farouk", "Tomas Ekberg"])], events_of(record)


def test_a_participle_of_circumstance_still_tells_no_contact(extract):
    # contact.verb backgrounding is unchanged where no one is shown doing it
    assert events_of(extract("Speaking to Tomas Ekberg, Nadia Farouk repeated her offer.")) == []


def test_an_afternoon_spent_on_a_boat_with_a_minister_is_a_meeting(extract):
    # contact.spend.with-in-setting: "with X" hung on the boat, and "Sunday afternoon" tagged a time of day
    record = extract(
        "A local paper said Piet Muller had spent Sunday afternoon on a hired launch with the harbour minister, "
        "Rosa Akande, discussing the port levy."
    )
    assert events_of(record) == [("meeting", "occurred", ["Piet Muller", "Rosa Akande"])], events_of(record)


def test_a_weekend_at_home_with_family_is_no_contact(extract):
    assert events_of(extract("Piet Muller spent the weekend at his farm with his family.")) == []
