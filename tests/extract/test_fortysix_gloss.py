"""Round forty-six: a contact noun that glosses the contact its clause has just told is no contact of its own;
tested on sentences written for these tests (names invented)."""

from tests.conftest import event_names, events_with


def test_a_gloss_after_a_call_makes_no_second_contact(extract):
    # contact.noun.gloss-of-a-contact: "a European leader" is no one in particular, and no second call
    record = extract(
        "Chancellor Greta Lind spoke by telephone with President Omar Haddad on Monday, the first conversation "
        "between a European leader and the Tunisian president since the election.",
        published="2024-06-05",
    )
    assert len(record["events"]) == 1
    (event,) = events_with(record, "Greta Lind", "Omar Haddad")
    assert event["mode"] == "phone"


def test_a_gloss_after_a_meeting_names_no_generic_side(extract):
    record = extract(
        "Foreign Minister Pia Sund met Wen Hao in Oslo on Tuesday. Later that week Minister Lars Eek met Sun Li in "
        "Bergen, the first meeting between a Norwegian minister and a Chinese official since 2010.",
        published="2024-06-07",
    )
    assert len(record["events"]) == 2
    for event in record["events"]:
        assert not any("official" in name.lower() for name in event_names(record, event))


def test_a_contact_told_after_a_comma_without_one_before_is_kept(extract):
    # the clause before the comma tells no contact: the noun is the story's own
    record = extract(
        "Trade Minister Rui Costa arrived late on Monday, tired from the flight, for a meeting with Ana Lobo.",
        published="2024-06-05",
    )
    assert events_with(record, "Rui Costa", "Ana Lobo")


def test_talks_between_two_others_told_after_a_meeting_are_theirs(extract):
    # "talks between A and B" name both sides themselves: the clause's subject takes no part in them
    record = extract(
        "Foreign Minister Ivan Kovac met President Aldo Ferri on Monday, a day after talks between Ferri and the "
        "German chancellor, Hans Weber.",
        published="2024-05-10",
    )
    assert events_with(record, "Ivan Kovac", "Aldo Ferri")
    assert events_with(record, "Aldo Ferri", "Hans Weber")
    assert not events_with(record, "Ivan Kovac", "Hans Weber")


def test_a_gloss_parsed_as_a_second_object_makes_no_contact(extract):
    # contact.noun.gloss-of-a-contact, where the parse makes the gloss a second object of "met"
    record = extract(
        "In the evening, Lu Wei met Ishikura Taro on the sidelines of the East Asia Summit, the first meeting between "
        "the Chinese and Japanese heads of government since the row.",
        published="2016-08-10",
    )
    (event,) = record["events"]
    assert event_names(record, event) == {"Lu Wei", "Ishikura Taro"}
