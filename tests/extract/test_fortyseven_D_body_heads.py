"""Round forty-seven (D): the head of a body that met, named in the next sentence as speaking of the meeting ("The
union's chairwoman, X, said afterwards …"), took part in it (rule party.body-head-after). Sentences written for
these tests (names invented)."""

from tests.conftest import event_names


def test_the_unions_chairwoman_who_spoke_afterwards_took_part(extract):
    record = extract(
        "Leaders of the Harbour Workers' Union met Mayor Tom Rhys on Monday to press for a pay deal. The union's "
        "chairwoman, Ana Pita, said afterwards that the mayor had listened but promised nothing.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert {"Harbour Workers' Union", "Tom Rhys", "Ana Pita"} <= event_names(record, event)


def test_the_associations_president_speaking_after_the_meeting_took_part(extract):
    record = extract(
        "On Tuesday, Governor Lena Marsh met leaders of the Valley Growers' Association, who had threatened to block "
        "the highway. The association's president, Omar Diallo, said after the meeting that the growers would wait "
        "one more month.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert {"Lena Marsh", "Omar Diallo"} <= event_names(record, event)


def test_a_head_who_does_not_speak_of_the_meeting_is_not_added(extract):
    # nothing in the next sentence looks back to the meeting: the head may not have been there
    record = extract(
        "Leaders of the Harbour Workers' Union met Mayor Tom Rhys on Monday. The union's chairwoman, Ana Pita, has "
        "led the union since 2019.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert "Ana Pita" not in event_names(record, event)


def test_a_spokesman_is_no_head_of_the_body(extract):
    record = extract(
        "Leaders of the Harbour Workers' Union met Mayor Tom Rhys on Monday. The union's spokesman, Ben Carver, said "
        "afterwards that the talks had been useful.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert "Ben Carver" not in event_names(record, event)


def test_a_head_named_after_another_contact_belongs_to_that_one(extract):
    # the second sentence tells a contact of its own: its head speaks of that one, not the first
    record = extract(
        "Leaders of the Harbour Workers' Union met Mayor Tom Rhys on Monday. The union's chairwoman, Ana Pita, met "
        "Governor Lena Marsh on Tuesday and said afterwards that the talks had gone well.",
        published="2024-05-08",
    )
    first = next(e for e in record["events"] if "Tom Rhys" in event_names(record, e))
    assert "Ana Pita" not in event_names(record, first)


def test_too_as_also_does_not_tell_the_head_was_away(extract):
    # party.body-head-away reads "too" only on a word ("too ill to attend"), not "the chairwoman, too, said"
    record = extract(
        "Leaders of the Harbour Workers' Union met Mayor Tom Rhys on Monday to press for a pay deal. The union's "
        "chairwoman, Ana Pita, too, said afterwards that the mayor had listened but promised nothing.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert {"Harbour Workers' Union", "Tom Rhys", "Ana Pita"} <= event_names(record, event)
