"""Round fifty-three (lead): a contact told as had with each of several apart is one contact with each (rule
contact.separately), never one between the several, which "separate talks with the Free Democrats and the Greens"
made before. Counted before writing: "separate(ly)" with a contact word in 4 real world-press articles and 46 of
the gate's; the battery's labeller split them too. Sentences written for these tests (names invented)."""

import pytest

from tests.conftest import event_names

SPLIT = [
    (
        "The Christian Democrats are holding separate talks with the Free Democrats and the Greens.",
        [{"Christian Democrats", "Free Democrats"}, {"Christian Democrats", "Greens"}],
    ),
    (
        "Charles Weber met Nikol Aram and Ilham Bakir separately in Brussels on Sunday.",
        [{"Charles Weber", "Nikol Aram"}, {"Charles Weber", "Ilham Bakir"}],
    ),
    (
        "King Hassan spoke with Egyptian President Omar Nabil and Jordanian Prime Minister Sami Khalil in separate "
        "calls on Monday.",
        [{"Hassan", "Omar Nabil"}, {"Hassan", "Sami Khalil"}],
    ),
    (
        "Nikol Aram and Ilham Bakir met separately with the EU envoy Charles Weber on Sunday.",
        [{"Nikol Aram", "Charles Weber"}, {"Ilham Bakir", "Charles Weber"}],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), SPLIT)
def test_a_contact_had_with_each_apart_is_one_with_each(extract, text, pairs):
    record = extract(text, published="2024-03-04")
    assert sorted(map(sorted, (event_names(record, e) for e in record["events"]))) == sorted(map(sorted, pairs))


def test_together_is_still_one_meeting(extract):
    record = extract("Charles Weber met Nikol Aram and Ilham Bakir in Brussels on Sunday.", published="2024-03-04")
    assert [event_names(record, e) for e in record["events"]] == [{"Charles Weber", "Nikol Aram", "Ilham Bakir"}]


def test_a_separate_meeting_between_two_is_of_the_two_together(extract):
    record = extract(
        "A separate meeting between Bishop Anton Keller and Rabbi David Stern took place in Basel on Friday.",
        published="2024-03-04",
    )
    assert [event_names(record, e) for e in record["events"]] == [{"Anton Keller", "David Stern"}]


def test_separately_opening_a_sentence_is_other_news(extract):
    record = extract(
        "Separately, Charles Weber met Nikol Aram and Ilham Bakir in Brussels on Sunday.", published="2024-03-04"
    )
    assert [event_names(record, e) for e in record["events"]] == [{"Charles Weber", "Nikol Aram", "Ilham Bakir"}]


def test_separately_ending_the_text_or_before_an_attribution_still_splits(extract):
    for text in (
        "Charles Weber met Nikol Aram and Ilham Bakir separately",
        "Charles Weber met Nikol Aram and Ilham Bakir separately, the ministry said.",
    ):
        record = extract(text, published="2024-03-04")
        assert all(len(e["participants"]) <= 2 for e in record["events"]), text


def test_two_who_held_separate_talks_with_no_one_named_did_not_meet_each_other(extract):
    record = extract("Nikol Aram and Ilham Bakir held separate talks in Brussels on Sunday.", published="2024-03-04")
    assert not any({"Nikol Aram", "Ilham Bakir"} <= event_names(record, e) for e in record["events"])


def test_a_separate_meeting_of_several_is_another_meeting_of_them_together(extract):
    record = extract(
        "Anton Keller, David Stern and Ana Ruiz will also hold a separate meeting in Basel on Friday.",
        published="2024-03-04",
    )
    assert any({"Anton Keller", "David Stern"} <= event_names(record, e) for e in record["events"])
