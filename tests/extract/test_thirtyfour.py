"""Contacts told by verbs outside the first lexicon (round thirty-four): time spent on the phone with someone,
sitting across from them, shaking hands; tested on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_thirtytwo import events_of


@pytest.mark.parametrize(
    ("text", "mode", "parties"),
    [
        (
            "Governor Lena Marsh spent an hour on the phone with Ravi Kumar on Tuesday.",
            "phone",
            ["Lena Marsh", "Ravi Kumar"],
        ),
        (
            "Anna Berg spent two hours on the phone with the Kenyan foreign minister, Omar Haddad.",
            "phone",
            ["Anna Berg", "Omar Haddad"],
        ),
        (
            "Foreign Minister Ana Silva sat across the table from Ravi Kumar in Geneva on Monday.",
            "meeting",
            ["Ana Silva", "Ravi Kumar"],
        ),
        ("Anna Berg sat across from Omar Haddad for two hours on Monday.", "meeting", ["Anna Berg", "Omar Haddad"]),
        ("Anna Berg sat opposite Omar Haddad at the dinner in Oslo.", "meeting", ["Anna Berg", "Omar Haddad"]),
        (
            "Ana Silva shook hands with Ravi Kumar at the border post on Friday.",
            "meeting",
            ["Ana Silva", "Ravi Kumar"],
        ),
    ],
)
def test_a_contact_told_by_time_on_the_phone_a_seat_across_or_a_handshake(extract, text, mode, parties):
    assert events_of(extract(text)) == [(mode, "occurred", parties)]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Silva shook her head when asked about Ravi Kumar.",
        "The scandal shook the government of Ravi Kumar.",
        "Anna Berg sat across the aisle from the window in the plane.",
        "Anna Berg spent an hour on the phone on Tuesday.",
    ],
)
def test_a_head_shaken_or_a_seat_with_no_one_named_is_no_contact(extract, text):
    assert events_of(extract(text)) == []


def test_a_speaker_the_parse_reads_into_the_quotation_is_still_the_speaker(extract):
    # quote.speaker-read-into-quotation: the parse hangs the name on the quoted words, and "said" has no subject
    record = extract(
        'The harbour board met on Monday. "They were partners, but also rivals," Kel Ardon, the board\'s former '
        'chair, said. "It was a long year."'
    )
    (quote,) = record["quotes"]
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert names[quote["speaker_actor"]] == "Kel Ardon"
    assert [record["article"]["text"][p["start"] : p["end"]] for p in quote["content"]["parts"]] == [
        '"They were partners, but also rivals,"',
        '"It was a long year."',
    ]


def test_a_sentence_that_only_places_a_saying_introduces_the_quote_after_it(extract):
    # quote.intro-sentence-setting: "said in a statement." with nothing reported is the next quote's attribution
    record = extract(
        "Both candidates said the recount was no big deal. Lena Marsh, the party's chair, said in a statement. "
        "“There are no paper ballots to recount.”"
    )
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert {q["content"]["text"]: names[q["speaker_actor"]] for q in record["quotes"]} == {
        "the recount was no big deal": "Both candidates",
        "“There are no paper ballots to recount.”": "Lena Marsh",
    }


def _confirmations(record: dict) -> list[list[tuple[str, str]]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [[(c["status"], names[c["by"]]) for c in e["confirmations"]] for e in record["events"]]


def test_a_side_said_to_have_met_none_of_a_kind_denies_the_reported_contact(extract):
    # confirm.met-none-of-them: the report is denied by the spokeswoman, and the contact is told as denied
    record = extract(
        "A radio station reported that Foreign Minister Anna Berg met officials of the Ruritanian embassy last week. "
        '"She did not meet any official from that embassy," her spokeswoman said.'
    )
    assert [e["status"] for e in record["events"]] == ["denied"]
    assert _confirmations(record) == [[("denied", "Anna Berg's spokeswoman")]]


@pytest.mark.parametrize("other", ["any other rebel", "anyone else from the movement"])
def test_meeting_no_one_else_denies_nothing(extract, other):
    record = extract(
        f"Foreign Minister Anna Berg met the rebel leader Omar Haddad in Geneva in May. She has not met {other} "
        "since, her office said."
    )
    assert [e["status"] for e in record["events"]] == ["occurred"]
    assert _confirmations(record) == [[]]


def test_there_was_no_meeting_denies_the_contact_told_before(extract):
    # status.there-was-none: the bare denial refers back to the reported meeting
    record = extract(
        "A newspaper reported that Karl Osei met Jan Nowak in Vienna last week. "
        '"There was no meeting," Osei told reporters.'
    )
    assert [e["status"] for e in record["events"]] == ["denied"]
    assert _confirmations(record) == [[("denied", "Karl Osei")]]
