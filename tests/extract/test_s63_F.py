"""Calls told by the means of a verb of no contact of its own (session 63, helper F): "agreed with X by phone",
"raised the matter by telephone with Y"; on sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def calls(record: dict) -> list[dict]:
    return [e for e in record["events"] if e["mode"] == "phone"]


def test_agreed_with_someone_by_phone_is_a_held_call(extract):
    """ "has agreed with X by phone on a ceasefire": a call between the two, held (rules contact.verb.done-by-phone,
    status.agreed-by-phone)."""
    r = extract(
        "Premier Ilse Marwick says she has agreed with Chancellor Tomas Ferrant by phone on a new fishing quota.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in calls(r)] == [{"Ilse Marwick", "Tomas Ferrant"}]
    assert calls(r)[0]["status"] == "occurred"


def test_two_who_agreed_by_phone_held_a_call(extract):
    """ "X and Y agreed by phone to work together": a call of the two, held; what they agreed is to come."""
    r = extract(
        "Ilse Marwick and Tomas Ferrant agreed by phone to work together on the quota.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in calls(r)] == [{"Ilse Marwick", "Tomas Ferrant"}]
    assert calls(r)[0]["status"] == "occurred"


def test_a_matter_raised_by_telephone_with_someone_is_a_call(extract):
    """ "had raised the matter by telephone with his Danish counterpart": a call with the counterpart."""
    r = extract(
        "Foreign Minister Olav Brenner had raised the matter by telephone with his Danish counterpart, Karen Holt, "
        "before the protest was delivered.",
        published=PUBLISHED,
    )
    assert any("Olav Brenner" in event_names(r, e) for e in calls(r))


def test_agreeing_by_phone_to_come_stays_planned(extract):
    """ "will agree by phone on a date": a call to come."""
    r = extract(
        "Ilse Marwick and Tomas Ferrant will agree by phone on a date for the summit.",
        published=PUBLISHED,
    )
    assert [e["status"] for e in calls(r)] == ["planned"]


def test_words_told_to_an_outlet_by_telephone_are_no_call(extract):
    """ "told the Harbour Courier by telephone": an interview, not a contact."""
    r = extract(
        "Mayor Ana Lorres told the Harbour Courier by telephone that the port would reopen on Monday.",
        published=PUBLISHED,
    )
    assert calls(r) == []


def test_one_reached_by_telephone_made_no_call(extract):
    """ "Lorres, reached by telephone, said …": a passive, a reporter's call."""
    r = extract("Ana Lorres, reached by telephone on Sunday, said the port would reopen.", published=PUBLISHED)
    assert calls(r) == []


def test_something_done_by_telephone_with_no_other_side_is_no_call(extract):
    """ "The round was prepared by telephone", "tried to defuse the dispute by telephone": no one named at the other
    end."""
    r = extract(
        "The Geneva round was prepared by telephone. Envoy Pia Lenko has tried to defuse the dispute by telephone.",
        published=PUBLISHED,
    )
    assert calls(r) == []
