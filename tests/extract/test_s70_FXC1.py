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
