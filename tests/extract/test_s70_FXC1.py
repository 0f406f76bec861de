"""Contacts review mends (session 70, helper FXC1): the diary headings of rule merge.across-heading are found once
per doc; merge.when-told-again takes an unnamed holder for the named person only when their offices fit;
merge.return-visit leaves alone a return visit with a destination of its own; contact.each-planned keeps one
meeting when the verb tells a shared purpose; party.stopped-the-talks makes no side of a mediator. On sentences
written for these tests (names invented); the article is dated Thursday 2 May 2024."""

from backchannel.extract.merging import TIMED_HEADINGS, _timed_headings
from tests.conftest import event_names

PUBLISHED = "2024-05-02"


def events(text: str, extract) -> list[tuple[frozenset[str], str, str]]:
    record = extract(text, published=PUBLISHED)
    return sorted(
        ((frozenset(event_names(record, e)), e["mode"], e["status"]) for e in record["events"]),
        key=lambda e: sorted(e[0]),
    )


# merge.across-heading: the headings are found once per doc


LOGBOOK = (
    "Vidal lands in Quito\n\nFRIDAY, 3.00PM\n\nPresident Marco Vidal flew back to Quito. He is to hold talks there "
    "with Prime Minister Lena Hart.\n\nFRIDAY, 8.00AM\n\nEnvoy Otto Brandt arrived for the talks in Cuenca, but "
    'rebel leader Sara Lind stayed away. "So the meeting will not go ahead," an aide said.'
)


def test_the_headings_are_found_once_and_kept_on_the_doc(nlp):
    doc = nlp(LOGBOOK)
    spans = _timed_headings(doc)
    assert [doc.text[a:b] for a, b in spans] == ["FRIDAY, 3.00PM", "FRIDAY, 8.00AM"]
    assert doc.user_data[TIMED_HEADINGS] is spans
    assert _timed_headings(doc) is spans


def test_a_heading_on_the_last_line_stands_between_nothing(nlp):
    doc = nlp("Vidal lands in Quito.\n\nFRIDAY, 3.00PM")
    assert _timed_headings(doc) == []


def test_the_meeting_under_another_hours_heading_is_still_apart(extract):
    assert events(LOGBOOK, extract) == [(frozenset({"Marco Vidal", "Lena Hart"}), "meeting", "planned")]


# merge.when-told-again


def test_a_holder_of_another_office_is_not_the_named_person(extract):
    text = (
        "Chancellor Lena Hart will meet Chile's finance minister when she holds talks with President Marco Vidal "
        "in Santiago on Thursday."
    )
    assert events(text, extract) == [
        (frozenset({"Lena Hart", "Chile's finance minister", "Chile"}), "meeting", "planned"),
        (frozenset({"Lena Hart", "Marco Vidal"}), "meeting", "planned"),
    ]


def test_a_holder_of_the_named_persons_office_is_that_person(extract):
    text = (
        "Chancellor Lena Hart will meet Chile's new president when she holds talks with President Marco Vidal "
        "in Santiago on Thursday."
    )
    assert events(text, extract) == [(frozenset({"Lena Hart", "Chile", "Marco Vidal"}), "meeting", "planned")]


def test_a_holder_is_a_person_named_with_no_title(extract):
    text = (
        "Chancellor Lena Hart will meet Chile's new president when she holds talks with Marco Vidal in Santiago "
        "on Thursday."
    )
    assert events(text, extract) == [(frozenset({"Lena Hart", "Chile", "Marco Vidal"}), "meeting", "planned")]


# merge.return-visit

TOGO_TRIP = "Ghanaian President Kofi Mensah visited Togo last week and held talks with President Paul Agbeko in Lome. "


def test_a_return_visit_to_a_state_of_its_own_goes_there_only(extract):
    record = extract(
        TOGO_TRIP + "Agbeko will make a return visit to Benin in June, his office said.", published=PUBLISHED
    )
    back = [e for e in record["events"] if e["status"] == "planned"]
    assert len(record["events"]) == 2 and len(back) == 1
    assert event_names(record, back[0]) == {"Paul Agbeko", "Benin"}
    assert back[0]["mode"] == "visit" and back[0]["place"]["name"] == "Benin"


