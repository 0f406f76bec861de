"""Session 63: who a gathering of an unnamed group's members takes in, and where gatherings are.

- party.members-own-office: people named after a gathering of "foreign ministers" join it only when titled with
  that office; two prime ministers calling each other next are not its members.
- place.on-the-members, place.part-of-occasion: "the meeting of SCO foreign ministers in Moscow" (the parse hangs
  the place on the members), "met X as part of the Pacific leaders' meeting in Iwaki City".

Sentences written for these tests (names invented)."""

from tests.conftest import event_names, events_with

MINISTERS = "The Andean Community foreign ministers met in Quito on Wednesday. "


def test_prime_ministers_told_next_are_not_foreign_ministers_at_the_gathering(extract):
    record = extract(
        MINISTERS + "Prime Minister Tomas Ruiz of Peru called Prime Minister Ana Vidal of Chile on Thursday."
    )
    gatherings = [e for e in record["events"] if e["mode"] == "multilateral"]
    assert gatherings and all("Tomas Ruiz" not in event_names(record, e) for e in gatherings)
    assert events_with(record, "Tomas Ruiz", "Ana Vidal")[0]["mode"] == "phone"


def test_foreign_ministers_told_next_are_the_gatherings_members(extract):
    # negative: members titled with the group's office still join it
    record = extract(
        MINISTERS
        + "Foreign Minister Tomas Ruiz of Peru and Foreign Minister Ana Vidal of Chile signed a water accord there."
    )
    (gathering,) = [e for e in record["events"] if e["mode"] == "multilateral"]
    assert {"Tomas Ruiz", "Ana Vidal"} <= event_names(record, gathering)


def test_talks_on_the_sidelines_of_a_ministers_meeting_are_where_it_was(extract):
    record = extract(
        "Minister Ravi Shankar held talks with Russian Foreign Minister Oleg Petrov on Wednesday on the sidelines "
        "of the meeting of SCO foreign ministers in Moscow.",
        published="2020-09-11",
    )
    (talks,) = [e for e in events_with(record, "Ravi Shankar", "Oleg Petrov") if e["mode"] == "meeting"]
    assert talks["place"]["name"] == "Moscow"


def test_a_meeting_held_as_part_of_a_gathering_is_where_the_gathering_was(extract):
    record = extract(
        "Prime Minister Peter Kauna met Prime Minister Hiro Sato as part of the Pacific Islands Leaders Meeting in "
        "Iwaki City.",
        published="2015-05-25",
    )
    (meeting,) = events_with(record, "Peter Kauna", "Hiro Sato")
    assert meeting["place"]["name"] == "Iwaki City"
