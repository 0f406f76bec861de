"""Round forty-five (c): saying nothing of a contact, or having nothing to share, is no comment on it; a body named
as a government's own speaks for its state; tested on sentences written for these tests (names invented)."""

from typing import Any

from tests.conftest import actor_of


def _confirmations(record: dict[str, Any]) -> list[tuple[str, str]]:
    event = record["events"][0]
    return [(c["status"], actor_of(record, c["by"])["name"]) for c in event["confirmations"]]


TOLD = "Foreign Minister Lena Varga met the Iranian envoy, Ali Tavani, in Muscat on Tuesday, the weekly Kurir reported."


def test_a_body_that_has_said_nothing_has_not_commented(extract):
    # confirm.said-nothing
    record = extract(TOLD + " The Iranian embassy has said nothing.", published="2025-03-14")
    assert ("no_comment", "Iranian embassy") in _confirmations(record)


def test_saying_nothing_had_changed_is_no_silence(extract):
    # confirm.said-nothing: "nothing" is the subject of what is said, which tells something
    record = extract(TOLD + " The Iranian embassy has said nothing.", published="2025-03-14")
    other = extract(TOLD + " The Iranian embassy said nothing had changed in its policy.", published="2025-03-14")
    assert ("no_comment", "Iranian embassy") in _confirmations(record)
    assert not _confirmations(other)


def test_nothing_to_share_is_no_comment(extract):
    # confirm.nothing-to-add: "share", as "add" and "announce"
    record = extract(
        TOLD + ' A spokesman for the Iranian embassy said he had "nothing to share about the minister\'s schedule".',
        published="2025-03-14",
    )
    assert [status for status, _ in _confirmations(record)] == ["no_comment"]


def test_a_governments_press_office_confirms_its_prime_ministers_call(extract):
    # confirm.government-owned-body: "government's" is the government's
    record = extract(
        "The Latvian government's press office said Prime Minister Inga Berzina had spoken by telephone with Polish"
        " Deputy Prime Minister Jan Kowal.",
        published="2025-03-14",
    )
    assert ("confirmed", "Latvian government's press office") in _confirmations(record)


def test_a_side_quoted_right_after_its_contact_confirms_it(extract):
    # confirm.side-quoted-next
    record = extract(
        "Nepal's Foreign Minister, Bishnu Adhikari, held talks in Delhi on Monday with India's External Affairs"
        ' Minister, Ravi Menon. "The atmosphere was excellent," Adhikari told reporters at the airport.',
        published="2025-03-14",
    )
    assert ("confirmed", "Bishnu Adhikari") in _confirmations(record)
    # only in the paragraph of the contact
    apart = extract(
        "Nepal's Foreign Minister, Bishnu Adhikari, held talks in Delhi on Monday with India's External Affairs"
        ' Minister, Ravi Menon.\n\n"The atmosphere was excellent," Adhikari told reporters at the airport.',
        published="2025-03-14",
    )
    assert ("confirmed", "Bishnu Adhikari") not in _confirmations(apart)


def test_a_side_knowing_of_no_such_meeting_leaves_it_unconfirmed(extract):
    # confirm.not-known: "knew of no such meeting", "knew nothing of any meeting"
    knew = ("Varga replied that she knew of no such meeting.", 'Varga told reporters she knew "nothing of any talks".')
    for said in knew:
        record = extract(
            "The weekly Kurir reported that Foreign Minister Lena Varga had met the Iranian envoy, Ali Tavani, in"
            " Muscat. " + said,
            published="2025-03-14",
        )
        assert ("unconfirmed", "Lena Varga") in _confirmations(record)
