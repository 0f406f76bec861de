"""Round forty-five (e): a meeting or visit first told in a phrase at, on or during it, with its own place or date,
is a contact between the clause's parties when the clause deals with someone; tested on sentences written for these
tests (names invented)."""

import pytest

from tests.conftest import events_with


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "President Lee Min-ho, on a state visit to Tokyo in October, signed a joint declaration with Prime"
            " Minister Taro Sato.",
            ("Lee Min-ho", "Taro Sato"),
        ),
        (
            "The envoy, Ana Ruiz, reported to Prime Minister Omar Haddad at a meeting in Addis Ababa on Monday.",
            ("Ana Ruiz", "Omar Haddad"),
        ),
    ],
)
def test_a_contact_set_in_a_phrase_with_its_own_setting(extract, text, names):
    # contact.noun.circumstance-set; one who only spoke at a meeting met no one
    record = extract(text, published="2024-06-03")
    assert len(events_with(record, *names)) == 1
    alone = extract("The minister, Ana Ruiz, spoke at a meeting in Geneva on Tuesday.", published="2024-06-03")
    assert alone["events"] == []
