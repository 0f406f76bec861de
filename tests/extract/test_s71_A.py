"""Contact sides (session 71, helper A): a "with" hung on a phrase of how long or which time ("talks for the first
time with X": rules party.hung-on-its-phrase, party.with-under-adjunct); those named after "with the participation
of" (party.with-participation-of) or "attended by" (party.attended-by); a guest at an occasion hosted by a person
meets the host (contact.host.attended-occasion); a meeting "between" two sides, one a multilateral body's, is a
meeting of two (mode.between-two-sides), and a body named only in an official's title is no side of its own
(party.title-of-misplaced-name). On sentences written for these tests (names invented); the article is dated Friday
12 June 2020."""

from tests.conftest import event_names

PUBLISHED = "2020-06-12"


def events(text: str, extract) -> list[tuple[frozenset[str], str, str]]:
    record = extract(text, published=PUBLISHED)
    return sorted(
        ((frozenset(event_names(record, e)), e["mode"], e["status"]) for e in record["events"]),
        key=lambda e: sorted(e[0]),
    )


# party.hung-on-its-phrase, party.with-under-adjunct: "for the first time with X"


def test_talks_for_the_first_time_with_someone_name_the_other_side(extract):
    text = "Interior Minister Dana Holm held talks for the first time with tribal elder Yusuf Barre in Garowe."
    assert events(text, extract) == [(frozenset({"Dana Holm", "Yusuf Barre"}), "meeting", "occurred")]


def test_meeting_for_hours_with_someone_names_the_other_side(extract):
    text = "Interior Minister Dana Holm met for the first time with tribal elder Yusuf Barre on Wednesday."
    assert events(text, extract) == [(frozenset({"Dana Holm", "Yusuf Barre"}), "meeting", "occurred")]


def test_a_with_of_no_party_after_the_first_time_names_no_side(extract):
    assert events("Interior Minister Dana Holm held talks for the first time with great hope.", extract) == []


# party.with-participation-of, party.attended-by


def test_those_taking_part_in_a_convened_meeting_are_its_sides(extract):
    text = (
        "Regional governor Marta Quist convened a meeting at the water board with the participation of Senator "
        "Olu Bakare and Mayor Ines Ferro."
    )
    assert events(text, extract) == [(frozenset({"Marta Quist", "Olu Bakare", "Ines Ferro"}), "meeting", "occurred")]


def test_those_attending_a_chaired_meeting_are_its_sides(extract):
    text = "Regional governor Marta Quist chaired a meeting attended by Senator Olu Bakare and Mayor Ines Ferro."
    assert events(text, extract) == [(frozenset({"Marta Quist", "Olu Bakare", "Ines Ferro"}), "meeting", "occurred")]


def test_a_meeting_told_before_and_said_attended_stays_one(extract):
    text = "Governor Marta Quist met Senator Olu Bakare on Monday. The meeting was also attended by Ines Ferro."
    assert events(text, extract) == [(frozenset({"Marta Quist", "Olu Bakare"}), "meeting", "occurred")]


def test_attendees_of_a_meeting_told_before_are_no_meeting_of_their_own(extract):
    text = (
        "Governor Marta Quist met Senator Olu Bakare in Kisumu on Monday. The meeting was attended by Mayor Ines "
        "Ferro and Judge Ana Pinto."
    )
    assert events(text, extract) == [(frozenset({"Marta Quist", "Olu Bakare"}), "meeting", "occurred")]


def test_the_two_prime_ministers_taking_part_are_the_two_named(extract):
    text = (
        "Talks were held in Brno on Monday with the participation of the two Prime Ministers, Mr. Ivo Marek and "
        "Mr. Tomas Holub."
    )
    record = extract(text, published=PUBLISHED)
    assert [event_names(record, e) for e in record["events"]] == [{"Ivo Marek", "Tomas Holub"}]


def test_a_crowd_taking_part_in_a_rally_is_no_contact(extract):
    text = "Regional governor Marta Quist held a rally with the participation of thousands of farmers."
    assert events(text, extract) == []


# contact.host.attended-occasion


def test_a_guest_at_a_banquet_meets_its_host(extract):
    text = "Senator Olu Bakare attended a banquet hosted by President Clara Mendes in Maputo on Saturday."
    assert events(text, extract) == [(frozenset({"Olu Bakare", "Clara Mendes"}), "meeting", "occurred")]


def test_a_guest_at_a_ceremony_to_come_meets_its_host(extract):
    text = "Senator Olu Bakare will attend a welcome ceremony hosted by Governor Marta Quist next week."
    assert events(text, extract) == [(frozenset({"Olu Bakare", "Marta Quist"}), "meeting", "planned")]


def test_a_conference_hosted_by_a_state_is_no_meeting_with_it(extract):
    assert events("Senator Olu Bakare attended a forum hosted by Portugal last month.", extract) == []


def test_a_reception_hosted_by_an_embassy_meets_no_one(extract):
    assert events("Senator Olu Bakare attended a reception hosted by the Chilean embassy on Friday.", extract) == []


def test_a_ceremony_with_no_host_named_meets_no_one(extract):
    assert events("Senator Olu Bakare attended a ceremony in the capital on Saturday.", extract) == []


# mode.between-two-sides, party.title-of-misplaced-name


def test_a_meeting_between_a_minister_and_a_bodys_envoy_is_a_meeting(extract):
    text = "A meeting between Trade Minister Oskar Lind and the UN envoy has been held at the ministry in Stockholm."
    assert events(text, extract) == [(frozenset({"Oskar Lind", "UN"}), "meeting", "occurred")]


def test_a_meeting_between_a_minister_and_a_bodys_delegation_is_a_meeting(extract):
    text = "A meeting between Federal Minister Tariq Aslam and a delegation of the European Union was held on Monday."
    assert events(text, extract) == [(frozenset({"Tariq Aslam", "European Union"}), "meeting", "occurred")]


def test_the_body_in_an_officials_title_is_no_side_of_its_own(extract):
    text = "A meeting between Prime Minister Ilan Katz and EU foreign policy chief Omar Haddad has been held."
    assert events(text, extract) == [(frozenset({"Ilan Katz", "Omar Haddad"}), "meeting", "occurred")]


def test_a_bodys_own_meeting_attended_by_a_minister_stays_a_gathering(extract):
    text = "Prime Minister Ilan Katz attended a NATO meeting in Brussels on Thursday."
    assert events(text, extract) == [(frozenset({"Ilan Katz", "NATO"}), "multilateral", "occurred")]
