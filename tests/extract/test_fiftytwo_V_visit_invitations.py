"""Round fifty-two (helper V): whom a visit meets. Whoever a visit noun is made at the invitation of receives the
visitor, told on the noun or on the "be" it is the subject of (rule party.invited-to-the-visit); one who travels or
visits "as a guest of" someone is that person's guest (rule party.guest-of). Sentences written for these tests
(names invented)."""

import pytest


def events(record: dict) -> list[tuple[str, set[str]]]:
    """Each event as its mode and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], {names[p] for p in e["participants"]}) for e in record["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "Malian President Oumar Traore arrived in Accra on Monday. Traore's state visit is at the invitation of "
        "President Kwesi Ansah, officials said.",
        "The three-day visit by Foreign Minister Lena Fischer to Lima is at the invitation of Foreign Minister "
        "Pablo Quispe.",
        "Foreign Minister Lena Fischer is in Lima on a visit at the invitation of Foreign Minister Pablo Quispe.",
    ],
)
def test_a_visit_made_at_an_invitation_is_received_by_the_inviter(extract, text):
    # party.invited-to-the-visit
    found = events(extract(text))
    assert any(mode == "visit" and parties & {"Kwesi Ansah", "Pablo Quispe"} for mode, parties in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Lena Fischer is on an official visit to Peru as a guest of Foreign Minister Pablo Quispe.",
        "Foreign Minister Lena Fischer arrived in Lima on Sunday as a guest of Foreign Minister Pablo Quispe.",
    ],
)
def test_a_visitor_who_comes_as_a_guest_is_received_by_the_host(extract, text):
    # party.guest-of
    assert events(extract(text)) == [("visit", {"Lena Fischer", "Pablo Quispe"})]


def test_an_invitation_to_a_visit_by_no_one_named_makes_no_contact(extract):
    # negative: a visit whose visitor is no actor is no one's guest, and the writer is no party to it
    record = extract("The ambassador wrote to her about a visit to Peru by the band at the invitation of Pablo Quispe.")
    assert events(record) == []


def test_an_invitation_told_in_a_clause_of_its_own_is_not_the_visits(extract):
    # negative: the invitation hangs on a relative clause, which tells another happening
    record = extract(
        "Foreign Minister Lena Fischer is on an official visit to Peru, which follows a conference held at the "
        "invitation of Pablo Quispe."
    )
    assert all("Pablo Quispe" not in parties for _, parties in events(record))


def test_a_guest_at_a_dinner_is_no_guest_of_a_visit(extract):
    # negative: "as a guest" with no "of" names no host
    record = extract("Foreign Minister Lena Fischer attended the dinner in Lima as a guest.")
    assert all("Pablo Quispe" not in parties for _, parties in events(record))
