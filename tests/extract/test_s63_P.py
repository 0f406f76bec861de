"""Session 63, helper P: contacts arranged, planned or possible, told in ways the extractor missed. A contact noun
whose participle of arranging carries its sides ("a call scheduled between X and Y"; rules party.on-its-arrangement,
contact.call-noun.arranged); "became the first leader to speak to X" tells a done act (status.first-to) by the
copula's subject (party.copula-subject-does); a wish ("hoped that X would visit") is possible (status.hoped-that).
Sentences written for these tests (names invented)."""

from tests.conftest import events_with

# --- party.on-its-arrangement, contact.call-noun.arranged ------------------------------------------------------


def test_call_scheduled_between_two_named_is_a_planned_call(extract):
    record = extract(
        "However a call scheduled between Foreign Secretary Ann Hale and Secretary Tom Ruiz on Monday is likely"
        " to cover fishing quotas.",
        published="2025-01-26",
    )
    (event,) = events_with(record, "Ann Hale", "Tom Ruiz")
    assert event["mode"] == "phone" and event["status"] == "planned"


def test_there_is_a_meeting_scheduled_between(extract):
    record = extract("There is a meeting scheduled between Foreign Minister Lena Ostrova and Secretary Piet Lund.")
    (event,) = events_with(record, "Lena Ostrova", "Piet Lund")
    assert event["mode"] == "meeting" and event["status"] == "planned"


def test_no_call_planned_with_someone_is_denied(extract):
    record = extract(
        "A spokesman for Prime Minister Ann Hale said there was no telephone call or meeting planned with Tom Ruiz."
    )
    (event,) = events_with(record, "Ann Hale", "Tom Ruiz")
    assert event["status"] == "denied"


def test_call_for_calm_is_still_a_request(extract):
    record = extract("Foreign Minister Ann Hale repeated her call for calm along the border with Tom Ruiz's army.")
    assert record["events"] == []


def test_call_scheduled_for_a_day_names_no_side_on_its_participle(extract):
    # the participle carries only a day: no side hangs on it, and a call with no one stays unread
    record = extract("A call scheduled for Monday was cancelled, officials said.")
    assert record["events"] == []


# --- status.first-to, party.copula-subject-does ----------------------------------------------------------------


def test_first_leader_to_speak_to_someone_spoke(extract):
    record = extract(
        "Foreign Minister Ann Hale became the first European leader to speak to President Tom Ruiz since his"
        " inauguration."
    )
    (event,) = events_with(record, "Ann Hale", "Tom Ruiz")
    assert event["status"] == "occurred"


def test_the_copula_subject_is_the_one_who_spoke(extract):
    # "the first European leader" is Hale, the subject of "became", not the president told before
    record = extract(
        "President Tom Ruiz is expected to visit Britain soon after Ann Hale became the first European leader to"
        " speak to the president."
    )
    spoke = [e for e in events_with(record, "Ann Hale", "Tom Ruiz") if e["status"] == "occurred"]
    assert len(spoke) == 1


def test_the_copula_subject_not_the_last_named_minister(extract):
    record = extract(
        "Foreign Minister Pia Berg spoke to reporters in Lima. Ann Hale was the only minister to have met President"
        " Tom Ruiz."
    )
    (event,) = events_with(record, "Tom Ruiz")
    assert event["status"] == "occurred" and "Ann Hale" in {a["name"] for a in record["actors"]}
    assert events_with(record, "Ann Hale", "Tom Ruiz") == [event]


def test_it_as_the_copula_subject_is_no_party(extract):
    record = extract("It was the first time to meet President Tom Ruiz, Ann Hale said.")
    assert all(
        "It" not in {a["name"] for a in record["actors"] if a["id"] in e["participants"]} for e in record["events"]
    )


def test_first_delegation_to_visit_told_in_the_past_visited(extract):
    record = extract("The first Chilean trade delegation to visit Kiribati opened an office in Tarawa on Monday.")
    (event,) = [e for e in record["events"] if e["mode"] == "visit"]
    assert event["status"] == "occurred"


def test_will_be_the_first_to_visit_is_still_to_come(extract):
    record = extract("Foreign Minister Ann Hale will be the first foreign minister to visit Kiribati.")
    (event,) = record["events"]
    assert event["status"] == "planned"


def test_a_plain_infinitive_relative_is_not_done(extract):
    # no ordinal or "only": "the man to meet" says nothing was done
    record = extract("Ann Hale was the envoy to meet Tom Ruiz in Lima next week, the ministry said.")
    assert all(e["status"] != "occurred" for e in events_with(record, "Tom Ruiz"))


# --- status.hoped-that -----------------------------------------------------------------------------------------


def test_hoped_that_someone_would_visit_is_possible(extract):
    record = extract(
        "Prime Minister Ade Okafor hoped that President Piet Lund would visit Accra on a suitable occasion."
    )
    (event,) = events_with(record, "Piet Lund")
    assert event["status"] == "hypothetical"


def test_said_that_someone_would_visit_stays_planned(extract):
    record = extract("Prime Minister Ade Okafor said that President Piet Lund would visit Accra next month.")
    (event,) = events_with(record, "Piet Lund")
    assert event["status"] == "planned"


def test_hoped_that_someone_would_not_visit_is_denied(extract):
    record = extract("Prime Minister Ade Okafor hoped that President Piet Lund would not visit Accra.")
    (event,) = events_with(record, "Piet Lund")
    assert event["status"] == "denied"