def test_a_return_visit_with_no_destination_goes_to_the_visitor(extract):
    record = extract(TOGO_TRIP + "Agbeko will make a return visit in June, his office said.", published=PUBLISHED)
    back = [e for e in record["events"] if e["status"] == "planned"]
    assert len(record["events"]) == 2 and len(back) == 1
    assert event_names(record, back[0]) == {"Paul Agbeko", "Kofi Mensah", "Ghana"}
    assert back[0]["place"]["name"] == "Accra"


def test_a_return_visit_to_the_visitors_state_goes_to_the_visitor(extract):
    record = extract(
        TOGO_TRIP + "Agbeko will make a return visit to Ghana in June, his office said.", published=PUBLISHED
    )
    back = [e for e in record["events"] if e["status"] == "planned"]
    assert len(back) == 1
    assert event_names(record, back[0]) == {"Paul Agbeko", "Kofi Mensah", "Ghana"}


def test_a_return_visit_to_a_city_of_another_state_goes_there_only(extract):
    found = events(TOGO_TRIP + "Agbeko will make a return visit to Cotonou in June, his office said.", extract)
    assert (frozenset({"Paul Agbeko", "Benin"}), "visit", "planned") in found and len(found) == 2


def test_a_return_visit_to_a_city_of_the_visitors_state_goes_to_the_visitor(extract):
    found = events(TOGO_TRIP + "Agbeko will make a return visit to Kumasi in June, his office said.", extract)
    assert (frozenset({"Paul Agbeko", "Ghana", "Kofi Mensah"}), "visit", "planned") in found and len(found) == 2


# contact.each-planned


def test_a_shared_purpose_keeps_one_meeting_of_all(extract):
    text = (
        "President Lena Hart will meet President Marco Vidal, Chancellor Otto Brandt and Prime Minister Sara Lind "
        "to discuss Syria."
    )
    assert events(text, extract) == [
        (frozenset({"Lena Hart", "Marco Vidal", "Otto Brandt", "Sara Lind"}), "meeting", "planned")
    ]


def test_talks_on_a_shared_subject_keep_one_meeting_of_all(extract):
    text = (
        "President Lena Hart will meet President Marco Vidal, Chancellor Otto Brandt and Prime Minister Sara Lind "
        "for talks on Syria."
    )
    assert events(text, extract) == [
        (frozenset({"Lena Hart", "Marco Vidal", "Otto Brandt", "Sara Lind"}), "meeting", "planned")
    ]


def test_a_programme_with_no_shared_purpose_is_still_a_call_on_each(extract):
    text = (
        "President Lena Hart will also meet President Marco Vidal, Chancellor Otto Brandt and Prime Minister Sara Lind."
    )
    assert events(text, extract) == [
        (frozenset({"Lena Hart", "Marco Vidal"}), "meeting", "planned"),
        (frozenset({"Lena Hart", "Otto Brandt"}), "meeting", "planned"),
        (frozenset({"Lena Hart", "Sara Lind"}), "meeting", "planned"),
    ]


# party.stopped-the-talks


def test_a_mediator_that_puts_off_the_talks_is_no_side(extract):
    # the talks' sides are told by no one here: the rebels alone make no contact
    assert events("The mediator, Qatar, postponed the talks with the Sela rebels on Monday.", extract) == []


def test_a_host_that_puts_off_the_talks_is_no_side(extract):
    assert events("Qatar, the host of the talks, postponed the talks with the Sela rebels on Monday.", extract) == []


def test_a_side_that_puts_off_the_talks_is_a_side(extract):
    found = events("The Sela rebels postponed the talks with the government on Monday.", extract)
    assert found == [(frozenset({"Sela rebels", "government"}), "meeting", "planned")]
